"""Disputes: where the sources disagree, each side with who says it, the sentence that says it and
its sources; and the unconfirmed reports a later assertion settles.

Two kinds, after FactBank (Saurí & Pustejovsky 2009), where one event has different factuality
according to different sources:
- a claim and its denial: a sentence that denies something (`claims.DENIES`) and one that asserts
  it or reports a party's claim, about the same matter: close embeddings (`claims.dispute_cosine`)
  sharing content words (`claims.dispute_min_terms`, the verbs of saying and denying aside), the asserting
  one saying what the denial denies (`claims.denied_words`: the event FactBank gives a negative factuality;
  two of those words for a source's negation without a word of denial), one side at least naming who says
  it (a negation nobody is said to utter sets no one against anyone) and not its own speaker going on; or one
  sentence that refutes a party's claim as it says otherwise ('أقر الجيش بإصابة 11 من جنوده، مكذبا بذلك
  مزاعم الرئيس حول عدم إصابة أي جندي'), or denies what a party said ('وهذا نفي قاطع لما صرح به الرئيس ماكرون'):
  `Claim.refutes`;
- a party that says none of a kind happened ('لم يقتل أي عسكريين') against another's count of it;
- conflicting counts: one figure given with different values by differently named sources at the
  same time (one passage of an article, its sentences naming no different days, or articles of the
  same day speaking of the same day: 'أمس' in one of them is the day before);
- conflicting measures: a property of the event (its magnitude) given with different values by
  different articles or named sources.
An unconfirmed report ('دون أن يوضح', 'أنباء غير مؤكدة') is superseded when an article of the same
day or later asserts the same matter: it never goes in the summary.
"""
from __future__ import annotations

import os
from collections import Counter
from itertools import combinations
from dataclasses import dataclass, field

import numpy as np

from ..config import Config
from ..text.arabic import content_terms, light_stem, normalize, spelled_alike
from ..text.documents import SentenceKey
from ..text.temporal import day_references, day_said
from .claims import (ASSERTS, CLAIMS, DENIES, UNCONFIRMED, Claim, ClaimRules, by_account, denied_counts, denied_words,
                     phrase_matches)
from .figures import Figure, FigureValue, parts_of

COUNTS = "counts"


@dataclass
class Side:
    stance: str                    # "asserts", "denies", "claims" (a claim refuted) or "counts"
    who: str | None                # the source the side's sentence names
    text: str                      # the sentence that states it, as written
    sources: list[str]             # the articles that state this side
    sentences: list[SentenceKey] = field(default_factory=list, repr=False)
    value: float | None = None     # the count this side gives (conflicting counts)
    agent: str | None = None       # the perpetrator this side names (perpetrators.py)

    def to_dict(self) -> dict:
        out = {"stance": self.stance, "who": self.who, "text": self.text, "sources": self.sources}
        if self.value is not None:
            out["value"] = int(self.value) if self.value == int(self.value) else self.value
        if self.agent is not None:
            out["agent"] = self.agent
        return out


@dataclass
class Dispute:
    about: str                     # what the sides disagree on
    sides: list[Side]
    figure: str | None = None      # the id of the figure the counts disagree on

    def to_dict(self) -> dict:
        return {"about": self.about, "figure": self.figure, "sides": [s.to_dict() for s in self.sides]}

    @property
    def sentences(self) -> set[SentenceKey]:
        return {key for side in self.sides for key in side.sentences}


