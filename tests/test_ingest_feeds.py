"""RSS and Atom feed files."""
from __future__ import annotations

from datetime import date

from polemos.errors import IngestError, SkippedInput
from polemos.ingest import read_sources

LONG = ("Security forces said on Thursday they had repelled an attack on a military base near the "
        "northern border, where gunmen armed with mortars and machine guns tried to overrun the perimeter "
        "before dawn. A spokesman said eleven attackers died and two soldiers were hurt during the "
        "fighting, which lasted nearly three hours. Villagers living nearby said they heard explosions "
        "throughout the night and that several homes were damaged by stray shells. The army said it "
        "had launched a search operation in the surrounding forest to find the attackers who escaped.")

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Border Monitor</title>
<item><title>Base attack repelled</title><link>https://news.example.org/2024/03/base-attack</link>
<description><![CDATA[<p>{LONG}</p>]]></description><pubDate>Thu, 14 Mar 2024 07:15:00 GMT</pubDate>
<author>desk@example.org (Amina Yusuf)</author></item>
<item><title>Short notice</title><description>A curfew was announced.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Conflict Desk</title><id>urn:x</id>
<updated>2024-01-09T10:00:00Z</updated>
<entry><title>Base attack repelled</title><id>urn:1</id><link href="https://desk.example.com/base"/>
<published>2024-01-08T10:00:00Z</published><updated>2024-01-09T10:00:00Z</updated>
<content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content></entry></feed>"""


def test_rss_file(tmp_path):
    path = tmp_path / "monitor.rss"
    path.write_text(RSS, encoding="utf-8")
    doc, err = list(read_sources([str(path)]))
    assert doc.fmt == "rss" and doc.doc_id == "news-example-org-2024-03-base-attack"
    assert doc.text.startswith("Base attack repelled\n\n") and "eleven attackers" in doc.text
    assert "<p>" not in doc.text
    assert (doc.published, doc.published_source) == (date(2024, 3, 14), "metadata")
    assert doc.publisher == "Border Monitor" and doc.url.endswith("/base-attack")
    # a short entry without a link cannot become a document
    assert isinstance(err, IngestError) and "too short" in err.reason


def test_atom_file_and_xml_sniffing(tmp_path):
    (tmp_path / "desk.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "desk-copy.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url/></urlset>', encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    docs = [i for i in items if not isinstance(i, IngestError)]
    assert len(docs) == 2
    assert all(d.published == date(2024, 1, 8) and d.doc_id == "desk-example-com-base" for d in docs)
    [skip] = [i for i in items if isinstance(i, IngestError)]
    assert isinstance(skip, SkippedInput) and "not an RSS/Atom feed" in skip.reason


def test_broken_feed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    [err] = list(read_sources([str(path)]))
    assert isinstance(err, IngestError) and not isinstance(err, SkippedInput)
