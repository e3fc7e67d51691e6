"""Loader for the event lexicon (polemos/knowledge/events.yaml)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ..errors import KnowledgeError
from ..knowledge import load_yaml

LEXICON_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "events.yaml"


@dataclass(frozen=True)
class TriggerClass:
    """One class of triggers: a role (how it is typed) and an optional fixed sub-event type."""

    name: str
    role: str
    sub: str | None
    event_nouns: frozenset[str]
    generic: bool = False                              # a generic word: loses to a specific instrument
    verbs: frozenset[str] = frozenset()                # verb + object triggers ("set up ... posts")
    objects: frozenset[str] = frozenset()
    purposes: frozenset[str] = frozenset()             # triggers only with such a purpose/complement
    voided_by: frozenset[str] = frozenset()            # no trigger in a sentence holding one of these lemmas
    needs: frozenset[str] = frozenset()                # a trigger only with one of these lemmas in its sentence
                                                       # or the next one
    crowd_subject: bool = False                        # without its purpose, a trigger when a crowd of people does it
    armed_subject: bool = False                        # a trigger only when armed men do it ('gunmen wounded a trader')
    driven_out: bool = False                           # a trigger only when armed men are driven from somewhere
    ground_only: bool = False                          # a trigger only when what is given up is ground or troops
    doer_told: bool = False                            # a trigger only when who did it is told (subject or agent)
    joins_armed: bool = False                          # a trigger only when armed men join a named armed side
    weapons: bool = False                              # its phrases name weapons: an event only where fired or used


@dataclass
class Lexicon:
    """The event lexicon, indexed for per-token lookups."""

    order: list[str]                                   # sub-event types, hierarchy order
    event_type: dict[str, str]                         # sub-event type -> event type
    single: dict[str, list[TriggerClass]]              # lemma -> classes
    phrases: dict[str, list[tuple[tuple[str, ...], TriggerClass]]]  # first lemma -> phrases
    verb_only: frozenset[str]
    verb_object_classes: list[TriggerClass] = field(default_factory=list)
    words: dict[str, frozenset[str]] = field(default_factory=dict)   # named word lists
    victims: dict[str, frozenset[str]] = field(default_factory=dict)
    state_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    classes: dict[str, TriggerClass] = field(default_factory=dict)     # trigger classes by name
    _patterns: dict[str, re.Pattern] = field(default_factory=dict, repr=False)

    @cached_property
    def act_nouns(self) -> frozenset[str]:
        """Every single-word trigger's lemma: a time hung on such a noun dates that act ('a reporter's detention on
        Sunday'), not another event of its sentence."""
        return frozenset(self.single)

    @cached_property
    def gang_ties(self) -> re.Pattern:
        """A record word, then within eight words a gang word ('charged in 2019 with theft and drug dealing'):
        a victim's ties to a gang or the drug trade (`gang_tie_records`, `gang_tie_trades`)."""
        words = "|".join(re.escape(w) for w in sorted(self.words["gang_tie_records"]))
        trades = "|".join(re.escape(w) for w in sorted(self.words["gang_tie_trades"], key=len, reverse=True))
        return re.compile(rf"\b(?:{words})\b(?:\W+\w+){{0,8}}?\W+(?:{trades})\b", re.IGNORECASE)

    def speaks(self, tok) -> bool:
        """The token names who reports: the subject of a reporting verb ('police said', 'the air force said')."""
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.words["reporting_verbs"]

    def pattern(self, name: str) -> re.Pattern:
        """A word list of the lexicon as one pattern of whole words and phrases, any case ('crime_hallmarks':
        'drive-by', 'tortured', 'narco-message')."""
        if name not in self._patterns:
            words = "|".join(re.escape(w) for w in sorted(self.words[name], key=len, reverse=True))
            self._patterns[name] = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
        return self._patterns[name]

    @cached_property
    def verb_object_verbs(self) -> frozenset[str]:
        """The verbs of every verb+object class: a token whose lemma is none of them starts no such phrase."""
        return frozenset(v for cls in self.verb_object_classes for v in cls.verbs)

    def rank(self, sub: str) -> int:
        """Position of a sub-event type in the hierarchy (lower = higher priority)."""
        return self.order.index(sub) if sub in self.order else len(self.order)

    def idiom(self, tok) -> bool:
        """A casualty word inside a set phrase that tells no casualty ('wanted dead or alive')."""
        pair = self.words.get("idiom_pairs", frozenset())
        return tok.lower_ in pair and any(
            x.lower_ in pair and x.i != tok.i for x in (*tok.children, tok.head) if "conj" in (x.dep_, tok.dep_))

    def nobody(self, tok) -> bool:
        """A phrase naming no one: 'nobody', 'none', 'no group', 'no people' (`no_one`)."""
        words = self.words["no_one"]
        if tok.lower_ == "no" and tok.i + 1 < len(tok.doc) and (tok.nbor(1).text == "." or tok.nbor(1).like_num):
            return False            # "Ward No. 5", "Gate No 2": a number's abbreviation
        return tok.lower_ in words or any(c.lower_ in words and c.dep_ in ("det", "neg", "amod") for c in tok.children)

    def victim_class(self, lemma: str) -> str | None:
        for cls in ("prisoner", "armed", "civilian"):
            if lemma in self.victims.get(cls, ()):
                return cls
        return None

    def state_force(self, lemma: str) -> str | None:
        """The state force a noun names ('troops': military), the first of `state_nouns` that lists it."""
        return self._forces.get(lemma)

    @cached_property
    def _forces(self) -> dict[str, str]:
        """Each state noun -> the first force of `state_nouns` that lists it (state_force, one lookup a word)."""
        out: dict[str, str] = {}
        for force, nouns in self.state_nouns.items():
            for noun in nouns:
                out.setdefault(noun, force)
        return out


