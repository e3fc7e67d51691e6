"""The shared spaCy pipeline: loaded once, and sentence boundaries after abbreviation-like tokens."""
from polemos import nlp


def test_pipeline_is_loaded_once():
    assert nlp.load() is nlp.load()


def test_sentence_ends_after_acronym_with_period_before_function_word():
    doc = nlp.parse("Dozens of recruits joined AQ-M. After the raid, the army withdrew. "
                    "She met U.S. President Carter. Troops returned to the U.S. The mayor thanked them.")
    sents = [s.text for s in doc.sents]
    assert "After the raid, the army withdrew." in sents
    assert "She met U.S. President Carter." in sents
    assert "The mayor thanked them." in sents


def test_blank_line_ends_headline_and_byline():
    doc = nlp.parse("Militants storm police post in Lakeside\n\nPublished March 4th, 2024 - 09:10 GMT\n\n"
                    "Gunmen attacked a police checkpoint in Lakeside on Sunday.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Militants storm police post in Lakeside"
    assert sents[-1] == "Gunmen attacked a police checkpoint in Lakeside on Sunday."
    assert not any("Published" in s and "Gunmen" in s for s in sents)


def test_a_single_line_break_ends_a_heading_a_bullet_or_a_sentence():
    text = ("Key Takeaways\n• Militants attacked an army post in Tahoua region.\n"
            "The army said 41 soldiers died.\nBackground\nThe attack follows others.")
    sents = [s.text.strip() for s in nlp.parse(text).sents]
    assert sents[0] == "Key Takeaways"
    assert "Militants attacked an army post in Tahoua region." in " ".join(sents[1:3])
    assert "Background" in sents and "The attack follows others." in sents


def test_a_hard_wrapped_sentence_stays_one_sentence():
    text = ("Gunmen attacked a police post in the town of Rask on Thursday night, killing\n"
            "nine officers and wounding\nseveral others, officials said.")
    assert len(list(nlp.parse(text).sents)) == 1


def test_an_acronym_spelled_like_a_verb_parses_as_the_subject_it_is():
    doc = nlp.parse("IS has killed 20 soldiers near Raqqa. Last year IS attacked a prison.")
    subjects = [t.text for t in doc if t.dep_ == "nsubj"]
    assert subjects == ["IS", "IS"]
    assert [t.lemma_ for t in nlp.parse("The group is waging war and has waged it for years.")
            if t.lower_ in ("waging", "waged")] == ["wage", "wage"]
