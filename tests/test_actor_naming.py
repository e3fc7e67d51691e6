"""Actor mentions on reporting from many theatres: the country of unnamed sides, qualifiers that are not
participants, affiliates inferred by country, and ACLED's names by country and date."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.extract.actors import extract_actors
from polemos.extract.places import document_countries, extract_places
from polemos.model import Document


def run(text: str, published: date = date(2024, 6, 1)):
    """Actor mentions with the document's own places (as the pipeline runs them)."""
    doc = Document(doc_id="t2", text=text, published=published)
    sdoc = nlp.parse(text)
    places = extract_places(sdoc, doc)
    mentions = extract_actors(sdoc, doc, document_countries(places), places=places)
    for m in mentions:
        assert text[m.span.start:m.span.end] == m.text
    return mentions


def names(mentions, surface: str) -> list[str]:
    return [m.name for m in mentions if m.text == surface]


# ---- the country of unnamed sides -------------------------------------------------------------------
def test_unnamed_police_belong_to_the_country_of_the_lead_not_the_most_quoted_one():
    text = ("NAIROBI (Reuters) - Police fired tear gas at crowds near Kenya's parliament on Tuesday. "
            "The United States and Washington's allies urged restraint, a U.S. statement said. "
            "Police later arrested dozens.")
    found = run(text)
    assert set(names(found, "Police")) == {"Police Forces of Kenya (2022-)"}


def test_unnamed_side_takes_the_country_its_own_sentence_names():
    text = ("KABUL - Officials met envoys in Kabul, Kandahar and Herat on Monday. In Peshawar, police "
            "arrested three men the same day.")
    assert names(run(text), "police") == ["Police Forces of Pakistan (2018-)"]
