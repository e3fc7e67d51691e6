"""PDF files: text layer, info metadata, textless/malformed/encrypted PDFs."""
from __future__ import annotations

import io
from datetime import date, datetime

from fpdf import FPDF

from polemos.errors import IngestError
from polemos.ingest import read_sources

REPORT = [
    "Armed men ambushed a convoy carrying food aid on the road between two border villages on "
    "Saturday, the relief agency said, and took three drivers hostage.",
    "The agency said it had suspended deliveries in the area until the drivers were released, "
    "leaving thousands of displaced families without rations for the coming weeks.",
]


def make_pdf(paragraphs: list[str] | None, title: str | None = None) -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
        pdf.set_author("Relief Monitoring Unit")
    pdf.set_creation_date(datetime(2022, 7, 4, 10, 0, 0))
    for paragraph in paragraphs or []:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, paragraph)
    if not paragraphs:
        pdf.add_page()
        pdf.rect(20, 20, 100, 60)  # a drawing, no text: like a scanned page
    return bytes(pdf.output())


def test_pdf_text_and_metadata(tmp_path):
    path = tmp_path / "convoy-report.pdf"
    path.write_bytes(make_pdf(REPORT, title="Convoy ambushed near the border"))
    [doc] = list(read_sources([str(path)]))
    assert not isinstance(doc, IngestError), doc
    assert doc.fmt == "pdf" and doc.doc_id == "convoy-report"
    assert "border villages on Saturday, the relief agency said" in doc.text  # wrapped line joined
    assert "displaced families" in doc.text  # second page joined
    assert doc.title == "Convoy ambushed near the border"
    assert doc.author == "Relief Monitoring Unit"
    # the creation date is weak evidence, used when the text has no date of its own
    assert (doc.published, doc.published_source) == (date(2022, 7, 4), "metadata")


def test_pdf_byline_beats_creation_date(tmp_path):
    path = tmp_path / "dated.pdf"
    path.write_bytes(make_pdf(["Posted: 28 June 2022\n" + REPORT[0] + " " + REPORT[1]]))
    [doc] = list(read_sources([str(path)]))
    assert (doc.published, doc.published_source) == (date(2022, 6, 28), "text")


def test_unwrap_joins_wrapped_lines_and_word_breaks():
    from polemos.ingest.pdf import unwrap

    page = ("Convoy ambushed near the border\n"
            "Armed men ambushed a convoy carrying food aid on the road between two border\n"
            "villages on Saturday, the relief agency said, and took three drivers hos-\n"
            "tage. The agency suspended deliveries in the area until the drivers were\n"
            "released.\n\n"
            "A second paragraph starts here and it runs on for a while across the width\n"
            "of the page until it ends with a full stop.")
    assert unwrap(page).split("\n") == [
        "Convoy ambushed near the border",
        "Armed men ambushed a convoy carrying food aid on the road between two border villages on "
        "Saturday, the relief agency said, and took three drivers hostage. The agency suspended "
        "deliveries in the area until the drivers were released.",
        "",
        "A second paragraph starts here and it runs on for a while across the width of the page "
        "until it ends with a full stop."]


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf(None))
    [err] = list(read_sources([str(path)]))
    assert isinstance(err, IngestError)
    assert "no text layer (scanned PDF?)" in err.reason and err.source == str(path)


def test_malformed_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf at all\n%%EOF\n")
    [err] = list(read_sources([str(path)]))
    assert isinstance(err, IngestError)
    assert "PDF" in err.reason


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(REPORT))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buf.getvalue())
    [err] = list(read_sources([str(path)]))
    assert isinstance(err, IngestError)
    assert "encrypted" in err.reason
