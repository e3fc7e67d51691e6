"""Property tests (Hypothesis) of the readers, front matter, and number, date and range parsing: whatever the
input, they give a result or one of the project's own reported errors, never an exception, and what they give
keeps its invariants. POLEMOS_FUZZ_EXAMPLES sets the examples per property (benchmarks/fuzz.py runs 10,000)."""
from __future__ import annotations

import json
import os
import string
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polemos.dates import InvalidDate, PartialDate, plausible
from polemos.errors import IngestError
from polemos.extract.quantities import parse_quantity
from polemos.extract.times import resolve_time
from polemos.ingest import clean_text, finish, parse_date
from polemos.ingest.build import Raw
from polemos.ingest.corpus import read_json, read_jsonl
from polemos.ingest.dates import detect_published
from polemos.ingest.text import read_text, split_front_matter
from polemos.ranges import QUANTITY_MAX, Range

EXAMPLES = int(os.environ.get("POLEMOS_FUZZ_EXAMPLES", "100"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=EXAMPLES <= 100)   # the test suite is reproducible; the long fuzz run explores

# any text, including lone surrogates, NULs and line/paragraph separators
texts = st.text(st.characters(codec=None, categories=None), max_size=300)
words = st.text(string.ascii_letters + string.digits + " -.,:/'\n\t", max_size=60)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["text", "body", "title", "date", "published", "language", "lang", "id", "url", "author", "x"]),
        inner, max_size=6), max_leaves=20)
yaml_scalars = st.one_of(
    words, st.integers(), st.floats(allow_nan=False), st.booleans(),
    st.builds("{:04d}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)))
FIELDS = ["title", "date", "published", "language", "author", "id", "url", "source", "link", "tags"]


def _ok(item) -> bool:
    return isinstance(item, (Raw, IngestError))


@fuzz
@given(st.lists(st.one_of(json_values.map(json.dumps), texts), max_size=8))
def test_jsonl_lines_never_raise_and_errors_name_their_line(lines):
    text = "\n".join(lines)
    items = list(read_jsonl(text, "corpus.jsonl", "corpus"))
    assert all(_ok(i) for i in items)
    numbered = {n for n, line in enumerate(text.split("\n"), start=1) if line.strip()}
    assert len(items) == len(numbered)
    for item in items:
        assert item.source.startswith("corpus.jsonl:") and int(item.source.split(":")[1]) in numbered


@fuzz
@given(st.one_of(json_values.map(json.dumps), texts))
def test_json_documents_never_raise(text):
    assert all(_ok(i) for i in read_json(text, "c.json", "c"))


@fuzz
@given(st.dictionaries(st.sampled_from(FIELDS), yaml_scalars, max_size=6), words, texts)
def test_front_matter_never_loses_the_document(meta, extra, body):
    head = "\n".join(f"{k}: {v}" for k, v in meta.items()) + "\n" + extra
    raw = read_text(f"---\n{head}\n---\n{body}", "a.md", "a", "md")
    assert isinstance(raw, Raw)
    done = finish(raw)
    assert isinstance(done, IngestError) or done.text.strip()
    if not isinstance(done, IngestError):
        assert done.published is None or plausible(done.published)
        assert done.language is None or isinstance(done.language, str)


@fuzz
@given(texts)
def test_front_matter_split_of_any_text(text):
    warnings: list[str] = []
    meta, body = split_front_matter(text, "a.md", warnings)
    assert isinstance(meta, dict) and isinstance(body, str)


@fuzz
@given(json_values)
def test_any_record_fields_give_a_document_or_a_reported_error(record):
    if not isinstance(record, dict):
        record = {"text": record}
    items = list(read_jsonl(json.dumps(record), "c.jsonl", "c"))
    for item in items:
        if isinstance(item, Raw):
            done = finish(item)
            assert isinstance(done, IngestError) or done.text.strip()


@fuzz
@given(st.one_of(texts, words, st.integers(), st.floats(), st.dates(), st.none()))
def test_parse_date_gives_a_date_or_none(value):
    found = parse_date(value)
    assert found is None or isinstance(found, date)


@fuzz
@given(st.one_of(texts, words))
def test_partial_dates_parse_strictly(text):
    try:
        d = PartialDate.parse(text)
    except InvalidDate:
        return
    assert d.first <= d.last and PartialDate.parse(d.value, d.precision) == d


@fuzz
@given(st.one_of(texts, words), st.dates(date(1900, 1, 1), date(2100, 1, 1)) | st.none())
def test_time_expressions_resolve_or_not_without_raising(text, published):
    found = resolve_time(text, published)
    assert found is None or len(found) == 3


@fuzz
@given(texts)
def test_publication_detection_never_raises(text):
    found, how = detect_published(text)
    assert found is None or isinstance(found, date)


@fuzz
@given(st.one_of(texts, words, st.builds(lambda n, w: f"{n} {w}", st.integers(0, 10**40), words)))
def test_quantities_are_bounded(text):
    found = parse_quantity(text)
    if found is None:
        return
    low, high, best, qualifier = found
    assert all(v is None or 0 <= v <= QUANTITY_MAX for v in (low, high, best))
    assert low is None or high is None or low <= high
    assert isinstance(qualifier, str)


numbers = st.none() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False, allow_infinity=False, width=32)


@fuzz
@given(numbers, numbers, numbers, numbers)
def test_ranges_are_ordered_and_intersect_consistently(a, b, c, d):
    r, s = Range(a, b), Range(c, d)
    assert r.low is None or r.high is None or r.low <= r.high
    both = r & s
    assert (both is not None) == r.overlaps(s)
    assert isinstance(str(r), str)


@fuzz
@given(texts)
def test_clean_text_strips_line_ends_and_is_idempotent(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert all(line == line.rstrip(" \t\f\v\u00a0") for line in cleaned.split("\n"))