class _Matter:
    """What two claims are about: embedding cosine and the content words they share. A denial that points back
    ('نفى مسؤول أمريكي ذلك') is also about what the account before it in its sentence, or the sentence before it in
    its article, says (its antecedent): it is as close to a claim as either of them, and has the antecedent's
    words too."""

    def __init__(self, claims: list[Claim], vectors: np.ndarray, cfg: Config, rules: ClaimRules):
        c = cfg.claims
        ignored = {light_stem(normalize(w)) for w in (*c.denials, *c.claim_markers, *c.attribution_verbs,
                                                       *c.unconfirmed) for w in w.split()}
        self.terms = [content_terms(claim.sentence.text) - ignored for claim in claims]
        self.cosine = vectors @ vectors.T if len(claims) else np.zeros((0, 0))
        self.negated_terms = c.negated_denied_terms
        self.denied = [None if (words := denied_words(claim, rules, c.denied_window)) is None
                       else content_terms(" ".join(words)) - ignored for claim in claims]
        # a denial in words of denial ('نفى', 'عار عن الصحة'), not only a source's negation ('قال إنه لا خلاف')
        self.explicit = [claim.stance == DENIES and any(
            not (k and claim.norms[k - 1] in rules.negations)
            for p in rules.denials for k in phrase_matches(claim.norms[slice(*(claim.span or (0, None)))], p))
            for claim in claims]
        needed = any(self.denied)              # what each claim says not negated, when some denial needs it
        # (an account says what its own part of the sentence says: 'ذكر الوزير أن 28 في العناية المركزة، فيما نفى
        # وزير الداخلية أن يكون هناك تقصير' does not say what the other account denies)
        self.said = [content_terms(" ".join(norm for k, norm in enumerate(claim.norms) if k in range(
            *(claim.span or (0, len(claim.norms)))) and not (k and claim.norms[k - 1] in rules.negations)))
                     if needed and claim.positive else set() for claim in claims]
        for i, j in _antecedents(claims, cfg):
            self.terms[i] = self.terms[i] | self.terms[j]
            self.cosine[i] = self.cosine[:, i] = np.maximum(self.cosine[i], self.cosine[j])

    def same(self, i: int, j: int, cosine: float, min_terms: int) -> bool:
        return self.cosine[i, j] >= cosine and len(self.terms[i] & self.terms[j]) >= min_terms

    def says_denied(self, i: int, j: int) -> bool:
        """Claim j says, not negated, a word of what denial i denies ('نفت روسيا استخدام أسلحة كيميائية' and '...
        تتحمل المسؤولية لهذا الاستهداف ... بالأسلحة الكيميائية'; not 'قالت إنها لا تنفذ ضربات' and 'لا تنفذ الوزارة
        ضربات'); a denial that says no words of its own (`claims.denied_words`) is judged by its sentence."""
        denied = self.denied[i]
        return not denied or _alike(self.said[j], denied) >= (1 if self.explicit[i] else self.negated_terms)


def _alike(terms: set[str], others: set[str]) -> int:
    """How many words of `others` are among `terms`, spelled alike or with the ending changed ('علاقة', 'علاقتها':
    one stem of at least four letters, all but the shorter's last)."""
    def alike(a: str, b: str) -> bool:
        stem = len(os.path.commonprefix((a, b)))
        return spelled_alike(a, b) or stem >= 4 and stem >= min(len(a), len(b)) - 1
    return sum(any(alike(a, b) for a in terms) for b in others)


def _antecedents(claims: list[Claim], cfg: Config) -> list[tuple[int, int]]:
    """(denial, the claim it points back to): a denial with one of `claims.anaphors` within `claims.anaphor_window`
    words after its verb of denial ('لكن مسؤولا أمريكيا نفى ذلك'), and the positive account before it in its
    sentence, else the positive claim of the nearest sentence before it in its article that says anything (a clause
    cut off at a semicolon, 'ما تسبب في انقلابه.', holds no claim and does not stand between them)."""
    c = cfg.claims
    anaphors = {normalize(w) for w in c.anaphors}
    denials = [normalize(p) for p in c.denials]
    at, before = {}, {}
    for j, claim in enumerate(claims):
        if claim.positive:
            at.setdefault(claim.key, j)
            if claim.span:
                before[(claim.key, claim.span[1])] = j      # an account, by where it ends
    pairs = []
    for i, claim in enumerate(claims):
        if claim.stance != DENIES:
            continue
        lo, hi = claim.span or (0, len(claim.norms))
        norms = claim.norms[lo:hi]
        starts = [k + len(p.split()) for p in denials for k in phrase_matches(norms, p)]
        if any(anaphors & set(norms[k:k + c.anaphor_window]) for k in starts):
            # the account before it in its sentence ('...، فيما نفى مسؤول أمريكي ذلك'), else the sentence before
            j = before.get((claim.key, lo)) if lo else None
            if j is None:
                doc, index = claim.sentence.doc_id, claim.sentence.index
                earlier = [other.sentence.index for other in claims
                           if other.sentence.doc_id == doc and other.sentence.index < index]
                j = at.get((doc, max(earlier))) if earlier else None
            if j is not None:
                pairs.append((i, j))
    return pairs


