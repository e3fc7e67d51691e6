"""The analyst's concept pack: rename, merge and split concepts, surviving every re-ingest.

A YAML file (path in $POLEMOS_CONCEPTS, or given to the commands) read at query
time, never written by ingest:

    concepts:                       # define a concept by the phrases it holds (splits them out of others)
      - label: Taliban internal division
        id: taliban-internal-division      # optional (default: a slug of the label)
        phrases: ["division and dissatisfaction within the Taliban"]   # exact, case-insensitive
        contains: ["internal rivalry"]      # or any phrase containing these words
    rename:                         # automatic concept id -> label
      isis-k-recruitment: ISIS-K recruitment
    merge:                          # the first id absorbs the others
      - [isis-k-presence, isis-k-strength]
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import PolemosError

ENV = "POLEMOS_CONCEPTS"


class PackConcept(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1)
    id: str | None = None
    phrases: list[str] = []
    contains: list[str] = []

    def model_post_init(self, _ctx) -> None:
        if not self.id:
            self.id = re.sub(r"[^a-z0-9]+", "-", self.label.casefold()).strip("-")


class ConceptPack(BaseModel):
    model_config = ConfigDict(extra="forbid")
    concepts: list[PackConcept] = []
    rename: dict[str, str] = {}
    merge: list[list[str]] = []

    def concept_for(self, phrase: str) -> PackConcept | None:
        folded = " ".join(phrase.casefold().split())
        for c in self.concepts:
            if folded in {" ".join(p.casefold().split()) for p in c.phrases}:
                return c
            if any(w.casefold() in folded for w in c.contains):
                return c
        return None


def load_concept_pack(path: str | Path | None = None) -> ConceptPack:
    """The pack at `path` (or $POLEMOS_CONCEPTS); an empty pack when neither is set."""
    path = path or os.environ.get(ENV)
    if not path:
        return ConceptPack()
    try:
        with open(path, encoding="utf-8") as fh:
            return ConceptPack.model_validate(yaml.safe_load(fh) or {})
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise PolemosError(f"concept pack {path}: {exc}") from exc
