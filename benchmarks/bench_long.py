"""One long ordinary article text: Polemos's parse + extraction time against bare spaCy's, and peak RSS.

The text is the reference corpus (polemos/examples/reference.jsonl) repeated, paragraphs joined by blank
lines, cut at a paragraph end near --chars. Bare spaCy parses the whole text in one call (max_length raised),
and again in the sections Polemos cuts it into (nlp.parse_long, no extraction);
Polemos parses it as `pipeline.ingest` does (nlp.parse_long in sections) then runs every extractor. Both
sides first process a 2,000-character text, so that loading the model and the knowledge packs is not timed.
Each side runs in its own process so that peak RSS is measured apart.

    .venv/bin/python benchmarks/bench_long.py --chars 320000
    .venv/bin/python benchmarks/bench_long.py --chars 80000 --profile /tmp/long.prof
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "polemos" / "examples" / "reference.jsonl"


def long_text(chars: int) -> str:
    """The reference articles repeated until `chars` characters, cut at a paragraph end."""
    texts = [json.loads(line)["text"] for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts, size = [], 0
    while size < chars:
        for text in texts:
            for para in text.split("\n\n"):
                if size >= chars:
                    break
                if para.strip():
                    parts.append(para.strip())
                    size += len(para) + 2
    return "\n\n".join(parts)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_side(side: str, chars: int, profile: str | None) -> dict:
    from polemos import nlp
    from polemos.ingest import finish
    from polemos.ingest.build import Raw
    from polemos.pipeline import extract

    def work(text=None):
        text = text if text is not None else long_text(chars)
        doc = finish(Raw(text=text, source="long", fmt="txt", doc_id="long"))
        extract(nlp.parse_long(doc.text), doc)

    warm = long_text(2000)   # the model and (Polemos) the knowledge packs loaded before timing: a one-time cost
    nlp.parse(warm) if side != "polemos" else work(warm)
    text = long_text(chars)
    base = _peak_mb()
    start = time.perf_counter()
    if side == "spacy":
        model = nlp.load()
        model.max_length = max(model.max_length, len(text) + 1)
        model(text)
    elif side == "sections":
        nlp.parse_long(text)
    else:
        if profile:
            import cProfile
            cProfile.runctx("work()", globals(), {"work": work}, profile)
        else:
            work()
    return {"side": side, "chars": len(text), "seconds": round(time.perf_counter() - start, 2),
            "peak_rss_mb": round(_peak_mb()), "rss_before_mb": round(base)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=320_000)
    parser.add_argument("--side", choices=["spacy", "sections", "polemos"], help=argparse.SUPPRESS)
    parser.add_argument("--profile", help="write a cProfile of the Polemos side to this file")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.chars, args.profile)))
        return
    results = {}
    for side in ("spacy", "sections", "polemos"):
        cmd = [sys.executable, __file__, "--chars", str(args.chars), "--side", side]
        if args.profile and side == "polemos":
            cmd += ["--profile", args.profile]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results[side] = json.loads(out.strip().splitlines()[-1])
        print(results[side], flush=True)
    ours, bare, cut = (results[s]["seconds"] for s in ("polemos", "spacy", "sections"))
    print(f"{results['polemos']['chars']:,} characters: Polemos {ours} s, bare spaCy {bare} s in one call "
          f"(ratio {ours / bare:.2f}), {cut} s in Polemos's sections (ratio {ours / cut:.2f}); peak RSS Polemos "
          f"{results['polemos']['peak_rss_mb']} MB, spaCy {results['spacy']['peak_rss_mb']} MB in one call, "
          f"{results['sections']['peak_rss_mb']} MB in sections")


if __name__ == "__main__":
    main()