def find_disputes(claims: list[Claim], vectors: np.ndarray, figures: list[Figure], cfg: Config) -> list[Dispute]:
    """Claims and their denials, then conflicting counts; `vectors` are the claims' sentence embeddings. A
    sentence that gives two sources' opposite accounts (`Claim.accounts`) is one claim per account: both
    sides may stand in that one sentence."""
    rules = ClaimRules(cfg)
    accounts, rows = by_account(claims)
    matter = _Matter(accounts, vectors[rows] if len(rows) else vectors, cfg, rules)
    values = _denied_values(claims, figures, cfg, rules)
    # a count's denial told as words ('لا صحة لما تردد عن مصرع 10') is that count's dispute once, with its figure
    told = [d for d in _denials(accounts, matter, cfg) if not any(
        set(d.sides[1].sentences) <= set(v.sides[0].sentences)
        and set(d.sides[0].sentences) & set(v.sides[1].sentences) for v in values)]
    return told + _refutations(claims, cfg) + _conflicting_counts(figures, cfg, rules) \
        + _denied_counts(claims, figures, cfg, rules) + values \
        + _none_against_counts(claims, figures, cfg) \
        + _conflicting_measures(claims)


def _none_against_counts(claims: list[Claim], figures: list[Figure], cfg: Config) -> list[Dispute]:
    """A party that says none of a kind happened ('لم يقتل أي عسكريين أمريكيين', 'نفى وقوع إصابات بين الجنود',
    `Claim.none_of`) against the count another party gives of it: the story's main figure of that kind (the highest
    latest value), at the latest value another party gives; the denials of one figure are one side. The figure keeps
    its latest value."""
    c = cfg.claims
    found: dict[str, Dispute] = {}
    for claim in claims:
        if not claim.none_of or not claim.who:
            continue
        for kind in sorted(claim.none_of):
            candidates = [f for f in figures if f.what == kind and not f.recalled]
            others = {f.id: [v for v in f.values if v.who and v.when.current and v.value > 0
                             and not same_party(v.who, claim.who, c.same_party_overlap)] for f in candidates}
            main = max((f for f in candidates if others[f.id]), key=lambda f: f.latest, default=None)
            if main is None:
                continue
            if main.id in found:                      # another denial of it: the same side
                side = found[main.id].sides[0]
                side.sources = list(dict.fromkeys(side.sources + [claim.sentence.doc_id]))
                side.sentences.append(claim.key)
                continue
            said = max(others[main.id], key=lambda v: (v.value == main.latest, v.value))
            sides = [Side(stance=DENIES, who=claim.who, text=claim.text, sources=[claim.sentence.doc_id],
                          sentences=[claim.key]),
                     Side(stance=COUNTS, who=said.who, text=said.text,
                          sources=list(dict.fromkeys(v.doc for v in others[main.id] if v.value == said.value)),
                          sentences=[v.sentence.key for v in others[main.id] if v.value == said.value],
                          value=said.value)]
            found[main.id] = Dispute(about=main.label, sides=sides, figure=main.id)
    return list(found.values())


def _denied_counts(claims: list[Claim], figures: list[Figure], cfg: Config, rules: ClaimRules) -> list[Dispute]:
    """A party that denies the numbers others give ('وأكدت الوزارة عدم صحة ما يتم تداوله من أرقام للضحايا': a denial
    whose words after it name numbers, `claims.number_nouns`) and gives its own value of a figure in that article:
    its denial and its count on one side, the other values of that figure the article sets against them (said or
    recalled: the denial is of them), with every article that gives them, on the other; where the article sets none,
    the story's main count of that kind (`_main_count_against`). The figure keeps its latest value: the denying
    party may be correcting."""
    c = cfg.claims
    found = []
    for claim in claims:
        if not claim.who:
            continue
        # (or a count the sentence sets against them: 'بلغ 39 فقط، نافيا الأرقام التي أعلنتها المعارضة')
        phrases = rules.denials if claim.stance == DENIES else rules.refuting if claim.counts else []
        at = min((k for p in phrases for k in phrase_matches(claim.norms, p)), default=None)
        if at is None or not rules.number_nouns & set(claim.norms[at:]):
            continue
        for figure in figures:
            own = [v for v in figure.values if v.doc == claim.sentence.doc_id and v.when.current and v.who
                   and (same_party(v.who, claim.who, c.same_party_overlap) or _named_again(claim.who, v.who))]
            parts = parts_of(figure)
            values = {v.value for v in own}
            # the values the denial's article sets against its party's (said or recalled), and where else they are said
            denied = {v.value for v in figure.values if v.doc == claim.sentence.doc_id and v.value not in values
                      and v.sentence.key not in parts and not (v.who and any(
                          same_party(v.who, o.who, c.same_party_overlap) for o in own))}
            others = [v for v in figure.values if v.value in denied and v.sentence.key not in parts]
            if len(values) == 1 and not others and figure.scope is None:
                others = _main_count_against(figures, figure, claim.who, c)
            if len(values) != 1 or not others:
                continue
            sides = [Side(stance=DENIES, who=claim.who, text=claim.text, sources=[claim.sentence.doc_id],
                          sentences=[claim.key]),
                     Side(stance=COUNTS, who=own[0].who, text=own[0].text,
                          sources=list(dict.fromkeys(v.doc for v in own)), sentences=[v.sentence.key for v in own],
                          value=own[0].value)]
            for value in sorted({v.value for v in others}):
                said = sorted((v for v in others if v.value == value), key=lambda v: v.who is None)
                sides.append(Side(stance=COUNTS, who=said[0].who, text=said[0].text,
                                  sources=list(dict.fromkeys(v.doc for v in said)),
                                  sentences=[v.sentence.key for v in said], value=value))
            found.append(Dispute(about=figure.label, sides=sides, figure=figure.id))
    return found


