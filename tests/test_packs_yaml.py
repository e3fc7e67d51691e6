"""Every YAML file shipped in the package reads without a key given twice: YAML keeps the last silently, so a word
list added under a name already in use would replace the older list without a word of warning."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).resolve().parents[1] / "polemos"


class _NoDuplicates(yaml.SafeLoader):
    pass


def _mapping(loader: _NoDuplicates, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"key {key!r} given twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)

FILES = sorted(PACKAGE.rglob("*.yaml"))


def test_the_package_ships_its_packs():
    assert {"events.yaml", "claims.yaml", "relations.yaml"} <= {f.name for f in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_key_is_given_twice(path: Path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDuplicates)  # noqa: S506 - a SafeLoader subclass


def test_a_key_given_twice_is_caught():
    with pytest.raises(AssertionError, match="given twice"):
        yaml.load("words: [a]\nother: [b]\nwords: [c]\n", Loader=_NoDuplicates)  # noqa: S506
