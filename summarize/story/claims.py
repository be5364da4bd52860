"""Claims: what each sentence asserts, the unit between sentences and points.

A sentence's claim says what is counted (the kind, the value and its qualifier, the scope and the
event), with what stance, by whom and when. It follows the ACE 2005 event annotation (an event
mention has a type named by its trigger word, arguments such as its place, and attributes such as
polarity), TimeML's anchoring of an event in time (the document creation time first, then the
sentence's own temporal cues), and FactBank's veridicality (Saurí & Pustejovsky 2009) for the stance:
each statement is a fact, a denial, a party's claim or unconfirmed *according to a source*, the `who`.

- counts: `figures.count_spans` finds each count and its kind; the qualifier ('على الأقل', 'نحو',
  'أكثر من', 'حتى') is a phrase of `claims.qualifiers` beside it; the scope is a group ('أربعة من
  رجاله', 'عدد المصريين المتوفين') or a place ('في مدينة درنة', 'في درنة وحدها'); the event is the type
  of the nearest trigger word (`claims.events`: an airstrike, a bombing, an earthquake ...).
- stance: a denial ('نفى', 'عار عن الصحة', not negated: 'لم ينف' asserts), a party's claim ('زعم',
  'ادعى'), unconfirmed ('أنباء غير مؤكدة', 'لم يتسن التأكد'), else an assertion.
- who: the speaker after a verb of saying ('قال المتحدث باسم الجيش إن') or the source after
  'وفق', 'بحسب', 'نقلا عن'.
- when: the article's publication date, and the sentence's cues that it reports an update
  ('ارتفعت الحصيلة إلى', 'حتى الآن') or a later stage ('بعد ثلاثة أسابيع', 'في يومها الرابع').
- responsibility: whether it says who carried the event out, or that no one claimed it (ACE's
  Attacker/Agent argument: 'أعلن التنظيم مسؤوليته عن الهجوم').

All the word lists are closed classes, in the `claims` section of the config.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from ..config import Config
from ..text.arabic import PUNCTUATION, QUOTES, content_terms, light_stem, normalize, spelled_alike
from ..text.dates import MONTH_NUMBERS, MONTH_WORDS, find_dates, spelled_dates
from ..text.documents import Document, Sentence, SentenceKey
from ..text.numbers import matches, tokens_of
from ..text.temporal import day_word, days_named, time_of_day
from .figures import CLAUSE_END, GROUP, PLACE, TO, CountSpan, CountRules, When, count_spans, kind_of, superseding


ASSERTS, DENIES, CLAIMS, UNCONFIRMED = "asserts", "denies", "claims", "unconfirmed"
_STANCE_GROUP = {ASSERTS: 0, CLAIMS: 0, DENIES: 1, UNCONFIRMED: 2}   # stances that agree share a group
RESPONSIBILITY = "responsibility"   # the fact of who carried the event out, covered once like a figure's latest value


@dataclass(frozen=True)
class Count:
    """One count a sentence states (an ACE event argument with its attributes)."""
    kind: str                     # a key of figures.kinds
    value: float
    qualifier: str | None         # a key of claims.qualifiers ('at_least', 'about', ...), None when exact
    scope: str | None             # the place or group counted; None: the whole event
    scope_type: str | None        # PLACE or GROUP
    event: str | None             # the event type its trigger names (a key of claims.events), None when unnamed
    start: int                    # token span of the number in the sentence
    end: int
    near: tuple[int, int]         # the tokens that are this count's own (not another count's)
    year: int | None = None       # a year named beside it ('في العام 2005'): maybe a past event's count
    clause: tuple[int, int] = (0, 0)   # the token span of its clause (up to a comma or a full stop)
    who: str | None = None        # the source named among its own words ('و3.5 مليون وفقا للنقابات'), if any
    earlier: bool = False         # the sentence recalls it as an earlier value ('وكانت الوزارة أعلنت مقتل 39',
                                  # 'من 25 إلى 42', '32' in 'تراجع العدد إلى 19 بعد الإعلان عن 32')
    reached: bool = False         # the value a running count reached: right after 'إلى' ('تراجع العدد إلى 19')
    alone: bool = False           # its place is marked a part with 'وحدها' ('في درنة وحدها')
    part: bool = False            # a part of a count ('بينهم 27 طفلا', 'من بين القتلى 27 طفلا')
    noun: str | None = None       # its own counted noun, undeclined ('37 رهينة', '29 مهاجما'), when it has one
    listed: bool = False          # one group of a breakdown by counted nouns ('34 رهينة و15 من الخاطفين')


@dataclass(frozen=True)
class Measure:
    """A measure a sentence states ('بقوة 7,8 درجة على مقياس ريختر'): a property of the event, not a count
    of people; its values never join a figure, and sources giving different values disagree."""
    kind: str                     # a key of claims.measures ('magnitude')
    value: float
    event: str | None
    who: str | None
    year: int | None = None       # a year its clause names ('زلزال قوته 7.0 درجات في يناير 2010')


@dataclass(frozen=True)
class Account:
    """One source's account in a sentence that sets two against each other ('قال الحوثيون إنهم استهدفوا
    الحاملة، فيما نفى مسؤول أمريكي ذلك'): its stance, who gives it, and its tokens (start to end)."""
    stance: str
    who: str | None
    start: int
    end: int


@dataclass
class Claim:
    """What one sentence asserts, with what stance, by whom and when."""
    sentence: Sentence
    published: date | None
    stance: str                   # ASSERTS, DENIES, CLAIMS or UNCONFIRMED
    who: str | None               # the named source, as written
    update: bool                  # it reports a new value of a running count ('ارتفعت الحصيلة إلى')
    final: bool                   # it reports the final count ('حصيلة نهائية')
    earlier: bool                 # it recalls an earlier value ('وكانت الوزارة أعلنت', 'في وقت سابق')
    elapsed_days: int             # how far into the story it says it is ('بعد ثلاثة أسابيع'); 0 when it does not
    correction: bool = False      # it corrects a count, maybe down ('تراجع عدد الوفيات إلى 19')
    responsibility: bool = False  # it says who carried the event out, or that no one claimed it ('تبنى التنظيم
                                  # الهجوم', 'لم تعلن أي جهة مسؤوليتها'): ACE's Attacker/Agent argument
    none_of: frozenset[str] = frozenset()   # kinds it says none of happened ('لم يقتل أي عسكريين', 'نفى وقوع إصابات')
    refutes: str | None = None    # the party whose claim it refutes, as written ('مكذبا بذلك مزاعم الرئيس ترامب حول
    refuted: str | None = None    # عدم إصابة أي جندي'), and that claim as written, from its noun on
    counts: list[Count] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    accounts: list[Account] = field(default_factory=list)   # two sources' accounts of opposite stance, or none
    span: tuple[int, int] | None = None   # the tokens of the account this claim is (`of_account`), else None
    place_candidates: list[tuple[str, tuple[str, ...]]] = field(default_factory=list, repr=False)
    # (kind, places a place noun names beside a count of that kind)
    tokens: list[str] = field(default_factory=list, repr=False)   # the sentence's tokens (`numbers.tokens_of`),
    norms: list[str] = field(default_factory=list, repr=False)    # and normalized: read once, for every pass

    @property
    def key(self) -> SentenceKey:
        return self.sentence.key

    @property
    def positive(self) -> bool:
        """It says the thing happened (asserted, claimed or reported unconfirmed), not that it did not."""
        return self.stance != DENIES

    @property
    def claimed(self) -> bool:
        """A party's claim ('زعم التنظيم') or a report not confirmed: the sentence does not assert it."""
        return self.stance in (CLAIMS, UNCONFIRMED)

    def of_account(self, account: Account) -> "Claim":
        """This sentence's claim as one of its accounts gives it: that account's stance, source and counts."""
        others = {a.who for a in self.accounts if a is not account and a.who}
        counts = [replace(c, who=account.who) if c.who in others and c.who != account.who else c   # (not another
                  for c in self.counts if account.start <= c.start < account.end]                 # account's source)
        return replace(self, stance=account.stance, who=account.who, span=(account.start, account.end),
                       counts=counts, accounts=[])

    @property
    def text(self) -> str:
        """What it says as written: the sentence, or of one of its accounts, that account's words."""
        return " ".join(self.tokens[slice(*self.span)]) if self.span else self.sentence.text

    def parts(self) -> list["Claim"]:
        """This claim as what it says: one claim per account when it sets two against each other, else itself."""
        return [self.of_account(a) for a in self.accounts] or [self]

    def time_key(self, count: Count | None = None) -> When:
        """Publication date first (TimeML's document creation time), then the sentence's own cues; for one
        of its counts, whether the sentence recalls that count as earlier."""
        current = not (count.earlier if count is not None else self.earlier)
        # a correction's value is the one it reached ('تراجع العدد إلى 19'), not any of its counts ('سبب انخفاض
        # الأعداد التي أعلنتها الوزارة (32 وفاة)')
        corrected = current and self.correction and (count is None or count.reached)
        return When(self.published is None, self.published or date.min, self.elapsed_days,
                    self.final, current, current and (self.update or corrected), corrected)


class ClaimRules:
    """The closed word classes of the `claims` config section, normalized once."""

    def __init__(self, cfg: Config):
        c = cfg.claims
        self.figures = CountRules(cfg)
        self.qualifiers = {name: [normalize(p) for p in phrases] for name, phrases in vars(c.qualifiers).items()}
        self.qualifier_window = c.qualifier_window
        self.denials = [normalize(p) for p in c.denials]
        self.denial_words = {p for p in self.denials if " " not in p}
        self.negations = {normalize(w) for w in c.negations}
        self.claim_markers = [normalize(p) for p in c.claim_markers]
        self.claim_markers_before_that = {normalize(p) for p in c.claim_markers_before_that}
        self.refuting = [normalize(p) for p in c.refuting]
        self.speech_negations = {normalize(w) for w in c.speech_negations}
        self.pronouns = {normalize(w) for w in c.pronouns}
        self.still = {normalize(w) for w in c.still}
        self.participles = {normalize(w) for w in cfg.lexicon.participial_adjuncts}
        self.refuted_objects = {normalize(w) for w in c.refuted_objects}
        self.refuted_gap = c.refuted_gap
        self.responsibility = [normalize(p) for p in c.responsibility]
        self.follows = {normalize(w) for w in c.follows}
        self.retaliation = [normalize(p) for p in c.retaliation]
        self.unconfirmed = [normalize(p) for p in c.unconfirmed]
        self.verbs = {normalize(v) for v in c.attribution_verbs}
        self.sources = sorted((normalize(p) for p in c.sources), key=lambda p: -len(p.split()))
        self.who_ends = {normalize(w) for w in c.who_ends} | \
            {normalize(w) for w in cfg.lexicon.participial_adjuncts}       # ('“قتل 84” مشيرا إلى': a clause after it)
        self.manner_words = {normalize(w) for w in c.manner_words}
        self.another = {normalize(w) for w in c.another}
        self.number_nouns = {normalize(w) for w in c.number_nouns}
        self.denied_objects = {normalize(w) for w in c.denied_objects}
        self.anaphors = {normalize(w) for w in c.anaphors}
        # a qualifier's first word begins a count, never a source's name ('وفق بيانات وزارة الداخلية وأكثر من مليون')
        self.qualifier_starts = {phrase.split()[0] for phrases in self.qualifiers.values() for phrase in phrases}
        self.who_max_words = c.who_max_words
        # 'في بيان', 'في وقت متأخر': after 'في', one of these ends a who
        self.ends_after_in = {normalize(w) for w in c.statement_nouns} | {normalize(w) for w in c.time_nouns}
        self.updates = [normalize(p) for p in c.updates]
        self.finals = [normalize(p) for p in c.finals]
        self.earlier = [normalize(p) for p in c.earlier]
        self.corrections = [normalize(p) for p in c.corrections]
        self.elapsed_units = {normalize(k): int(v) for k, v in vars(c.elapsed_units).items()}
        self.ordinals = {normalize(k): int(v) for k, v in vars(c.ordinals).items()}
        self.place_nouns = {normalize(w) for w in c.place_nouns}
        self.alone = {normalize(w) for w in c.alone}
        self.generic_people = {normalize(w) for w in c.generic_people}
        self.events = {name: [" ".join(normalize(w.rstrip("$")) + "$" * w.endswith("$") for w in p.split())
                              for p in phrases] for name, phrases in vars(c.events).items()}   # (a $ kept)
        self.prepositions = {normalize(w) for w in c.place_prepositions}
        self.place_openers = self.prepositions | self.place_nouns     # what comes before a place ('في', 'مدينة')
        self.not_places = {normalize(w) for w in c.not_places}
        self.within_words = c.place_within_words
        self.new_event = {normalize(w) for w in c.new_event}
        self.toll_heads = {normalize(w) for w in c.toll_heads}
        self.patient_nouns = {normalize(w) for w in c.patient_nouns}
        self.party_heads = {normalize(w) for w in c.party_heads}
        self.reports = {normalize(w) for w in c.report_nouns}
        self.min_part_counts = c.min_part_counts
        self.the_country = {normalize(w) for w in c.the_country}
        self.contrast = {normalize(w) for w in c.contrast}
        self.account_openers = [normalize(p) for p in (*c.contrast, *c.contrast_phrases)]
        self.account_window = c.account_window
        self.account_min_words = c.account_min_words
        self.in_treatment = {normalize(w) for w in c.in_treatment}
        self.measures = {name: {normalize(w) for w in words} for name, words in vars(c.measures).items()}
        self.measure_units = {normalize(w) for w in c.measure_units}
        self.treated_scope = c.treated_scope
        self.noun_groups = {normalize(w): group for group, nouns in vars(c.noun_groups).items() for w in nouns}
        self.noun_groups_not_for = set(c.noun_groups_not_for)
        self.discharged = {normalize(w) for w in c.discharged}
        self.discharged_before = {normalize(w) for w in c.discharged_before}
        self.discharged_scope = c.discharged_scope
        self.still_words = {normalize(w) for w in c.still_words}
        self.search_words = {normalize(w) for w in c.search_words}
        self.hospital_words = {normalize(w) for w in c.hospital_words}
        self.directions = {normalize(w) for w in c.directions}
        self.receiving = {normalize(w) for w in c.receiving}
        self.body_stages = {scope: {normalize(w) for w in words} for scope, words in vars(c.body_stages).items()}
        self.body_stages_after = {scope: {normalize(w) for w in words}
                                  for scope, words in vars(c.body_stages_after).items()}
        self.complementary_stages = [tuple(pair) for pair in c.complementary_stages]
        self.none_phrases = {kind: [normalize(p) for p in phrases] for kind, phrases in vars(c.none_phrases).items()}
        self.denied_window = c.denied_window
        self.daily_kinds = set(c.daily_kinds)
        self.year_nouns = {normalize(w) for w in c.year_nouns}
        self.years = tuple(cfg.numbers.years)
        self.distinctive = cfg.numbers.distinctive_from
        self.past_years = [normalize(p) for p in c.past_years]
        self.past_month_words = {normalize(w) for w in c.past_month_words}
        self.since = {normalize(w) for w in c.since}
        self.period_days = c.period_days
        self.complementizers = {normalize(w) for w in c.complementizers}
        self.speech_fillers = {normalize(w) for w in c.speech_fillers}
        self.speech_fillers_max = c.speech_fillers_max
        self.headline_sentences = c.headline_sentences
        self.others = {normalize(w) for w in c.others}
        self.past_day = [normalize(p) for p in c.past_day]
        self.generic_events = {normalize(w) for w in c.generic_events}
        self.demonstratives = {normalize(w) for w in c.demonstratives}
        self.latest_of_series = {normalize(w) for w in c.latest_of_series}
        self.relative_pronouns = {normalize(w) for w in cfg.lexicon.relative_pronouns}
        self.breakdown_words = c.breakdown_words
        self.part_groups = {form: name for name, words in vars(c.part_groups).items() for w in words
                            for form in (normalize(w), light_stem(normalize(w)))}
        self.who_trailing = self.prepositions | {normalize(w) for w in c.who_trailing}
        self.not_sources = {normalize(w) for w in c.not_sources}
        self.who_leading = {normalize(w) for w in c.who_leading}
        self.verbs_with_from = {normalize(w) for w in c.verbs_with_from}
        self.relatives = {normalize(w) for w in c.relatives}
        self.object_pronouns = [normalize(w) for w in c.object_pronouns]
        self.apart_pronouns = {normalize(w) for w in c.apart_pronouns}
        self.addressees = {normalize(w) for w in c.addressees}
        self.quoted_name_words = c.quoted_name_words
        self.before_verb = {normalize(w) for w in c.before_verb}
        self.clause_openers = {normalize(w) for w in c.clause_openers}
        # words that are never part of a speaker written before its verb (a verb, what was said, a source phrase)
        self.not_subject = self.verbs | self.who_ends | self.relatives | self.clause_openers | \
            {p.split()[0] for p in self.sources}
        # 'وفقا ل' is also written 'وفقا لمصادر': after such a source word, a leading 'ل' is the preposition's
        self.to_sources = {normalize(p.split()[0]) for p in c.sources if p.split()[1:] == ["ل"]}


