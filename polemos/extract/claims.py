"""Attributed quantitative claims about actors ("IS-K staged 115 attacks, according to a UN report").

For each counted quantity of a sentence: the counted noun and its governing
verb give the kind (claims.yaml), the dependency parse gives the actor the
number is about, the attribution finder gives who says it.
"""
from __future__ import annotations

import re

from ..model import ActorMention, Claim, Document, Mentions, QuantityMention, Span
from .actors import civilians_name
from .attribution import (
    ActorIndex,
    cue_tokens,
    doc_text,
    expanded_span,
    find_attribution,
    find_denial,
    lexicon,
    span_ents,
)
from .claim_agents import subject_of
from .claim_context import carried_attribution, continued, lines
from .claim_numbers import ordinal_figures, percent_figures
from .claim_subjects import claim_actors, focus
from .claim_tolls import Figure, claims_of, disputes, is_aggregate, is_toll
from .event_args import SpanIndex
from .places import document_countries

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _root(sdoc, q: QuantityMention):
    span = expanded_span(sdoc, q.span.start, q.span.end)
    if span is None or len(span) == 0:
        return None, None
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    exits = [t for t in nums if t.head not in span or t.head is t]
    if exits:
        return exits[0], span
    if nums and span.root.pos_ == "ADP":
        return nums[0], span
    return span.root, span


def _is_non_claim(span, counted) -> bool:
    lex = lexicon()
    labels = {t.ent_type_ for t in span} & set(lex["non_claim_entities"])
    if labels and not (labels == {"QUANTITY"} and counted.lemma_.lower() in lex["counted_nouns"]):
        return True         # (a range the tagger calls a quantity, 'between 70,000 and 100,000 fighters', still counts)
    if len(span) == 1 and _YEAR.match(span.text):
        return True
    return counted.lemma_.lower() in lex["non_claim_nouns"] or counted.text in ("%", "$")


def _definite(counted, q: QuantityMention) -> bool:
    """'the two countries', 'these three officers': a small count the text refers back to (claims.yaml
    definite_counts)."""
    rule = lexicon()["definite_counts"]
    return (q.low is not None and q.low == q.high and q.low <= rule["most"]
            and any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in counted.children))


def _count_value(root):
    """The count noun a figure is the value of, and whether the figure is the count's earlier value: 'the
    number of displaced people rose from A to over B' (number, A earlier), 'the total of dead was 40' (claims.yaml
    count_values); (None, False) otherwise."""
    rule = lexicon()["count_values"]
    verb, prep = root.head, None
    if root.dep_ == "pobj" and verb.dep_ == "prep":
        prep, verb = verb, verb.head
        while verb.dep_ == "prep" and verb.head is not verb:   # "from A to B" with 'to' hung on 'from'
            verb = verb.head
    elif root.dep_ not in ("dobj", "attr"):
        return None, False
    if verb.lemma_.lower() not in rule["verbs"] or verb.pos_ not in ("VERB", "AUX") or verb.i > root.i:
        return None, False
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.lemma_.lower() not in rule["nouns"] or not _pobjs_of(noun):
        return None, False
    return noun, prep is not None and prep.lower_ in rule["earlier_preps"] and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in (*verb.children, *prep.children))


def _risen_to(span, q: QuantityMention):
    """'(the number of X rose) from A to B' read as one range: the token of B, the count's value now; else None."""
    if q.qualifier != "range" or span[0].lower_ not in lexicon()["count_values"]["earlier_preps"]:
        return None
    end = next((t for t in reversed(span) if t.like_num and t.dep_ == "pobj"), None)
    return end if end is not None and _count_value(end)[0] is not None else None


def _pobjs_of(noun) -> list:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _counted(root):
    """The noun a quantity counts: '115 attacks' -> attacks, 'dozens of fighters' -> fighters,
    '17 attacks, including 10 against the army' -> attacks."""
    if root.dep_ == "pobj" and root.head.lower_ in lexicon()["elliptic_preps"] and root.head.head.pos_ == "NOUN":
        return root.head.head
    noun, _ = _count_value(root)
    if noun is not None:
        return _pobjs_of(noun)[0]
    if root.pos_ == "NOUN":
        return next(iter(_pobjs_of(root)), root)
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and root.head is not root:
        return root.head
    return root


