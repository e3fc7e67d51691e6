"""Generated conflict reports for the ingest tests: varied actors, places, tolls and dates, each text distinct."""
from __future__ import annotations

import json
from pathlib import Path

ACTORS = ["Taliban fighters", "Gunmen", "Al-Shabaab militants", "Boko Haram insurgents", "Unidentified attackers"]
TARGETS = ["a police checkpoint", "an army convoy", "a market", "a district headquarters", "a village mosque"]
PLACES = ["Kandahar, Afghanistan", "Maiduguri, Nigeria", "Mogadishu, Somalia", "Peshawar, Pakistan",
          "Ghazni, Afghanistan", "Baidoa, Somalia"]
VERBS = ["attacked", "stormed", "ambushed"]


def report(i: int) -> dict:
    actor, target = ACTORS[i % len(ACTORS)], TARGETS[(i // 2) % len(TARGETS)]
    place, verb = PLACES[(i // 3) % len(PLACES)], VERBS[i % len(VERBS)]
    day, dead, hurt = i % 27 + 1, i % 9 + 1, i % 5 + 2
    text = (f"{actor} {verb} {target} in {place} on {day} March 2024, killing {dead} people and wounding "
            f"{hurt} others, officials said. Security forces later arrested {i % 4 + 1} suspects near the town. "
            f"Residents said the fighting lasted {i % 3 + 2} hours (report {i}).")
    return {"id": f"r{i:04d}", "text": text, "published": f"2024-03-{day + 1:02d}"}


def write_corpus(path: Path, n: int, start: int = 0) -> Path:
    path.write_text("".join(json.dumps(report(i)) + "\n" for i in range(start, start + n)), encoding="utf-8")
    return path
