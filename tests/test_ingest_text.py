"""Text and Markdown files, encodings, bad files, language, folders and identity."""
from __future__ import annotations

import json
from datetime import date

from polemos.errors import IngestError, SkippedInput
from polemos.ingest import content_hash, normalise, read_sources

STORY = ("Rebels seize hilltop town after heavy fighting\n\n"
         "Rebel fighters captured the hilltop town of Varosh on Sunday after two days of heavy fighting "
         "with government troops, a military source said, adding that at least nine soldiers were killed.\n"
         "The rebels said in a statement that they now controlled the road linking the town to the "
         "provincial capital, and urged civilians to stay indoors while they cleared the area.")

FRENCH = ("Des combattants ont pris le contrôle de la ville après deux jours de combats intenses avec "
          "les troupes gouvernementales, selon une source militaire, qui a ajouté qu'au moins neuf "
          "soldats avaient été tués et que les habitants avaient fui vers la capitale provinciale.")


def read_all(*paths, **kwargs):
    return list(read_sources([str(p) for p in paths], **kwargs))


def test_plain_text_title_and_offsets_text(tmp_path):
    path = tmp_path / "varosh.txt"
    path.write_bytes((STORY.replace("\n", "\r\n") + "   \r\n\r\n").encode("utf-8"))
    [doc] = read_all(path)
    assert doc.doc_id == "varosh" and doc.fmt == "txt" and doc.source == str(path)
    assert doc.title == "Rebels seize hilltop town after heavy fighting"
    assert doc.text == STORY  # only line endings and trailing whitespace changed
    assert doc.published is None and doc.published_source is None
    assert doc.language == "en"


def test_no_title_when_first_line_is_a_sentence(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(STORY.split("\n\n", 1)[1], encoding="utf-8")
    [doc] = read_all(path)
    assert doc.title is None


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "varosh.md"
    path.write_text("---\ntitle: Varosh falls\nauthor: Lena Park\npublisher: Hill Post\n"
                    "published: 2022-10-02\nurl: https://hill.example/varosh\n---\n" + STORY, encoding="utf-8")
    [doc] = read_all(path)
    assert doc.fmt == "md" and doc.text == STORY
    assert (doc.title, doc.author, doc.publisher, doc.url) == ("Varosh falls", "Lena Park", "Hill Post",
                                                              "https://hill.example/varosh")
    assert (doc.published, doc.published_source) == (date(2022, 10, 2), "metadata")


def test_override_date(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("Posted 1 May 2020\n" + STORY, encoding="utf-8")
    [doc] = read_all(path, published=date(2021, 1, 2))
    assert (doc.published, doc.published_source) == (date(2021, 1, 2), "override")


def test_encodings(tmp_path):
    text = STORY + "\nThe café owner, Zoë Müller, said the façade was destroyed."
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))  # with BOM
    (tmp_path / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    docs = read_all(tmp_path)
    assert [d.doc_id for d in docs] == ["bom8", "latin", "utf16"]
    for doc in docs:
        assert not isinstance(doc, IngestError), doc
        assert "café owner, Zoë Müller" in doc.text and doc.text.startswith("Rebels")
    assert len({d.content_hash for d in docs}) == 1


def test_binary_empty_and_oversize(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n  \n", encoding="utf-8")
    (tmp_path / "big.txt").write_text(STORY * 40, encoding="utf-8")
    items = {i.source.rsplit("/", 1)[-1]: i for i in read_all(tmp_path, max_bytes=10_000)}
    assert all(type(i) is IngestError for i in items.values()), items
    assert "binary" in items["blob.txt"].reason
    assert items["empty.txt"].reason == "empty file"
    assert "empty" in items["blank.md"].reason
    assert items["big.txt"].reason == f"file is {len(STORY) * 40 // 1000} KB, over the 10 KB limit"


def test_french_text_skipped_with_language(tmp_path):
    path = tmp_path / "varosh-fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    [skip] = read_all(path)
    assert isinstance(skip, SkippedInput) and "French (fr)" in skip.reason
    [doc] = read_all(path, english_only=False)
    assert doc.language == "fr"


def test_short_text_is_not_judged(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Explosion au marché central.", encoding="utf-8")
    [doc] = read_all(path)
    assert doc.language is None and doc.text == "Explosion au marché central."


def test_folder_recursion_hidden_and_unsupported(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "b" / "deep.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a" / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git" / "inside.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "top.md").write_text(STORY, encoding="utf-8")
    items = read_all(tmp_path)
    assert [type(i).__name__ for i in items] == ["Document", "SkippedInput", "Document"]
    assert "unsupported file type '.docx'" in items[1].reason
    assert [items[0].doc_id, items[2].doc_id] == ["top", "deep"]


def test_missing_path_and_unknown_extension_named_directly(tmp_path):
    odd = tmp_path / "story.dat"
    odd.write_text(STORY, encoding="utf-8")
    missing, doc = read_all(tmp_path / "nope.txt", odd)
    assert type(missing) is IngestError and "no such file" in missing.reason
    assert doc.doc_id == "story" and doc.text == STORY


def test_same_article_same_hash_from_txt_and_jsonl(tmp_path):
    curly = STORY.replace("a military source said", "a \u201cmilitary source\u201d said \u2014 briefly")
    (tmp_path / "one.txt").write_text(curly, encoding="utf-8")
    record = {"id": "one", "text": curly.replace("\n\n", "\n \n") + "\n", "published": "2022-10-02"}
    (tmp_path / "one.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    txt, rec = read_all(tmp_path / "one.txt", tmp_path / "one.jsonl")
    assert txt.content_hash == rec.content_hash
    assert txt.content_hash == content_hash(curly)
    assert content_hash(STORY) != txt.content_hash


def test_normalise():
    assert normalise("  \u201cFive\u201d  killed \u2013 police\u2019s\u00a0report\n\n ") == \
        '"Five" killed - police\'s report'
    assert normalise("\ufb01ghters") == "fighters"  # NFKC ligature