def _has(padded: str, phrase: str) -> bool:
    return f" {phrase} " in padded


class Words(list):
    """A sentence's normalized words, with where each word (also without a clitic) and each two-letter start
    (of the word or its light stem) stands, built once: a sentence is scanned for hundreds of phrases, and a
    scraped 'sentence' can be thousands of words long (issue 19: time linear in the text, with a small factor)."""

    names: frozenset[int] = frozenset()     # words quoted alone or in pairs: names (`quoted_names`)

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        at: dict[str, list[int]] = {}
        for k, word in enumerate(self):
            at.setdefault(word, []).append(k)
            if word[:1] in CLITICS:
                at.setdefault(word[1:], []).append(k)
        return at

    @cached_property
    def stems(self) -> list[str]:
        return [light_stem(word) for word in self]

    @cached_property
    def starts(self) -> dict[str, list[int]]:
        at: dict[str, set[int]] = {}
        for k, (word, stem) in enumerate(zip(self, self.stems)):
            for form in (word, stem):
                at.setdefault(form[:2], set()).add(k)
        return {start: sorted(ks) for start, ks in at.items()}


CLITICS = "وفلب"
_NOT_QUOTES = "".join(ch for ch in PUNCTUATION if ch not in QUOTES)
_NAME_WORDS = 2             # a quotation of at most this many words after a noun is a name ('العبارة "سيول"')


def quoted_names(tokens: list[str]) -> frozenset[int]:
    """The words of short quotations ('العبارة الغارقة "سيول"', 'الحالة المدارية “شاهين”', '«عاصفة الحزم»'): a
    ship's, a storm's, an operation's name, however its words read elsewhere (Sewol is 'floods', Shaheen 'falcon')."""
    names: set[int] = set()
    for k, token in enumerate(tokens):
        opening = token.lstrip(CLITICS)[:1]
        if not opening or opening not in QUOTES:
            continue
        for end in range(k, min(k + _NAME_WORDS, len(tokens))):
            closing = tokens[end].rstrip(_NOT_QUOTES)
            if closing[-1:] in QUOTES and (end > k or len(closing.lstrip(CLITICS)) > 2):
                names.update(range(k, end + 1))
                break
    return frozenset(names)


def phrase_matches(norms: list[str], phrase: str) -> list[int]:
    """Token indexes where `phrase` (normalized words) starts; a word may carry a clitic 'و' / 'ف' / 'ل' / 'ب', but
    no 'ب' / 'ل' before a phrase's 'و' ('بوليس' is police, never 'ب' + 'وليس'; the phrases matched so open with
    the conjunction: 'وليس', 'وكان', while 'ووفقا' is still 'و' + 'وفقا')."""
    parts = phrase.split()
    hits = []
    last = len(norms) - len(parts)
    candidates = (norms.positions.get(parts[0], ()) if isinstance(norms, Words) and parts
                  else range(last + 1))
    for k in candidates:
        if k > last:
            break
        first = norms[k]
        if first != parts[0] and not (first[:1] in CLITICS and first[1:] == parts[0]
                                      and not (first[:1] in "بل" and parts[0][:1] == "و")):
            continue
        if norms[k + 1:k + len(parts)] == parts[1:]:
            hits.append(k)
    return hits


def read_claims(docs: list[Document], sentences: list[Sentence], cfg: Config) -> list[Claim]:
    """The claim of every sentence, in the order given; places are then resolved across the story."""
    rules = ClaimRules(cfg)
    published = {d.id: d.published for d in docs}
    claims = [read_claim(s, published.get(s.doc_id), rules) for s in sentences]
    for claim in claims:
        _all_bodies(claim, rules)
    _continued_speech(claims, rules)
    _more_of_a_toll(claims, rules)
    _combined_in_article(claims, rules)
    _breakdowns(claims, rules)
    _corrected_in_article(claims, rules, cfg.claims.denied_window)
    _groups_told_again(claims)
    _countrys_own(claims, rules)
    _resolve_places(claims, rules)
    _one_spelling(claims)
    _headline_events(claims, rules)
    _date_past_events(claims, rules)
    _past_day_counts(claims, rules)
    return claims


def _corrected_in_article(claims: list[Claim], rules: ClaimRules, window: int) -> None:
    """An article that denies a count ('التقارير السابقة التي تحدثت عن سقوط 70 قتيلا كانت غير دقيقة') and gives
    another value of it corrects it: the value it gives ('ارتفاع الحصيلة إلى 57') is a correction, newer than the
    one denied wherever that was said."""
    denied = {(claim.sentence.doc_id, c.kind, c.scope, c.value)
              for claim in claims for c in denied_counts(claim, rules, window)}
    if not denied:
        return
    for claim in claims:
        if claim.stance == DENIES:
            continue
        reached = [n for n, c in enumerate(claim.counts) if not c.earlier and any(
            (doc, kind, scope) == (claim.sentence.doc_id, c.kind, c.scope) and value != c.value
            for doc, kind, scope, value in denied)]
        if reached:
            claim.correction = True
            claim.counts = [replace(c, reached=True) if n in reached else c for n, c in enumerate(claim.counts)]


def _more_of_a_toll(claims: list[Claim], rules: ClaimRules) -> None:
    """'وتوفي 19 آخرون في مستشفيات طرابلس': a sentence's first count, of others (`claims.others` right after it), of the
    kind and event of the last count of the sentence before in its article, counts more of a toll the article gives:
    neither the toll nor a value of it. (Of another kind it is a count: 'قتل 20 شخصا.' then 'وأصيب 30 آخرون'; of
    another event too. Within one sentence others are of a list: 'مصرع 32 مواطنا و91 آخرين'.)"""
    before: Count | None = None
    doc = None
    for claim in claims:
        if claim.sentence.doc_id != doc:
            doc, before = claim.sentence.doc_id, None
        if claim.counts and before is not None:
            first = claim.counts[0]
            if first.scope is None and not first.part and before.kind == first.kind \
                    and (before.event == first.event or None in (before.event, first.event)) \
                    and first.end + 1 < len(claim.norms) and claim.norms[first.end + 1] in rules.others:
                claim.counts = claim.counts[1:]
        if claim.counts:
            before = claim.counts[-1]


def _groups_told_again(claims: list[Claim]) -> None:
    """A counted noun that one sentence of the story lists as a group of a breakdown ('قتل 34 رهينة و15 من الخاطفين')
    counts that group wherever the story counts by it ('مقتل 23 رهينة'): a part, not the whole toll, so only
    below the largest count of its kind the story gives by other words (the pilgrims of a Hajj story, listed once
    as '6 حجاج' of one country, are its whole toll elsewhere: '1301 حاجا')."""
    groups = {count.noun for claim in claims for count in claim.counts if count.listed}
    whole: dict[tuple[str, str], float] = {}
    for group in groups:
        for claim in claims:
            for count in claim.counts:
                if count.scope is None and count.noun != group:
                    whole[count.kind, group] = max(whole.get((count.kind, group), 0), count.value)

    def part(count: Count) -> bool:
        return count.scope is None and count.noun in groups and count.value < whole.get((count.kind, count.noun), 0)
    for claim in claims:
        if any(part(count) for count in claim.counts):
            claim.counts = [replace(count, scope=count.noun, scope_type=GROUP) if part(count) else count
                            for count in claim.counts]


def _countrys_own(claims: list[Claim], rules: ClaimRules) -> None:
    """A country that gives a count by a kind word with its own pronoun ('أعلنت إيران ارتفاع ضحاياها إلى 169', 'قالت
    إيران إن عدد قتلاها ارتفع إلى 226') counts its own people: the group of its nationals, where the story counts by
    that group elsewhere ('246 إيرانيا ما زالوا في عداد المفقودين'), not the whole toll of a many-nation event."""
    groups = {count.scope for claim in claims for count in claim.counts if count.scope_type == GROUP}
    for claim in claims:
        for n, count in enumerate(claim.counts):
            who = normalize(count.who or claim.who or "")
            if count.scope is not None or not who or " " in who:
                continue                  # (a country named alone: 'وزارة الصحة' gives no one's own)
            own = [g for g in groups if _nisba_of(g, who)]
            if own and any(_with_own_pronoun(norm, rules) for norm in claim.norms[:count.end + 1]):
                claim.counts[n] = replace(count, scope=own[0], scope_type=GROUP)


def _with_own_pronoun(norm: str, rules: ClaimRules) -> bool:
    """A kind word with 'ها' or 'هم' on it ('ضحاياها', 'قتلاهم')."""
    return any(norm.endswith(p) and len(norm) > len(p) + 2 and kind_of(norm[:-len(p)], rules.figures)
               for p in ("ها", "هم"))


def _past_day_counts(claims: list[Claim], rules: ClaimRules) -> None:
    """A count in a clause that says it is of the past day (`claims.past_day`, with 'الـ24' read as '24'), not the
    value an update reached ('ارتفعت ... إلى 500'), is that day's count (event '@day'): not the story's toll."""
    for claim in claims:
        if not claim.counts:
            continue
        words = [w.removeprefix("ال") if w[2:].isdigit() else w for w in claim.norms]
        at = [k for p in rules.past_day for k in phrase_matches([w for w in words if w != "ال"], p)]
        if not at:
            continue
        kept = [k for k, w in enumerate(words) if w != "ال"]      # (the positions of the words matched, in the claim)
        at = [kept[k] for k in at]
        claim.counts = [replace(c, event=f"{c.event or ''}@day") if "@" not in (c.event or "") and not c.reached
                        and any(c.clause[0] <= k < c.clause[1] for k in at) else c for c in claim.counts]


def _continued_speech(claims: list[Claim], rules: ClaimRules) -> None:
    """A sentence that opens with what was said (`claims.complementizers`: 'إن ...', after a page cut 'وقالت
    الوزارة، الجمعة؛ إن "أعداد القتلى ارتفعت إلى 89"'), or with a verb of saying that names no speaker before it
    ('وأضاف أن ...'), goes on with the sentence before it in its article: it has that sentence's
    source, and its stance when that one denies or reports a party's claim."""
    before: dict[tuple[str, int], Claim] = {c.key: c for c in claims}
    for claim in claims:
        tokens = claim.tokens
        if claim.who or not tokens:
            continue
        first = normalize(tokens[0].strip(PUNCTUATION))
        # ('وأشار إلى أن', 'وذكر من جانبه أن': only words that name nobody before what was said)
        after = [normalize(t.strip(PUNCTUATION)) for t in tokens[1:2 + rules.speech_fillers_max]]
        opens = next((j for j, w in enumerate(after) if w in rules.complementizers or w not in rules.speech_fillers),
                     None)
        said = first[:1] in "وف" and first[1:] in rules.verbs and opens is not None \
            and after[opens] in rules.complementizers       # (not a quote: 'وأضاف: "لا أستطيع ..."', a witness's words)
        if first not in rules.complementizers and not said:     # 'وأضاف أن عدد الشهداء بلغ 39': his
            continue
        previous = before.get((claim.sentence.doc_id, claim.sentence.index - 1))
        if previous is not None and previous.who:
            claim.who = previous.who
            if not said and claim.stance == ASSERTS and previous.stance in (DENIES, CLAIMS):    # (one sentence)
                claim.stance = previous.stance


def _headline_events(claims: list[Claim], rules: ClaimRules) -> None:
    """A count whose sentence names no event is of the event its article's headline or lead names (the first
    of its `claims.headline_sentences` sentences that names one): 'اكدت وفاة 90 مواطن' in an article headed
    'ارتفاع حصيلة ضحايا التدافع' counts the stampede, not the civil war another article recalls. Only an event a
    count of the story names is: a lead's other trigger is a cause or a circumstance ('ارتفاع درجات حرارة الجو أدى
    إلى تمدد القضبان', the heat that bent a train's rails), no toll's event."""
    counted = {c.event for claim in claims for c in claim.counts if c.event}
    first: dict[str, str] = {}
    for claim in sorted(claims, key=lambda c: c.sentence.index):
        sentence = claim.sentence
        if sentence.index >= rules.headline_sentences or sentence.doc_id in first:
            continue
        event = _event(claim.norms, 0, rules)
        if event and "+" not in event and event in counted:
            first[sentence.doc_id] = event
    for claim in claims:
        if claim.sentence.doc_id in first:
            claim.counts = [replace(c, event=first[claim.sentence.doc_id]) if c.event is None else c
                            for c in claim.counts]


def _combined_in_article(claims: list[Claim], rules: ClaimRules) -> None:
    """A count of one kind whose value its article gives elsewhere as a count of that kind and another together
    ('ارتفاع ضحايا التفجير لنحو 101 ضحية' in the title of '101 ضحية بين القتيل والجريح') is that count of both:
    one number told twice by one article is one count."""
    combined: dict[str, dict[float, str]] = {}
    for claim in claims:
        for count in claim.counts:
            if count.kind in rules.figures.combined.values():
                combined.setdefault(claim.sentence.doc_id, {})[count.value] = count.kind
    for claim in claims:
        values = combined.get(claim.sentence.doc_id, {})
        claim.counts = [replace(c, kind=values[c.value])
                        if c.value in values and any(c.kind in pair and name == values[c.value]
                                                     for pair, name in rules.figures.combined.items())
                        else c for c in claim.counts]


def _breakdowns(claims: list[Claim], rules: ClaimRules) -> None:
    """Counts of one kind listed one after the other ('39 شهيداً معلوم الهوية و21 شهيداً مجهول الهوية'), each told
    apart by the words after it, whose values add up to a count of that kind the story gives (60): a breakdown of
    that count, each of them a part named by its own words; not a toll of their own."""
    totals: dict[str, set[float]] = {}
    for claim in claims:
        for count in claim.counts:
            if count.scope is None:
                totals.setdefault(count.kind, set()).add(count.value)
    for claim in claims:
        tokens, runs = claim.tokens, []
        for n, count in enumerate(claim.counts):
            before = claim.counts[n - 1] if n else None
            listed = before is not None and before.kind == count.kind and before.scope is None and \
                (tokens[count.start - 1] == "و" or tokens[count.start].startswith("و"))
            if count.scope is not None:
                continue
            if listed and runs and runs[-1][-1] == n - 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            counts = [claim.counts[n] for n in run]
            nouns = [c.end + (c.end + 1 < len(tokens) and bool(kind_of(tokens[c.end + 1], rules.figures)))
                     for c in counts]                                  # (past the count's noun: 'شهيداً')
            names = [_words_after(tokens, end, rules.breakdown_words) for end in nouns]
            if len(run) < 2 or sum(c.value for c in counts) not in totals.get(counts[0].kind, ()) \
                    or not all(names) or len(set(names)) < len(names):
                continue
            for n, name in zip(run, names):
                claim.counts[n] = replace(claim.counts[n], scope=name, scope_type=GROUP, part=True)


def _discharged(tokens: list[str], norms: list[str], span: CountSpan, rules: ClaimRules) -> bool:
    """The injured a count counts left hospital: a word of `claims.discharged` in its clause after it, or opening the
    clause right after it ('أن 15 مصابا في حادث القطار، خرجوا من المستشفيات'), or a word of
    `claims.discharged_before` right before it ('خروج 90 إصابة من المستشفيات')."""
    _, hi = _clause(tokens, span.end)
    return bool(rules.discharged & set(norms[span.end + 1:hi])) or (hi < len(norms) and norms[hi] in rules.discharged) \
        or (span.start > 0 and norms[span.start - 1] in rules.discharged_before)