def _main_count_against(figures: list[Figure], own: Figure, who: str, c: Config) -> list[FigureValue]:
    """Where the denying article sets no other value against its party's ('بلغ 39 فقط، نافيا الأرقام التي أعلنتها
    المعارضة': the numbers denied are the other parties', told elsewhere, of an event their words may frame otherwise),
    the story's main count of that kind (the whole's figure with the highest latest value) at its latest value,
    when another party gives it: every value of that value there."""
    candidates = [f for f in figures if f.what == own.what and f.scope is None and not f.recalled and f.id != own.id]
    main = max(candidates, key=lambda f: f.latest, default=None)
    if main is None or main.latest == own.latest:
        return []
    said = [v for v in main.values if v.value == main.latest and v.when.current]
    if not any(v.who and not same_party(v.who, who, c.same_party_overlap) for v in said):
        return []
    return said


def _denied_values(claims: list[Claim], figures: list[Figure], cfg: Config, rules: ClaimRules) -> list[Dispute]:
    """A party that denies a count others give ('لا صحة لما تردد عن مصرع 10 أشخاص', `claims.denied_counts`)
    against the parties that give that value of that kind: its denial on one side, the value with every article
    that states it on the other. The figure keeps its latest value."""
    c = cfg.claims
    found: dict[tuple[str, float], Dispute] = {}
    for claim in claims:
        if claim.stance != DENIES or not claim.who:
            continue
        for count in denied_counts(claim, rules, c.denied_window):
            said = [(f, v) for f in figures if f.what == count.kind for v in f.values
                    if v.value == count.value and v.sentence.key != claim.key
                    and not same_party(v.who, claim.who, c.same_party_overlap)]
            if not any(v.who for _, v in said):
                continue
            key = (count.kind, count.value)
            if key in found:                        # another denial of it: the same side
                side = found[key].sides[0]
                side.sources = list(dict.fromkeys(side.sources + [claim.sentence.doc_id]))
                side.sentences.append(claim.key)
                continue
            figure, first = min(said, key=lambda fv: fv[1].who is None)      # a named source's sentence first
            found[key] = Dispute(about=figure.label, figure=figure.id, sides=[
                Side(stance=DENIES, who=claim.who, text=claim.text, sources=[claim.sentence.doc_id],
                     sentences=[claim.key]),
                Side(stance=COUNTS, who=first.who, text=first.text,
                     sources=list(dict.fromkeys(v.doc for _, v in said)),
                     sentences=list(dict.fromkeys(v.sentence.key for _, v in said)), value=count.value)])
    return list(found.values())


def _refutations(claims: list[Claim], cfg: Config) -> list[Dispute]:
    """A sentence that refutes a named party's claim: what it says against that claim, the party's; the
    same party refuted in several sentences is one dispute (its sides keep every source)."""
    found: dict[str, Dispute] = {}
    for claim in claims:
        if not claim.refutes or same_party(claim.who, claim.refutes, cfg.claims.same_party_overlap):
            continue
        dispute = found.get(normalize(claim.refutes))
        if dispute is None:
            own = claim.stance if claim.stance == DENIES else ASSERTS
            found[normalize(claim.refutes)] = Dispute(about=_about(claim.refuted, cfg.claims.about_words), sides=[
                Side(stance=own, who=claim.who, text=claim.sentence.text, sources=[claim.sentence.doc_id],
                     sentences=[claim.key]),
                Side(stance=CLAIMS, who=claim.refutes, text=claim.refuted, sources=[claim.sentence.doc_id],
                     sentences=[claim.key])])
            continue
        for side in dispute.sides:
            if claim.sentence.doc_id not in side.sources:
                side.sources.append(claim.sentence.doc_id)
            side.sentences.append(claim.key)
    return list(found.values())


