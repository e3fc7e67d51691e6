"""The situation brief: self-contained (nothing fetched), each canonical event once with every source's figure."""
from __future__ import annotations

import re

import pytest

from export_sample import ISKP, build
from polemos.errors import PolemosError
from polemos.place import Place
from polemos.views.brief import render_brief, write_brief
from polemos.views.geomap import country_features, locate

# what a browser fetches by itself: src/srcset/poster/data attributes, <link href>, CSS url() and @import,
# <object data>, <use href>/<image href> in SVG, <meta http-equiv=refresh>
FETCHING = [r'\b(?:src|srcset|poster|data|background)\s*=\s*["\']?\s*(?:https?:)?//',
            r'url\(\s*["\']?\s*(?:https?:)?//', r'@import', r'<link\b[^>]*href\s*=\s*["\']?\s*(?:https?:)?//',
            r'<(?:use|image|feImage)\b[^>]*href\s*=\s*["\']?\s*(?:https?:)?//', r'http-equiv\s*=\s*["\']?refresh']


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("brief") / "kb.db")


@pytest.fixture(scope="module")
def html(store):
    return render_brief(store)


def test_brief_fetches_nothing_from_other_hosts(html):
    for pattern in FETCHING:
        assert not re.search(pattern, html, re.I), pattern
    assert "<script" not in html.lower()
    # the only URLs on the page are the sources' own addresses, as plain links a reader may follow
    for m in re.finditer(r"https?://[^\s\"'<>]+", html):
        before = html[max(0, m.start() - 60):m.start()]
        assert re.search(r'<a class="url" href="$', before) or before.endswith('rel="noreferrer noopener">'), m.group()


def test_fetching_detector_catches_external_assets():
    bad = ['<img src="https://cdn.example/x.png">', '<link rel="stylesheet" href="https://fonts.example/c.css">',
           "<style>body{background:url('//tiles.example/1.png')}</style>", '<style>@import "x.css";</style>']
    for page in bad:
        assert any(re.search(p, page, re.I) for p in FETCHING), page


def test_each_canonical_event_once_with_every_source_figure(html):
    events = re.findall(r'<article class="event"', html)
    assert len(events) == 7
    bannu = [block for block in html.split('<article class="event"') if "Bannu, Khyber Pakhtunkhwa" in block]
    assert len(bannu) == 1, "the raid reported by two sources is shown once"
    figures = re.findall(r'<td class="num fig">([^<]+)</td>', bannu[0])
    assert figures == ["6", "8"]
    assert "Frontier Wire" in bannu[0] and "Reuters" in bannu[0]
    assert "6 killed" in bannu[0]


def test_brief_sections_and_charts(html):
    for title in ("Timeline", "Map", "Actor network", "Events and their sources", "Contradictions",
                  "Attributed claims", "Sources"):
        assert f"<h2>{title}</h2>" in html
    assert html.count("<svg") == 3
    assert "claimed it (Frontier Wire)" in html and "denied it (Reuters)" in html, "contradictions are listed"
    assert "35" in html and "Taliban" in html
    assert html.count('<li value=') == 3


def test_map_joins_by_code_despite_mislabelled_divisions():
    afg = {f.code: f for f in country_features("afg")}
    assert afg["AF-DAY"].name == "Uruzgan" and afg["AF-PAN"].name == "Parwan", "the source labels are wrong"
    # Nili lies inside the feature coded AF-DAY; the event joins it by code, and by point as a fallback
    assert afg["AF-DAY"].contains(66.13, 33.72) and not afg["AF-URU"].contains(66.13, 33.72)
    assert locate(Place.of(None, "Afghanistan", "Daykundi")) == ("afg", "AF-DAY")
    assert locate(Place.of("Bazarak", "Afghanistan", None, 35.31, 69.52, 1)) == ("afg", "AF-PAN")
    assert locate(Place.of(None, "Pakistan", "Khyber Pakhtunkhwa")) == ("pak", "PK-KP")
    assert locate(Place.of(None, "Atlantis", "North")) is None
    assert locate(Place.of("Afghanistan", "Afghanistan", None, 34.5, 69.2, 3)) is None, "a country is not its capital"


def test_filters_narrow_the_brief(store):
    pk = render_brief(store, country="Pakistan")
    assert len(re.findall(r'<article class="event"', pk)) == 2
    iskp = render_brief(store, actor="ISKP", since="2024-04-01")
    assert len(re.findall(r'<article class="event"', iskp)) == 2 and ISKP in iskp
    feb = render_brief(store, since="2024-02-10", until="2024-02-20")
    assert len(re.findall(r'<article class="event"', feb)) == 2, "month-precision events overlap the window"


def test_markdown_brief(store, tmp_path):
    md = render_brief(store, fmt="md")
    assert md.startswith("# Situation report: Afghanistan, Pakistan")
    assert md.count("\n### ") == 7
    assert "| \\[1\\] Frontier Wire, 11 Mar 2024 | 6 |" in md and "| \\[2\\] Reuters, 11 Mar 2024 | 8 |" in md
    assert write_brief(store, tmp_path / "b.md", fmt="md") == 7
    with pytest.raises(PolemosError, match="html"):
        render_brief(store, fmt="pdf")


def test_figures_keep_open_ranges():
    from polemos.ranges import fmt
    assert fmt(170, None) == "170+" and fmt(80.0, None) == "80+", "never '80.0-None'"
    assert fmt(None, 20) == "up to 20"
    assert fmt(6, 8) == "6–8" and fmt(180, 180) == "180" and fmt(None, None) == "–" and fmt(1500, 2200) == "1,500–2,200"