def _still(tokens: list[str], norms: list[str], spans: list[CountSpan], n: int, rules: ClaimRules) -> bool:
    """Whether the people a count counts are still somewhere (`claims.still_words`: 'لا يزالون'), in its clause after
    it up to the next count."""
    span = spans[n]
    hi = min(_clause(tokens, span.end)[1], spans[n + 1].start if n + 1 < len(spans) else len(tokens))
    hi = next((k for k in range(span.end + 1, hi) if norms[k] in rules.contrast), hi)   # ('فيما لا يزال 100 منهم')
    return bool(rules.still_words & set(norms[span.end + 1:hi]))


_FOR_THEM = {normalize(w) for w in ("عنه", "عنها", "عنهم", "عنهما")}
_FOR = normalize("عن")


def _searched_for(norms: list[str], span: CountSpan, rules: ClaimRules) -> bool:
    """A count of people still searched for: right after 'البحث عن' ('تواصل البحث عن 5 ضحايا'), or followed within
    its next five words by 'البحث عنها' ('ويتبقى ضحية واحدة يتم البحث عنها'), not a search named apart ('ارتفعت
    الحصيلة إلى 41 قتيلا وتتواصل عمليات البحث عن المفقودين')."""
    before = norms[max(span.start - 2, 0):span.start]
    if len(before) == 2 and before[0].lstrip("و") in rules.search_words and before[1] == _FOR:
        return True
    after = norms[span.end + 1:span.end + 6]
    return any(word in rules.search_words and after[k + 1] in _FOR_THEM for k, word in enumerate(after[:-1]))


def _hospital(tokens: list[str], norms: list[str], spans: list[CountSpan], n: int, rules: ClaimRules) -> str | None:
    """The one hospital a count is of: a hospital (`claims.hospital_words`, the singular: 'المستشفيات' are all of
    them) after the count in its clause up to the next count ('تم نقل 32 جريحا إلى مستشفى زيف'), or before it with a
    verb of receiving ('وقال متحدث باسم مستشفى خيبر: استقبلنا 19 قتيلا'); named by at most two words after 'مستشفى'
    (none: no hospital of its own), or None."""
    span = spans[n]
    lo, hi = _clause(tokens, span.start)
    following = n + 1     # (past the counts listed with it by 'و': 'نقل 57 شهيدا وأكثر من 254 مصابا إلى مجمع الشفاء')
    while following < len(spans) and spans[following].start < hi and _listed_next(norms, spans[following].start, rules):
        following += 1                  # (not 'قتل 20 شخصا وأصيب 30 نقلوا إلى ...', 'بلغ 36 وتم نقل 32 جريحا إلى ...')
    hi = min(hi, spans[following].start if following < len(spans) else len(tokens))
    at = next((k for k in range(span.end + 1, hi) if _hospital_word(norms[k], rules)), None)
    if at is None and rules.receiving & set(norms[max(lo, span.start - 3):span.start]):
        at = next((k for k in range(span.start - 1, -1, -1) if _hospital_word(norms[k], rules)), None)
    if at is None:
        return None
    name = []
    for k in range(at + 1, min(at + 3, len(tokens))):
        where = k == at + 1 and norms[k] in rules.prepositions      # 'مستشفى في بيشاور': a hospital of that city
        if tokens[k - 1][-1:] in CLAUSE_END or not norms[k].isalpha() or kind_of(tokens[k], rules.figures) is not None \
                or norms[k] in rules.not_subject | rules.prepositions and not where \
                or rules.directions & {norms[k], norms[k][1:] if norms[k][:1] in "وبلف" else ""}:
            break                       # ('مستشفى بجنوب شرق بغداد': a hospital somewhere, not its name)
        name.append(tokens[k].strip(PUNCTUATION))
    if name[-1:] and normalize(name[-1]) in rules.prepositions:
        name = []
    word = tokens[at].strip(PUNCTUATION)
    word = word[1:] if normalize(word) not in rules.hospital_words else word       # ('بمستشفى': مستشفى)
    return " ".join([word, *name]) if name else None     # (a hospital named: not 'the hospital' that burned)


def _listed_next(norms: list[str], start: int, rules: ClaimRules) -> bool:
    """The count at `start` is listed after the one before it by 'و' on its number or on the qualifier before it
    ('و254', 'وأكثر من 254'), not in a clause of its own ('وأصيب 30', 'وتم نقل 32')."""
    first = next((k for k in range(max(start - 2, 0), start + 1) if norms[k][:1] == "و"), None)
    return first is not None and (first == start or norms[first][1:] in rules.qualifier_starts
                                  or norms[first] == "و" and first == start - 1)


def _hospital_word(norm: str, rules: ClaimRules) -> bool:
    """'مستشفى', 'لمستشفى', 'بمستشفى': one hospital, by its name after it (not 'المستشفى': the story's own)."""
    return norm in rules.hospital_words or norm[:1] in "وبلف" and norm[1:] in rules.hospital_words


def _body_stage(tokens: list[str], norms: list[str], span: CountSpan, rules: ClaimRules) -> str | None:
    """The stage of the bodies a count of the dead counts ('تم تسليم 21 جثة لذويهم', 'تم التعرف على هويات 92'): one of
    `claims.body_stages` whose word is among the three words before the number, or of `claims.body_stages_after`
    among the three after it in its clause ('100 جثة مجهولة الهوية'); None for the dead as such."""
    before = set(norms[max(span.start - 3, 0):span.start])
    after: set[str] = set()
    for k in range(span.end + 1, min(span.end + 4, len(norms))):
        if norms[k][:1].isdigit() or tokens[k - 1][-1:] in CLAUSE_END:
            break
        after.add(norms[k])
    after_stage = next((scope for scope, words in rules.body_stages_after.items() if words & after), None)
    if after & rules.speech_negations:
        after_stage = None                   # ('30 جثة لم يتم التعرف': not the stage its word names; 'غير واضحي'
        #                                      is a stage's own words)
    return next((scope for scope, words in rules.body_stages.items() if words & before), None) or after_stage


def _all_bodies(claim: Claim, rules: ClaimRules) -> None:
    """Counts of the dead at complementary stages in one sentence (`claims.complementary_stages`: 'بلغ 39 قتيلا معلوم
    الهوية، و21 مجهول الهوية') add up to the toll: their sum is a count of the whole."""
    for first, second in rules.complementary_stages:
        for a in [c for c in claim.counts if c.scope == first and not c.earlier]:
            b = next((c for c in claim.counts if c.scope == second and c.kind == a.kind and c.event == a.event
                      and not c.earlier), None)
            if b is not None:
                claim.counts.append(replace(a, value=a.value + b.value, scope=None, scope_type=None, qualifier=None,
                                            start=min(a.start, b.start), end=max(a.end, b.end)))
                return


def _words_after(tokens: list[str], end: int, most: int) -> str | None:
    """The words right after token `end`, up to `most` of them, a number, 'و' or the clause's end."""
    words = []
    for token in tokens[end + 1:end + 1 + most]:
        word = token.strip(PUNCTUATION + QUOTES)
        if not word or word == "و" or any(ch.isdigit() for ch in word):
            break
        words.append(word)
        if token[-1:] in CLAUSE_END or word != token.rstrip(QUOTES):
            break
    return " ".join(words) or None


def read_claim(sentence: Sentence, published: date | None, rules: ClaimRules) -> Claim:
    tokens = tokens_of(sentence.text)
    norms = Words(normalize(t) for t in tokens)
    norms.names = quoted_names(tokens)
    padded = f" {' '.join(norms)} "
    refuted = _refuted_claim(norms, rules)
    stance = _stance(norms, padded, rules, refuted)
    if stance == ASSERTS and _negated_speech(tokens, norms, rules) and not any(rules.figures.numbers.numbers(tokens)):
        stance = DENIES
    own_tokens, own_norms = (tokens[:refuted], Words(norms[:refuted])) if refuted is not None else (tokens, norms)
    claim = Claim(sentence=sentence, published=published, stance=stance,     # (the refuted claim's speaker aside)
                  who=(_denier(own_tokens, own_norms, rules) if stance == DENIES else None)
                  or _who(own_tokens, own_norms, rules),
                  update=any(_has(padded, p) for p in rules.updates),
                  final=False,
                  earlier=any(_has(padded, p) for p in rules.earlier),
                  elapsed_days=_elapsed(norms, rules),
                  correction=any(not (k and norms[k - 1] in rules.negations)
                                 for p in rules.corrections for k in phrase_matches(norms, p)),
                  responsibility=any(phrase_matches(norms, p) for p in rules.responsibility),
                  tokens=tokens, norms=norms)
    if refuted is not None:          # (after the claim's noun, or from 'لما' past its verb: 'لما صرح به الرئيس')
        claim.refutes = _who_after(tokens, norms, refuted + (norms[refuted] not in rules.relatives), set(), rules)
        claim.refuted = " ".join(tokens[refuted:]) if claim.refutes else None
    claim.measures = _measures(tokens, norms, rules)
    spans = count_spans(tokens, rules.figures)          # (not the counts an estimate or a forecast governs)
    claim.final = any(_in_clause(tokens, k, span) for p in rules.finals for k in phrase_matches(norms, p)
                      if not (k and norms[k - 1] in rules.negations) for span in spans)
    source_words = {normalize(w).removeprefix("ال") for w in (claim.who or "").split()}
    framed = _framed_event(tokens, norms, rules)
    for n, span in enumerate(spans):
        group = span.group if span.group and not _composition(norms, span.group, rules, span.end) \
            and nisba_base(span.group)[:-1] not in rules.generic_people else None    # ('35 ألفا و418 شخصيا')
        if group and normalize(group).removeprefix("ال") in source_words:
            group = None                      # 'أفاد مسئولون إيرانيون بمصرع 320': the source's, not the dead's
        scope = nisba_base(group) if group else _group_after(tokens, norms, span.end, rules)
        if span.part and scope is None and span.end + 1 < len(norms):       # 'بينهم 30 طفلا': the children
            scope = rules.part_groups.get(light_stem(norms[span.end + 1].removeprefix("ال")))
        scope = rules.part_groups.get(scope, scope) if scope else None     # ('من النساء', 'سيدات': one group)
        scope = rules.noun_groups.get(scope, scope) if scope else None     # ('اثنين من المهاجمين', 'خمسة مهاجمين')
        scope_type = GROUP if scope else None
        alone = False
        # 'يتلقى 13208 جريحا العلاج': those still treated; only the injured ('سقوط 16 شهيدا وجرح نحو 30 ... الموجودين')
        if scope is None and span.kind == "injured" and \
                rules.in_treatment & set(norms[slice(*_clause(tokens, span.start))]):
            scope, scope_type = rules.treated_scope, GROUP
        elif scope is None and span.kind == "injured" and _discharged(tokens, norms, span, rules):
            scope, scope_type = rules.discharged_scope, GROUP   # 'وهناك 15 مصابا غادروا المستشفيات'
        elif scope is None and span.kind == "injured" and _still(tokens, norms, spans, n, rules):
            scope, scope_type = rules.treated_scope, GROUP   # 'نحو 280 جريحا لا يزالون في المستشفيات'
        elif scope is None and span.kind == "dead" and _still(tokens, norms, spans, n, rules):
            continue        # 'و18 آخرين يعتقد أنهم لا يزالون محاصرين': still somewhere, not dead
        elif scope is None and span.kind == "dead" and (stage := _body_stage(tokens, norms, span, rules)):
            scope, scope_type = stage, GROUP                 # 'تم تسليم 21 جثة منها لذويهم': the bodies handed over
        elif scope is None and span.kind in ("dead", "injured") and \
                (hospital := _hospital(tokens, norms, spans, n, rules)):
            scope, scope_type = hospital, PLACE              # 'تم نقل 32 جريحا إلى مستشفى زيف': one hospital's
        # the words beside this count, up to the next count and back to the one before
        lo = max(span.start - rules.figures.window, spans[n - 1].end + 1 if n else 0)
        hi = min(span.end + rules.figures.window + 1, spans[n + 1].start if n + 1 < len(spans) else len(tokens))
        # counts of one level, each with its place ('12 ألفا في تركيا و3 آلاف في سوريا'; 'منها 1293 في الحوز و452 في
        # تارودانت'): a part ('34 جريحا في مجدل شمس بينهم 7 أطفال') is no second count beside its whole
        marked, named = _place(tokens, norms, span, lo, hi, rules,
                               several=sum(s.part == span.part for s in spans) > 1)
        if scope is None and marked:
            scope, scope_type = marked, PLACE
            alone = any(_alone_at(tokens, norms, k, rules) for k in range(lo, hi))
        elif scope is None and named:
            claim.place_candidates.append((span.kind, tuple(named)))
        if (span.part or _of_a_kind(tokens, norms, span.end, rules, span.kind)) and scope is None:
            continue                          # 'بينهم 630', 'أربعة من المصابين': a part of a count, of no scope named
        clause = _clause(tokens, span.start)
        kind = "missing" if span.kind == "dead" and scope is None and _searched_for(norms, span, rules) else span.kind
        claim.counts.append(Count(kind=kind, value=span.value,
                                  qualifier=_qualifier(norms, span.start, span.end, rules),
                                  scope=scope, scope_type=scope_type,
                                  event=framed or _event(norms, span.start, rules, clause),
                                  start=span.start, end=span.end, near=(lo, hi),
                                  year=_year(tokens, norms, (lo, hi), clause, rules, span.start),
                                  who=_count_who(tokens, norms, spans, n, rules) if len(spans) > 1
                                  else _contrasted_who(tokens, norms, span, rules),
                                  clause=clause, alone=alone, part=span.part))
    _listed_groups(claim, tokens, norms, rules)
    claim.counts = [replace(c, scope=rules.noun_groups[norms[c.end + 1]], scope_type=GROUP)  # 'خمسة مهاجمين'
                    if c.scope is None and c.end + 1 < len(norms) and norms[c.end + 1] in rules.noun_groups
                    and c.kind not in rules.noun_groups_not_for else c
                    for c in claim.counts]
    # 'مقتل 13 عسكريا أمريكيا وإصابة 18 آخرين': the others are of that group; not of a part ('من بين القتلى 27
    # طفلا، فضلا عن إصابة 128 آخرين': the children are some of the dead, the injured are not children)
    for n in range(1, len(claim.counts)):
        count, before = claim.counts[n], claim.counts[n - 1]
        if count.scope is None and before.scope_type == GROUP and not before.part \
                and rules.others & set(norms[count.end + 1:count.end + 3]):
            claim.counts[n] = replace(count, scope=before.scope, scope_type=GROUP)
    # '12 قتيلاً و255 مصاباً في ولاية ننكرهار': counts of two kinds listed before one place are both of that place,
    # where the sentence counts the first kind in another place too ('كونار وحدها سجلت 800 قتيل ... فيما')
    for n in range(len(claim.counts) - 2, -1, -1):
        count, after = claim.counts[n], claim.counts[n + 1]
        if count.scope is None and not count.part and after.scope_type == PLACE and count.kind != after.kind \
                and 0 < after.start - count.end <= 3 and norms[after.start][:1] == "و" \
                and after.scope in {_name(w) for w in norms[after.end + 1:after.end + 5]} \
                and any(c.kind == count.kind and c.scope_type == PLACE and c.scope != after.scope
                        for c in claim.counts):
            claim.counts[n] = replace(count, scope=after.scope, scope_type=PLACE)
    claim.counts = _recalled_counts(claim, tokens, norms, rules)
    claim.accounts = _accounts(tokens, norms, rules, min((span.start for span in spans), default=None))
    claim.none_of = _none_of(claim, rules)
    return claim


def _none_of(claim: Claim, rules: ClaimRules) -> frozenset[str]:
    """The kinds a claim says none of happened: one of `claims.none_phrases` ('لم يقتل أي عسكريين'), or a kind word
    among what a denial denies ('نفى وقوع إصابات بين الجنود'), unless it denies numbers given of them (`claims.
    number_nouns`); not a kind it counts itself."""
    kinds = {kind for kind, phrases in rules.none_phrases.items()
             if any(phrase_matches(claim.norms, p) for p in phrases)}
    denied = denied_words(claim, rules, rules.denied_window) or []
    if rules.number_nouns & {normalize(w).strip(PUNCTUATION) for w in denied}:
        denied = []                             # the numbers given of them are denied ('عدم صحة ... أرقام للضحايا')
    for word in denied:
        kind = kind_of(word, rules.figures)
        if kind in rules.none_phrases:
            kinds.add(kind)
    return frozenset(kinds - {c.kind for c in claim.counts})


