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


def test_dependency_labels_sentences_and_children_equal_the_tokens_own():
    # a parse with a relative clause, a passive agent and prepositions: children on both sides of their head
    doc = nlp.parse("Soldiers who guarded the depot at Varnek were attacked by gunmen on Sunday. "
                    "Two of them died after the blast, the regional governor told reporters in Ostrova.")
    assert attribution.deps(doc) == [t.dep_ for t in doc]
    assert [(s.start, s.end) for s in attribution.sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    for tok in doc:
        assert [c.i for c in attribution.children(tok)] == [c.i for c in tok.children]
        assert [c.i for c in attribution.children(tok, ("prep", "agent"))] == \
            [c.i for c in tok.children if c.dep_ in ("prep", "agent")]
    blank = spacy.blank("en")("No parse here at all.")     # no heads: no children
    assert all(attribution.children(t) == [] for t in blank)


def test_a_pack_trie_is_matched_once_per_document():
    from polemos.extract.actor_matcher import doc_keys
    from polemos.extract.actors import named_trie, tokenizer
    from polemos.knowledge.actors import default_pack
    trie = named_trie(default_pack(), tokenizer())
    doc = nlp.parse("Taliban fighters and Afghan police clashed near Kandahar, the Afghan army said.")
    first = trie.doc_matches(doc)
    assert first == trie.matches(doc, doc_keys(doc)) and first
    assert trie.doc_matches(doc) is first and doc_keys(doc) is doc_keys(doc)