def _denials(claims: list[Claim], matter: _Matter, cfg: Config) -> list[Dispute]:
    c = cfg.claims
    denials = [i for i, claim in enumerate(claims) if claim.stance == DENIES]
    positives = [i for i, claim in enumerate(claims) if claim.stance in (ASSERTS, CLAIMS)]
    links = {i: {j for j in positives if matter.same(i, j, c.dispute_cosine, c.dispute_min_terms)
                 and matter.says_denied(i, j)
                 and not same_party(claims[i].who, claims[j].who, c.same_party_overlap)
                 and not _unnamed_speaker(claims[i], claims[j].who)} for i in denials}
    parent = {i: i for i in denials}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a in denials:                      # denials of one claim (sharing an asserting sentence) are one side
        for b in denials:
            if a < b and links[a] & links[b]:
                parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for i in denials:
        if links[i]:
            groups.setdefault(root(i), []).append(i)
    disputes = []
    for members in groups.values():
        # what a denier itself says of the matter, linked through an unnamed denial ('قال الجيش الأمريكي إنه لم
        # تكن هناك أي طائرة أمريكية'), is its side, not the side it denies
        deniers = {claims[i].who for i in members if claims[i].who}
        linked = set().union(*(links[i] for i in members))
        own = sorted(j for j in linked if any(same_party(claims[j].who, w, c.same_party_overlap) for w in deniers))
        asserting = sorted(linked - set(own))
        if not asserting:
            continue
        members = members + own
        claim_side = _side(ASSERTS, asserting, members, claims, matter)
        denial_side = _side(DENIES, members, asserting, claims, matter)
        if set(claim_side.sources) == set(denial_side.sources) and len(claim_side.sources) == 1 \
                and claim_side.who == denial_side.who:
            continue                        # one article correcting itself is no disagreement between sources
        if claim_side.who is None and denial_side.who is None:
            continue                        # no source named on either side: no one is said to disagree
        disputes.append(Dispute(about=_about(claim_side.text, c.about_words), sides=[claim_side, denial_side]))
    return disputes


def _unnamed_speaker(denial: Claim, who: str | None) -> bool:
    """A denial whose source the reader did not name, in a sentence that names the asserting side's source
    ('اعتبر وزير الدفاع أفيغدور ليبرمان أن "لا أبرياء" في قطاع غزة' and 'وقال ليبرمان "لا وجود لأبرياء"'): the
    same speaker goes on, no one denies what it says."""
    return denial.who is None and bool(who) and content_terms(who) <= content_terms(denial.sentence.text)


def same_party(a: str | None, b: str | None, overlap: float) -> bool:
    """Two named sources that share more than `overlap` of their words are one party ('رئيس مجلس السيادة' and 'رئيس مجلس
    السيادة السوداني'; 'الجيش الأمريكي' and 'الجيش الأميركي', 'روسيا' and 'وزارة الدفاع الروسية': a long word's two
    spellings): a party that denies what it said itself ('... في منزله وليس معتقلا') is no dispute."""
    if not a or not b:
        return False
    wa, wb = content_terms(a), content_terms(b)   # (no nisba endings off: 'الأردن' is no party with 'ولي العهد الأردني')
    if not (wa and wb):
        return False
    # (a 'و' the stemmer took for a conjunction is the name's own: 'وزارة الصحة' and 'الوزارة')
    shared = sum(any(spelled_alike(x, y) or "و" + x == y or x == "و" + y for y in wb) for x in wa)
    return shared / min(len(wa), len(wb)) > overlap


def _side(stance: str, members: list[int], others: list[int], claims: list[Claim], matter: _Matter) -> Side:
    """One side: its representative names who says it when one of its sentences does, and is the
    closest to the other side (the sentence that answers it)."""
    named = [i for i in members if claims[i].who] or members
    best = max(named, key=lambda i: (float(np.mean(matter.cosine[i, others])), -claims[i].sentence.index))
    whos = Counter(claims[i].who for i in named if claims[i].who)
    return Side(stance=stance, who=claims[best].who or (whos.most_common(1)[0][0] if whos else None),
                text=claims[best].text,         # (an account: its own words, not both sides' sentence twice)
                sources=list(dict.fromkeys(claims[i].sentence.doc_id for i in members)),
                sentences=[claims[i].key for i in named])


