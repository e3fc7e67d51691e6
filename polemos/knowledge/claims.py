"""The claims lexicon (claims.yaml): loaded once, validated by a schema.

A bad pack fails on load with a message naming the entry, never half-way through a document.
Extractors read it as a plain dict (polemos.extract.attribution.lexicon).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import PolemosError
from . import load_yaml

PACK = Path(__file__).resolve().parent / "claims.yaml"
Kind = Literal["fighters", "attacks", "arrests", "killed", "executed", "escaped", "members_joined",
               "countries", "other"]
ActorKind = Literal["armed_group", "state", "state_force", "person", "organisation", "civilians", "igo"]
Words = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Attribution(_Strict):
    speech_verbs: Words
    according_preps: Words
    paragraph_cues: Words
    source_nouns: Words
    hearsay_adverbs: Words
    hearsay_passives: Words
    hearsay_label: str
    denial_verbs: Words
    speaker_pronouns: Words
    speaker_persons: Words
    quote_marks: str


class GenericSubjects(_Strict):
    focus_min_mentions: int = Field(ge=1)
    link_words: Words
    labels: dict[str, str]
    collective_patterns: list[list[dict[str, Any]]] = Field(min_length=1)
    collective_drop: Words
    collective_definite: Words


class OrdinalFigures(_Strict):
    words: dict[str, int]
    frames: Words


class PercentFigures(_Strict):
    subject_kinds: list[ActorKind]
    non_claim_nouns: Words


class DefiniteCounts(_Strict):
    determiners: Words
    most: int = Field(ge=1)


class Displacement(_Strict):
    verbs: Words
    nouns: Words


class CountValues(_Strict):
    nouns: Words
    verbs: Words
    earlier_preps: Words


class ClaimsPack(_Strict):
    counted_nouns: dict[str, Kind]
    governors: dict[str, Kind]
    agent_kinds: list[Kind]
    receiver_verbs: Words
    toll_kinds: list[Kind]
    toll_governors: Words
    victim_governors: Words
    dispute_words: Words
    among_tolls: dict[str, Kind]
    self_claim_verbs: Words
    aggregate_words: Words
    aggregate_contexts: Words
    fighter_kinds: list[ActorKind]
    non_subject_kinds: list[ActorKind]
    single_count_kinds: list[Kind]
    non_claim_nouns: Words
    non_claim_entities: Words
    definite_counts: DefiniteCounts
    collective_nouns: Words
    group_anaphors: Words
    anaphor_determiners: Words
    government_anaphors: Words
    plural_anaphors: Words
    attribution: Attribution
    generic_subjects: GenericSubjects
    copula_dummies: Words
    ordinal_figures: OrdinalFigures
    percent_figures: PercentFigures
    elliptic_preps: Words
    count_values: CountValues
    continuing_pronouns: Words
    cause_marks: Words
    agentless_kinds: dict[Kind, list[ActorKind]]
    displacement: Displacement


def load_pack(path: Path | str = PACK) -> dict[str, Any]:
    """Read and validate a claims lexicon; its Matcher patterns are checked by spaCy."""
    try:
        with open(path, encoding="utf-8") as fh:
            raw = load_yaml(fh)
        pack = ClaimsPack.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise PolemosError(f"claims pack {path}: {exc}") from exc
    _check_patterns(pack.generic_subjects.collective_patterns, path)
    return raw


def _check_patterns(patterns: list, path) -> None:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab
    try:
        Matcher(Vocab(), validate=True).add("check", patterns)
    except ValueError as exc:
        raise PolemosError(f"claims pack {path}: collective_patterns: {exc}") from exc
