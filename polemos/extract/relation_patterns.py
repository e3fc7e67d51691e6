"""Relation rules written as spaCy DependencyMatcher patterns (relations.yaml `patterns`).

Each rule names the relation it states (or the lexicon its cue word's relation comes
from), the pattern, and which matched tokens stand for the two actors:

- `actor1`, `actor2`: the two sides, each read as `_side` reads a phrase (conjuncts,
  "members of X", anaphors such as "the group" or "its");
- `actors`: one phrase whose conjuncts are related to each other ("X and Y clashed");
- `cue`: the cue word; `from_lexicon` takes the relation from its lemma, `without` lists
  dependency labels ("dobj") or label:word pairs ("prep:against") the cue must not have as
  children (an intransitive "X and Y fought", not "X and Y fought Z" nor "fought against Z").

`phrase_head` names nodes read from the head of their noun phrase (climbing compounds and
modifiers: "anti-Iran insurgent group X" -> group). `kinds` limits a side to actor kinds
({actor1: [person]}: "founded by P" makes P a leader only when P is a person).

`prefixed: true` lets a side be a name after "anti-" or "pro-" ("the anti-Iran group X"), which elsewhere
names that actor's enemies or friends, not the actor.

`persons: true` keeps a person as a side of a group relation ("P was sanctioned by Y") instead of
standing them for their group. `actor2_as: government` reads actor2 as the
government of the state its token names ("Uzbek President P", "P, prime minister of
Pakistan"), else of the state the person's pack record serves, else of the document's main
country for national offices; `actor2_as: regional_government` reads it as the government of the
province the title names ("Punjab Chief Minister P"), else of the document's main province;
`actor2_as: place_military` reads it as the military of the country of the place it names ("sent to reinforce Gao").
The rules are validated when loaded; each carries examples that tests run.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..knowledge.actor_records import slug
from ..model import ActorMention, Span
from .attribution import pattern_words, sentence_words, sentences

RELATIONS = {"hostile", "cooperative", "rival", "defection", "member_of", "leader_of", "affiliate_of"}
LEXICONS = {"nouns", "roles", "verbs", "adjectives"}
ACTOR_NODES = {"actor1", "actor2", "actors"}


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str | None
    from_lexicon: str | None
    reverse_for: tuple[str, ...]
    without: tuple[str, ...]
    actor2_as: str | None
    national: bool
    prefixed: bool
    persons: bool
    kinds: dict[str, tuple[str, ...]]
    phrase_head: tuple[str, ...]
    patterns: tuple[tuple[dict, ...], ...]
    examples: tuple[dict, ...]


def _fail(rule_id: str, why: str):
    raise ValueError(f"relations.yaml pattern {rule_id!r}: {why}")


def _check_words(rid: str, pattern) -> None:
    """YAML reads a bare on/off/yes/no as a boolean: node names and word lists must be strings."""
    for node in pattern:
        if not all(isinstance(node.get(k, ""), str) for k in ("RIGHT_ID", "LEFT_ID", "REL_OP")):
            _fail(rid, f"node names must be strings (quote on/off/yes/no): {node}")
        for attr in node.get("RIGHT_ATTRS", {}).values():
            words = attr.get("IN", []) + attr.get("NOT_IN", []) if isinstance(attr, dict) else [attr]
            if any(isinstance(w, bool) for w in words):
                _fail(rid, f"a word read as a boolean (quote on/off/yes/no): {node}")


def _rule(spec: dict[str, Any]) -> Rule:
    rid = spec.get("id") or _fail("?", "no id")
    rel, lex = spec.get("relation"), spec.get("from_lexicon")
    if (rel is None) == (lex is None):
        _fail(rid, "give exactly one of relation and from_lexicon")
    if rel is not None and rel not in RELATIONS:
        _fail(rid, f"unknown relation {rel!r}")
    if lex is not None and lex not in LEXICONS:
        _fail(rid, f"unknown lexicon {lex!r}")
    patterns = spec.get("patterns") or _fail(rid, "no patterns")
    for pat in patterns:
        _check_words(rid, pat)
        ids = [node.get("RIGHT_ID") for node in pat]
        if len(set(ids)) != len(ids):
            _fail(rid, f"repeated node names {ids}")
        if not ({"actor1", "actor2"} <= set(ids) or "actors" in ids):
            _fail(rid, "a pattern needs nodes actor1 and actor2, or actors")
        if (lex or spec.get("without")) and "cue" not in ids:
            _fail(rid, "from_lexicon and without need a node named cue")
    if not set(spec.get("kinds", {})) <= ACTOR_NODES:
        _fail(rid, f"kinds name nodes {sorted(spec['kinds'])}, not actor1/actor2/actors")
    if spec.get("actor2_as") not in (None, "government", "regional_government", "place_military"):
        _fail(rid, f"unknown actor2_as {spec['actor2_as']!r}")
    return Rule(rid, rel, lex, tuple(spec.get("reverse_for", ())), tuple(spec.get("without", ())),
                spec.get("actor2_as"), bool(spec.get("national", False)), bool(spec.get("prefixed", False)),
                bool(spec.get("persons", False)),
                {k: tuple(v) for k, v in spec.get("kinds", {}).items()}, tuple(spec.get("phrase_head", ())),
                tuple(tuple(p) for p in patterns), tuple(spec.get("examples", ())))


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    from .relations import lexicon
    return tuple(_rule(spec) for spec in lexicon().get("patterns", ()))


# an actor node with no part of speech of its own matches only the words a side can be (speed)
_ACTOR_POS = {"POS": {"IN": ["PROPN", "NOUN", "PRON", "ADJ", "NUM", "X"]}}


def _compiled(pattern) -> list[dict]:
    out = []
    for node in pattern:
        attrs = node.get("RIGHT_ATTRS", {})
        if node["RIGHT_ID"] in ACTOR_NODES and "POS" not in attrs:
            node = {**node, "RIGHT_ATTRS": {**attrs, **_ACTOR_POS}}
        out.append(node)
    return out


def _words(rule: Rule, node: dict) -> frozenset[str] | None:
    """The words one of which a node must be (its LEMMA/LOWER/ORTH, or the cue's lexicon), else None."""
    words = pattern_words(node.get("RIGHT_ATTRS", {}))
    if words is not None:
        return words
    if node["RIGHT_ID"] == "cue" and rule.from_lexicon:
        from .relations import lexicon
        return frozenset(lexicon()[rule.from_lexicon])
    return None


def _label_needs(node: dict) -> list[frozenset[str]]:
    """The dependency labels and parts of speech (as _labels writes them) one of which a node's token must have."""
    attrs, out = node.get("RIGHT_ATTRS", {}), []
    for key, prefix in (("DEP", "dep:"), ("POS", "pos:")):
        value = attrs.get(key)
        if isinstance(value, str):
            out.append(frozenset([prefix + value]))
        elif isinstance(value, dict) and "IN" in value:
            out.append(frozenset(prefix + v for v in value["IN"]))
    return out


_LABELS_KEY = "polemos.dep_pos"


def _labels(sent) -> set[str]:
    """'dep:' and 'pos:' with the dependency label and part of speech of each token of the sentence, and 'dep:dep'
    (the label a sentence copied into a Doc of its own gives a token whose head lay outside it, _sentence_doc):
    what the patterns' DEP and POS needs must meet. The document's labels are listed once."""
    doc = sent.doc
    cached = doc.user_data.get(_LABELS_KEY)
    if cached is None:
        from spacy.attrs import DEP, POS
        strings = doc.vocab.strings
        cached = doc.user_data[_LABELS_KEY] = [("dep:" + strings[d], "pos:" + strings[p])
                                               for d, p in doc.to_array([DEP, POS]).tolist()]
    out = {"dep:dep"}
    for dep, pos in cached[sent.start:sent.end]:
        out.add(dep)
        out.add(pos)
    return out


@lru_cache(maxsize=4)
def _matchers(vocab) -> tuple[tuple[int, int, tuple[frozenset, ...], object], ...]:
    """(rule, pattern, the word sets a sentence must meet, a DependencyMatcher) for every pattern:
    a pattern runs only on sentences holding one word of each of its word sets, and for each of its nodes a
    token of a dependency label and part of speech the node allows (speed)."""
    from spacy.matcher import DependencyMatcher
    out = []
    for n, rule in enumerate(rules()):
        for k, pattern in enumerate(rule.patterns):
            matcher = DependencyMatcher(vocab)
            try:
                matcher.add("p", [_compiled(pattern)])
            except ValueError as exc:
                _fail(rule.id, str(exc))
            needs = tuple(w for node in pattern if (w := _words(rule, node)) is not None)
            needs += tuple(s for node in _compiled(pattern) for s in _label_needs(node))
            out.append((n, k, needs, matcher))
    return tuple(out)


@lru_cache(maxsize=4)
def _first_words(vocab) -> tuple[dict[str, tuple[int, ...]], frozenset[str], tuple[int, ...]]:
    """Each word of a pattern's first word set -> the positions (in _matchers) of the patterns it opens; all
    those words; the positions of patterns with no word set (they may run anywhere)."""
    by_word: dict[str, list[int]] = {}
    always = []
    for j, (_n, _k, needs, _m) in enumerate(_matchers(vocab)):
        if not needs:
            always.append(j)
        for w in needs[0] if needs else ():
            by_word.setdefault(w, []).append(j)
    return {w: tuple(js) for w, js in by_word.items()}, frozenset(by_word), tuple(always)


def _meeting(vocab, words: set[str]) -> list[tuple]:
    """The _matchers, in their order, that may match a sentence with these words (one word of each of their word
    sets): those whose first set it meets, looked up by word, not every pattern's sets tested."""
    matchers = _matchers(vocab)
    by_word, firsts, always = _first_words(vocab)
    found = set(always)
    for w in words & firsts:
        found.update(by_word[w])
    return [matchers[j] for j in sorted(found) if not any(map(words.isdisjoint, matchers[j][2]))]


def _node_names(rule: Rule, pattern_index: int) -> list[str]:
    return [node["RIGHT_ID"] for node in rule.patterns[pattern_index]]


class Context:
    """What a rule may need beyond the sentence: the document's date, countries, places and actor pack."""

    def __init__(self, doc, countries=(), pack=None, places=()):
        self.doc, self.countries, self._pack, self.places = doc, tuple(countries), pack, tuple(places)

    @property
    def pack(self):
        if self._pack is None:
            from ..knowledge.actors import default_pack
            self._pack = default_pack()
        return self._pack

    def government(self, country: str | None, tok) -> ActorMention | None:
        if not country:
            return None
        rec = self.pack.state_forces(country, self.doc.published, "government")
        if rec is None:
            return None
        name = self.pack.acled_name_at(rec.id, self.doc.published)
        return ActorMention(Span(self.doc.doc_id, tok.idx, tok.idx + len(tok.text)), tok.text, rec.id, name, "state")


def _glued_before(tok) -> list:
    """The name the parser left off a title it stands right before: 'WAAF President P' with 'WAAF' hung elsewhere
    (a capitalised word or acronym of the same sentence, not one of the title's own modifiers)."""
    left = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i])
    if left == 0 or left == tok.sent.start:
        return []
    prev = tok.doc[left - 1]
    if prev.head.i == tok.i or prev.lower_ in _TITLE_WORDS or not (prev.pos_ == "PROPN" or (
            prev.text.isupper() and len(prev.text) > 1 and prev.is_alpha)):
        return []
    return [prev]