def _conflicting_counts(figures: list[Figure], cfg: Config, rules: ClaimRules) -> list[Dispute]:
    """One figure given at the same time with different values by sources that name themselves
    differently: in one passage of an article (sentences at most `claims.dispute_sentence_gap` apart: an
    article that narrates a toll's rise gives its values paragraphs apart), or in articles of one day.
    A part of the toll (`figures.parts_of`) and a value the sentence itself dates earlier
    (`claims.earlier`: 'في وقت سابق') are no side. Two values that add up to a
    count their articles give (of any scope) are its parts: 2427 security forces and 690 rioters of 3117.
    A party's claim ('زعم التنظيم أن الهجوم أسفر عن مقتل 70') and a count another party asserts disagree
    whenever each was said. Articles of unknown date giving different values are no dispute: on stories
    nobody here had seen, 8 of 10 such pairs were one toll rising; a count of one day (`claims.daily_kinds`:
    the crowd of a march, 15,000 for the police, 100,000 for its organisers) does not rise, and disagrees.
    Nor is a disagreement whose sides are all
    below the latest value of a count that grows: early counts the story has since left behind are its
    figure's history, not a disagreement now (judged on unseen stories, 5 of 6 such 'disputes' were a rising
    toll, a part against its whole or a misread number), unless one article set two of its values side by side
    (the police's 29 and activists' 100 in one passage: the parties disagree, whatever the toll rose to later;
    the dispute is shown, and the count keeps its latest value).
    Nor are two values one of which a sentence gives as the count's update since the other (`_updated`)."""
    c = cfg.claims
    daily = set(c.daily_kinds)
    falling = set(c.falling_kinds)
    disputes = []
    juxtaposed: set[str] = set()
    apart: set[str] = set()            # (one article's two parties' counts paragraphs apart, `_risen_below`)
    stated: dict[tuple[str, str], set[float]] = {}     # (kind, article) -> the values it gives, of any scope
    for figure in figures:
        for v in figure.values:
            stated.setdefault((figure.what, v.doc), set()).add(v.value)
    for figure in figures:
        latest_by = {v.sentence.key: v.who for v in figure.values if v.value == figure.latest}
        contrasted = {v.sentence.key for v in figure.values
                      if v.value < figure.latest and v.sentence.key in latest_by and v.who
                      and not same_party(v.who, latest_by[v.sentence.key], c.same_party_overlap)}
        in_parts = parts_of(figure)
        current = [v for v in figure.values if v.who and v.when.current   # not recalled as earlier
                   and not (v.sentence.key in in_parts and v.value < figure.latest
                            and v.sentence.key not in contrasted)]
        # (a smaller value in an article giving the latest is a part of it, unless another party gives it
        # in the very sentence that gives the latest: 'بحسب المرصد 5,300، بينما نقلت تاس ... 8.5 ألف')
        for a, b in combinations(current, 2):
            if a.value == b.value or same_party(a.who, b.who, c.same_party_overlap) \
                    and not _another(a.who, b.who, rules.another):
                continue
            if a.value + b.value in stated.get((figure.what, a.doc), set()) | stated.get((figure.what, b.doc), set()):
                continue                   # two parts of a total their article gives ('2427 ... من أصل 3117' and 690)
            if a.sentence.key != b.sentence.key and _updated(figure, a, b, figure.what in falling):
                continue                   # one is what the count moved to since the other: no two sides (unless
                #                            one sentence sets the two parties' values side by side: 'أعلنت اللجنة
                #                            ارتفاع عدد القتلى إلى 113، بينما قالت وزارة الصحة إنه لا يتجاوز 61')
            if a.claimed != b.claimed:     # a party's claim against the count asserted as it stands, whenever
                # each was said (not its early tolls), or against the one the same sentence sets beside it
                found = (b if a.claimed else a).value >= figure.latest or a.sentence.key == b.sentence.key
            elif a.doc == b.doc:
                later, earlier = sorted((a, b), key=lambda v: -v.sentence.index)
                found = (abs(a.sentence.index - b.sentence.index) <= c.dispute_sentence_gap
                         or _risen_below(later, earlier, figure.what in falling)) and not _other_days(a.text, b.text)
            elif a.published is not None and b.published is not None:
                found = day_said(a.text, a.published) == day_said(b.text, b.published)
            else:                          # a count of one day (a march's crowd, `claims.daily_kinds`) does not
                found = figure.what in daily   # grow with time: undated, two sources' values still disagree
            if found:
                sides = [Side(stance=COUNTS, who=v.who, text=v.text, sources=[v.doc],
                              sentences=[v.sentence.key], value=v.value)
                         for v in sorted((a, b), key=lambda v: v.value)]
                disputes.append(Dispute(about=figure.label, sides=sides, figure=figure.id))
                if a.doc == b.doc and abs(a.sentence.index - b.sentence.index) <= c.dispute_sentence_gap:
                    juxtaposed.add(figure.id)
                elif a.doc == b.doc:
                    apart.add(figure.id)
    by_id = {figure.id: figure for figure in figures}
    current = []
    for dispute in _with_all_sources(_merged(disputes), by_id, c, rules.another):
        figure = by_id[dispute.figure]
        # two early counts of a toll that grows, both below what the story later reports ('75' and '85' when
        # the toll is 305 by now), are history: the figure keeps its latest value
        if figure.what in falling or any(side.value >= figure.latest for side in dispute.sides):
            figure.latest_from = "disputed"    # no value of a disputed count is the latest: the parties differ
            current.append(dispute)
        elif dispute.figure in juxtaposed | apart:   # the parties differed then; the count has a latest value since
            current.append(dispute)
    return current