def _listed_groups(claim: Claim, tokens: list[str], norms: list[str], rules: ClaimRules) -> None:
    """Counts of one kind in one sentence joined by 'و' ('مقتل 23 ضابطا و35 مجندا', '11 ضابطا، و4 من المجندين',
    'مقتل 37 رهينة ... وقتل 29 مهاجما'), each with a counted noun of its own: right after its number, declined as
    one ('-ا', '-ين', '-ون', '-ة'; after a number from 3 to 10 a plural of any form: '3 أسرى'; no kind word, no
    one in general, no 'آخرين'), or the group after 'من' ('4 من المجندين'). Two different nouns make a breakdown
    of the count by group, each of them a part."""
    nouns = []
    for count in claim.counts:
        k = count.end + 1
        word = norms[k] if k < len(norms) else ""
        if count.scope_type == GROUP and word == "من":
            nouns.append(_counted_noun(normalize(count.scope)))
            continue
        declined = word.endswith(("ا", "ين", "ون", "ه")) or 3 <= count.value <= 10
        plain = count.scope is None and len(word) > 2 and word.isalpha() and declined \
            and word not in rules.figures.part_of_after \
            and not kind_of(tokens[k], rules.figures) and word not in rules.generic_people and word not in rules.others \
            and word not in rules.prepositions and word not in rules.not_places and word not in rules.qualifier_starts \
            and word not in rules.place_nouns
        nouns.append(_counted_noun(word) if plain else None)
    claim.counts = [replace(count, noun=noun) for count, noun in zip(claim.counts, nouns)]
    for n in range(1, len(claim.counts)):
        before, count = claim.counts[n - 1], claim.counts[n]
        listed = any(t == "و" or (t.startswith("و") and len(t) > 1) for t in tokens[before.end + 1:count.start + 1])
        if before.kind == count.kind and listed and nouns[n - 1] and nouns[n] and nouns[n - 1] != nouns[n]:
            claim.counts[n - 1] = replace(before, scope=nouns[n - 1], scope_type=GROUP, listed=True)
            claim.counts[n] = replace(count, scope=nouns[n], scope_type=GROUP, listed=True)


def _counted_noun(word: str) -> str:
    """A counted noun however its number declines it: 'ضابطا', 'مجندين', 'سعوديين' -> 'ضابط', 'مجند', 'سعودي'."""
    word = nisba_base(word.removeprefix("ال"))
    for ending in ("ين", "ون", "ا"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-len(ending)]
    return word


def by_account(claims: list[Claim]) -> tuple[list[Claim], list[int]]:
    """Every claim, a sentence of several accounts as one claim per account; and for each, the index of its
    sentence's claim in `claims`."""
    out, rows = [], []
    for i, claim in enumerate(claims):
        parts = claim.parts()
        out += parts
        rows += [i] * len(parts)
    return out, rows


def _accounts(tokens: list[str], norms: list[str], rules: ClaimRules, first_count: int | None) -> list[Account]:
    """The accounts of a sentence that gives two sources' opposite stances, one after the other: cut before a
    contrast (`claims.contrast`, `claims.contrast_phrases`: 'فيما', 'بينما', 'في حين') that a verb of saying,
    denying or claiming follows within `claims.account_window` words ('، فيما نفى مسؤول أمريكي ذلك'; 'بينما قال رئيس
    البلدية إن الضربة لم توقع أي قتلى'); each part read alone for its stance and source. Empty when the parts
    agree (an account and its elaboration), a part after a cut names no source of its own (the same speaker goes
    on) or the sentence has no such cut: the sentence's own claim stands. `first_count`: the token of the sentence's
    first count, if any."""
    cuts = []
    earlier = {k for phrase in rules.earlier for k in phrase_matches(norms, phrase)}   # 'في وقت سابق'
    for phrase in rules.account_openers:
        width = len(phrase.split())
        for k in phrase_matches(norms, phrase):
            after = norms[k + width:k + width + rules.account_window]
            if k and k not in earlier and any(_speech_word(word, rules) for word in after):
                cuts.append(k)
    # a verb of denial joined by 'و' after a count opens another account ('إن 284 شخصا تأكد مقتلهم ... ونفت
    # الشركة وقوع أي إهمال': the company denies negligence, not the deaths it counts)
    cuts += [k for k, norm in enumerate(norms) if first_count is not None and first_count < k and norm[:1] == "و"
             and norm[1:] in rules.denial_words and not (k and norms[k - 1] in rules.negations)]
    if not cuts:
        return []
    bounds = [0, *sorted(set(cuts)), len(tokens)]
    if any(hi - lo < rules.account_min_words for lo, hi in zip(bounds, bounds[1:])):
        return []
    parts = []
    for lo, hi in zip(bounds, bounds[1:]):
        part_tokens, part = tokens[lo:hi], Words(norms[lo:hi])
        stance = _stance(part, f" {' '.join(part)} ", rules)
        if stance == ASSERTS and _negated_speech(part_tokens, part, rules, subject=lo > 0) \
                and not any(rules.figures.numbers.numbers(part_tokens)):
            stance = DENIES
        who = (_denier(part_tokens, part, rules) if stance == DENIES else None) or _who(part_tokens, part, rules)
        parts.append(Account(stance, who, lo, hi))
    if any(p.who is None for p in parts[1:]):
        return []               # 'حذر نتنياهو إيران ...، بينما أكد أنه لن يسمح': the same speaker goes on
    return parts if len({_STANCE_GROUP[p.stance] for p in parts}) > 1 else []


def _speech_word(norm: str, rules: ClaimRules) -> bool:
    """A verb of saying, denying or claiming (with a conjunction on it or not)."""
    forms = {norm, norm[1:] if norm[:1] in "وف" else norm}
    return bool(forms & rules.verbs) or any(p.split()[0] in forms for p in (*rules.denials, *rules.claim_markers))


def _recalled_counts(claim: Claim, tokens: list[str], norms: list[str], rules: ClaimRules) -> list[Count]:
    """The counts marked with the values a running count reached (after 'إلى'), and those the sentence
    recalls as earlier values:
    - those an `earlier` phrase governs: the counts after it, up to a contrast or a new update ('وكانت
      الوزارة أعلنت مقتل 39'), or, with none after it in its clause, the nearest before it ('مقتل 39 في
      حصيلة سابقة'), for a phrase naming the toll also in the clause before ('14 بين قتيل وجريح، كحصيلة أولية');
    - the first of 'من 25 إلى 42', and one right after a `figures.superseded` phrase ('253 بدلا من 359');
    - in a sentence that updates or corrects a count to a value after 'إلى' ('تراجع عدد الوفيات إلى 19 بعد
      الإعلان عن 32'), the other values of that kind and scope after it or in its clause (not another
      party's, after a contrast)."""
    counts = claim.counts
    if not counts:
        return counts
    contrasts = [k for k, norm in enumerate(norms) if norm in rules.contrast]
    stops = {k for p in (*rules.updates, *rules.corrections) for k in phrase_matches(norms, p)   # a new update
             if k and (tokens[k - 1][-1:] in CLAUSE_END or norms[k][:1] == "و" != p[:1])} | set(contrasts)
    # ('، وارتفعت', not the 'و' of 'وصلت': 'وكان التلفزيون أعلن أن الحصيلة وصلت إلى 200' recalls its 200)
    region = [sum(k > j for j in contrasts) for k in (c.start for c in counts)]   # another party's, after 'بينما'
    recalled: set[int] = set()
    for phrase in rules.earlier:
        for k in phrase_matches(norms, phrase):
            stop = min((j for j in stops if j > k), default=len(norms))
            after = [n for n, c in enumerate(counts) if k < c.start < stop]
            # (a phrase naming the toll also right after its count's clause: '14 بين قتيل وجريح، كحصيلة أولية')
            apposed = any(total in phrase for total in rules.figures.totals)
            before = [n for n, c in enumerate(counts)
                      if c.end < k and (c.clause[0] <= k < c.clause[1] or (apposed and k == c.clause[1]))]
            recalled.update(after or before[-1:])
    reached = {n for n, c in enumerate(counts) if _after_to(norms, c, rules)}
    for k in (k for p in rules.corrections for k in phrase_matches(norms, p)):
        before = [n for n, c in enumerate(counts) if c.end < k and c.clause[0] <= k <= c.clause[1]]
        if before and not any(c.start > k for c in counts):
            reached.add(before[-1])         # the value a correction after it gave ('60 شخصا فقط، مقللة بذلك ...')
    superseded = {n for n, c in enumerate(counts) if superseding(tokens, c.start, rules.figures)}
    for n in sorted(superseded):       # the value corrected counts what the count before it counts ('ثلاثة مواطنين
        before = [c for c in counts[:n] if c.kind == counts[n].kind]       # يابانيين ... وليس خمسة': Japanese)
        if before and counts[n].scope is None and before[-1].scope is not None:
            counts[n] = replace(counts[n], scope=before[-1].scope, scope_type=before[-1].scope_type)
    # ('بلغ 37 وليس 18 كما صرحت الحكومة': the value another party gives, which the sentence rebuts, is its side)
    rebutted = {n for n in superseded if counts[n].who and all(
        counts[n].who != c.who for m, c in enumerate(counts) if m not in superseded and c.kind == counts[n].kind)}
    superseded -= rebutted
    if superseded:                               # 'بلغت 253، بدلا من 359 التي سبق أن أعلنت': 253 is the new value
        recalled |= superseded
        reached |= {n for n, c in enumerate(counts) if n not in superseded
                    and any(counts[m].kind == c.kind for m in superseded)}
    targets = [n for n in sorted(reached) if n not in recalled]
    for n, c in enumerate(counts):
        if n in recalled:
            continue
        if norms[c.start - 1:c.start] == ["من"] and any(counts[t].kind == c.kind and counts[t].start > c.start
                                                       for t in targets):
            recalled.add(n)                                            # 'من 25 قتيلا إلى 42 قتيلا'
        elif (claim.update or claim.correction) and n not in targets and any(
                (counts[t].kind, counts[t].scope, region[t]) == (c.kind, c.scope, region[n])
                and (c.start > counts[t].start or c.clause == counts[t].clause) for t in targets):
            recalled.add(n)     # (not the parts listed before a total: '38044 في تركيا و3688 في سوريا، لتصل
            #                     الحصيلة الإجمالية إلى 41732')
    return [replace(c, earlier=n in recalled, reached=n in reached) for n, c in enumerate(counts)]


def _after_to(norms: list[str], count: Count, rules: ClaimRules) -> bool:
    """The count is the value a running count reached: right after 'إلى', or a qualifier after it ('إلى
    أكثر من 2000')."""
    lo = max(count.clause[0], count.start - rules.qualifier_window - 1)
    return TO in norms[lo:count.start]


def _measures(tokens: list[str], norms: list[str], rules: ClaimRules) -> list[Measure]:
    """Each number followed by a unit of measure (`claims.measure_units`: 'درجات') with a word of a measure
    in its clause ('بقوة', 'ريختر')."""
    found = []
    reader = rules.figures.numbers
    for k in range(len(tokens) - 1):
        value = reader.value(reader.glued_digits(tokens[k]))
        if value is None or norms[k + 1] not in rules.measure_units:
            continue
        span = _clause(tokens, k)
        clause = set(norms[slice(*span)])
        kind = next((name for name, words in rules.measures.items() if words & clause), None)
        if kind:       # the event of its own clause first ('الزلزال الرئيسي بقوة 7.7، تلاه زلزال ارتدادي بقوة 6.4')
            found.append(Measure(kind, value, _event(norms, k, rules, span), _who(tokens, norms, rules),
                                 _year(tokens, norms, span, span, rules, k)))
    return found


def _clause(tokens: list[str], k: int) -> tuple[int, int]:
    """The token span of the clause word k is in: from after the last comma or stop before it to the next."""
    lo = k
    while lo > 0 and tokens[lo - 1][-1:] not in CLAUSE_END:
        lo -= 1
    hi = k
    while hi < len(tokens) - 1 and tokens[hi][-1:] not in CLAUSE_END:
        hi += 1
    return lo, hi + 1


def _count_who(tokens: list[str], norms: list[str], spans: list[CountSpan], n: int, rules: ClaimRules) -> str | None:
    """The source one of several counts of a sentence names: after it in its own clause, then in the clauses
    up to the next count's ('1,28 مليون شخص، الثلثاء، ... بحسب وزارة الداخلية، و3,5 مليون وفقا للنقابات'),
    then before it in its own clause ('بحسب المرصد ... إلى نحو 5,300 قتيل'), then in the clauses after the
    previous count's. A count listed after another without a kind word of its own takes a source only
    from its own clause."""
    span = spans[n]
    own_lo, own_hi = _clause(tokens, span.start)
    prev_end = spans[n - 1].end + 1 if n else 0
    next_start = spans[n + 1].start if n + 1 < len(spans) else len(tokens)
    next_clause = _clause(tokens, next_start)[0] if n + 1 < len(spans) else len(tokens)
    next_clause = next(iter(_contrast_opens(tokens, norms, own_hi, next_clause, rules)),
                       next_clause)                                    # '، بينما نقلت وكالة تاس': the next's
    prev_clause = _clause(tokens, spans[n - 1].end)[1] if n else 0
    # (its own words end at a contrast, comma or not: '67 شخصا قتلوا بينما أعلنت حركة الشباب ... 137': not its source)
    own_end = next((k for k in range(span.end + 1, min(own_hi, next_start)) if norms[k] in rules.contrast),
                   min(own_hi, next_start))
    regions = ((span.end + 1, own_end), (own_hi, next_clause),
               (max(own_lo, prev_end), span.start), (prev_clause, own_lo))
    if span.listed:            # 'مصرع 32 مواطنا و91 آخرين ...، حيث أوضح المتحدث': only a source in its own words,
        # or one a contrast sets against the count before ('300 ألف ...، فيما قدرت المنظمة ... عدد المشاركين بـ1,1 مليون')
        contrast = _contrast_opens(tokens, norms, prev_clause, own_lo, rules)
        regions = (regions[0], regions[2]) + (((contrast[-1], own_lo),) if contrast else ())
    elif norms[0] in rules.contrast:   # 'فبينما أعلنت الوزارة أن عدد القتلى 16 ...، أكدت مصادر أمنية أن ... 58':
        regions = (regions[0], regions[2], regions[3], regions[1])   # what follows sets another source against it
    for lo, hi in regions:
        if lo < hi and (who := _who(tokens[lo:hi], norms[lo:hi], rules)):
            # one word with a pronoun ('بحسب مصادره': its sources) points back to the sentence's own source
            return None if " " not in who.strip() and who.strip().endswith(("ه", "ها", "هم")) else who
    return None


def _contrasted_who(tokens: list[str], norms: list[str], span: CountSpan, rules: ClaimRules) -> str | None:
    """The source a clause opening with a contrast names before the sentence's only count ('قالت الشرطة إن ...،
    فيما أشار المنظمون، في نهاية التظاهرة، إلى أن عدد المتظاهرين بلغ 1.3 مليون'): that count's, not the
    sentence's first source's."""
    opens = _contrast_opens(tokens, norms, 0, span.start, rules)
    return _who(tokens[opens[-1]:span.start], norms[opens[-1]:span.start], rules) if opens else None


def _contrast_opens(tokens: list[str], norms: list[str], lo: int, hi: int, rules: ClaimRules) -> list[int]:
    """Where a clause from lo to hi opens with a contrast ('، فيما', '، بينما', '، في حين'; not 'في وقت سابق'):
    another source set against the one before."""
    earlier = {k for phrase in rules.earlier for k in phrase_matches(norms, phrase)}
    opens = {k for phrase in rules.account_openers for k in phrase_matches(norms, phrase) if k not in earlier}
    return [k for k in range(max(lo, 1), hi) if k in opens and tokens[k - 1][-1:] in CLAUSE_END]


def _in_clause(tokens: list[str], k: int, span: CountSpan) -> bool:
    """Word k is in the clause of the count (no comma or stop between them): 'الحصيلة النهائية بلغت 50'
    gives a final count, '21 ألفا، وسط توقعات بارتفاع الحصيلة النهائية' does not."""
    lo, hi = min(k, span.start), max(k, span.end)
    return not any(t[-1:] in "،,.;؛" for t in tokens[lo:hi])


