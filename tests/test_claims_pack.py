"""The claims lexicon is validated on load: a bad entry fails with its name, before any document."""
from __future__ import annotations

import pytest
import yaml

from polemos.errors import PolemosError
from polemos.knowledge.claims import PACK, load_pack


def write(tmp_path, change):
    data = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_the_shipped_pack_loads():
    assert load_pack()["governors"]["arrest"] == "arrests"


@pytest.mark.parametrize("change, named", [
    (lambda d: d["counted_nouns"].update(fighter="warriors"), "counted_nouns"),
    (lambda d: d.pop("cause_marks"), "cause_marks"),
    (lambda d: d["generic_subjects"].update(collective_patterns=[[{"LEMA": "group"}]]), "collective_patterns"),
    (lambda d: d["agentless_kinds"].update(arrests=["army"]), "agentless_kinds"),
    (lambda d: d.update(unknown_key=[]), "unknown_key"),
])
def test_a_bad_entry_fails_on_load_naming_it(tmp_path, change, named):
    with pytest.raises(PolemosError, match=named):
        load_pack(write(tmp_path, change))