def _state_named(tok, index, ctx: Context) -> str | None:
    """The country a title's modifiers name: 'Uzbek', 'Pakistan's', 'of Syria', a state mention."""
    near = [tok] + [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")]
    near += _glued_before(tok)
    near += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for t in near:
        if _backer(t):
            continue
        hit = index.at(t)
        if hit is not None and hit.kind == "state" and hit.actor_id in ctx.pack:
            country = ctx.pack.get(hit.actor_id).country
            if country:
                return country
        country = ctx.pack.demonym_country(t.text)
        if country:
            return country
    return None


def _backer(t) -> bool:
    """'the Saudi backed president', 'a Freedonia-allied premier': the state named before a relation adjective
    backs the office holder; it is not the office's country."""
    from .relations import lexicon
    doc, j = t.doc, t.i + 1
    if j < len(doc) - 1 and doc[j].text in ("-", "\u2010", "\u2011") and not doc[j].whitespace_:
        j += 1
    return j < len(doc) and doc[j].lower_ in lexicon()["adjectives"]


_TITLE_WORDS = {"prime", "chief", "former", "acting", "interim", "transitional", "then", "vice", "deputy"}


def _named_modifier(tok) -> bool:
    """'Puntland President', 'Lagos State Governor': a title of a place or body that is not a country."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    mods += _glued_before(tok)
    return any((m.pos_ == "PROPN" or m.text.isupper() or (m.pos_ == "ADJ" and m.text[:1].isupper()))
               and m.lower_ not in _TITLE_WORDS for m in mods)


def _office_of(person_tok, index, ctx: Context) -> tuple[bool, str | None]:
    """What an 'of' phrase after the office holder's name says: (whether there is one, the country it names):
    'President P of Freedonia', 'Chairman P of the village council' (a body, not a country)."""
    if person_tok is None:
        return False, None
    while person_tok.dep_ in ("compound", "flat") and person_tok.head.i > person_tok.i:   # the name's last word
        person_tok = person_tok.head
    objs = [g for c in person_tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]
    for g in objs:
        country = _state_named(g, index, ctx)
        if country is not None:
            return True, country
    return bool(objs), None


def _government(rule: Rule, tok, person: ActorMention | None, index, ctx: Context,
                person_tok=None) -> list[ActorMention]:
    country = _state_named(tok, index, ctx)
    after, named = _office_of(person_tok, index, ctx) if country is None else (False, None)
    if after:
        if named is None:
            return []   # "President P of the village council": a local office
        country = named
    if country is None and person is not None and person.actor_id in ctx.pack:
        rec = ctx.pack.office_at(person.actor_id, ctx.doc.published)
        if rec is not None:         # a head of state or government the pack knows: never the text's main country
            name = ctx.pack.acled_name_at(rec.id, ctx.doc.published)
            return [ActorMention(Span(ctx.doc.doc_id, tok.idx, tok.idx + len(tok.text)), tok.text, rec.id,
                                 name, "state")]
    if country is None and rule.national and ctx.countries and not _named_modifier(tok):
        country = ctx.countries[0]
    gov = ctx.government(country, tok)
    return [gov] if gov is not None else []


def _regional_government(tok, ctx: Context) -> list[ActorMention]:
    """The government of the province or state a chief minister's title names ('Punjab Chief Minister P'),
    else of the region of the document's main country its places name most."""
    lo = min([tok.i] + [t.i for t in tok.subtree if t.i <= tok.i])
    start, end = tok.doc[lo].idx, tok.idx + len(tok.text)
    inside = [p for p in ctx.places if p.admin1 and start <= p.span.start < end]
    main = [p.admin1 for p in ctx.places if p.admin1 and (not ctx.countries or p.country == ctx.countries[0])]
    region = inside[0].admin1 if inside else Counter(main).most_common(1)[0][0] if main else None
    if region is None:
        return []
    name = f"Government of {region}"
    return [ActorMention(Span(ctx.doc.doc_id, tok.idx, end), tok.text, f"provisional:{slug(name)}", name, "state")]


_FORMER = {"former", "ex", "late", "then"}


def _place_military(tok, index, ctx: Context) -> list[ActorMention]:
    """The military of the country a place names, where a side is sent to reinforce the place ('troops were
    flown in to reinforce Gao'): the country of the place mention at the token, else, for a name the gazetteer
    lacks (no actor, no organisation), the document's main country."""
    if index.at(tok) is not None:
        return []
    country = next((p.country for p in ctx.places if p.country and p.feature != "country"
                    and p.span.start <= tok.idx < p.span.end), None)
    if country is None and tok.ent_type_ not in ("ORG", "NORP") and ctx.countries:   # a town the NER calls a person
        country = ctx.countries[0]
    rec = ctx.pack.state_forces(country, ctx.doc.published, "military") if country else None
    if rec is None:
        return []
    name = ctx.pack.acled_name_at(rec.id, ctx.doc.published)
    return [ActorMention(Span(ctx.doc.doc_id, tok.idx, tok.idx + len(tok.text)), tok.text, rec.id, name,
                         "state_force")]


def former_title(title) -> bool:
    """'former U.S. President P', 'the late King P': a title the person no longer holds."""
    near = title.doc[max(title.i - 4, 0):title.i]
    return any(t.lower_ in _FORMER and t.head.i in (title.i, title.head.i) for t in near)


def demoted_title(title) -> bool:
    """'Vice President P', 'Deputy Prime Minister P', 'the vice-president of X': a second's office, a member of the
    government, not its leader (a demoter among the title's modifiers or glued to it by a hyphen)."""
    from .relations import lexicon
    demoters = set(lexicon()["role_demoters"])
    doc = title.doc
    mods = [t for t in title.subtree if t.i < title.i and t.dep_ in ("amod", "compound", "nmod", "advmod")]
    glued = [doc[title.i - 2]] if title.i >= 2 and doc[title.i - 1].text in ("-", "\u2010", "\u2011") else []
    return any(t.lower_ in demoters for t in mods + glued)


def _relation(rule: Rule, cue) -> str | None:
    if rule.relation is not None:
        return rule.relation
    from .relations import lexicon
    table = lexicon()[rule.from_lexicon]
    return table.get(cue.lemma_.lower()) or table.get(cue.lower_)


def _facts(rule: Rule, nodes: dict, index, ctx: Context) -> list[tuple]:
    from .relations import _hypothetical, _side
    if any(t.pos_ in ("VERB", "AUX") and _hypothetical(t) for t in nodes.values()):
        return []   # "could form", "if they attack": not stated
    cue = nodes.get("cue")
    if cue is not None and rule.without and any(c.dep_ in rule.without or f"{c.dep_}:{c.lower_}" in rule.without
                                                 for c in cue.children):
        return []
    rel = _relation(rule, cue)
    if rel is None:
        return []
    for name in rule.phrase_head:
        tok = nodes[name]
        while tok.dep_ in ("amod", "compound", "nmod") and tok.head is not tok:
            tok = tok.head
        nodes = {**nodes, name: tok}
    def sides(name: str) -> list[ActorMention]:
        allowed = rule.kinds.get(name)
        return [a for a in _side(nodes[name], index)[0] if not allowed or a.kind in allowed]

    if "actors" in nodes:
        both = sides("actors")
        return [(a, rel, b, rule.persons, rule.prefixed) for i, a in enumerate(both) for b in both[i + 1:]]
    firsts = sides("actor1")
    office = rule.actor2_as in ("government", "regional_government")   # actor2 a title its person holds
    if office and former_title(nodes["actor2"]):
        return []   # "former President P" no longer leads the government
    if rel == "leader_of" and office and demoted_title(nodes["actor2"]):
        rel = "member_of"   # "Vice President P": one of the government, not its head
    if office:   # the title's own holder, not a name joined to it ("President B and Freedonian President P")
        own = index.at(nodes["actor1"])
        firsts = [p for p in firsts if p.kind == "person" and p is own][:1]
    if rule.actor2_as == "government":
        seconds = [g for p in firsts for g in _government(rule, nodes["actor2"], p, index, ctx, nodes.get("actor1"))]
    elif rule.actor2_as == "regional_government":
        seconds = _regional_government(nodes["actor2"], ctx) if firsts else []
    elif rule.actor2_as == "place_military":
        seconds = _place_military(nodes["actor2"], index, ctx) if firsts else []
    else:
        seconds = sides("actor2")
    if rel in rule.reverse_for:
        firsts, seconds = seconds, firsts
    return [(a, rel, b, rule.persons, rule.prefixed) for a in firsts for b in seconds]


def pattern_facts(sdoc, index, ctx: Context) -> dict[int, list[tuple]]:
    """Facts (actor1, relation, actor2, keep persons) the rules find, by the start character of their sentence."""
    out: dict[int, list[tuple]] = {}
    all_rules = rules()
    starts = sorted(m.span.start for m in index.mentions)
    persons = sorted(m.span.start for m in index.mentions if m.kind == "person")
    from .relations import lexicon
    national = frozenset(lexicon()["national_target_nouns"]) | frozenset(lexicon()["place_partner_verbs"])
    for sent in sentences(sdoc):
        here = bisect_left(starts, sent.end_char) - bisect_left(starts, sent.start_char)
        words = sentence_words(sent)
        if here < 2 and bisect_left(persons, sent.end_char) == bisect_left(persons, sent.start_char) \
                and (here == 0 or words.isdisjoint(national)):
            continue   # a relation needs two actors, a person whose office names the other, a national target or place
        words |= _labels(sent)
        alone = None
        for n, k, _needs, matcher in _meeting(sdoc.vocab, words):
            alone = alone if alone is not None else _sentence_doc(sent)
            rule = all_rules[n]
            for _, token_ids in matcher(alone):
                nodes = {name: sent[i] for name, i in zip(_node_names(rule, k), token_ids, strict=True)}
                out.setdefault(sent.start_char, []).extend(_facts(rule, nodes, index, ctx))
    return out


_ARRAY_KEY = "polemos.array"


def _sentence_doc(sent):
    """The sentence as a Doc of its own, for the DependencyMatcher, from the document's token array taken once
    (a matcher given the Span would copy the whole document's array, and walk all its entities, every time)."""
    from spacy.attrs import ENT_IOB, HEAD
    from spacy.tokens import Doc

    doc = sent.doc
    cached = doc.user_data.get(_ARRAY_KEY)
    if cached is None:
        head = doc._get_array_attrs()
        cached = doc.user_data[_ARRAY_KEY] = (head, doc.to_array(head))
    head, array = cached
    part = array[sent.start:sent.end].copy()
    heads = part[:, head.index(HEAD)].astype("int64") + range(len(part))
    if len(part) and (heads.min() < 0 or heads.max() >= len(part)):
        return sent.as_doc(array_head=head, array=array)   # a head outside the sentence: spaCy's own copy
    if len(part) and part[0][head.index(ENT_IOB)] == 1:
        part[0][head.index(ENT_IOB)] = 3                   # an entity running into the sentence starts in it
    alone = Doc(doc.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
    return alone.from_array(head, part)