def _stance(norms: list[str], padded: str, rules: ClaimRules, refuted: int | None = None) -> str:
    """The sentence's stance; a claim it refutes ('مكذبا بذلك مزاعم ...', at `refuted`) is not its own."""
    for phrase in rules.denials:
        for k in phrase_matches(norms, phrase):
            if not (k and norms[k - 1] in rules.negations):          # 'لم ينف' does not deny
                return DENIES
    if any(_has(padded, p) for p in rules.unconfirmed):
        return UNCONFIRMED
    if any(k != refuted and (p not in rules.claim_markers_before_that
                             or rules.complementizers & set(norms[k + 1:k + 4]))       # ('يدعي أن', not 'يدعى عثمان')
           for p in rules.claim_markers for k in phrase_matches(norms, p)):
        return CLAIMS
    return ASSERTS


def denied_words(claim: Claim, rules: ClaimRules, window: int) -> list[str] | None:
    """The words a denial governs, what it says did not happen (FactBank's event of a negative source
    factuality, Saurí & Pustejovsky 2009): the first `window` words of its clause after a verb of denial (after
    'أن' when one comes), its denier, the statement it made and stopwords aside ('نفت روسيا ودمشق استخدام أسلحة
    كيميائية': 'استخدام أسلحة كيميائية'); of a denying predicate's clause, the words before it ('هذه المعلومات
    عارية عن الصحة'); after a source's negation ('قالت إنها لا تنفذ ضربات'). None when the claim denies nothing,
    or points back ('نفى ذلك', `claims.anaphors`): its antecedent says what."""
    if claim.stance != DENIES:
        return None
    lo, hi = claim.span or (0, len(claim.norms))
    tokens, norms = claim.tokens[lo:hi], claim.norms[lo:hi]
    ends = [k for k, t in enumerate(tokens) if t.rstrip()[-1:] in CLAUSE_END or t in CLAUSE_END]

    def clause_end(start: int) -> int:
        return next((k for k in ends if k >= start), len(tokens) - 1) + 1

    where = None
    for phrase in rules.denials:
        for k in phrase_matches(norms, phrase):
            if k and norms[k - 1] in rules.negations:
                continue
            width = len(phrase.split())
            first = norms[k][1:] if norms[k][:1] in "وف" else norms[k]
            if rules.verbs & {norms[k], first}:                  # 'نفى', 'ينفي': what follows, after 'أن' if
                start = k + width                                # one comes ('نفى البرهان، أن يكون حمدوك محتجزا')
                that = next((j for j in range(start, min(start + window + rules.who_max_words, len(norms)))
                             if norms[j] in rules.complementizers), None)
                if that is not None and _denied_before_clause(start, that, ends):
                    that = None                                  # 'نفى الجيش مسؤوليته عن الهجوم، قائلا إن ...'
                start = start if that is None else that + 1
                where = range(start, clause_end(start))
            elif _governs(phrase, norms, k + width):             # 'عدم صحة ما يتم تداوله', 'لا صحة لما تردد عن'
                start = k + width + (norms[k + width] == normalize("لما"))
                where = range(start, clause_end(start))
            else:                                                # 'غير صحيح', 'لا صحة': its clause before it
                where = range(k - 1, max([e for e in ends if e < k], default=-1), -1)
            break
        if where is not None:
            break
    if where is None and (at := _negation_at(tokens, norms, rules, subject=lo > 0)) is not None:
        where = range(at + 1, clause_end(at + 1))
    if where is None:
        return None
    if rules.anaphors & {norms[k] for k in where} and not any(c.start - lo in where for c in claim.counts):
        return None             # (not when the count it denies is there: 'التقارير التي تحدثت عن سقوط 70 قتيلا')
    aside = set(normalize(claim.who).split()) if claim.who else set()
    def said(where: range) -> list[str]:                 # (not when it was denied: 'نفى المجلس اليوم ، الاثنين،')
        return [tokens[k] for k in where
                if norms[k] not in aside and norms[k] not in rules.ends_after_in and not rules.verbs & {norms[k]}
                and norms[k] not in rules.manner_words and content_terms(norms[k]) and not day_word(tokens[k])
                and not (k + 1 < len(tokens) and time_of_day(tokens[k], tokens[k + 1]))]
    words = said(where)
    for _ in range(2):               # a clause of its denier and day alone: what is denied is in the next clause
        if words or where.step < 0 or where.stop >= len(tokens):
            break
        where = range(where.stop, clause_end(where.stop))
        words = said(where)
    return words[:window] if where.step > 0 else words[:window][::-1]


_PRONOUNS_AFTER_L = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما", "لهن"))


def _governs(phrase: str, norms: list[str], after: int) -> bool:
    """A denying predicate that takes what it denies after it: a noun of negation in construct ('عدم صحة ما
    يتم تداوله'), or one followed by 'ل' and its object ('لا صحة لما تردد', 'لا صحة للأنباء'; not 'لا صحة لها',
    which points back to what came before)."""
    if phrase.split()[0] == normalize("عدم"):
        return True
    return after < len(norms) and norms[after].startswith("ل") and len(norms[after]) > 2 \
        and norms[after] not in _PRONOUNS_AFTER_L


def denied_counts(claim: Claim, rules: ClaimRules, window: int) -> list[Count]:
    """The counts a denial denies: those whose number is among the words it governs ('لا صحة لما تردد عن مصرع 10
    أشخاص', 'ونفت الوزارة مقتل 20 جنديا')."""
    words = denied_words(claim, rules, window)
    if not words:
        return []
    return [k for k in claim.counts if claim.tokens[k.start] in words]


def _denied_before_clause(start: int, that: int, ends: list[int]) -> bool:
    """A clause ends between a verb of denial and a later 'أن', and a new clause opens before that 'أن' ('نفى الجيش
    مسؤوليته عن الهجوم، قائلا إن ...'): the denial governs the words before the comma, and 'أن' opens what the
    denier says instead; with 'أن' right after the comma ('نفى البرهان، أن يكون حمدوك محتجزا') what follows it is
    denied."""
    return any(start <= k < that - 1 for k in ends)


def _negated_speech(tokens: list[str], norms: list[str], rules: ClaimRules, subject: bool = False) -> bool:
    return _negation_at(tokens, norms, rules, subject) is not None


def _negation_at(tokens: list[str], norms: list[str], rules: ClaimRules, subject: bool = False) -> int | None:
    """What a source says opens with a negation (`claims.speech_negations`): after 'إن', 'أنه' or a colon, past
    at most one pronoun or, with `subject` (an account set against another's), after 'إن' one definite noun ('قال
    نتنياهو إنه ليس هناك أي إصابات', '، بينما قال رئيس البلدية إن الضربة لم توقع أي قتلى', 'وقال المتحدث: "نحن لم نفض
    الاعتصام بالقوة"'), or 'عدم' right after a verb of saying ('مؤكدا عدم وقوع إصابات'): a denial, when the
    sentence gives no number (a negation beside a number qualifies it: 'لم يتم التعرف إلا على 12')."""
    for k, norm in enumerate(norms[:-1]):
        bare = norm[1:] if norm[:1] in "وف" else norm
        if norms[k + 1] == "عدم":
            opens = bare in rules.verbs or bare in rules.participles          # 'أكد عدم', 'مؤكدا عدم'
        else:
            opens = norm in rules.complementizers or (norm in rules.pronouns and norm[:1] in "اب") \
                or tokens[k].rstrip()[-1:] == ":"                             # 'إن', 'إنه', 'بأنه', ':'
        if not opens:
            continue
        at = k + 1 + (norms[k + 1] in rules.pronouns)
        if subject and norm in rules.complementizers and at < len(norms) - 2 and norms[at].startswith("ال") \
                and norms[at + 1] in rules.speech_negations:
            at += 1                                       # 'إن الضربة لم توقع أي قتلى': its subject first
        if at < len(norms) - 1 and norms[at] in rules.speech_negations and norms[at + 1] not in rules.still:
            return at                                     # (not 'لا يزال هناك': still)
    return None


def _source_before(norms: list[str], k: int, rules: ClaimRules) -> bool:
    """Word k follows a source phrase's word ('ونفى قاسمي وفقا لما نقلته الوكالة': whom the denial is according to)."""
    return k > 0 and any(norms[k - 1] in p.split() for p in rules.sources)


def _refuted_claim(norms: list[str], rules: ClaimRules) -> int | None:
    """Where a sentence names a claim it refutes: a word of refuting (`claims.refuting`: 'مكذبا', 'ردا على'), then
    within `claims.refuted_gap` words a claim's noun (`claims.refuted_objects`: 'مزاعم', 'رواية'); or a word of
    refuting or of denial, then within the gap what a party said ('وهذا نفي قاطع لما صرح به الرئيس', 'ونفت الوزارة ما
    أوردته الوكالة': 'لما', 'ما' and a verb of saying, `_past_relative`)."""
    for phrases, nouns in ((rules.refuting, True), (rules.denials, False)):
        for phrase in phrases:
            for k in phrase_matches(norms, phrase):
                end = k + len(phrase.split())
                found = next((j for j in range(end, min(end + rules.refuted_gap + 1, len(norms)))
                              if nouns and norms[j].removeprefix("ال") in rules.refuted_objects   # ('المزاعم')
                              or _past_relative(norms, j, rules) > j and not _source_before(norms, j, rules)),
                             None)
                if found is not None:
                    return found
    return None


def _denier(tokens: list[str], norms: list[str], rules: ClaimRules) -> str | None:
    """Who denies, when a verb of denial names its subject ('في الوقت الذي أعلن الجيش الجزائري إسقاط طائرة، نفى
    الجيش المالي هذه الرواية': the Malian army denies, the Algerian one announced what is denied), past what is
    denied when it comes first (`claims.denied_objects`: 'وهو تصريح نفى صحته مسؤولون من أرمينيا')."""
    times = {k for phrase in rules.earlier for k in phrase_matches(norms, phrase)}
    for phrase in rules.denials:
        for k in phrase_matches(norms, phrase):
            verb = norms[k][1:] if norms[k][:1] in "وف" else norms[k]
            start = k + 1 + (k + 1 < len(norms) and norms[k + 1] in rules.denied_objects)   # 'نفى صحته مسؤولون'
            if not (k and norms[k - 1] in rules.negations) and rules.verbs & {norms[k], verb}:
                # a present tense after its subject, as headlines write it ('مظلوم عبدي ينفي اتهامات بتورط قواته')
                before = _subject_before_verb(tokens, norms, k, rules) if k and verb[:1] in "يت" else None
                # (as written: a 'و' opening it may be the conjunction or the name's own letter, 'وزارة الصحة تنفي')
                if who := before or _who_after(tokens, norms, start, times, rules):
                    return who
    return None


def _who(tokens: list[str], norms: list[str], rules: ClaimRules) -> str | None:
    """The source a sentence names: the words after a verb of saying or a source preposition, up to
    what was said ('إن', 'أن', a colon or comma) and at most `who_max_words` words; where none follow a
    verb with no conjunction on it, its subject written before it ('وكانت وزارة الصحة قد أعلنت مقتل 13')."""
    starts = []
    for k, norm in enumerate(norms):
        verb = norm if norm in rules.verbs else norm[1:] if norm[:1] in "وف" and norm[1:] in rules.verbs else None
        if verb and (verb not in rules.verbs_with_from or _from_after(norms, k + 1, rules)):
            starts.append(k + 1)         # ('طائرة نقل تابعة': 'نقل' reports only 'نقل ... عن')
        elif k and norms[k - 1] in rules.reports \
                and any(norm.endswith(p) and norm[:-len(p)] in rules.verbs for p in rules.object_pronouns):
            starts.append(k + 1)         # a report's source after its verb ('حصيلة أعلنتها وزارة الداخلية')
    for phrase in rules.sources:
        starts += [k + len(phrase.split()) for k in phrase_matches(norms, phrase)]
    times = {k for phrase in rules.earlier for k in phrase_matches(norms, phrase)}   # 'أشارت بوقت سابق إلى'
    for start in sorted(starts):
        who = _who_after(tokens, norms, start, times, rules)
        if who is None and norms[start - 1] in rules.verbs:
            who = _subject_before_verb(tokens, norms, start - 1, rules)
        if who:
            return who
    return None


def _who_after(tokens: list[str], norms: list[str], start: int, times: set[int], rules: ClaimRules) -> str | None:
    """The words after a verb of saying or a source preposition that name the source (Arabic's usual
    verb-subject order)."""
    start = _past_relative(norms, start, rules)   # 'وفقا لما نقلته وسائل إعلام': after the verb
    if start < len(norms) and (norms[start] in rules.verbs or norms[start][1:] in rules.verbs):
        return None                              # 'بحسب ما أعلنت وزارة الإعلام': the verb's own start follows
    if start >= len(tokens) or tokens[start - 1].rstrip()[-1:] == ":" or _quoted_speech(tokens, start, rules):
        return None                              # 'وقال: «...»': what was said, the speaker named before
    picked = []
    for k in range(start, min(start + rules.who_max_words, len(tokens))):
        word = tokens[k].strip(PUNCTUATION)
        if not norms[k] or norms[k] in rules.who_ends or k in times or any(ch.isdigit() for ch in norms[k]) \
                or {norms[k], norms[k][1:] if norms[k][:1] == "و" else ""} & rules.qualifier_starts \
                or kind_of(tokens[k], rules.figures) or (picked and _addressee(norms[k], rules)) \
                or (norms[k] == "في" and k + 1 < len(norms) and norms[k + 1] in rules.ends_after_in) \
                or (picked and _quoted_speech(tokens, k, rules)) \
                or (picked and _verbal_noun(norms[k], after_definite=norms[k - 1].startswith("ال"))):
            break                                # 'وأضاف البيان “نؤكد أن ...'; 'أعلن المستشفى الإسرائيلي استقبال'
        if not picked and word.startswith("لل"):
            word = "ال" + word[2:]               # 'وفقا للنقابات'
        elif not picked and k == start and start and norms[start - 1] in rules.to_sources and word[:1] == "ل":
            word = word[1:].lstrip("ـ")          # 'وفقا لمصادر متطابقة'
        picked.append(word)
        if tokens[k].rstrip()[-1:] in "،,:.؛;":
            break
    while picked and normalize(picked[-1]) in rules.who_trailing:
        picked.pop()                             # 'كشف المرصد عن سقوط': no source ends with 'عن'
    while picked and normalize(picked[0]) in rules.who_leading:
        picked.pop(0)                            # 'أعلنت عنها وزارة الصحة'
    if len(picked) > 2 and normalize(picked[0]) in rules.relatives:
        picked = picked[2:]                      # 'ووفقا لما نشره موقع صحيفة هآرتس': the relative verb's subject
    if picked and normalize(picked[0]) in rules.not_sources:
        return None                              # 'وفق حصيلة جديدة أعلنتها': a toll, no party
    return " ".join(picked) or None


_VERBAL_NOUN = re.compile(r"^(?:است\w\wا\w|ا\wت\wا\w|الت\w\w\w)$")     # forms X and VIII; V with the article
_VERBAL_NOUN_II = re.compile(r"^ت\w\wي\w$")                       # form II, also a name's shape ('توفيق')


def _verbal_noun(norm: str, after_definite: bool) -> bool:
    """A verbal noun after a source's first word: what it announced or denied begins ('نفت دمشق استخدام أسلحة
    كيميائية', 'فيما ينفي دميرطاش ارتكاب خطأ', 'نفى المسلحون التوصل إلى اتفاق'): forms X and VIII without the
    article, V with it; form II ('تحرير') only after a definite word ('أعلن الجيش الإسرائيلي تحرير 4'), as
    names have its shape (a name may so end early: 'الوزير توفيق', a source cut short, never one run on into
    what was said)."""
    return bool(_VERBAL_NOUN.match(norm) or after_definite and _VERBAL_NOUN_II.match(norm))


_SUBJECT_BOUNDARY = "،,:.؛;!?؟«»\"-_/|"   # a mark between a subject and what comes before it