def _risen_below(later: FigureValue, earlier: FigureValue, falling: bool) -> bool:
    """Further down an article, one party's count 'rose to' a value below what another party gave further up (the
    Brotherhood's 300 dead, then 'ارتفعت حالات الوفاة إلى 15' for the ministry): a toll that only grows does not
    fall while an article tells its rise, so these are the two parties' counts, however many paragraphs apart."""
    return not falling and later.when.update and later.value < earlier.value


def _named_again(short: str, full: str) -> bool:
    """A source named again by fewer of its words ('الوزارة' after 'وزارة الصحة العراقية')."""
    words = lambda who: {w.removeprefix("ال") for w in normalize(who).split()}
    return bool(words(short)) and words(short) <= words(full)


def _another(a: str, b: str, another: set[str]) -> bool:
    """One of two sources of one party names itself another of its kind ('وقال متحدث آخر باسم حكومة الوفاق': not the
    spokesman the sentence before quoted), `claims.another` (normalized)."""
    return normalize(a) != normalize(b) and any(w in another for who in (a, b) for w in normalize(who).split())


def _updated(figure: Figure, a: FigureValue, b: FigureValue, falling: bool) -> bool:
    """One of two values is what a sentence gives as the count's update ('ارتفع عدد الشهداء إلى 305 قتلى بينهم 27
    طفلا', 'بحسب آخر حصيلة'), said no earlier than the other, in a sentence that does not give the other: the
    count moved from one to the other (25 children killed, then 27), not two parties' counts at one time; nor is a
    value an update since one its own article gives further down ('ارتفاع الحصيلة إلى 187' for security sources, then
    a medical source's current 105: two parties). For a
    count that only grows the update is the higher value; one that can fall (the missing) may go either way."""
    def updates(new: FigureValue, old: FigureValue) -> bool:
        with_old = {v.sentence.key for v in figure.values if v.value == old.value}   # (one sentence giving both
        return any(v.value == new.value and v.when.update and v.when.current        # orders neither: 'ارتفعت
                   and v.sentence.key not in with_old                                # بحسب المرصد إلى 4,100، بينما
                   and (v.published is None or old.published is None or v.published >= old.published)  # ... 6 آلاف')
                   and not (v.doc == old.doc and v.sentence.index < old.sentence.index)   # (an article tells a rise
                   for v in figure.values)                           # after what it rose from, not before it)

    low, high = sorted((a, b), key=lambda v: v.value)
    return updates(high, low) or (falling and updates(low, high))


def _with_all_sources(disputes: list[Dispute], by_id: dict[str, Figure], c: Config,
                      another: set[str]) -> list[Dispute]:
    """Every article giving a side's value is a source of that side; one side per party; a dispute keeps
    two sides or more."""
    for dispute in disputes:
        figure = by_id[dispute.figure]
        parts = parts_of(figure)
        for side in dispute.sides:
            for v in figure.values:
                key = v.sentence.key
                if v.value == side.value and v.when.current and key not in parts and key not in side.sentences:
                    side.sources = list(dict.fromkeys(side.sources + [v.doc]))
                    side.sentences.append(key)
        dispute.sides = _one_per_party(dispute.sides, c, another)
        _only_sides_values(dispute, figure)
    return [d for d in disputes if len(d.sides) > 1]


def _other_days(a: str, b: str) -> bool:
    """Two sentences of one article speak of different days ('وقالت الحكومة أمس الثلاثاء إن 42 ...' after
    'ذكر التلفزيون اليوم الأربعاء أن ... 65'): a toll that rose, not two counts at one time."""
    days_a, days_b = day_references(a), day_references(b)
    return bool(days_a and days_b and not days_a & days_b)


