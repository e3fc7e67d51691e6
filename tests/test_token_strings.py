"""The token strings the extractors read as lists (attribution.lemmas, lowers, texts), looked up per string hash
once per process: each list must equal the tokens' own attributes, whatever was read before and from whichever
vocabulary."""
import spacy

from polemos import nlp
from polemos.extract import attribution
from polemos.extract.attribution import lemmas, lowers, texts


def _own(doc) -> tuple[list[str], list[str], list[str]]:
    return [t.lemma_.lower() for t in doc], [t.lower_ for t in doc], [t.text for t in doc]


def test_a_word_read_as_lemma_and_as_text_keeps_its_capitals_in_the_text():
    # "Kabul" is its own lemma: one string hash, read lower-cased as a lemma and as written as a text
    doc = nlp.parse("Gunmen attacked a checkpoint in Kabul. Kabul police said NATO troops were not there.")
    assert (lemmas(doc), lowers(doc), texts(doc)) == _own(doc)
    assert "Kabul" in texts(doc) and "Kabul" not in lemmas(doc) and "kabul" in lemmas(doc)
    again = nlp.parse("Kabul police arrested two men near the NATO base.")
    assert texts(again) == _own(again)[2] and (lemmas(again), lowers(again)) == _own(again)[:2]


def test_the_lists_hold_after_the_lookups_are_cleared_and_in_another_vocabulary():
    doc = nlp.parse("Rebels of the Zarqavi Front shelled Ostrova on Monday, the Ostrova governor said.")
    expected = _own(doc)
    attribution._STRINGS.clear()
    attribution._LOWERED.clear()
    assert (lemmas(doc), lowers(doc), texts(doc)) == expected
    other = spacy.blank("en")("The Zarqavi Front denied shelling OSTROVA.")   # its own vocabulary, no lemmas
    assert texts(other) == [t.text for t in other]
    assert lowers(other) == [t.lower_ for t in other]
    assert lemmas(other) == [t.lemma_.lower() for t in other]
