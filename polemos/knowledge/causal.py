"""The causal signal pack (causal.yaml): loaded once, validated by a schema, compiled for spaCy.

A bad pack fails on load with a message naming the entry, never half-way through a document.
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import PolemosError
from . import load_yaml

PACK = Path(__file__).resolve().parent / "causal.yaml"
Sign = Literal["+", "-"]
LEXICON_FRAMES = ("verb", "reverse", "attribute", "beneficiary", "enabler", "normative", "failure")
PHRASE_FRAMES = ("verb", "because", "conditional", "concessive", "correlative", "noun", "reverse_noun",
                 "beneficiary")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Group(_Strict):
    frame: Literal[LEXICON_FRAMES]  # type: ignore[valid-type]
    sign: Sign
    lemmas: list[str] = Field(min_length=1)
    preps: list[str] = []
    complement: bool = False           # causal only with an object and a secondary predicate


class Phrase(_Strict):
    id: str
    frame: Literal[PHRASE_FRAMES]  # type: ignore[valid-type]
    sign: Sign
    pattern: list[dict] = Field(min_length=1)
    after_only: bool = False           # only a clause that follows its main clause ("..., as X")
    cause_start: int | None = None     # the cause begins at this token of the match ("the absence of X")


class SentenceSignal(_Strict):
    id: str
    pattern: list[dict] = Field(min_length=1)


class Direction(_Strict):
    up: list[str]
    down: list[str]


class CausalPack(_Strict):
    version: int
    lexicon: dict[str, Group]
    phrases: list[Phrase]
    conditional_marks: list[str]
    inverted_conditionals: list[str]
    change_verbs: Direction
    stance_verbs: list[str]
    not_effects: list[str]
    agent_nouns: list[str]
    implicative_heads: list[str]
    predictive_aux: list[str]
    predictive_words: list[str]
    denial_words: list[str]
    denial_verbs: list[str]
    concessive_words: list[str]
    not_causal_marks: list[str]
    direction: Direction
    sentence_signals: list[SentenceSignal] = []
    event_idioms: list[SentenceSignal] = []

    @field_validator("phrases")
    @classmethod
    def _unique_ids(cls, phrases: list[Phrase]) -> list[Phrase]:
        seen: set[str] = set()
        for p in phrases:
            if p.id in seen:
                raise ValueError(f"phrase id {p.id!r} is used twice")
            seen.add(p.id)
        return phrases

    def frames_of(self, lemma: str) -> dict[str, Group]:
        """Lexicon groups holding `lemma`, by frame (a plain verb group before a complement-taking one)."""
        return dict(self.frame_index.get(lemma, {}))

    @cached_property
    def frame_index(self) -> dict[str, dict[str, Group]]:
        """lemma -> frames_of(lemma), built once per pack (every token of every sentence asks)."""
        index: dict[str, dict[str, Group]] = {}
        for g in sorted(self.lexicon.values(), key=lambda g: g.complement):
            for lemma in g.lemmas:
                index.setdefault(lemma, {}).setdefault(g.frame, g)
        return index

    @cached_property
    def idiom_ids(self) -> frozenset[str]:
        """The ids of the event idioms ("opened fire"), for telling their matches apart."""
        return frozenset(i.id for i in self.event_idioms)

    @cached_property
    def phrase_index(self) -> dict[str, Phrase]:
        """Phrase id -> phrase (the Matcher's match ids)."""
        return {ph.id: ph for ph in self.phrases}

    def sign_of(self, lemma: str) -> str | None:
        """'+' or '-' for a verb signal of the `verb` frame, else None."""
        for g in self.lexicon.values():
            if g.frame == "verb" and not g.complement and lemma in g.lemmas:
                return g.sign
        return None

    def verb_group(self, lemma: str) -> Group | None:
        """The `verb`-frame group of a lemma (plain verbs before complement-taking ones)."""
        groups = [g for g in self.lexicon.values() if g.frame == "verb" and lemma in g.lemmas]
        return sorted(groups, key=lambda g: g.complement)[0] if groups else None


def load_pack(path: Path | str = PACK) -> CausalPack:
    """Read and validate a causal pack; its phrase patterns are checked by spaCy's Matcher."""
    try:
        with open(path, encoding="utf-8") as fh:
            pack = CausalPack.model_validate(load_yaml(fh))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise PolemosError(f"causal pack {path}: {exc}") from exc
    build_matcher(pack)
    build_sentence_matcher(pack)
    return pack


@lru_cache(maxsize=1)
def pack() -> CausalPack:
    return load_pack()


def build_matcher(p: CausalPack, vocab=None):
    """A spaCy Matcher over the pack's phrases (validated: a bad pattern names its id)."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    matcher = Matcher(vocab if vocab is not None else Vocab(), validate=True)
    for phrase in p.phrases:
        try:
            matcher.add(phrase.id, [phrase.pattern])
        except Exception as exc:  # spaCy raises ValueError/MatchPatternError with the details
            raise PolemosError(f"causal pack: phrase {phrase.id!r} has a bad pattern: {exc}") from exc
    return matcher


def build_sentence_matcher(p: CausalPack, vocab=None):
    """A Matcher over the pack's broad sentence signals and event idioms (validated like the phrases)."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    matcher = Matcher(vocab if vocab is not None else Vocab(), validate=True)
    for sig in p.sentence_signals + p.event_idioms:
        try:
            matcher.add(sig.id, [sig.pattern])
        except Exception as exc:
            raise PolemosError(f"causal pack: sentence signal {sig.id!r} has a bad pattern: {exc}") from exc
    return matcher