def _only_sides_values(dispute: Dispute, figure: Figure) -> None:
    """A side keeps only the sentences that state no value of the figure but the sides' (a sentence that
    also gives a value no side holds is no statement of a side)."""
    stated: dict[SentenceKey, set[float]] = {}
    texts: dict[SentenceKey, str] = {}
    for v in figure.values:
        key = v.sentence.key
        stated.setdefault(key, set()).add(v.value)
        texts[key] = v.text
    allowed = {side.value for side in dispute.sides}
    for side in dispute.sides:
        side.sentences = [key for key in side.sentences if stated.get(key, set()) <= allowed]
        side.sources = list(dict.fromkeys(doc for doc, _ in side.sentences))
        if side.sentences and side.text not in {texts.get(key) for key in side.sentences}:
            side.text = texts[side.sentences[0]]
    dispute.sides = [side for side in dispute.sides if side.sentences]


def _one_per_party(sides: list[Side], c: Config, another: set[str]) -> list[Side]:
    """One side per party: of two values one party gives at one time ('1,28 مليون' and a page's garbled
    '1,028,000', both 'according to the ministry'), the one more articles give; the other is no side."""
    kept: list[Side] = []
    for side in sorted(sides, key=lambda s: (-len(s.sources), s.value)):
        if not any(same_party(side.who, other.who, c.same_party_overlap)
                   and not _another(side.who, other.who, another) for other in kept):
            kept.append(side)
    return sorted(kept, key=lambda s: s.value)


def _conflicting_measures(claims: list[Claim]) -> list[Dispute]:
    """A measure of the event (its magnitude) given with different values by different articles or named
    sources: one side per value. A measure does not change as a toll does, so the time does not matter;
    a measure of another event ('هزة ارتدادية بقوة 3.8', 'زلزال جديد') is another matter."""
    stated: dict[tuple[str, str | None], list[tuple[Claim, float, str | None]]] = {}
    for claim in claims:
        if claim.positive:
            for m in claim.measures:
                stated.setdefault((m.kind, m.event), []).append((claim, m.value, m.who or claim.who))
    disputes = []
    for (kind, _), values in stated.items():
        if len({v for _, v, _ in values}) < 2 or len({(c.sentence.doc_id, who) for c, _, who in values}) < 2:
            continue
        sides: dict[float, Side] = {}
        for claim, value, who in values:
            side = sides.setdefault(value, Side(stance=COUNTS, who=who, text=claim.sentence.text, sources=[],
                                                sentences=[], value=value))
            side.sources = list(dict.fromkeys(side.sources + [claim.sentence.doc_id]))
            side.sentences.append(claim.key)
            side.who = side.who or who
        disputes.append(Dispute(about=kind, sides=sorted(sides.values(), key=lambda s: s.value)))
    return disputes


def _merged(disputes: list[Dispute]) -> list[Dispute]:
    """Pairs of conflicting counts of one figure, merged: one side per value, with all its sources."""
    by_figure: dict[str, Dispute] = {}
    for dispute in disputes:
        merged = by_figure.setdefault(dispute.figure, Dispute(dispute.about, [], dispute.figure))
        for side in dispute.sides:
            same = next((s for s in merged.sides if s.value == side.value), None)
            if same is None:
                merged.sides.append(side)
            else:
                same.sources = list(dict.fromkeys(same.sources + side.sources))
                same.sentences = list(dict.fromkeys(same.sentences + side.sentences))
    for dispute in by_figure.values():
        dispute.sides.sort(key=lambda s: s.value)
    return list(by_figure.values())


def superseded(claims: list[Claim], vectors: np.ndarray, cfg: Config) -> set[SentenceKey]:
    """Unconfirmed reports that an assertion of the same matter, published the same day or later (or
    undated), settles: 'fate unknown' once the death is confirmed."""
    c = cfg.claims
    matter = _Matter(claims, vectors, cfg, ClaimRules(cfg))
    asserted = [j for j, claim in enumerate(claims) if claim.stance in (ASSERTS, CLAIMS)]
    found = set()
    for i, claim in enumerate(claims):
        if claim.stance != UNCONFIRMED:
            continue
        for j in asserted:
            later = claim.published is None or claims[j].published is None or claims[j].published >= claim.published
            if later and matter.same(i, j, c.superseded_cosine, c.dispute_min_terms):
                found.add(claim.key)
                break
    return found


def _about(text: str, limit: int) -> str:
    words = text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