def _subject_before_verb(tokens: list[str], norms: list[str], verb: int, rules: ClaimRules) -> str | None:
    """The speaker written before its verb (Arabic's subject-verb order: 'وكانت وزارة الصحة قد أعلنت مقتل 13',
    'إلا أن الوزارة أعلنت', 'بيان الداخلية أكد'): the words back from the verb (past 'قد') to the start of
    the sentence, a clause opener (`claims.clause_openers`: 'وكانت', 'إلا أن', 'فيما') or a punctuation mark,
    when they are a whole noun phrase of at most `who_max_words` words: no number, no kind word, no verb of
    saying, and not a count's own words ('وكانت حصيلة سابقة أعلنت': no party)."""
    end = verb
    while end > 0 and norms[end - 1] in rules.before_verb:
        end -= 1
    start = end
    while start > 0 and norms[start - 1] not in rules.clause_openers and norms[start - 1] not in rules.complementizers \
            and tokens[start - 1].rstrip()[-1:] not in _SUBJECT_BOUNDARY:
        norm = norms[start - 1]
        bare = norm[1:] if norm[:1] in "وف" else norm      # ('وبدورها', 'وفي آخر إحصائية')
        if end - start >= rules.who_max_words or not norm or any(ch.isdigit() for ch in norm) \
                or any(ch in _SUBJECT_BOUNDARY for ch in tokens[start - 1].rstrip()[:-1]) \
                or norm in rules.not_subject or bare in rules.not_subject \
                or kind_of(tokens[start - 1], rules.figures):     # ('بحسب ما أعلنت', 'الهجوم الذي قالت')
            return None
        start -= 1
    words = [tokens[k].strip(PUNCTUATION) for k in range(start, end)]
    first = normalize(words[0]) if words else ""
    if not words or {first, first[1:]} & (rules.not_sources | rules.who_leading) \
            or normalize(words[-1]) in rules.who_trailing:
        return None
    return " ".join(words)


def _from_after(norms: list[str], start: int, rules: ClaimRules) -> bool:
    """'عن' or what was said ('أن') soon after the verb: 'نقلت رويترز عن مسؤولين', 'نقلت الوكالة أن'."""
    return any(n == "عن" or n in rules.complementizers for n in norms[start:start + rules.who_max_words + 3])


def _quoted_speech(tokens: list[str], start: int, rules: ClaimRules) -> bool:
    """A quotation opens right after the verb and runs on past the words a source has ('وقال «الحريري»،' is a
    name quoted; 'وقال «سنقدّم الأدلّة على ...»' is what was said)."""
    if tokens[start][:1] not in QUOTES:
        return False
    ends = [k for k in range(start, min(start + rules.quoted_name_words, len(tokens)))
            if any(q in tokens[k][1 if k == start else 0:] for q in QUOTES)]
    return not ends


def _past_relative(norms: list[str], start: int, rules: ClaimRules) -> int:
    """Past 'ما' and the verb of a relative clause, to its subject: 'وفقا لما نقلته وسائل إعلام', 'حسب ما
    ذكرته الوكالة', 'كما أفاد مشير بشير'."""
    if start < len(norms) and norms[start] in rules.relatives and start + 1 < len(norms):
        verb = norms[start + 1]
        if verb in rules.verbs or any(verb.endswith(p) and verb[:-len(p)] in rules.verbs
                                      for p in rules.object_pronouns):
            return start + 2 + (start + 2 < len(norms) and norms[start + 2] in rules.apart_pronouns)
    return start


def _addressee(norm: str, rules: ClaimRules) -> bool:
    """'لوكالة فرانس برس', 'لوسائل إعلام', 'للصحفيين': whom the source spoke to, not the source ('ل' on a
    definite noun drops its alif: 'للصحفيين' is 'ل' + 'الصحفيين')."""
    rest = norm[1:]
    return norm[:1] == "ل" and (rest in rules.addressees or "ا" + rest in rules.addressees)


def _elapsed(norms: list[str], rules: ClaimRules) -> int:
    """Days into the story the sentence says it is: 'بعد ثلاثة أسابيع' (21), 'في يومها الرابع' (4)."""
    number_words = rules.figures.numbers.words
    for k in range(len(norms) - 2):
        if norms[k] == "بعد" and norms[k + 2] in rules.elapsed_units:
            n = float(norms[k + 1]) if norms[k + 1].isdigit() else number_words.get(norms[k + 1])
            if n:
                return int(n * rules.elapsed_units[norms[k + 2]])
        if norms[k + 1] in rules.elapsed_units and norms[k] == "بعد":
            return rules.elapsed_units[norms[k + 1]]              # 'بعد أسبوع'
    for k in range(len(norms) - 1):
        if norms[k].startswith(("يوم", "اليوم")) and norms[k] not in ("يوم", "اليوم") and norms[k + 1] in rules.ordinals:
            return rules.ordinals[norms[k + 1]]                   # 'يومها الرابع', 'يومه الثالث'
    return 0


def _qualifier(norms: list[str], start: int, end: int, rules: ClaimRules) -> str | None:
    window = rules.qualifier_window
    before = " " + " ".join(norms[max(start - window, 0):start]) + " "
    after = " " + " ".join(norms[end + 1:end + 1 + window]) + " "
    for name, phrases in rules.qualifiers.items():
        for phrase in phrases:
            if before.endswith(f" {phrase} ") or (len(phrase.split()) > 1 and f" {phrase} " in after):
                negated = before.endswith(tuple(f" {n} {phrase} " for n in rules.negations))
                return "up_to" if negated and name == "more_than" else name   # 'لم يتجاوز 46': at most 46
    return None


def _group_after(tokens: list[str], norms: list[str], end: int, rules: ClaimRules) -> str | None:
    """The group of a count 'N من X' ('أربعة من رجاله', 'عشرة من الجنود', '25 فردا من أفراد الجيش'), unless X is anyone
    ('من الأشخاص') or the kind itself ('من القتلى'); or of 'N X' with X a nisba ('30 بريطانيا') or one of
    `claims.part_groups` ('15 طفلا')."""
    if end + 1 < len(tokens) and _NISBA.match(norms[end + 1]) and not kind_of(tokens[end + 1], rules.figures) \
            and nisba_base(norms[end + 1])[:-1] not in rules.generic_people:
        return nisba_base(norms[end + 1])
    if end + 1 < len(tokens) and light_stem(norms[end + 1]) in rules.part_groups:
        return rules.part_groups[light_stem(norms[end + 1])]      # '15 طفلا', '5 أطفال': however declined
    if end + 2 < len(tokens) and kind_of(tokens[end + 1], rules.figures) and tokens[end + 1][-1:] not in CLAUSE_END:
        # after the kind's noun: 'N قتيلا من الأطفال', 'N جثة لأطفال', 'N قتيلا من المدنيين': that group's (a
        # qualifier between them aside: '35 قتيلا على الأقل من المدنيين')
        noun = end + 1 + _qualifier_after(norms, end + 1, rules)
        of = noun + 1 < len(tokens) and norms[noun + 1] == "من" and noun + 2 < len(tokens)
        after = (norms[noun + 2].removeprefix("ال") if of
                 else norms[noun + 1][1:] if noun + 1 < len(tokens) and norms[noun + 1][:1] == "ل" else "")
        if light_stem(after) in rules.part_groups:
            return rules.part_groups[light_stem(after)]
        if of and _NISBA.match(after) and not kind_of(tokens[noun + 2], rules.figures) \
                and nisba_base(after)[:-1] not in rules.generic_people:
            return nisba_base(after)                              # (not 'لبنانيا' read as 'ل' + 'بنانيا')
    at = end + 1                    # 'N من X', or after a counted noun for anyone: '25 فردا من أفراد الجيش'
    if at + 1 < len(tokens) and _anyone(norms[at], rules) and norms[at + 1] == "من":
        at += 1
    if at + 1 >= len(tokens) or norms[at] != "من":
        return None
    k = at + 1                      # 'من أفراد الجيش', 'من عناصر الجيش': the army's
    if _anyone(norms[k], rules) and not norms[k].startswith("ال") and k + 1 < len(tokens) \
            and tokens[k][-1:] not in CLAUSE_END:      # (a noun in construct: 'من المواطنين نتيجة الاختناق' is none)
        # the institution after it: 'من أفراد الجيش'; 'من أفراد هذه القوات'; 'من أفراد قوات الأمن' (the last noun)
        ahead = [j for j in range(k + 1, min(k + 4, len(tokens))) if tokens[j - 1][-1:] not in CLAUSE_END]
        definite = [j for j in ahead if norms[j].startswith("ال")]
        if definite and all(norms[j] in rules.demonstratives or not norms[j].startswith("ال")
                            for j in range(k + 1, definite[0])) and definite[0] - k <= 2:
            k = definite[0]
    if light_stem(norms[k]) in rules.part_groups and not norms[k].startswith("ال") and k + 1 < len(tokens) \
            and norms[k + 1].startswith("ال") \
            and not _NISBA.match(norms[k + 1]) and tokens[k][-1:] not in CLAUSE_END:
        k += 1                      # 'من رجال الشرطة': the police's (a noun in construct), not men
    word = norms[k]
    if not word or word[0].isdigit() or _anyone(word, rules) or kind_of(tokens[k], rules.figures) \
            or word in rules.figures.part_of or word in rules.figures.totals \
            or any(f"من {word}" == p for p in rules.figures.among):      # ('30 شخصا من بينهم', 'من إجمالي 18')
        return None
    return nisba_base(word.removeprefix("ال"))


def _qualifier_after(norms: list[str], k: int, rules: ClaimRules) -> int:
    """How many words after norms[k] a qualifier phrase of two words or more spans ('على الأقل'), else 0."""
    for phrases in rules.qualifiers.values():
        for phrase in phrases:
            n = len(phrase.split())
            if n > 1 and " ".join(norms[k + 1:k + 1 + n]) == phrase:
                return n
    return 0


def _anyone(norm: str, rules: ClaimRules) -> bool:
    """A counted noun for anyone ('أشخاص', 'فردا', 'عناصر'): `claims.generic_people`."""
    return norm in rules.generic_people or light_stem(norm) in rules.generic_people


def _of_a_kind(tokens: list[str], norms: list[str], end: int, rules: ClaimRules, own: str | None = None) -> bool:
    """'N من القتلى', 'N شخصا من الجرحى توفوا': a part of a count ('four of the injured arrived dead'), not the count
    (after a counted noun, only of the kind it is read as: 'إنقاذ 368 شخصا من المصابين والمرضى' are the rescued)."""
    noun = end + 1 < len(tokens) and _anyone(norms[end + 1], rules) and tokens[end + 1][-1:] not in CLAUSE_END
    end += noun
    if end + 2 >= len(tokens) or norms[end + 1] != "من":
        return False
    kind = kind_of(tokens[end + 2], rules.figures)
    return kind is not None and (not noun or kind == own)


def _composition(norms: list[str], group: str, rules: ClaimRules, end: int | None = None) -> bool:
    """The group is named after 'بينهم' / 'منهم' ('12 وفاة، بينهم أردنيون وأجانب'), or with another group
    ('65 ضحية بين عسكريين ومدنيين', or glued to 'و' after the count's own noun: '20 طالبا وجنديا'): who the count
    is made of, not a count of that group alone."""
    for k, norm in enumerate(norms):
        if group in norm and (any(w in rules.figures.part_of for w in norms[max(k - 2, 0):k])
                              or (k + 1 < len(norms) and norms[k + 1][:1] == "و" and _NISBA.match(norms[k + 1][1:]))
                              or (k and norm[:1] == "و" and (_NISBA.match(norms[k - 1])
                                                             or end is not None and k == end + 2))):
            return True
    return False


_NISBA = re.compile(r"^\w{3,}(?:يا|يين|يون)$")
_ARABIC_LETTER = re.compile("[\u0621-\u064A]")


def nisba_base(word: str) -> str:
    """'مصريين', 'مصريون', 'مصريا' -> 'مصري': one group however its count is declined."""
    for ending in ("يين", "يون", "يا"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-len(ending)] + "ي"
    return word


def _place(tokens: list[str], norms: list[str], span: CountSpan, lo: int, hi: int, rules: ClaimRules,
           several: bool) -> tuple[str | None, list[str]]:
    """The place a sentence marks as the part a count is of ('في درنة وحدها'; or one of several counts of
    the sentence, each with its place: '12 ألفا في تركيا و3 آلاف في سوريا'), and the places a place noun
    names beside it ('في مدينة درنة'), which are parts only when the story counts in several places.
    Only the words from `lo` to `hi` are the count's own (not those of the sentence's other counts); after the
    count, a place marked alone is in its clause ('بلغت 219، مشيرة إلى أن فالنسيا وحدها شهدت انتشال 211': the 219
    are the whole; before it, 'في فالنسيا وحدها، بلغ عدد القتلى 219' is Valencia's)."""
    own_end = next((j + 1 for j in range(span.end, hi) if tokens[j][-1:] in CLAUSE_END), hi)
    for k in range(lo, own_end):
        if _alone_at(tokens, norms, k, rules) and k > 0 and norms[k - 1]:
            # 'في درنة وحدها', 'في دار السلام وحدها'; a name in quotes is the place ('مدينة "أمتريس" سجلت وحدها
            # 221': the city, not its verb)
            opener = next((j for j in range(k - 2, max(k - 4, -1), -1) if _opens_place(norms[j], rules)), k - 2)
            quoted = [j for j in range(opener + 1, k) if tokens[j][:1] in QUOTES and norms[j]]
            return _name(norms[quoted[0] if quoted else k - 1]), []
    if several:                                                      # 'و3 آلاف في سوريا'
        k = span.end + 1          # past the count's own words: 'و11 آخرين في', '11 حالة وفاة في'
        while k < min(span.end + 4, hi) and (kind_of(tokens[k], rules.figures) or norms[k] in rules.others
                                             or norms[k] in rules.generic_people):
            k += 1
        if k < hi and norms[k][:1] in "بل" and norms[k][1:] in rules.place_nouns and k + 1 < len(norms) \
                and norms[k + 1] and not _another_place_noun(norms[k + 1], rules):
            return _name(norms[k + 1]), []                           # 'و980 بإقليم تارودانت'
        if k < hi and norms[k].startswith("بال") and len(norms[k]) > 4 and not kind_of(tokens[k], rules.figures) \
                and not _another_place_noun(norms[k], rules) and _event(norms[k:k + 1], 0, rules) is None:
            return _name(norms[k][1:]), []                           # 'و3 بالدار البيضاء'
        if k + 1 < hi and norms[k] in rules.prepositions and norms[k + 1] and norms[k + 1] not in rules.not_places and \
                norms[k + 1] not in rules.demonstratives and \
                not kind_of(tokens[k + 1], rules.figures) and not norms[k + 1][0].isdigit() and \
                _event(norms[k + 1:k + 2], 0, rules) is None and \
                not (k + 2 < len(tokens) and kind_of(tokens[k + 2], rules.figures)):    # 'في عداد المفقودين'
            if norms[k + 1] in rules.place_nouns and k + 2 < len(norms) and norms[k + 2]:
                return _name(norms[k + 2]), []                       # 'و452 في إقليم تارودانت'
            return _name(norms[k + 1]), []
    named = []
    for k in range(lo, hi - 1):
        word = norms[k][1:] if norms[k][:1] in "وفلب" and norms[k][1:] in rules.place_nouns else norms[k]
        after = norms[k + 1]
        if word in rules.place_nouns and after and not after[0].isdigit() and after not in rules.prepositions \
                and after not in rules.not_places and not _another_place_noun(after, rules) \
                and tokens[k][-1:] not in CLAUSE_END:               # ('في 49 قرية، وقتل': no name past a comma)
            named.append(_name(after))                               # 'في مدينة درنة'
    return None, list(dict.fromkeys(named))


def _another_place_noun(word: str, rules: ClaimRules) -> bool:
    """A word after a place noun that names no place: a word of `not_places` with a preposition glued on ('عدة مدن
    بالبلاد': the whole country), or another place noun after 'و' ('بأقاليم وعمالات الحوز', a plural of one of them)."""
    bare = word[1:] if word[:1] in "وبل" else word
    return bare in rules.not_places or word[:1] == "و" and (
        bare in rules.place_nouns or bare.endswith("ات") and bare[:-2] + "ه" in rules.place_nouns)


def _alone_at(tokens: list[str], norms: list[str], k: int, rules: ClaimRules) -> bool:
    """Word k is 'وحدها' / 'وحده' after a place ('في درنة وحدها'), not 'وحدة' ('في وحدة العناية المركزة': a
    unit, spelled alike once normalized), nor after a verb ('حيث سجلت وحدها 43': its subject is alone, named
    before): the word before it, or the two words of a name ('في دار السلام وحدها'), follow a preposition or a
    place noun ('في ولاية كونار وحدها')."""
    if not (norms[k] in rules.alone and not tokens[k].strip(PUNCTUATION).endswith("ة")
            and k > 1 and norms[k - 1] not in rules.prepositions):
        return False
    return any(_opens_place(word, rules) for word in norms[max(k - 3, 0):k - 1])


def _opens_place(word: str, rules: ClaimRules) -> bool:
    """A preposition or a place noun (with 'و' or 'ف' on it or not): what a place's name follows."""
    return word in rules.place_openers or (word[:1] in "وف" and word[1:] in rules.place_openers)