def _governor(root):
    """The first kind-bearing verb or nominalisation above the quantity, up to the first verb."""
    govs = lexicon()["governors"]
    tok = root
    for _ in range(6):
        if tok.lemma_.lower() in govs and tok is not root:
            return tok, govs[tok.lemma_.lower()]
        verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
        if tok.dep_ in ("aux", "auxpass") and tok.head is not tok:
            tok = tok.head   # a subject misparsed onto the auxiliary ("X were on Monday killed")
            continue
        if (verbal and tok.dep_ != "prep") or tok.head is tok:
            return tok if verbal else None, None
        tok = tok.head
    return None, None


def _kind(root, counted, index: ActorIndex) -> tuple[str | None, object]:
    lex = lexicon()
    verb, kind = _governor(root)
    own = [a for h in dict.fromkeys((counted, root)) for a in h.children
           if a.dep_ == "acl" and a.lemma_.lower() in lex["governors"]]
    if own:   # "..., with another 300 injured": the count's own reduced clause, not the verb above
        verb, kind = own[0], lex["governors"][own[0].lemma_.lower()]
    if kind is None:   # "75 others injured", "left three officers injured": a reduced or result clause
        near = [c for c in counted.children if c.dep_ in ("acl", "relcl")]
        near += [c for c in (verb.children if verb is not None else ())
                 if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")]
        for c in near:
            if c.lemma_.lower() in lex["governors"]:
                verb, kind = c, lex["governors"][c.lemma_.lower()]
                break
    if kind is None:   # "leaving 40 men among the dead"
        among = [g for h in (counted, verb) if h is not None for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
        hit = next((g for g in among if g.lemma_.lower() in lex["among_tolls"]), None)
        if hit is not None:
            verb, kind = hit, lex["among_tolls"][hit.lemma_.lower()]
    if kind is None and counted.lemma_.lower() in lex["governors"]:
        kind = lex["governors"][counted.lemma_.lower()]
    if kind is None and counted.lemma_.lower() == "member" and counted.dep_ in ("compound", "amod"):
        kind = "countries" if counted.head.lemma_.lower() in lex["collective_nouns"] else "fighters"
    if kind is None:
        kind = lex["counted_nouns"].get(counted.lemma_.lower())
    if kind is None and index.at(counted) is not None and index.at(counted).kind in lex["fighter_kinds"]:
        kind = "fighters"
    if kind is None and counted.tag_ == "NNS" and counted is not root and counted.dep_ != "nsubj" and not any(
            c.dep_ == "amod" and c.lemma_.lower() in lex["toll_governors"] for c in counted.children):
        kind = "other"   # not "where 1,000 pupils were starting classes": the people counted act themselves;
        # not "carried two injured protesters to an ambulance": casualties seen, whose count is an event's
    return kind, verb


_RANGE_JOINERS = {"and", "to", "until", "till", "through", "-", "–", "—"}


def _period(sent, root, times) -> str | None:
    """The time the claim covers: a date phrase attached to a clause above the quantity."""
    above = {root.i} | {a.i for a in root.ancestors}
    dates = [e for e in span_ents(sent) if e.label_ == "DATE"]
    for n, ent in enumerate(dates):
        attach = ent.root
        while attach.dep_ in ("pobj", "prep", "npadvmod") and attach.head is not attach and attach.head in ent:
            attach = attach.head
        if attach.dep_ in ("pobj",):
            attach = attach.head
        if ent.label_ != "DATE" or attach.head.i not in above or root in ent:
            continue
        end = ent.end_char
        if n + 1 < len(dates) and doc_text(sent.doc)[end:dates[n + 1].start_char].strip() in _RANGE_JOINERS:
            end = dates[n + 1].end_char   # "between April 2020 and March 2021", split by the NER
        values = [t.value for t in times if t.value and ent.start_char <= t.span.start < end]
        if len(values) >= 2:
            return f"{values[0]}/{values[-1]}"
        return values[0] if values else ent.text
    return None


def _document_of(noun, index: ActorIndex) -> ActorMention | None:
    """'a new assessment from the French government', 'a report by the UN': the actor a source
    noun comes from."""
    if noun.lemma_.lower() not in lexicon()["attribution"]["source_nouns"]:
        return None
    return next((index.at(g) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                 for g in c.children if g.dep_ == "pobj" and index.at(g) is not None), None)


def _source(found, index: ActorIndex, tok, exclude=frozenset()) -> str | None:
    if found is None:
        return None
    text, span = found
    head = expanded_span(tok.doc, span.start, span.end)
    hit = index.at(head.root) if head is not None else index.in_chars(span.start, span.end)
    if hit is None and head is not None:
        hit = _document_of(head.root, index)
    if hit is not None:   # the actor the source's head word names ("Forces of Mozambique" is not Mozambique)
        return hit.name
    if head is not None and index.is_anaphor(head.root):
        ante = index.antecedent(head.root, set(exclude))
        return ante.name if ante else text
    return text


def _speaker_group(found, sdoc, index: ActorIndex) -> ActorMention | None:
    """'P, governor appointed by G, said 80 people were arrested' -> G, when the text ties P to G."""
    from .relations import _role_facts
    speaker = index.in_chars(found[1].start, found[1].end) if found else None
    if speaker is None or speaker.kind != "person":
        return None
    span = expanded_span(sdoc, speaker.span.start, speaker.span.end)
    facts = _role_facts(speaker, span.root, index) if span is not None else []
    return facts[0][2] if facts else None


def _unnamed_agent(kind: str, sent, index: ActorIndex) -> ActorMention | None:
    """'516 people were detained during clashes between protesters and government forces': an
    act only some actors do (claims.yaml agentless_kinds), left without agent, is the sentence's
    actor of that kind."""
    kinds = lexicon()["agentless_kinds"].get(kind)
    if not kinds:
        return None
    return next((m for m in index.mentions if sent.start_char <= m.span.start < sent.end_char
                 and m.kind in kinds), None)


def _tally(sent, period, vague: bool) -> bool:
    """The figure adds up a span of time or many events, in its sentence or in the one it carries on
    ("Since January, X launched 17 attacks. They took 51 lives.")."""
    before = continued(sent)
    return is_aggregate(sent, period, vague) or (before is not None and is_aggregate(before, None, vague))


def _purpose(verb) -> bool:
    """A verb in a clause of purpose: 'sent 500 fighters into the camp to detain 30 suspects'."""
    return verb is not None and verb.dep_ == "advcl" and verb.head.i < verb.i and verb.head.pos_ == "VERB" \
        and any(c.tag_ == "TO" and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ == "mark" and c.lower_ != "to" for c in verb.children)


def _displaced(counted, verb, country: str | None, span: Span) -> ActorMention | None:
    """The civilians a displacement figure counts ('displaced more than 30,000 people', '20,000 were displaced',
    '1.2 million refugees'): a figure about the country's civilians, whoever displaced them."""
    words = lexicon()["displacement"]
    verbs, nouns = set(words["verbs"]), set(words["nouns"])
    if not ((verb is not None and verb.lemma_.lower() in verbs) or counted.lemma_.lower() in nouns
            or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in verbs | nouns for c in counted.children)):
        return None
    name = civilians_name(country)
    return ActorMention(span=span, text=counted.text, actor_id=f"civilians:{country or ''}", name=name,
                        kind="civilians", inferred=True)


def _claim(sent, q: QuantityMention, doc: Document, index: ActorIndex, times, main=None,
           country: str | None = None) -> Figure | None:
    root, span = _root(sent.doc, q)
    if root is None:
        return None
    now = _risen_to(span, q)
    if now is not None:
        root = now
    elif _count_value(root)[1]:
        return None   # "the number rose from A to B": A is what the count was before
    counted = _counted(root)
    text = doc_text(sent.doc)
    if text[q.span.start - 1:q.span.start] == "[" and text[q.span.end:q.span.end + 1] == "]":
        return None   # a footnote mark: "... of ammunition.[1]"
    mark = getattr(q, "mark", "")
    if not mark and (_is_non_claim(span, counted) or _definite(counted, q)
                     or (q.qualifier == "vague" and (q.low or 0) < 10)):
        return None
    if mark == "percent":   # a share of something a group holds or changes: 'other'
        counted, (verb, _) = root, _governor(root)
        kind = "other"
    else:
        kind, verb = _kind(root, counted, index)
    if kind is None or (kind in lexicon()["single_count_kinds"] and q.low == q.high == 1):
        return None
    found = find_attribution(sent, root, doc.doc_id) or carried_attribution(sent, doc.doc_id)
    att = _source(found, index, root)
    low, high = (q.high, q.high) if now is not None else (q.low, q.high)
    if low is None and high is None:
        low = high = q.best
    figure = Figure(None, toll=is_toll(kind, verb), killed=kind == "killed", source=att, low=low)
    if _purpose(verb):
        return figure   # "sent troops to arrest 30 people": what they were sent to do, not a count of it done
    period = _period(sent, root, times)
    tally = _tally(sent, period, q.qualifier == "vague")
    subject, acts = subject_of(kind, root, counted, verb, index)
    if subject is None and kind == "other":
        subject = _displaced(counted, verb, country, q.span)
    subject = subject or _speaker_group(found, sent.doc, index) or _unnamed_agent(kind, sent, index)
    if subject is None and kind == "killed" and tally:
        subject = main   # "the war has killed tens of thousands": the group the document is about
    if subject is None or subject.kind in lexicon()["non_subject_kinds"]:
        return figure
    if mark == "percent" and subject.kind not in lexicon()["percent_figures"]["subject_kinds"]:
        return figure   # a country's share of a population is no figure about a group
    speaker = index.in_chars(found[1].start, found[1].end) if found else None
    own = (acts and speaker is not None and speaker.actor_id == subject.actor_id
           and bool(cue_tokens(sent, lexicon()["self_claim_verbs"])))   # "X claimed to have killed 35"
    denial = find_denial(sent, doc.doc_id)
    denied = _source(denial, index, root, {subject.actor_id}) if denial else None
    figure.standing = own or denied is not None or tally or bool(figure.killed and att and disputes(sent))
    evidence = Span(doc.doc_id, sent.start_char, sent.end_char)
    figure.claim = Claim(doc.doc_id, subject.name, kind, evidence, low=low, high=high,
                         period=period, attributed_to=att, denied_by=denied)
    return figure


def extract_claims(sdoc, doc: Document, mentions: Mentions) -> list[Claim]:
    """Quantitative claims about actors in one parsed document, one per (subject, kind, range)."""
    index = ActorIndex(sdoc, claim_actors(sdoc, mentions.actors, doc.doc_id))
    main = focus(sdoc, mentions.actors)
    country = next(iter(document_countries(mentions.places)), None)
    figures: list[Figure] = []
    quantities, all_times = SpanIndex(mentions.quantities), SpanIndex(mentions.times)
    for sent in lines(sdoc):
        qs = quantities.starting(sent.start_char, sent.end_char)
        qs += ordinal_figures(sent, doc.doc_id) + percent_figures(sent, doc.doc_id)
        times = all_times.starting(sent.start_char, sent.end_char)
        for q in sorted(qs, key=lambda q: q.span.start):
            if (f := _claim(sent, q, doc, index, times, main, country)) is not None:
                figures.append(f)
    out: list[Claim] = []
    seen: set[tuple] = set()
    for claim in claims_of(figures):
        key = (claim.subject, claim.quantity, claim.low, claim.high)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out
