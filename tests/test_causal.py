"""Causal statements from text, concepts, the causal map, its exports and the scenario command."""
from __future__ import annotations

import pytest
import yaml

from polemos import nlp
from polemos.errors import PolemosError
from polemos.extract.causal import extract_causal
from polemos.knowledge.causal import PACK, load_pack
from polemos.model import Document


def links(text: str):
    doc = Document(doc_id="t", text=text)
    return extract_causal(nlp.parse(text), doc)


def one(text: str):
    found = links(text)
    assert len(found) == 1, [(s.cause, s.effect, s.signal) for s in found]
    return found[0]


def test_verb_signal_cause_effect_spans_and_sign():
    text = "The drought in the north has fuelled recruitment by armed groups."
    s = one(text)
    assert (s.cause, s.effect, s.sign, s.modality) == ("The drought in the north", "recruitment by armed groups", "+",
                                                        "asserted")
    assert text[s.cause_span.start:s.cause_span.end] == s.cause
    assert s.evidence.start == 0 and s.evidence.end >= len(text) - 1


def test_reducing_verb_is_negative_and_modal_is_predictive():
    s = one("Better pay for soldiers could reduce desertion from the army.")
    assert s.sign == "-" and s.modality == "predictive"
    assert s.cause == "Better pay for soldiers" and "desertion" in s.effect


def test_connective_because_of_and_due_to():
    s = one("Markets in the town closed because of the blockade of the main road.")
    assert s.cause == "the blockade of the main road" and "Markets in the town closed" in s.effect
    s = one("The clinic shut down due to a lack of medicine.")
    assert s.cause == "a lack of medicine" and s.effect.startswith("The clinic")


def test_conditional_and_unless():
    s = one("If the ceasefire collapses, the militias will recruit more fighters.")
    assert s.modality == "conditional" and s.cause == "the ceasefire collapses" and "recruit" in s.effect
    assert s.sign == "+"
    s = one("Unless donors send food, hunger will spread across the province.")
    assert s.modality == "conditional" and s.sign == "-"


def test_counter_denied_and_despite():
    s = one("The new checkpoints did not reduce the smuggling of weapons.")
    assert s.modality == "counter" and s.sign == "-"
    s = one("Despite the curfew, the looting continued for three days.")
    assert s.modality == "counter" and s.cause == "the curfew"


def test_correlative_the_more_the_more():
    s = one("The more the army bombs the villages, the more young men the rebels recruit.")
    assert "army bombs the villages" in s.cause and "young men the rebels recruit" in s.effect and s.sign == "+"


def test_attribution_of_a_quoted_analyst():
    s = one('"Corruption in the police fuels the insurgency," said Jane Doe, an analyst.')
    assert s.attributed_to == "Jane Doe"


def test_not_causation_time_purpose_and_victims():
    assert links("The rebels attacked the town after the army left.") == []
    assert links("The army deployed troops to protect the pipeline.") == []
    assert links("The bombing resulted in a number of casualties.") == []


def test_participle_clause_is_the_effect_of_the_main_clause():
    s = one("The rebels seized the only highway, causing severe shortages of fuel.")
    assert s.cause == "The rebels seized the only highway" and s.effect == "severe shortages of fuel"


def test_pack_is_validated_on_load(tmp_path):
    data = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    data["lexicon"]["cause_verbs"]["frame"] = "nonsense"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PolemosError, match="frame"):
        load_pack(bad)
    data = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    data["phrases"][0]["pattern"] = [{"LOWERR": "due"}]
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PolemosError, match="due_to"):
        load_pack(bad)


def test_actions_are_not_links():
    # an actor moving, sending or neutralising people reports an event, not a causal link
    assert links("Police drove the protesters from the square with tear gas.") == []
    assert links("Soldiers neutralised several attackers in the market.") == []
    assert links("The number of displaced people increased from 2,000 to 5,000.") == []
    assert links("The gunmen opened fire on the convoy.") == []
    # a condition leaving or putting people in a state is one
    s = one("The blockade has left most families facing hunger.")
    assert s.cause == "The blockade" and "families facing hunger" in s.effect


def test_relative_clause_subject_is_the_cause_without_its_clause():
    s = one("The army launched raids that triggered a wave of protests.")
    assert s.cause == "raids" and s.effect == "a wave of protests"


def test_phrase_words_in_order_gate_the_matcher():
    """The phrase Matcher runs only where a phrase's words stand in its order (may_occur); the gate never
    hides a phrase the Matcher finds, optional words included."""
    from polemos.extract.attribution import may_occur, word_sequence
    from polemos.extract.causal import _matcher, _sequences

    assert word_sequence([{"LOWER": "a"}, {"LOWER": "b", "OP": "+"}]) is None
    texts = ["The market closed in the case of heavy rain.", "The market closed in case of rain.",
             "The shop in the town of Zarn was closed, as in the past; its case was one of many.",
             "Prices rose due to the drought.", "Prices rose, and due process was owed to all."]
    gated = []
    for text in texts:
        sent = next(iter(nlp.parse(text).sents))
        found = bool(_matcher(sent.doc.vocab)(sent))
        gate = may_occur(_sequences(), sent)
        assert gate or not found, text
        gated.append(gate)
    assert gated[0] and gated[1] and gated[3]
    assert may_occur([word_sequence([{"LOWER": "in"}, {"LOWER": {"IN": ["the", "case"]}},
                                     {"LOWER": {"IN": ["case", "of"]}, "OP": "?"}, {"LOWER": "of"}])],
                     next(iter(nlp.parse(texts[2]).sents))) is False
