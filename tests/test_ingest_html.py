"""HTML pages: main text without boilerplate, metadata from meta tags and JSON-LD."""
from __future__ import annotations

from datetime import date

import pytest

from polemos.errors import IngestError
from polemos.ingest import read_sources

PARAGRAPHS = [
    "Militants stormed a police checkpoint at the edge of the river town of Dalmora late on "
    "Tuesday, killing four officers and wounding six others, according to the provincial governor.",
    "The governor said the attackers arrived on motorcycles shortly after midnight and fired rocket "
    "propelled grenades at the checkpoint before fleeing towards the hills north of the town.",
    "No group has claimed responsibility for the assault, but local officials blamed a faction that "
    "has carried out several raids in the district since the spring, when a ceasefire collapsed.",
    "Residents described hours of gunfire and said that shops in the central market stayed closed "
    "the following morning while soldiers searched houses near the main road.",
]

NAV = "Home World Politics Sport Subscribe Sign in"
AD = "Buy cheap sunglasses now with free shipping worldwide"


def article_html(meta: str = "", jsonld: str = "", title: str = "Checkpoint attack kills four") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Daily Observer</title>{meta}{jsonld}</head>
<body><header><nav><ul>{''.join(f'<li><a href="/{w}">{w}</a></li>' for w in NAV.split())}</ul></nav></header>
<div class="ad advertisement"><p>{AD}</p></div>
<main><article><h1>{title}</h1>{body}</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/x">Celebrity chef opens a new restaurant</a></li></ul>
</aside>
<footer><p>Copyright The Daily Observer. All rights reserved. Privacy policy. Cookie settings.</p></footer>
</body></html>"""


META = """<meta property="article:published_time" content="2023-05-17T08:30:00Z">
<meta name="author" content="Jane Okafor"><meta property="og:site_name" content="The Daily Observer">
<meta property="og:title" content="Checkpoint attack kills four">"""

JSONLD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
{"@type": "WebSite", "name": "Observer site"},
{"@type": "NewsArticle", "headline": "Checkpoint attack kills four officers",
 "datePublished": "2023-05-16T22:10:00+00:00", "author": [{"@type": "Person", "name": "Samuel Adeyemi"}],
 "publisher": {"@type": "Organization", "name": "Observer Media Group"}}]}</script>"""


def read_one(path, **kwargs):
    items = list(read_sources([str(path)], **kwargs))
    assert len(items) == 1, items
    return items[0]


def test_html_main_text_without_boilerplate_and_meta_tags(tmp_path):
    page = tmp_path / "checkpoint-attack.html"
    page.write_text(article_html(meta=META), encoding="utf-8")
    doc = read_one(page)
    assert not isinstance(doc, IngestError), doc
    assert doc.doc_id == "checkpoint-attack" and doc.fmt == "html"
    assert "killing four officers" in doc.text and "search" in doc.text
    for junk in ("Subscribe", "sunglasses", "Celebrity chef", "All rights reserved"):
        assert junk not in doc.text
    assert doc.title == "Checkpoint attack kills four"
    assert doc.text.startswith("Checkpoint attack kills four")
    assert doc.author == "Jane Okafor" and doc.publisher == "The Daily Observer"
    assert (doc.published, doc.published_source) == (date(2023, 5, 17), "metadata")
    assert doc.language == "en" and len(doc.content_hash) == 64


def test_json_ld_metadata_wins(tmp_path):
    page = tmp_path / "ld.htm"
    page.write_text(article_html(meta=META, jsonld=JSONLD), encoding="utf-8")
    doc = read_one(page)
    assert doc.published == date(2023, 5, 16)
    assert doc.author == "Samuel Adeyemi"
    assert doc.publisher == "Observer Media Group"
    assert doc.title == "Checkpoint attack kills four officers"


def test_html_without_metadata_date_uses_byline(tmp_path):
    html = article_html().replace("<h1>", "<p class='byline'>Published 3 February 2022</p><h1>", 1)
    page = tmp_path / "byline.html"
    page.write_text(html, encoding="utf-8")
    doc = read_one(page)
    assert (doc.published, doc.published_source) in {(date(2022, 2, 3), "text"), (date(2022, 2, 3), "metadata")}


def test_fallback_extraction_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    from polemos.ingest import html as html_reader

    monkeypatch.setattr(html_reader, "main_text", lambda html, url: None)
    page = tmp_path / "fallback.html"
    page.write_text(article_html(), encoding="utf-8")
    doc = read_one(page)
    assert "killing four officers" in doc.text
    assert "Subscribe" not in doc.text


@pytest.mark.parametrize("tag", [
    '<meta name="pubdate" content="20210304">',
    '<meta name="DC.date.issued" content="2021-03-04">',
    '<meta itemprop="datePublished" content="2021-03-04T12:00:00+01:00">',
    '<meta name="date" content="March 4, 2021">',
    '<meta property="og:published_time" content="2021-03-04">',
])
def test_date_meta_tag_variants(tmp_path, tag):
    page = tmp_path / "variant.html"
    page.write_text(article_html(meta=tag), encoding="utf-8")
    doc = read_one(page)
    assert (doc.published, doc.published_source) == (date(2021, 3, 4), "metadata")


def test_time_element_in_body(tmp_path):
    html = article_html().replace("<h1>", '<time itemprop="datePublished" datetime="2020-11-30">Nov 30</time><h1>', 1)
    page = tmp_path / "time.html"
    page.write_text(html, encoding="utf-8")
    assert read_one(page).published == date(2020, 11, 30)