def _nisba_of(word: str, place: str) -> bool:
    """'التركية', 'التركي' are adjectives of 'تركيا'; 'السورية' of 'سوريا'."""
    stem = word.removeprefix("ال")
    for ending in ("يه", "ي"):
        if stem.endswith(ending):
            stem = stem[:-len(ending)]
            break
    else:
        return False
    return len(stem) > 2 and place.removeprefix("ال").removesuffix("يا").removesuffix("ا") == stem


def _name(word: str) -> str:
    """A place word as its opener (a preposition, a place noun, 'وحدها' after it) leaves it, which glues nothing
    to it ('في بغداد': بغداد, not غداد; 'في وهران'), without a place glued after a dash ('الدويلعة-دمشق')."""
    return re.split(r"[-–—\s]", word)[0] or word


def _readings(word: str) -> frozenset[str]:
    """The places a word of running text may name: as written, and without a glued 'و' / 'ب' ('وبغداد',
    'ببغداد': بغداد); which one it is, the places the story names decide."""
    word = _name(word)
    found = {word}
    if word[:1] in "وب" and len(word) > 3:
        found.add(word[1:])
        if word[1:2] in "وب" and len(word) > 4:
            found.add(word[2:])
    return frozenset(found)


def _starts(word: str, prefix: str) -> bool:
    """The word starts with a trigger's prefix (normalized); a prefix ending in $ is the whole word ('الحر$':
    the heat, not 'الحرس', the guard, nor 'الحرب', the war)."""
    return word == prefix[:-1] if prefix.endswith("$") else word.startswith(prefix)


def _event(norms: list[str], at: int, rules: ClaimRules, clause: tuple[int, int] | None = None) -> str | None:
    """The type of the event trigger nearest to the count (ACE: the word that names the event), one in the
    count's own clause first, never a word a place noun names ('بمدينة سيول': Seoul, not floods); a trigger
    that names another event of its type (`claims.new_event`: 'حرائق جديدة') not for the counts before its
    clause ('مودية بحياة 37 شخصا، على الرغم من اندلاع حرائق جديدة': the new fires of the next clause are not
    what the 37 died in). In its clause, a trigger a toll noun governs comes first (`claims.toll_heads`: 'حصيلة
    زلزال', 'ضحايا حريق'): the noun says whose toll the count is."""
    best: tuple[tuple[bool, bool, int, int], str] | None = None
    # after a word for any event and a relative pronoun after it, a trigger describes that event's target
    generic = next((k for k in range(at + 1, len(norms)) if norms[k] in rules.generic_events), None)
    described = next((k for k in range(generic + 1, len(norms)) if norms[k] in rules.relative_pronouns), None) \
        if generic is not None else None
    for name, phrases in rules.events.items():
        for phrase in phrases:
            parts = phrase.split()
            last = len(norms) - len(parts)
            first = parts[0].rstrip("$")
            candidates = (norms.starts.get(first[:2], ()) if isinstance(norms, Words) and len(first) >= 2
                          else range(last + 1))
            for k in candidates:
                if k > last:
                    break
                head = norms[k] if norms[k].startswith(first) else \
                    norms.stems[k] if isinstance(norms, Words) else light_stem(norms[k])
                if _starts(head, parts[0]) and all(_starts(norms[k + j], p) or _starts(norms[k + j][2:], p)
                                                   and norms[k + j].startswith("ال")
                                                   for j, p in enumerate(parts[1:], 1)):
                    # (a trigger's adjective agrees with its noun: 'القصف الجوي' is 'قصف جوي', an air strike)
                    if described is not None and k > described:
                        continue        # ('في هجوم أنقرة ... الذي استهدف مناوئين للحرب')
                    if k in getattr(norms, "names", ()):
                        continue        # a name quoted: 'العبارة "سيول"' (the ship), not floods
                    before = norms[k - 1] if k else ""
                    if len(parts) == 1 and parts[0].endswith("$") and norms[k].startswith("ال") \
                            and before.startswith("ال"):
                        continue        # a whole-word trigger after a definite noun is its adjective ('الجيش الحر')
                    if before in rules.place_nouns or before[:1] in "وفلب" and before[1:] in rules.place_nouns:
                        continue        # a place a place noun names
                    if rules.patient_nouns & {w[i:] for w in norms[max(k - 2, 0):k] for i in (0, 1)
                                              if not i or w[:1] in "لبوف"}:
                        continue        # the condition of people ('لعلاج مرضى فيروس كورونا'), not what they died in
                    if before in rules.party_heads or before[:1] in "ول" and before[1:] in rules.party_heads:
                        continue        # a party: 'تحالف العدوان' ('طائرات العدوان': who struck, not a war's toll)
                    # (the longest trigger at a place first: 'زلزال ارتدادي' is an aftershock, not the earthquake)
                    # the event a toll names ('ضحايا حريق مستشفى ... مصابي فيروس كورونا إلى 45') before a nearer one
                    named = before in rules.toll_heads or before[:1] in "وبل" and before[1:] in rules.toll_heads
                    distance = (clause is not None and not clause[0] <= k < clause[1], not named, abs(k - at),
                                -len(parts))
                    after = k + len(parts)
                    if after < len(norms) and norms[after] in rules.new_event:
                        if distance[0] and k > at:
                            continue        # another event of its type: not the counts before its clause
                        name_here = f"{name}+{norms[after]}"            # 'زلزال جديد': another event of its type
                    else:
                        name_here = name
                    if best is None or distance < best[0]:
                        best = (distance, name_here)
    # a word for any event named as another one ('في أعقاب هجوم آخر ... قتل خلاله 14 شخصا', 'بعد هجومين آخرين'),
    # before the count in its clause and nearer than any trigger: another event, of no type the story names
    lo = clause[0] if clause is not None else 0
    for k in range(at - 1, lo - 1, -1):
        if best is not None and not best[0][0] and abs(k - at) > best[0][2]:
            break
        word = norms[k][:-2] if norms[k].endswith(("ين", "ان")) and norms[k][:-2] in rules.generic_events else norms[k]
        if word in rules.generic_events and k + 1 < len(norms) and norms[k + 1] in rules.new_event | rules.others:
            return f"{word.removeprefix('ال')}+{norms[k + 1]}"
    return best[1] if best else None


def _framed_event(tokens: list[str], norms: list[str], rules: ClaimRules) -> str | None:
    """Another event a sentence opens by naming, in a frame before its first comma ('وفي جريمة مماثلة، استشهد
    مواطنان', 'وفي حادث منفصل، ...'): the event of all its counts, as `_event` names one in a count's clause; not
    'وفي جريمة جديدة،' (`claims.latest_of_series`), which opens many a report of the story's own event."""
    if not norms or norms[0] not in ("في", "وفي"):
        return None
    for k in range(1, min(len(norms) - 1, 5)):
        word = norms[k]
        if word in rules.generic_events and norms[k + 1] in rules.new_event | rules.others \
                and norms[k + 1] not in rules.latest_of_series:
            return f"{word.removeprefix('ال')}+{norms[k + 1]}"
        if tokens[k][-1:] in CLAUSE_END:
            break
    return None


def _year(tokens: list[str], norms: list[str], near: tuple[int, int], clause: tuple[int, int],
          rules: ClaimRules, at: int) -> int | None:
    """A year named in a count's clause or among its own words, the nearest first ('العام 2005', 'في عام 2011',
    '(1960)'; 'لقي 500 حتفهم في زلزال في 2011 ...، وقتل 18 ألفا في 1999': 1999 for the 18 thousand)."""
    for k in sorted(range(*clause), key=lambda k: abs(k - at)) + sorted(range(*near), key=lambda k: abs(k - at)):
        if _year_at(tokens, norms, k, rules):
            return int(norms[k])
    return None


def _month_word(norm: str) -> bool:
    """A month's name, or two names of one month joined by a slash ('تموز/يوليو', the Levantine and Egyptian ones)."""
    return norm in MONTH_WORDS or any(part in MONTH_WORDS for part in norm.replace("/", " ").split()[1:])


def _year_at(tokens: list[str], norms: list[str], k: int, rules: ClaimRules) -> bool:
    """Word k is a year: four digits after a year noun ('عام 2011'), a month ('في يناير 2010') or an event's name
    ('زلزال 1990'), or in parentheses ('أكادير (1960)'), or a year's digits after 'في' with nothing counted after
    them ('وقتل 18 ألفا في 1999')."""
    if not (norms[k].isdigit() and len(norms[k]) == 4):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return (k > 0 and (norms[k - 1].removeprefix("ال") in rules.year_nouns or _month_word(norms[k - 1])
                       or _event(norms[k - 1:k], 0, rules) is not None
                       or (norms[k - 1] in rules.prepositions and rules.years[0] <= int(norms[k]) <= rules.years[1]
                           and not kind_of(after, rules.figures) and normalize(after) not in rules.figures.people))) \
        or tokens[k].startswith("(")


def _date_past_events(claims: list[Claim], rules: ClaimRules) -> None:
    """Counts of other events than the story's, recalled: its event is marked with their year or day.
    - a count (or a measure) beside a year other than the story's (its articles' most common year; undated, the
      year its sentences most often name after a month; else any year named beside a count): 'the worst attack since the London bombings of 2005, which killed 52', or in
      the clause of a past year named in words (`claims.past_years`: 'خلال العام الماضي') or of a past month not
      the story's ('أبريل الماضي' in May, `claims.past_month_words`), or in the frame that opens its sentence ('وفي
      يونيو من العام الماضي، قتل اثنان'; 'وفي نوفمبر' when the story's months are April and May);
    - a count beside a name the article gives a past year ('مقارنة بأكادير (1960)' ... 'زلزال أكادير، الذي
      خلف 15000 قتيل'), and the counts listed after one of those in its clause ('و12000 جريح'); not a name
      most of the story's articles give (its own place: 'وفي إيطاليا عام 2009 قتل أكثر من 300 شخص');
    - a count of one day (`claims.daily_kinds`: protesters) in a sentence recalling an earlier day it names
      ('وكانت السلطات أحصت في 31 كانون الثاني 1,27 مليون متظاهر'), or naming a day not the story's
      (`_other_days_counted`): that day's count, another figure;
    - a count after 'بعد' in a sentence that sets the story's event after an earlier one (`claims.follows`
      and an event word: 'ويأتي الهجوم بعد شهر ونصف على تفجيرين ضد كنيستين أوقعا 45 قتيلا'): that event's;
    - a count after a word of what the event avenged (`claims.retaliation`: 'انتقاما لهجمات على مسجدين في نيوزيلندا
      أدت إلى مقتل 50'): that earlier event's;
    - a count over a period that began well before the story (`claims.since`: 'ارتفاع إجمالي الشهداء منذ 7
      أكتوبر إلى 37084' in June): the period's total."""
    first_day = min((c.published for c in claims if c.published), default=None)
    years = Counter(c.published.year for c in claims if c.published) or Counter(   # undated: the year its own
        int(norms[k]) for norms in (c.norms for c in claims) for k in range(1, len(norms))   # dates name most
        if _month_word(norms[k - 1]) and norms[k].isdigit() and len(norms[k]) == 4)    # ('19 فبراير 2016')
    story_year = years.most_common(1)[0][0] if years else None
    # the months the story's articles were published in, and the one before when the first came out in a month's
    # first week (an event of its last days, reported later)
    months = {c.published.month for c in claims if c.published} | (
        {(first_day.replace(day=1) - timedelta(days=1)).month} if first_day and first_day.day <= 7 else set())
    # ... and a month two of its articles name after a day ('في 14 أكتوبر الماضي': the event's, told in December)
    dated_in = Counter(month for doc, group in _by_article(claims).items() for month in {
        MONTH_NUMBERS[c.norms[k]] for c in group for k in range(1, len(c.norms))
        if c.norms[k] in MONTH_NUMBERS and c.norms[k - 1].isdigit() and 1 <= int(c.norms[k - 1]) <= 31})
    months |= {month for month, articles in dated_in.items() if articles >= 2}
    # a name more than half of the story's articles give (two or more) is the story's own (its country, its
    # city), not a past event's, even beside a past year ('وفي إيطاليا عام 2009 قتل أكثر من 300 شخص')
    own = _story_names(claims)
    past_names: dict[str, dict[str, int]] = {}
    for claim in claims:
        tokens, norms = claim.tokens, claim.norms
        for k in range(len(tokens)):
            if _year_at(tokens, norms, k, rules) and int(norms[k]) != story_year:
                name = k - 1
                while name >= 0 and (norms[name] in rules.year_nouns or norms[name].removeprefix("ال") in
                                     rules.year_nouns or norms[name] in rules.prepositions or not norms[name]
                                     or not _ARABIC_LETTER.search(norms[name])):    # ('في كابول Kabul عام 2001')
                    name -= 1
                if name >= 0 and not norms[name].isdigit() and not kind_of(tokens[name], rules.figures) \
                        and not matches(norms[name], rules.figures.numbers.not_counts):     # ('يوليو العام 2005')
                    past_names.setdefault(claim.sentence.doc_id, {}).update(
                        dict.fromkeys(_readings(norms[name]) - own, int(norms[k])))
    other_days = _other_days_counted(claims, rules)
    for claim in claims:
        names = past_names.get(claim.sentence.doc_id, {})
        norms = [_readings(n) for n in claim.norms] if names else []
        day = _earlier_day(claim, rules)
        plain = claim.norms if claim.counts else []
        past = [k for p in rules.past_years for k in phrase_matches(plain, p)] + [
            k for k in range(1, len(plain) - 1) if plain[k + 1] in rules.past_month_words
            and _other_month(plain, k, months) and not plain[k - 1].isdigit()   # ('في 14 أكتوبر الماضي': a date)
            and not rules.since & set(plain[max(k - 4, 0):k])]     # ('منذ السابع من أكتوبر الماضي': a period)
        # (past a discourse 'هذا،' opening the sentence: 'هذا، وفي العام الماضي، لقي 90 شخصا حتفهم')
        at = 1 if len(plain) > 1 and plain[0] in rules.demonstratives and claim.tokens[0].rstrip()[-1:] in "،," else 0
        opener = plain[at] if len(plain) > at and plain[at] in rules.prepositions else \
            plain[at][1:] if len(plain) > at and plain[at][:1] in "وف" else ""
        framed = opener in rules.prepositions and (any(at <= k < _clause(claim.tokens, at)[1] for k in past)
                                                   or _other_month(plain, at + 1, months))
        # 'ويأتي الهجوم بعد', not 'ويأتي ذلك بعد': an event's trigger or a generic event noun ('هجوم', 'حادث' are
        # among `not_places`) after the opener
        follows = len(plain) > 2 and plain[0] in rules.follows and (
            _event(plain[1:2], 0, rules) is not None or plain[1] in rules.not_places)
        since = _periods_before(claim, first_day, rules) if plain else []
        avenged = [k for p in rules.retaliation for k in phrase_matches(plain, p)]
        marked: list[Count] = []
        for count in claim.counts:
            year = count.year if count.year and count.year != story_year else None
            if year is None and (framed or any(count.clause[0] <= k < count.clause[1] for k in past)):
                year = "past"              # 'خلال العام الماضي'; the sentence's frame: 'وفي يونيو من العام الماضي، قتل'
            if year is None and any(count.clause[0] <= k < count.clause[1] or k < count.start and not any(
                    norm in rules.contrast for norm in plain[k:count.start]) for k in since):
                year = "since"         # 'منذ 7 أكتوبر' in June, in the count's clause or before it ('منذ السابع من
                #                        أكتوبر 2023، ما أسفر عن استشهاد 37084'), not past a contrast ('فيما')
            if year is None and names:
                year = next((names[w] for k in (*range(*count.near), *range(*count.clause))
                             for w in norms[k] if w in names), None)
            if year is None and follows and "بعد" in plain[2:count.start]:
                year = "before"                                            # 'ويأتي الهجوم بعد ... أوقعا 45 قتيلا'
            if year is None and any(k < count.start and not any(norm in rules.contrast for norm in plain[k:count.start])
                                    for k in avenged):
                year = "before"                         # 'انتقاما لهجمات على مسجدين ... أدت إلى مقتل 50'
            if year is None and marked and marked[-1].clause == count.clause and "@" in (marked[-1].event or ""):
                count = replace(count, event=marked[-1].event)             # listed after a past event's count
            elif year is not None:
                count = replace(count, event=f"{count.event or ''}@{year}")
            elif count.kind in rules.daily_kinds and (named := day or other_days.get((claim.key, count.start))):
                count = replace(count, event=f"{count.event or ''}@{named}")
            marked.append(count)
        claim.counts = marked
        claim.measures = [replace(m, event=f"{m.event or ''}@{m.year}") if m.year and m.year != story_year else m
                          for m in claim.measures]     # the magnitude of the 2010 earthquake, recalled
    _periods_told_again(claims, rules.distinctive)