def _words_only(key: str, words: list) -> list:
    """A word list as written; YAML reads a bare no, on, off or yes as a boolean, never meant as a word."""
    bad = [w for w in words if isinstance(w, bool)]
    if bad:
        raise KnowledgeError(f"events.yaml, {key}: {bad} read as booleans: quote the words ('no', 'on', 'off')")
    return words


def _build(data: dict) -> Lexicon:
    order = [sub for _, sub in data["subtypes"]]
    etype = {sub: et for et, sub in data["subtypes"]}
    single: dict[str, list[TriggerClass]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], TriggerClass]]] = {}
    vo_classes: list[TriggerClass] = []
    by_name: dict[str, TriggerClass] = {}
    for name, spec in data["triggers"].items():
        sub = spec.get("sub")
        if sub is not None and sub not in etype:
            raise KnowledgeError(f"events.yaml: trigger class {name!r} names unknown sub-event type {sub!r}")
        vo = spec.get("verb_objects") or {}
        cls = TriggerClass(name, spec["role"], sub, frozenset(spec.get("event_nouns", [])), bool(spec.get("generic")),
                           frozenset(vo.get("verbs", [])), frozenset(vo.get("objects", [])),
                           frozenset(spec.get("purposes", [])), frozenset(spec.get("voided_by", [])),
                           frozenset(spec.get("needs", [])), crowd_subject=bool(spec.get("crowd_subject")),
                           armed_subject=bool(spec.get("armed_subject")), weapons=bool(spec.get("weapons")),
                           driven_out=bool(spec.get("driven_out")), ground_only=bool(spec.get("ground_only")),
                           doer_told=bool(spec.get("doer_told")), joins_armed=bool(spec.get("joins_armed")))
        by_name[name] = cls
        if cls.verbs:
            vo_classes.append(cls)
        for lemma in spec.get("lemmas", []):
            single.setdefault(str(lemma).lower(), []).append(cls)
        for phrase in spec.get("phrases", []):
            seq = tuple(str(w).lower() for w in _words_only(name, phrase))
            if len(seq) == 1:
                single.setdefault(seq[0], []).append(cls)
            else:
                phrases.setdefault(seq[0], []).append((seq, cls))
    for key in phrases:   # longest phrases first
        phrases[key].sort(key=lambda pc: -len(pc[0]))
    words = {k: frozenset(str(w).lower() for w in _words_only(k, v)) for k, v in data.items()
             if isinstance(v, list) and k not in ("subtypes", "verb_only")}
    return Lexicon(order, etype, single, phrases, frozenset(data.get("verb_only", [])), vo_classes, words,
                   {k: frozenset(v) for k, v in data["victims"].items()},
                   {k: frozenset(v) for k, v in data["state_nouns"].items()}, by_name)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The event lexicon (cached per path)."""
    p = Path(path) if path else LEXICON_PATH
    try:
        data = load_yaml(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read event lexicon {p}: {exc}") from exc
    return _build(data)