def _other_month(norms: list[str], k: int, months: set[int]) -> bool:
    """A sentence opened by a month, alone ('وفي نوفمبر قتل 112 عاملا في حريق بمصنع', 'وفي شهر مايو'), that is none
    of the story's months: another time's event, whose counts are not the story's (a day before it, 'في 3 نوفمبر',
    is a date: the year rule and the days' readers judge those)."""
    if months and k < len(norms) and norms[k] == "شهر":
        k += 1
    return bool(months) and k < len(norms) and MONTH_NUMBERS.get(norms[k]) not in (None, *months)


def _periods_told_again(claims: list[Claim], distinctive: float) -> None:
    """A count over a longer period ('@since') is so wherever it is told: the count listed right before it
    ('إلى 36 ألفا و801 قتيل، و83 ألفا و680 مصابا منذ 7 أكتوبر': the dead too), and the same value of the same
    kind, `distinctive` or more, in any of the story's sentences (one such number told twice is one count; not
    '4', which many counts are)."""
    since: set[tuple[str, float]] = set()
    for claim in claims:
        counts = claim.counts
        for n in range(len(counts) - 1, 0, -1):
            before, count = counts[n - 1], counts[n]
            if (count.event or "").endswith("@since") and "@" not in (before.event or "") and \
                    count.start - before.end <= 3 and claim.tokens[count.start].startswith("و"):
                counts[n - 1] = replace(before, event=f"{before.event or ''}@since")
        since |= {(c.kind, c.value) for c in counts if (c.event or "").endswith("@since") and c.value >= distinctive}
    for claim in claims if since else ():
        claim.counts = [replace(c, event=f"{c.event or ''}@since") if (c.kind, c.value) in since
                        and "@" not in (c.event or "") else c for c in claim.counts]


def _other_days_counted(claims: list[Claim], rules: ClaimRules) -> dict[tuple[SentenceKey, int], str]:
    """Counts of something of one day (`claims.daily_kinds`: a march's crowd) beside a day their words name that
    is not the story's ('تظاهر أكثر من 368 ألف شخص في أنحاء فرنسا، اليوم السبت 11 مارس' in a story of the 7 March
    marches), by (sentence, the count's first token): that day ('03-11'), whose count is another figure. A count's
    words are its own (`Count.near`: not the next count's, 'و3,5 مليون ... أكثر من العدد القياسي المسجل في 31
    يناير'). The story's day is the one more of those counts name than any other; none when no day leads."""
    named = {(c.key, count.start): days_named(" ".join(c.tokens[slice(*count.near)]), c.published)
             for c in claims if not c.earlier for count in c.counts     # (not a sentence recalling an earlier report)
             if count.kind in rules.daily_kinds}
    days = Counter(day for found in named.values() for day in found).most_common(2)
    if not days or (len(days) > 1 and days[0][1] == days[1][1]):
        return {}
    story_day = days[0][0]
    return {at: min(found) for at, found in named.items() if found and story_day not in found}


def _story_names(claims: list[Claim]) -> set[str]:
    """The words (read as names, `_readings`) more than half of the story's articles give, two or more, however
    spelled (`spelled_alike`: 'كابول' in some, 'كابل' in others): its own country, city, town."""
    groups = _by_article(claims)
    articles: dict[str, set[str]] = {}
    for doc, group in groups.items():
        for word in {r for c in group for n in c.norms for r in _readings(n)}:
            articles.setdefault(word, set()).add(doc)
    buckets: dict[str, list[str]] = {}
    for word in articles:
        buckets.setdefault(_skeleton(word), []).append(word)
    own = set()
    for word, docs in articles.items():
        alike = set(docs).union(*(articles[other] for other in buckets[_skeleton(word)]
                                  if other != word and spelled_alike(word, other)))
        if len(alike) >= 2 and len(alike) * 2 > len(groups):
            own.add(word)
    return own


def _skeleton(word: str) -> str:
    """A word without the long vowels inside it: spellings of one name share it ('كابول', 'كابل': 'كبل')."""
    return word[:1] + "".join(ch for ch in word[1:-1] if ch not in "اوي") + word[-1:] if len(word) > 2 else word


def _by_article(claims: list[Claim]) -> dict[str, list[Claim]]:
    """The claims of each article, by its id."""
    found: dict[str, list[Claim]] = {}
    for claim in claims:
        found.setdefault(claim.sentence.doc_id, []).append(claim)
    return found


def _periods_before(claim: Claim, first_day: date | None, rules: ClaimRules) -> list[int]:
    """Where a sentence opens a period ('منذ الـ 7 من أكتوبر') on a day more than `claims.period_days` before the
    story's first article (a day without its year is the last such day before the article's date, or an undated
    article's, the story's first)."""
    found = []
    for k, norm in enumerate(claim.norms):
        if norm not in rules.since or first_day is None:
            continue
        mentions = [m for m in find_dates(" ".join(claim.tokens[k + 1:k + 5])) if m.day and m.month] \
            or spelled_dates(" ".join(claim.norms[k + 1:k + 9]))            # ('منذ السابع من أكتوبر')
        if not mentions:          # a year alone, before the story's ('منذ 2014', 'منذ مطلع 2014'): a period of years
            years = [int(w) for w in claim.norms[k + 1:k + 4] if w.isdigit() and len(w) == 4
                     and rules.years[0] <= int(w) <= rules.years[1]]
            if years and years[0] < first_day.year:
                found.append(k)
            continue
        m, published = mentions[0], claim.published or first_day
        year = m.year or (published.year if (m.month, m.day) <= (published.month, published.day) else published.year - 1)
        try:
            day = date(year, m.month, m.day)
        except ValueError:
            continue
        if day < first_day - timedelta(days=rules.period_days):
            found.append(k)
    return found


def _earlier_day(claim: Claim, rules: ClaimRules) -> str | None:
    """The day ('01-31') a sentence that recalls an earlier report names, if it names one."""
    if not claim.earlier:
        return None
    mentions = find_dates(claim.sentence.text)
    return f"{mentions[0].month:02d}-{mentions[0].day:02d}" if mentions else None


def _resolve_places(claims: list[Claim], rules: ClaimRules) -> None:
    """A place is a part of the story's count of a kind when a sentence marks it so (for any kind: 'إصابة
    3124 في كونار وحدها' makes '1411 قتلوا في ولاية كونار' a part too), or when the story counts that kind in
    several places, each named alone beside its count ('في مدينة درنة', 'في مدينة
    البيضاء'); then each count beside one of those places is a count of that place. A place named
    alone in the story is the event's own place, and so are places named together ('في منطقة المنقف
    بمحافظة الأحمدي': one place told precisely): their counts are the whole."""
    marked = {count.scope for claim in claims for count in claim.counts if count.alone}   # for every kind
    own = _story_names(claims) - marked
    for claim in claims:        # the hospital most articles name is where the event happened: its counts the whole
        claim.counts = [replace(c, scope=None, scope_type=None) if _own_hospital(c, own, rules) else c
                        for c in claim.counts]
    parts: dict[str, set[str]] = {}
    for claim in claims:
        for count in claim.counts:
            if count.scope_type == PLACE:
                parts.setdefault(count.kind, set()).add(count.scope)
    alone: dict[str, set[str]] = {}
    together = _places_within(claims, rules)
    for claim in claims:
        for kind, places in claim.place_candidates:
            if len(places) == 1:
                alone.setdefault(kind, set()).add(places[0])
            for place in places[1:]:           # named together beside one count: one place told precisely
                together[_root(together, place)] = _root(together, places[0])
    # the place most of the story's articles name (two or more) is the event's own: its counts are the whole, unless a
    # sentence marks it a part ('في درنة وحدها'); 'في بلدة خان شيخون' beside a count in 'سلقين' is no part of the toll
    for kind, places in alone.items():
        if len({_root(together, place) for place in places}) > 1:
            parts.setdefault(kind, set()).update(places - own)
    everywhere = set().union(*parts.values()) if parts else set()
    scoped = Counter((count.scope, count.kind, count.value) for claim in claims for count in claim.counts
                     if count.scope_type == PLACE)
    counted_by = {p for p, n in Counter(place for place, _, _ in scoped).items() if n >= rules.min_part_counts}
    words = {claim.key: [_readings(n) for n in claim.norms] for claim in claims if claim.counts}
    whole = {(count.kind, count.value, claim.sentence.doc_id) for claim in claims for count in claim.counts
             if count.scope is None and everywhere and not _among(words[claim.key][slice(*count.near)], everywhere)}
    for claim in claims:
        for n, count in enumerate(claim.counts):
            places = parts.get(count.kind, set()) | marked
            if count.scope is not None or not places:
                continue
            norms = words[claim.key]
            first = claim.norms[0]
            frame = first if first in rules.prepositions else first[1:] if first[:1] in "وف" else ""
            if frame in rules.prepositions and _among(norms[1:2], places):
                here = _among(norms[1:2], places)        # 'وفي سوريا، ارتفعت حصيلة ...': the sentence's frame
            elif any(k == count.kind and v == count.value and d != claim.sentence.doc_id for k, v, d in whole):
                continue                                 # another article gives this value as the whole's
            else:      # (after the count, only its own clause: 'بلغت 219، مشيرة إلى أن فالنسيا وحدها ...', '227
                #            شخصا، وفقا لما أعلنته حكومة فالنسيا' give the whole)
                here = _among(norms[count.near[0]:min(count.near[1], count.clause[1])], places)
                if len(here) > 1:                        # '... 1293 قتيلا، تليها ولاية تارودانت، التي سقط فيها 452'
                    here = _among(norms[count.near[0]:count.start], places)
                if not here and _among(norms[slice(*count.near)], rules.the_country):
                    here = {p for p in places if any(_nisba_of(w, p) for r in norms for w in r)}   # 'السلطات التركية ...
                    #  عدد القتلى في البلاد': the country whose adjective the sentence gives
            if len(here) == 1:                           # 'في تركيا وسوريا' names the whole
                claim.counts[n] = replace(count, scope=here.pop(), scope_type=PLACE)
        for n in range(1, len(claim.counts)):            # '5801 قتيل في سوريا، إلى جانب 7396 مصابا'
            before, count = claim.counts[n - 1], claim.counts[n]
            if count.scope is None and before.scope_type == PLACE and before.kind != count.kind and \
                    not _among(words[claim.key][before.end + 1:count.start], everywhere - {before.scope}):
                claim.counts[n] = replace(count, scope=before.scope, scope_type=PLACE)
        for n in range(len(claim.counts) - 2, -1, -1):   # '29605 قتلى وأكثر من 80 ألف مصاب في تركيا': both there
            # (a place the story counts by, or one the sentence marks alone: 'مقتل 1411 وإصابة 3124 في كونار وحدها')
            count, listed = claim.counts[n], claim.counts[n + 1]
            between = words[claim.key][count.end + 1:listed.start] if count.scope is None and listed.scope else []
            if between and (listed.scope in counted_by or listed.alone) and listed.clause == count.clause and \
                    any(t.startswith("و") for t in claim.tokens[count.end + 1:listed.start]) \
                    and not _among(between, rules.prepositions):
                claim.counts[n] = replace(count, scope=listed.scope, scope_type=PLACE, alone=listed.alone)


def _own_hospital(count: Count, own: set[str], rules: ClaimRules) -> bool:
    """A count scoped to a named hospital whose name more than half of the story's articles give ('في مستشفى ابن
    الخطيب' in a story of its fire): the event's own place, not one hospital among several."""
    words = (count.scope or "").split() if count.scope_type == PLACE and not count.alone else []
    return len(words) > 1 and normalize(words[0]) in rules.hospital_words and \
        all(_readings(normalize(w)) & own for w in words[1:])


def _among(readings: list[frozenset[str]], wanted: set[str] | frozenset[str]) -> set[str]:
    """The words of `wanted` that some of these words may be read as (`_readings`), or spell alike (a place's
    name transliterated two ways: 'اماتريتشي', 'اماتريتشه')."""
    found = {word for forms in readings for word in forms if word in wanted}
    for forms in readings:
        for form in forms:
            if len(form) >= 5 and form not in wanted:
                found |= {w for w in wanted if w[:1] == form[:1] and spelled_alike(form, w)}
    return found


def _one_spelling(claims: list[Claim]) -> None:
    """Each place (and each group) the counts are scoped to under one spelling: the one most counts give
    ('اماتريتشي' and 'اماتريتشه' are one town; 'امريكي' and 'اميركي' one group)."""
    for kind in (PLACE, GROUP):
        scopes = Counter(c.scope for claim in claims for c in claim.counts if c.scope_type == kind)
        canonical: dict[str, str] = {}
        for scope, _ in scopes.most_common():
            canonical[scope] = next((kept for kept in canonical.values() if spelled_alike(scope, kept)), scope)
        for claim in claims:
            claim.counts = [replace(c, scope=canonical[c.scope]) if c.scope_type == kind else c for c in claim.counts]


def _places_within(claims: list[Claim], rules: ClaimRules) -> dict[str, str]:
    """Places the story names one within the other ('قرية برخ في زاخو', 'منتجع سياحي بمحافظة دهوك', 'مصيف برخ
    التابع لمدينة زاخو'): a place named (after a place noun), then, a few words on, another introduced by 'في', 'ب'
    or 'ل' (named after a place noun there, or somewhere in the story). They are one place told at two
    precisions, never two parts of the toll (a union-find forest: place -> parent)."""
    known = {place for claim in claims for _, place, _ in _place_mentions(claim.norms, rules, set())}
    parent: dict[str, str] = {}
    for norms in (claim.norms for claim in claims):
        found = _place_mentions(norms, rules, known)
        for (at, place, _), (later, inner, within) in zip(found, found[1:]):
            if within and later - at <= rules.within_words and place != inner:
                parent[_root(parent, inner)] = _root(parent, place)
    return parent


def _place_mentions(norms: list[str], rules: ClaimRules, known: set[str]) -> list[tuple[int, str, bool]]:
    """(position, place, introduced by 'في'/'ب'/'ل') for each place a place noun names, and for each of `known`
    right after a preposition or glued to 'ب'."""
    found = []
    for k, norm in enumerate(norms):
        word, glued = (norm[1:], norm[:1]) if norm[:1] in "وفلب" and norm[1:] in rules.place_nouns else (norm, "")
        after = norms[k + 1] if k + 1 < len(norms) else ""
        if word in rules.place_nouns and after and not after[0].isdigit() and after not in rules.prepositions \
                and after not in rules.not_places:
            found.append((k + 1, _name(after), glued in ("ب", "ل") or (k > 0 and norms[k - 1] in rules.prepositions)))
        elif k > 0 and _name(norm) in known and norms[k - 1] in rules.prepositions:
            found.append((k, _name(norm), True))                           # 'في زاخو'
        elif norm[:1] == "ب" and _name(norm[1:]) in known:
            found.append((k, _name(norm[1:]), True))                       # 'بزاخو'
    return found


def _root(parent: dict[str, str], place: str) -> str:
    while parent.get(place, place) != place:
        place = parent[place]
    return place


def same_stance(a: Claim, b: Claim) -> bool:
    """Asserting and reporting a party's claim agree; a denial agrees only with a denial, an
    unconfirmed report only with another (it is superseded when confirmed)."""
    return _STANCE_GROUP[a.stance] == _STANCE_GROUP[b.stance]


def disagree(a: Claim, b: Claim) -> bool:
    """Two sentences whose claims cannot be one point: another value of the same count (same kind and
    scope), or the opposite stance on what both say."""
    if not same_stance(a, b):
        return True
    # (the values each gives as current: 'بعدما اعلن في وقت سابق عن ... 29' recalls an earlier value, says none)
    values_a: dict[tuple[str, str | None], set[float]] = {}
    for c in a.counts:
        if not c.earlier:
            values_a.setdefault((c.kind, c.scope), set()).add(c.value)
    return any((c.kind, c.scope) in values_a and c.value not in values_a[(c.kind, c.scope)]
               for c in b.counts if not c.earlier)

