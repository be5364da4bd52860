"""Counts and figures: a count is a number whose kind a word next to it names; a figure is one count
(one kind, scope and event) as the sources report it over time.

A death toll rises from 150 to 2,000 to 11,300 over a few days; a summary that repeats the first
report is wrong. A number is a count when its kind (dead, injured, missing, displaced, arrested,
evacuated, rescued, buildings destroyed, people on board: the `figures.kinds` of the config) is named
by a word next to it ("56 قتيلا", "مقتل 7 أشخاص", "11300 على الأقل لقوا حتفهم"). Numbers that are dates, times, years,
percentages, prices or measures, numbers a hedge governs ("قد يصل إلى 20 ألفا") and increments
("58 حالة وفاة إضافية") are not counts; parts of a total ("بينهم 630") are not the toll. Counts may
be written in words ("مقتل ثلاثة أشخاص", "ألفي قتيل").

Figures are built from the claims of the sentences (`claims.py`): one per kind, scope (the whole
event, a place, a group) and event, values in time order. The latest value comes from time evidence:
the newest article, then the sentences' own cues ("ارتفعت الحصيلة إلى"); the highest only for a
count that grows (a toll), never for one that can fall (`claims.falling_kinds`). Every other value
is outdated, except a smaller one that only an article giving the latest reports (a part of the
toll); so is a figure's latest value that another figure of the same kind and event gives as an earlier
value (one toll under two descriptions: '9 civilians', then '12 dead'). Selection leaves out the
sentences that state one (unless they also give the latest), and states each figure once.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations
from typing import TYPE_CHECKING, Callable, NamedTuple

from ..config import Config
from ..text.arabic import PUNCTUATION, QUOTES, STOPWORDS_NORMALIZED, content_terms, light_stem, normalize
from ..text.deadline import check_deadline
from ..text.documents import Sentence, SentenceKey
from ..text.numbers import CLAUSE_END, NumberReader, matches, phrase_before, stems, tokens_of

if TYPE_CHECKING:
    from .claims import Claim, Count

CLAUSE_BREAK = "،,.;؛"       # (a kind word before a colon still names the number after it: 'عدد القتلى: 850')
TO = normalize("إلى")          # ('الى' reads the same once normalized)
BETWEEN = normalize("بين")
_NUMBER_OF = normalize("عدد")   # 'عددهم', 'عددها': the number of those a relative clause names
_OR = normalize("أو")           # 'ثمانية أو تسعة': one count
_IN = normalize("في")
_AFTER = {normalize(w) for w in ("بعد", "عقب", "إثر")}   # 'إلى 26 قتيلا بعد وفاة امرأة': what raised it
_OF_A_THING = {normalize("الذي"), normalize("التي")}       # relative pronouns of one thing or of things


PLACE, GROUP = "place", "group"     # the two kinds of scope


class When(NamedTuple):
    """When a value was stated, as far as the text says (TimeML's document creation time first, then the
    sentence's own cues); values sort by it, earliest first."""
    undated: bool = True
    published: date = date.min
    elapsed_days: int = 0          # 'بعد ثلاثة أسابيع'
    final: bool = False            # 'حصيلة نهائية'
    current: bool = True           # not recalled as an earlier value ('وكانت الوزارة أعلنت', 'من 25 إلى 42')
    update: bool = False           # a new value of a running count ('ارتفعت الحصيلة إلى')
    correction: bool = False       # a value that corrects the count ('تراجع عدد الوفيات إلى 19')


KIND_NAMES = {"aboard": "on board", "casualties": "dead and injured"}     # the kinds a key does not name plainly


@dataclass
class FigureValue:
    value: float
    text: str                 # the sentence that states it, as written
    doc: str
    published: date | None
    sentence: Sentence = field(repr=False, compare=False)
    qualifier: str | None = None   # 'at_least', 'about', 'more_than', 'up_to' (claims.qualifiers); None: exact
    who: str | None = None         # the source the sentence names
    when: When = field(default=When(), repr=False, compare=False)   # Claim.time_key
    claimed: bool = False          # a party's claim ('زعم التنظيم'), or a report not confirmed: a side, not the count

    def to_dict(self) -> dict:
        return {"value": _plain(self.value), "text": self.text, "doc": self.doc,
                "published": self.published.isoformat() if self.published else None,
                "qualifier": self.qualifier, "who": self.who, "claimed": self.claimed}


@dataclass
class Figure:
    what: str                 # the kind of count (a key of figures.kinds)
    values: list[FigureValue]  # in time order: publication date (undated last), the sentences' cues, value
    latest: float
    scope: str | None = None       # the place or group counted; None: the whole event
    scope_type: str | None = None  # PLACE or GROUP
    event: str | None = None       # the event type counted (claims.events), None when no sentence names it
    latest_from: str = "date"      # what makes `latest` the latest: date, cue, highest, newer or unknown; disputed
                                   # when sources count it differently at one time (disputes.py)
    part_of: str | None = None     # the id of the whole figure this one is a part of

    @property
    def id(self) -> str:
        return "|".join((self.what, self.scope or "", self.event or ""))

    @property
    def evolving(self) -> bool:
        """The sources give it with more than one value."""
        return len({v.value for v in self.values}) > 1

    @property
    def recalled(self) -> bool:
        """A count of another event or day than the story's, recalled ('earthquake@1960', '@01-31'): a
        sentence that states only such counts is background, never a summary's figure."""
        return "@" in (self.event or "")

    @property
    def name(self) -> str:
        """The kind in English words ('on board', 'buildings destroyed'), as a reader of the CLI's text wants it (the
        page has its own words, in both languages: ui/strings.py)."""
        return KIND_NAMES.get(self.what, self.what.replace("_", " "))

    @property
    def label(self) -> str:
        """'dead', 'dead (درنه)': the kind, and the scope when it is a part."""
        return f"{self.what} ({self.scope})" if self.scope else self.what

    def to_dict(self) -> dict:
        return {"what": self.what, "scope": self.scope, "scope_type": self.scope_type, "event": self.event,
                "part_of": self.part_of, "latest": _plain(self.latest), "latest_from": self.latest_from,
                "values": [v.to_dict() for v in self.values]}


def _plain(value: float) -> float | int:
    return int(value) if value == int(value) else value


class CountRules:
    """The `figures` settings compiled once: kind stems, units, hedges, parts and totals, and the number
    reader (claims.py reads counts with them too)."""

    def __init__(self, cfg: Config):
        c = cfg.figures
        self.kinds = {kind: stems(words) for kind, words in vars(c.kinds).items()}
        self.not_with_article = {normalize(w) for w in c.not_with_article}
        self.not_before = {kind: {normalize(w) for w in words} for kind, words in vars(c.not_before).items()}
        self.in_context = {kind: (stems(v.words), stems(getattr(v, "context", [])), stems(getattr(v, "before", [])))
                           for kind, v in vars(c.kinds_in_context).items()}
        self.hedges = [normalize(h) for h in c.hedges]
        self.part_of = {normalize(w) for w in c.part_of}
        self.recovery_nouns = {normalize(w) for w in c.recovery_nouns}
        self.done_before = {normalize(w) for w in c.done_before}
        self.apposition_openers = {normalize(w) for w in c.apposition_openers}
        self.apposition_words = c.apposition_words
        self.increments = {normalize(w) for w in c.increments}
        self.increments_before = {normalize(w) for w in c.increments_before}
        self.totals = {normalize(w) for w in c.totals}
        self.rises = {normalize(w) for w in c.rises}
        self.reach = {TO} | {normalize(w) for w in c.reach}
        self.total_gap = c.total_gap
        self.total_group_gap = c.total_group_gap
        self.total_group_reach = c.total_group_reach
        self.new_after_kind = {normalize(w) for w in c.new_after_kind}
        self.superseded = [normalize(p) for p in c.superseded]
        self.part_of_after = {normalize(w) for w in c.part_of_after}
        self.among = [normalize(p) for p in c.among]
        self.window = c.window
        self.victims = {light_stem(normalize(w)) for w in c.victims}
        self.measured_of = {normalize(w) for w in c.measured_of}
        self.counted_among = {normalize(w) for w in c.counted_among}
        self.victims_window = c.victims_window
        self.people_kinds = set(c.people_kinds)
        self.list_gap = c.list_gap
        self.contrast = {normalize(w) for w in c.contrast_after}
        self.recoveries = {normalize(w) for w in c.recoveries}
        self.people = {normalize(w) for w in c.people_nouns}
        self.speaker_before = {normalize(w) for w in c.speaker_before}
        self.toll_words = {normalize(w) for w in c.toll_words}
        self.more_after_bodies = {normalize(w) for w in c.more_after_bodies}
        self.object_kinds = set(c.object_kinds)
        self.singular_people = {normalize(w) for w in c.singular_people}
        self.dual_people = {normalize(w) for w in c.dual_people}
        self.dual_kinds = {normalize(w): kind for kind, words in vars(c.dual_kinds).items() for w in words}
        self.others = {normalize(w) for w in c.others}
        self.one_more = {normalize(w) for w in c.one_more}
        self.case_nouns = {normalize(w) for w in c.case_nouns}
        self.body_nouns = {normalize(w) for w in c.body_nouns}
        self.combined = {frozenset(kinds): name for name, kinds in vars(c.combined).items()}
        self.relative_pronouns = {normalize(w) for w in cfg.lexicon.relative_pronouns}
        # '2000 وفاة', '2012 شخصا': a year-like number followed by what is counted is a count
        self.numbers = NumberReader(cfg, counted=lambda token: kind_of(token, self) is not None
                                    or normalize(token) in self.people)


def _joined_kind(word: str, rules: CountRules) -> bool:
    """A kind word glued to 'و' ('والمصابين', 'وأصيب'): it begins the next item of a list of counts."""
    return word.startswith("و") and kind_of(word, rules) is not None and kind_of(word[1:], rules) is not None


def _combined(tokens: list[str], k: int, lo: int, hi: int, rules: CountRules) -> frozenset[str] | None:
    """The two kinds, when the kind word at k is one of a pair of two kinds joined by 'و' ('قتيل وجريح',
    'القتلى والجرحى'), or the pair follows it after 'بين' ('101 ضحية بين القتيل والجريح'), both among the
    count's own words (lo to hi: not the next count's kind, 'قتيلا والمصابين إلى 340', nor the one before's
    noun): the count is of both together. An idiom's object with its pronoun ('لقي 17 شخصا حتفهم وجرح عشرات') ends
    the dead's clause: the verb after it begins another."""
    kind = kind_of(tokens[k], rules)
    if k + 3 < hi and normalize(tokens[k + 1]) == BETWEEN and tokens[k][-1:] not in CLAUSE_END \
            and kind_of(tokens[k + 2], rules) and _joined_kind(tokens[k + 3], rules):
        kind, other = kind_of(tokens[k + 2], rules), kind_of(tokens[k + 3][1:], rules)   # '101 ضحية بين القتيل والجريح'
    elif k + 1 < hi and tokens[k][-1:] not in CLAUSE_END and _joined_kind(tokens[k + 1], rules) \
            and not normalize(tokens[k]).endswith(("هم", "هن")):    # ('حتفهم وجرح': no pair)
        other = kind_of(tokens[k + 1][1:], rules)
    elif k - 1 >= lo and tokens[k - 1][-1:] not in CLAUSE_END and _joined_kind(tokens[k], rules):
        other = kind_of(tokens[k - 1], rules)
    else:
        return None
    return frozenset((kind, other)) if other not in (None, kind) else None


def superseding(tokens: list[str], i: int, rules: CountRules) -> bool:
    """The number at i comes right after a `figures.superseded` phrase ('بدلا من 359', 'وليس 63'): the value
    the sentence corrects."""
    return phrase_before(tokens, i, rules.superseded)


def kind_of(word: str, rules: CountRules) -> str | None:
    """The kind of count a word names ('قتيلا' -> dead), or None."""
    norm = normalize(word)
    if not norm:
        return None
    stem = light_stem(norm)
    if stem in rules.not_with_article and norm.lstrip("وفبل").startswith("ال"):
        return None                     # 'فرق الإنقاذ': rescue teams, no count of the rescued ('إنقاذ 48 شخصا' is)
    return next((kind for kind, entries in rules.kinds.items()
                 if matches(norm, entries) or matches(stem, entries)), None)


def count_reader(cfg: Config) -> NumberReader:
    """The number reader that knows what is counted: a year followed by a count word is read as a count."""
    return CountRules(cfg).numbers


def amount_reader(cfg: Config) -> Callable[[str], set[int]]:
    """A function giving every count of `numbers.distinctive_from` or more a text states, whatever its kind
    (`NumberReader.amounts`, a year followed by a count word read as a count)."""
    return count_reader(cfg).amounts


_GROUP = re.compile(r"^(?:ال)?\w{3,}(?:يين|يون)$")
_GROUP_ONE = re.compile(r"^\w{3,}يا$")
_GROUP_WOMEN = re.compile(r"^\w{3,}يات$")
_GROUP_TWO = re.compile(r"^\w{3,}يان$")          # a dual nisba after two people: 'شرطيان مصريان'


def _group(tokens: list[str], i: int, end: int, rules: CountRules) -> str | None:
    """The group a count is of, when a plural nisba next to it names one ('عدد المصريين المتوفين إلى 658',
    'القتلى بين المدنيين إلى 850', '14 حاجا أردنيين'), or a singular or feminine plural one right after the number
    ('57 كنديا', '3 فلسطينيات'):
    a count of one group, not the whole toll."""
    kind_at = [k for k in range(max(i - rules.window, 0), min(end + rules.window + 1, len(tokens)))
               if k not in range(i, end + 1) and kind_of(tokens[k], rules)]
    after = normalize(tokens[end + 1].strip(PUNCTUATION)) if end + 1 < len(tokens) else ""
    if _GROUP_ONE.match(after) and not kind_of(after, rules) and after not in rules.people:
        return after[:-1]                                # '57 كنديا', '20 سوريا': the singular after the number
    if _GROUP_WOMEN.match(after) and not kind_of(after, rules) and after not in rules.people:
        return after[:-2]                                # '3 فلسطينيات': women of one nation, as 'فلسطيني'
    then = normalize(tokens[end + 2].strip(PUNCTUATION)) if end + 2 < len(tokens) and tokens[end + 1][-1:] not in \
        CLAUSE_BREAK else ""                             # or after its counted noun: '41 حاجا أردنيا'
    if _GROUP_ONE.match(then) and after.endswith("ا") and not kind_of(then, rules) and then not in rules.people:
        return then[:-1]
    near = {k for anchor in (i, end, *kind_at) for k in range(anchor - 2, anchor + 3)
            if 0 <= k < len(tokens) and not i <= k <= end}     # (not the number's own words: 'مليون ونصف المليون')
    # nor a word of another clause: after the number's clause, or before a comma and a clause joined by 'و' ('مقتل
    # 37 رهينة من بينهم عدد من الغربيين، وقتل 29 مهاجما': no Westerners; a subject before a comma still names it:
    # 'حصيلة القتلى العسكريين الأمريكيين الذين سقطوا في الهجوم، ارتفعت إلى 13')
    near = {k for k in near if not (any(t[-1:] in CLAUSE_BREAK for t in tokens[end:k]) if k > end else any(
        tokens[j][-1:] in CLAUSE_BREAK and tokens[j + 1][:1] == "و" for j in range(k, i)))}
    # the nearest to the number first, after it before at the same distance ('وإصابة 7 سعوديين و5 إيرانيين': 5 Iranians)
    for k in sorted(near, key=lambda k: (k - end if k > end else i - k + 0.5)):
        if _place_word(tokens, k):
            continue
        word = normalize(tokens[k].strip(PUNCTUATION))
        word = word[1:] if word.startswith("و") and _GROUP.match(word[1:]) else word
        if (group := _group_word(word, tokens[k], rules)):
            return group
    return _total_group(tokens, i, rules)


def _group_word(word: str, token: str, rules: CountRules) -> str | None:
    """The group a plural nisba names ('المصريين': مصريين), not a kind word's."""
    return word.removeprefix("ال") if _GROUP.match(word) and not kind_of(token, rules) else None


def _place_word(tokens: list[str], k: int) -> bool:
    """Word k is quoted or right after 'في': a place's name, however its ending reads ('في "إيتايون"'), no group."""
    return tokens[k][:1] in QUOTES or k > 0 and normalize(tokens[k - 1]) == _IN


def _total_group(tokens: list[str], i: int, rules: CountRules) -> str | None:
    """The group a total or a rise names right after it, for the count it reaches however far ('ارتفاع عدد المصريين
    الذين سقطوا في حادث التدافع، إلى 74 حالة وفاة'; 'ارتفاع حالات الوفيات بين صفوف الحجاج المصريين ... من 124 إلى
    126'), as the kind it names (`count_spans`): within `figures.total_group_gap` words after it, in its clause,
    with no clause joined by 'و' between it and the count."""
    before = [normalize(t) for t in tokens[max(i - 3, 0):i]]
    if not rules.reach & set(before) and not (before and before[-1] == "من" and TO in map(
            normalize, tokens[i + 1:i + 4])):
        return None
    for anchor in range(i - 1, max(i - rules.total_group_reach, 0) - 1, -1):
        if tokens[anchor][-1:] in CLAUSE_BREAK and tokens[anchor + 1][:1] == "و":
            return None
        if normalize(tokens[anchor]) not in rules.totals | rules.rises:
            continue
        for k in range(anchor + 1, min(anchor + 1 + rules.total_group_gap, i)):
            if _place_word(tokens, k):
                continue
            if (group := _group_word(normalize(tokens[k].strip(PUNCTUATION)), tokens[k], rules)):
                return group
            if tokens[k][-1:] in CLAUSE_BREAK:
                break
    return None


@dataclass(frozen=True)
class CountSpan:
    """A count in a sentence's tokens: its kind, value, the tokens it spans and the group it is of."""
    kind: str
    value: float
    start: int
    end: int
    group: str | None
    part: bool                # a part of a total ('بينهم 630'): not the toll itself
    listed: bool = False      # no kind word of its own: it continues the count before ('و2992 في سوريا')


def _kind_at(tokens: list[str], k: int, rules: "CountRules") -> str | None:
    """The kind word k names: one of `figures.kinds` (not before one of its `figures.not_before` words), or of
    `figures.kinds_in_context` when one of its context words follows within two words ('عدد المشاركين في المسيرة':
    protesters; 'المشاركين في الاستفتاء': no count) or one of its `before` words comes within the two before ('في
    حالة حرجة': injured; 'بالمنطقة الخطرة': none)."""
    kind = kind_of(tokens[k], rules)
    if kind is not None and k + 1 < len(tokens) and normalize(tokens[k + 1]) in rules.not_before.get(kind, ()):
        return None                     # 'إخلاء سبيل 12': released, not evacuated
    if kind is not None or not rules.in_context:
        return kind
    norm = normalize(tokens[k])
    stem = light_stem(norm)
    for name, (words, context, before) in rules.in_context.items():
        if (matches(norm, words) or matches(stem, words)) and (
                any(matches(light_stem(normalize(t)), context) for t in tokens[k + 1:k + 3])
                or any(matches(light_stem(normalize(t)), before) for t in tokens[max(k - 2, 0):k])):
            return name
    return None


def _speaker_before(token: str, rules: CountRules) -> bool:
    """A verb of saying or a source particle (`figures.speaker_before`), 'و' or 'ف' glued on or not: the kind word
    after it names who speaks."""
    norm = normalize(token.strip(PUNCTUATION))
    return norm in rules.speaker_before or norm[:1] in "وف" and norm[1:] in rules.speaker_before


def _cases_of_another(tokens: list[str], end: int, kinds: list[str | None], rules: CountRules) -> bool:
    """The count ending at `end` counts cases of something no kind names: one of `figures.case_nouns` right after it
    (or glued to its digits: '70حالة'), then a noun of no kind in construct with it ('76 حالة تسمم', not '3 حالات
    وفاة', '11 حالة في معهد ناصر', '90 حالة بالإضافة إلى 613 مصابا')."""
    glued = normalize(re.sub(r"^\D*\d+", "", tokens[end]))
    at = end if glued in rules.case_nouns else end + 1
    if at == end + 1 and (at >= len(tokens) or normalize(tokens[at].strip(PUNCTUATION)) not in rules.case_nouns):
        return False
    if at + 1 >= len(tokens) or tokens[at][-1:] in CLAUSE_END:
        return False
    after = normalize(tokens[at + 1].strip(PUNCTUATION))      # the noun it is in construct with, no particle
    return kinds[at + 1] is None and len(after) > 2 and after not in rules.others \
        and after not in STOPWORDS_NORMALIZED and not after[:1].isdigit() \
        and not after.startswith(("و", "بال", "لل", "فال", "كال"))


def _opens_clause(token: str, rules: CountRules) -> bool:
    """A word glued to 'و' that is no number, no kind word, no people and no function word: the next clause's verb
    ('ونقل', 'وخرج'), not 'وهو' nor a list's next item ('و100', 'سبعة سوريين موقوفين ولبنانيين اثنين')."""
    word = normalize(token.strip(PUNCTUATION))
    bare = word[1:]
    people = bare in rules.people or any(g.match(bare) for g in (_GROUP, _GROUP_ONE, _GROUP_WOMEN, _GROUP_TWO))
    return word[:1] == "و" and len(word) > 3 and not bare[:1].isdigit() and word not in STOPWORDS_NORMALIZED \
        and bare not in STOPWORDS_NORMALIZED and not people and _kind_at([token], 0, rules) is None


def _kind_of_its_part(tokens: list[str], end: int, part: tuple[int, float, int], kinds: list[str | None],
                      rules: CountRules) -> str | None:
    """A count with no kind word of its own whose part follows it ('124 شخصا بينهم 121 طالبا جرحوا'): the kind word
    right after the part's noun names both, the whole and its part, when no clause ends between them."""
    def word(at: int) -> str:
        return normalize(tokens[at].strip(PUNCTUATION))
    k = end + 1
    if k < len(tokens) and tokens[end][-1:] not in CLAUSE_BREAK and word(k) in rules.people:
        k += 1                                                              # 'شخصا'
    start, _, part_end = part
    if k + 1 != start or tokens[k - 1][-1:] in CLAUSE_BREAK or word(k) not in rules.part_of:
        return None
    for m in range(part_end + 1, min(part_end + 3, len(tokens))):
        if kinds[m]:
            return kinds[m] if not any(t[-1:] in CLAUSE_END for t in tokens[start:m]) else None
    return None


def count_spans(tokens: list[str], rules: CountRules) -> list[CountSpan]:
    """Every count the tokens state, with the tokens it spans; not increments ('58 حالة وفاة إضافية'),
    which are neither the latest value of a toll nor an outdated one. A kind word within `window` words
    names the nearest number's kind, never one past another number nor, after the number, past the end
    of its clause ('1.28 مليون متظاهر شاركوا في الإضراب، واعتقلت الشرطة 43': the arrests are 43), nor the
    word the count before took as its own counted noun ('66 ضحية و100 حالة إصابة': 100 injured). A count
    of two kinds together ('114 بين شهيد وجريح') is a count of neither, but of their `figures.combined` kind."""
    numbers = [(i, value, end) for i, end, value in rules.numbers.numbers(tokens)]
    kinds = [None if k and _speaker_before(tokens[k - 1], rules) else _kind_at(tokens, k, rules)
             for k in range(len(tokens))] if numbers else []     # ('وقال ناجون إن 450 كانوا على متنه': who speaks)
    hedged = _hedged_from(tokens, rules)
    found = []
    taken = -1                  # the last kind word a count before took as its counted noun, after it
    for n, (i, value, end) in enumerate(numbers):
        lo = numbers[n - 1][2] + 1 if n else 0
        hi = numbers[n + 1][0] if n + 1 < len(numbers) else len(tokens)
        hi = next((k + 1 for k in range(end, hi) if tokens[k][-1:] in CLAUSE_END), hi)   # not past a comma
        # nor past a contrast that opens another clause ('28 شخصا بينما أصيب 25 آخرين': the 28 are not injured)
        hi = next((k for k in range(end + 1, hi) if normalize(tokens[k]) in rules.contrast), hi)
        if n + 1 < len(numbers) and hi == numbers[n + 1][0]:   # '2122 والمصابين إلى 2421': the kind word
            hi = next((k for k in range(end + 1, hi) if _joined_kind(tokens[k], rules)   # after 'و' is the next's,
                       and hi - k <= rules.list_gap), hi)          # when the next number follows it closely
        # a new item of a list after a comma takes no kind word from before the comma ('لأسرة كل شهيد، و50 ألف')
        # (a subject before a comma still names the count: 'حصيلة قتلى الهجمات التي وقعت الأحد، بلغت 253')
        # a part: right after a part word ('بينهم 630'); with one of `figures.part_of_after` right after it and no
        # count of its own next ('ثلاثون منهم في الطارف'; not '305 منهم 27 طفلا', nor '305 بينهم'); with words of
        # its own saying of whom it is a part ('20 طفلا من بين الضحايا'); or listed right after a part ('و17 امرأة')
        own = " ".join(normalize(t) for t in tokens[end + 1:min(hi, end + 1 + rules.window)])
        listed_part = bool(found and found[-1].part and found[-1].end == numbers[n - 1][2]
                           and i - found[-1].end <= rules.window and (tokens[i].startswith("و") or tokens[i - 1] == "و"))
        part = (any(normalize(t) in rules.part_of for t in tokens[max(i - 2, 0):i])
                or (end + 1 < len(tokens) and normalize(tokens[end + 1]) in rules.part_of_after
                    and not (n + 1 < len(numbers) and numbers[n + 1][0] == end + 2))
                or any(f" {p} " in f" {own} " for p in rules.among)
                # ('من بين القتلى 27 طفلا': among a kind word's count, before the number)
                or (i >= 2 and kinds[i - 1] is not None and any(
                    f" {p} " in f" {' '.join(normalize(t) for t in tokens[max(i - 3, 0):i - 1])} " for p in rules.among)))
        # (nor does a count in a clause that 'و' opens after a comma: '، بجروح وإصابات خطيرة، وتمكن حوالي 58 عاملا
        # من الخروج': the 58 who got out are not injured)
        clause = max([lo] + [k + 1 for k in range(lo, i) if tokens[k][-1:] in CLAUSE_BREAK])
        listed_after_comma = tokens[i].startswith("و") or (i > 0 and tokens[i - 1] == "و") or (
            lo < clause < i and tokens[clause].startswith("و"))
        start = clause if listed_after_comma else lo
        nearest_first = [k for d in range(1, rules.window + 1) for k in (end + d, i - d) if start <= k < hi]
        # the noun the count before took comes last ('66 ضحية و100 حالة إصابة': 100 injured; 'قتيل، منهم 3100')
        # (and only when nothing but its list ties the count to it: not across a comma into a clause of its own,
        # 'انتشال 49 جثة حتى الآن، بينما تم إنقاذ 17 شخصا', unless the count is a part of it: 'قتيل، منهم 3100')
        # (nor past a word 'و' opens between them, the next clause's verb, or a contrast: '21 رجل إطفاء بين القتلى ونقل
        # 721 شخصا إلى المستشفيات', '3 أشخاص لقوا مصرعهم فيما وضع 18 آخرون تحت المراقبة': not dead)
        nearest_first = [k for k in nearest_first if k > taken] + [
            k for k in nearest_first if k <= taken and (part or not (
                any(t[-1:] in CLAUSE_END for t in tokens[k:i]) or any(t[:1] in CLAUSE_BREAK for t in tokens[k + 1:i])
                or any(_opens_clause(t, rules) or normalize(t) in rules.contrast for t in tokens[k + 1:i])))]
        # a kind word before the number names no count inside a relative clause after it ('حصيلة ضحايا التفجيرات
        # التي ضربت ثلاث كنائس': the churches the bombings hit), unless a total reaches it ('الذين بلغ عددهم 30')
        nearest_first = [k for k in nearest_first if k > end or not _across_relative(tokens, k, i, rules)]
        # nor one after it in a relative clause of another noun ('22 مشتبها بصلتهم بالانفجار الذي أسفر عن مقتل ستة':
        # 'الذي' / 'التي' tell of a thing; 'الذين قتلوا' may tell of those counted)
        nearest_first = [k for k in nearest_first if k < i or not any(
            normalize(t.strip(PUNCTUATION)) in _OF_A_THING for t in tokens[end + 1:k])]
        # one or two spelled after its noun counts that noun ('مسلح واحد'): when it is no kind word nor one of people,
        # no kind word after the number names it ('ونفذ مسلح واحد تفجيرات قتلت 50': one gunman, not one dead)
        # (a nisba names people: 'فلسطينيين اثنين آخرين أصيبا' are two injured)
        noun = normalize(tokens[i - 1].strip(PUNCTUATION)) if i else ""
        if end == i and i and rules.numbers.words.get(normalize(tokens[i].strip(PUNCTUATION)), 3) <= 2 \
                and kinds[i - 1] is None and noun not in rules.people and not _GROUP.match(noun):
            nearest_first = [k for k in nearest_first if k < i]
        # a kind word glued to 'و' after the number begins the next item, never this count's ('مقتل أكثر من 20
        # شخصا وإصابة آخرين': 20 dead)
        at = next((k for k in nearest_first if kinds[k]
                   and not (k and normalize(tokens[k - 1]) in rules.measured_of)      # 'أعمار القتلى'
                   and not (k > end and _joined_kind(tokens[k], rules))), None)
        if at is None and hi < len(tokens) and tokens[hi - 1][-1:] in CLAUSE_BREAK and hi - 1 <= end + 2 \
                and normalize(tokens[hi].strip(PUNCTUATION)) in rules.apposition_openers:
            # '27 شخصا، معظمهم من السودان وتشاد، لقوا حتفهم': the verb after a clause of whom they were names them
            close = next((k for k in range(hi, min(hi + rules.apposition_words, len(tokens)))
                          if tokens[k][-1:] in CLAUSE_BREAK), None)
            if close is not None and not any(kinds[hi:close + 1]) and not any(hi <= j <= close for j, _, _ in numbers):
                at = next((k for k in range(close + 1, min(close + 3, len(tokens))) if kinds[k]
                           and not _joined_kind(tokens[k], rules)), None)
        cases_of_another = _cases_of_another(tokens, end, kinds, rules)
        if cases_of_another and at is not None and at < i:
            at = None                                  # ('ثمانية وفيات و76 حالة تسمم': 76 poisoned, not dead)
        among = next((k for k in range(end + 2, hi) if kinds[k] and normalize(tokens[k - 1]) in rules.counted_among
                      and k - end <= rules.window), None)
        at = among if among is not None else at        # 'خمس حالات في عداد المفقودين': the missing
        kind = kinds[at] if at is not None else None
        if (kind is None or at < i) and rules.reach & set(map(normalize, tokens[max(lo, i - 3):i])):
            # 'ارتفع عدد الضحايا جراء الزلازل التي ضربت البلدين، إلى أكثر من 41 ألف شخص', 'عدد الأشخاص الذين
            # لقوا مصرعهم ... بلغ 37': the kind the total names however far before 'إلى N' or 'بلغ N'
            to = max(k for k in range(max(lo, i - 3), i) if normalize(tokens[k]) in rules.reach)
            while to > lo and normalize(tokens[to - 1]) in rules.reach:
                to -= 1                             # 'وصل إلى 250': the whole verb phrase is the count's own
            # the total names the first kind word after it ('حصيلة ضحايا الزلزال المدمر ... إلى 920 شخصا': the
            # victims, not the destructive earthquake's 'مدمر')
            named = next((k for k in range(to - 1, lo, -1) if kinds[k] and any(
                normalize(tokens[j]) in rules.totals | rules.rises
                and not any(t[-1:] in CLAUSE_END for t in tokens[j:k])
                and not any(kinds[j + 1:k]) for j in range(max(lo, k - rules.total_gap), k))
                and not any(normalize(tokens[j]) in rules.reach and any(ch.isdigit() for t in tokens[j + 1:j + 3]
                                                                        for ch in t) for j in range(k + 1, to))), None)
            # (its own 'إلى', not past another's 'إلى 50'; 'عدد ضحايا المركب الذين وصلوا إلى المشفى، بلغ 98': a verb of
            # arriving reaches no count)
            if named is not None or kind is None:   # (before a nearer word: 'حصيلة المصابين ... ميناء الشهيد
                at = named                          # رجائي ... إلى 1139': the total names what is counted)
                kind = kinds[at] if at is not None else None
            if kind is None and end + 1 < len(tokens) \
                    and normalize(tokens[end + 1].strip(PUNCTUATION)) in rules.people \
                    and any(normalize(t.strip(PUNCTUATION)) in rules.toll_words for t in tokens[lo:to]) \
                    and not any(t[-1:] in CLAUSE_END for t in tokens[lo:to]):
                kind = "dead"                       # 'ارتفعت حصيلة الهجوم إلى 20 شخصا': the toll is of the dead
        if at is not None and at > end and (light_stem(normalize(tokens[at])) in rules.victims
                                            or kinds[at] in rules.people_kinds) \
                and not _combined(tokens, at, max(lo, taken + 1), hi, rules):   # ('101 ضحية بين القتيل والجريح')
            before = next((k for k in range(i - 1, max(start, i - rules.victims_window) - 1, -1)
                           if tokens[k][-1:] not in CLAUSE_END and kinds[k] and kinds[k] not in rules.people_kinds),
                          None)
            if before is not None:     # 'وأصيب 30 ضحية': injured victims; 'بقتل 50 محتجا': protesters killed
                at, kind = before, kinds[before]
            elif kinds[at] in rules.people_kinds:     # 'لقي 150 راكبا حتفهم': what befell them, after them
                after = next((k for k in range(at + 1, min(hi, at + 1 + rules.window))
                              if kinds[k] and kinds[k] not in rules.people_kinds), None)
                if after is not None and not any(t[-1:] in CLAUSE_END for t in tokens[at:after]):
                    at, kind = after, kinds[after]
        if at is not None and (pair := _combined(tokens, at, max(lo, taken + 1), hi, rules)):
            kind = rules.combined.get(pair)   # '114 بين شهيد وجريح': dead and injured together, a kind of its
            if kind is None:                  # own (`figures.combined`); another pair is no count
                continue
        # listed right after a part, it is one more part ('بينهم 27 طفلا و17 امرأة'), unless a kind word of its own
        # names another kind ('305 قتلى، بينهم 27 طفلا، و128 جريحا': the injured are no part of the dead)
        part = part or (listed_part and not (at is not None and at > end and kind != found[-1].kind))
        if at is not None and at > end:
            taken = at
        # the noun right after the number is its own, even when a kind word before named it ('جملة الإصابات
        # 4599 حالة إصابة و528 حالة وفاة': 'إصابة' is not the 528's)
        taken = max([taken] + [k for k in range(end + 1, min(end + 3, hi)) if kinds[k]][:1])
        if kind is None and n + 1 < len(numbers):
            kind = _kind_of_its_part(tokens, end, numbers[n + 1], kinds, rules)   # '124 شخصا بينهم 121 طالبا جرحوا'
        listed = kind is None
        if kind is None and n and found and found[-1].end == numbers[n - 1][2] and not cases_of_another and (
                (i - found[-1].end <= rules.window and (tokens[i].startswith("و") or tokens[i - 1] == "و"))
                or any(normalize(t) in rules.totals for t in tokens[max(lo, i - rules.window):i])
                or superseding(tokens, i, rules)):                    # '253 قتيلا، بدلا من 359
            kind = found[-1].kind           # '12391 في تركيا و2992 في سوريا', '... لتصل الحصيلة إلى 41732': one kind
        elif kind is None and n and found and found[-1].end == numbers[n - 1][2] and (tokens[i].startswith("و") or tokens[i - 1] == "و") \
                and end > i and not cases_of_another:   # '1,28 مليون شخص، ... بحسب الداخلية، و3,5 مليون وفقا للنقابات'
            kind = found[-1].kind
        if value != int(value):
            continue                                           # '84,30 في المائة': no count of people is a fraction
        if kind in rules.object_kinds and end + 1 < len(tokens) and \
                normalize(tokens[end + 1].strip(PUNCTUATION)) in rules.people | rules.others:
            continue                                           # '99 شخصا فقدوا إثر انهيار مبنى': people, no building
        own_words = tokens[end + 1:min(end + 1 + rules.window, hi)]
        # (new ones are no toll either: '7 حالات وفاة جديدة', '7 قتلى جدد')
        # (not bodies named later with their own adjective: '184 قتيلا بعد العثور على جثث إضافية / جديدة' is the toll)
        bodies_at = next((k for k, t in enumerate(own_words) if k and normalize(t) in rules.body_nouns), len(own_words))
        increment = any(normalize(t) in rules.increments for t in own_words[:bodies_at]) or any(
            normalize(t) in rules.new_after_kind and (kind_of(b, rules) or normalize(b) in rules.people)
            and b[-1:] not in CLAUSE_END for b, t in zip([tokens[end]] + own_words, own_words[:bodies_at])) or any(
            normalize(t) in rules.more_after_bodies and normalize(b) in rules.body_nouns
            for b, t in zip([tokens[end]] + own_words, own_words)) or any(     # ('4 جثث أخرى': more bodies)
            normalize(tokens[j]) in rules.increments_before and all(kinds[j + 1:i]) for j in range(max(i - 2, 0), i))
        if kind and not increment and i < hedged:
            found.append(CountSpan(kind, value, i, end, _group(tokens, i, end, rules), part, listed))
    found = _without_sums(_one_per_range(_without_recoveries(found, tokens, rules), tokens, rules))
    return sorted(found + _counts_of_one(tokens, found, rules), key=lambda c: c.start)


def _across_relative(tokens: list[str], k: int, i: int, rules: CountRules) -> bool:
    """A relative pronoun between the kind word at k and the number at i, with no total, rise, 'إلى' or their
    number ('الذين يبلغ عددهم 30', 'الذي يقل عددهم عن 40') after it before the number, nor a rise from the number
    ('الذي ضرب المغرب من 632 شخصا إلى 820'): the number is in a clause of its own."""
    norms = [normalize(t.strip(PUNCTUATION)) for t in tokens[k + 1:i]]
    last = max((j for j, norm in enumerate(norms) if norm in rules.relative_pronouns), default=None)
    if last is None or norms[-1:] == ["من"] and TO in {normalize(t) for t in tokens[i + 1:i + 4]}:
        return False
    return not any(norm in rules.reach or norm in rules.totals or norm in rules.rises or norm.startswith(_NUMBER_OF)
                   for norm in norms[last + 1:])


def _without_sums(found: list[CountSpan]) -> list[CountSpan]:
    """A count broken down right after it into counts of two kinds or more that add up to it ('عدد الضحايا 642 (358
    قتيلا و228 جريحا و56 مفقودا)') is their sum, no count of its own kind."""
    sums = set()
    for n, count in enumerate(found):
        total, kinds, last = 0.0, set(), count.end
        for other in found[n + 1:]:
            if other.start - last > 3:
                break
            total, last = total + other.value, other.end
            kinds.add(other.kind)
            if total >= count.value:
                if total == count.value and len(kinds) > 1:
                    sums.add(n)
                break
    return [count for n, count in enumerate(found) if n not in sums]


def _counts_of_one(tokens: list[str], found: list[CountSpan], rules: CountRules) -> list[CountSpan]:
    """'مقتل طفل', 'وفاة شخص', 'إصابة مواطن': an indefinite singular person (`figures.singular_people`) right after a
    word of the dead or the injured is a count of one; a dual (`figures.dual_people`: 'قتل شخصان', 'مقتل طفلين') a
    count of two, and so is a dual of the kind's own word wherever it stands (`figures.dual_kinds`: 'قتيلان'). Not
    those whose death raised a toll the sentence gives ('ارتفعت إلى 26 قتيلا بعد وفاة امرأة متأثرة بجراحها')."""
    taken = {k for c in found for k in range(c.start, c.end + 1)}
    ones = []
    for k in range(len(tokens)):
        word = normalize(tokens[k].strip(PUNCTUATION))
        if k in taken:
            continue
        if word in rules.dual_kinds:
            ones.append(CountSpan(rules.dual_kinds[word], 2.0, k, k, _dual_group(tokens, k, rules), False))
            continue
        value = 1.0 if word in rules.singular_people else 2.0 if word in rules.dual_people else None
        if value is None or not k or tokens[k - 1][-1:] in CLAUSE_END:
            continue
        after = normalize(tokens[k + 1].strip(PUNCTUATION)) if k + 1 < len(tokens) else ""
        if k + 1 < len(tokens) and rules.numbers.read(tokens, k + 1) is not None or after in ("واحد", "واحده"):
            continue                    # ('شخص واحد', 'مواطنان اثنان': read as a number)
        kind = kind_of(tokens[k - 1].strip(PUNCTUATION), rules)
        if kind not in ("dead", "injured"):
            continue
        before = [c.kind for c in found if c.end < k]
        if value == 1 and after in rules.one_more and (not before or kind in before):
            continue                    # ('جثة طفل آخر', 'قضى أربعة ... ومصرع شخص آخر': one more; not 'هلاك 77 شخصا
            #                             وإصابة شخص آخر': the other one hurt)
        if k > 1 and _AFTER & {normalize(t) for t in tokens[max(k - 5, 0):k - 1]} and any(
                c.kind == kind and c.value > value and c.end < k and rules.reach & {
                normalize(t) for t in tokens[max(c.start - 3, 0):c.start]} for c in found):
            continue                    # 'إلى 91 بعد وفاة شخصين': the two who died since, not a toll
        ones.append(CountSpan(kind, value, k, k, _dual_group(tokens, k, rules) if value == 2 else None, False))
    return ones


def _dual_group(tokens: list[str], k: int, rules: CountRules) -> str | None:
    """The group a dual nisba right after two people names ('مواطنان تونسيان': تونسي), or None."""
    after = normalize(tokens[k + 1].strip(PUNCTUATION)) if k + 1 < len(tokens) else ""
    return after[:-2] if _GROUP_TWO.match(after) and not kind_of(after, rules) else None


def _one_per_range(found: list[CountSpan], tokens: list[str], rules: CountRules) -> list[CountSpan]:
    """A range ('بين 90 و100', 'ما بين 90 إلى 100 قتيل', 'ثمانية أو تسعة') is one count, not two values one party
    gives: its upper end, of the kind the words before the range name ('حصيلة القتلى الآن تتراوح بين 90 و100 وهناك
    عشرات الجرحى': the dead, not the injured named after it)."""
    kept: list[CountSpan] = []
    joined = -1
    for n, low in enumerate(found):
        if n == joined:
            continue
        high = found[n + 1] if n + 1 < len(found) else None
        opener = normalize(tokens[low.start - 1].strip(PUNCTUATION)) if low.start else ""
        either = high is not None and high.start == low.end + 2 and normalize(tokens[low.end + 1]) == _OR
        if high is not None and (opener in rules.numbers.range_openers or either) and high.value > low.value and (
                high.start == low.end + 1 and tokens[high.start].startswith("و")
                or high.start == low.end + 2 and normalize(tokens[low.end + 1]) in {"و", TO, _OR}):
            kept.append(replace(high, kind=low.kind, start=low.start, group=low.group or high.group, part=low.part))
            joined = n + 1
        elif low.end + 2 < len(tokens) and normalize(tokens[low.end + 1]) == _OR and \
                (other := rules.numbers.read(tokens, low.end + 2)) is not None and other[0] > low.value:
            kept.append(replace(low, value=other[0], end=other[1]))       # '5 أو 6 أشخاص': the other has no kind
            joined = n + 1 if high is not None and high.start == low.end + 2 else joined
        else:
            kept.append(low)
    return kept


def _without_recoveries(found: list[CountSpan], tokens: list[str], rules: CountRules) -> list[CountSpan]:
    """Bodies recovered that raised a toll the sentence gives ('ارتفعت الى 1125 قتيلا، بعد العثور على 15 جثة',
    'انتشال 5 ضحايا ... لترتفع الحصيلة إلى 87'): an increment, neither the toll nor an earlier value of it. The
    missing found ('تم العثور على 9 طلاب مفقودين') are no longer missing: no count of the missing (but those a
    verbal noun of finding names after no word of its being done are looked for: `figures.done_before`)."""
    reached = [c for c in found if rules.reach & set(map(normalize, tokens[max(c.start - 3, 0):c.start]))]
    out = []
    for c in found:
        before = [normalize(t) for t in tokens[max(c.start - 3, 0):c.start]]
        at = next((k for k, w in enumerate(before) if w in rules.recoveries), None)
        if at is not None and any(t.kind == c.kind and t.value > c.value for t in reached):
            continue
        # (found, not looked for: 'تم العثور على', 'عثرت على'; 'تحاول الفرق العثور على عشرة مفقودين' are missing)
        if at is not None and c.kind == "missing" and (before[at] not in rules.recovery_nouns
                                                       or at and before[at - 1] in rules.done_before):
            continue
        out.append(c)
    return out


def _hedged_from(tokens: list[str], rules: CountRules) -> int:
    """The first token an estimate or forecast (`figures.hedges`: 'قد يصل', 'يتوقع', 'احتمال') governs: the
    start of the clause it is in (a hedge glued to 'و' opens its own: 'غرق 59 اليوم ويخشى أن يرتفع العدد'). It
    governs its clause and what follows ('قد يصل، بحسب التقديرات، إلى 20 ألفا'), not the counts before it ('ارتفع
    إلى سبعين ...، مع احتمال زيادة العدد')."""
    norms = [normalize(t) for t in tokens]
    text = " ".join(norms)
    hits = [at for h in rules.hedges if (at := text.find(h)) >= 0]
    if not hits:
        return len(tokens)
    ends, k = 0, 0           # the token the hit is in (a token may normalize to several words: 'مارس/آذار')
    while k < len(tokens) - 1 and (ends := ends + len(norms[k]) + 1) <= min(hits):
        k += 1
    if norms[k][:1] == "و" and text.startswith(norms[k][1:], min(hits)):
        return k                 # 'و' opens the hedge's own clause: '59 غرقوا اليوم ويخشى أن', 'ومن المتوقع أن'
    while k > 0 and tokens[k - 1][-1:] not in CLAUSE_END:
        k -= 1
    return k


def sentence_figures(sentence: Sentence, rules: CountRules) -> list[tuple[str, float]]:
    """(kind, value) for every count the sentence states; a count of one group is 'kind (group)'."""
    return [(f"{c.kind} ({c.group})" if c.group else c.kind, c.value)
            for c in count_spans(tokens_of(sentence.text), rules) if not c.part]


def find_figures(claims: list[Claim], cfg: Config, claimants: set[str] | frozenset[str] = frozenset()
                 ) -> list[Figure]:
    """One figure per kind, scope and event from the counts the claims state (denials aside, but for a
    denial of who carried the event out: 'ارتفعت الحصيلة إلى 93، فيما نفت الحركة مسؤوليتها' counts 93), values
    in time order. Counts of two event types never join; a count whose event is unnamed joins the
    event whose sentences share most words with its own. A figure with a scope is a part of the
    whole figure of its kind and event, when the story gives one. A sentence of two sources' opposite accounts
    counts what each account says ('نفى الجيش مقتل أي جندي، في حين زعمت الوزارة أن 600 جندي قتلوا': 600 claimed).
    A value only `claimants` give (the perpetrators, `perpetrators.claimants`) is claimed too."""
    by_scope: dict[tuple[str, str | None], list[tuple[Claim, Count]]] = {}
    for claim in (part for whole in claims for part in whole.parts()):
        check_deadline()
        if not claim.positive and not claim.responsibility:
            continue
        for count in claim.counts:
            by_scope.setdefault((count.kind, count.scope), []).append((claim, count))
    falling = set(cfg.claims.falling_kinds)
    rounding = frozenset(cfg.claims.rounding_qualifiers)
    campaigns = frozenset(cfg.figures.campaign_events)
    secondary = {kind: tuple(hosts) for kind, hosts in vars(cfg.figures.secondary_events).items()}
    # the types the story names that no other type's words describe (the story's events: a fire, an air strike)
    named = {c.event for stated in by_scope.values() for _, c in stated if c.event}
    primary = {kind: sorted(e for e in named if e not in secondary and e not in campaigns and "@" not in e
                            and "+" not in e and (not hosts or e in hosts))
               for kind, hosts in secondary.items()}
    below = cfg.figures.another_incident_below
    bounds = frozenset(cfg.claims.lower_bound_qualifiers)
    complementizers = {normalize(w) for w in cfg.claims.complementizers}

    def latest_of(values: list[FigureValue], kind: str, event: str | None = None) -> tuple[float, str]:
        growing = kind not in falling                      # (a far lower newer value of a growing count: not it)
        kept = _without_far_below(values, below) if growing else values
        if growing and (event or "").split("+")[0] not in campaigns:   # (a campaign's newer count is another day's)
            kept = _without_bounds_below(kept, bounds)
        return latest_value(kept, not growing, rounding)

    figures = []
    marked: set[str] = set()         # (figures of a place a sentence marks a part: 'في درنة وحدها')
    for (kind, scope), stated in by_scope.items():
        for event, members in _by_event(stated, cfg.figures.same_event_values, cfg.figures.same_incident_from,
                                        campaigns, primary).items():
            # (a value only the perpetrators say, after 'أن', is their claim: one another source gives too is the
            # count, and one the sentence tells of their deed is the writer's, 'التي أسفرت عن مقتل نحو 100')
            confirmed = {c.value for claim, c in members if (c.who or claim.who) not in claimants}
            values = [FigureValue(c.value, claim.sentence.text, claim.sentence.doc_id, claim.published,
                                  claim.sentence, c.qualifier, c.who or claim.who, claim.time_key(c),
                                  claim.claimed or (c.who or claim.who) in claimants and c.value not in confirmed
                                  and bool(complementizers & set(claim.norms[:c.start])))
                      for claim, c in members]
            values.sort(key=lambda v: (*v.when, v.value))
            latest, how = latest_of(values, kind, event)
            figures.append(Figure(kind, values, latest, scope, members[0][1].scope_type, event, how))
            if any(c.alone for _, c in members):
                marked.add(figures[-1].id)
    figures = _whole_told_of_a_group(figures, marked, latest_of)
    _newer_undated(figures, falling)
    wholes = {(f.what, f.event) for f in figures if f.scope is None}
    for f in figures:
        if f.scope is not None and (f.what, f.event) in wholes:
            f.part_of = Figure(f.what, [], 0.0, None, None, f.event).id
    return figures


def _newer_undated(figures: list[Figure], falling: set[str]) -> None:
    """An undated article giving a toll that only grows above every dated article's value of it is newer than all of
    them: a count that can fall (the missing) takes its value there as the latest ('newer'), where dates alone would
    keep the newest dated article's (86 missing on July 8; an undated page with 79 dead, more than any dated page
    gives, says 61 are still missing). Of several such articles, the one giving the highest toll is the newest (the
    toll only grows: 238 missing beside 64 dead, 180 beside 121, 90 beside 187). Not newer than a dated article that
    gives no such toll and is newer than those that do (a report months later on the missing alone)."""
    later: dict[str, float] = {}                  # an undated article newer than the dated ones: the toll it gives
    toll_days: list[date] = []
    tolls = sorted((f for f in figures if f.what not in falling and f.scope is None and not f.recalled),
                   key=lambda f: -len(f.values))
    for rank, f in enumerate(tolls):
        dated = [v.value for v in f.values if v.published]
        if not dated:
            continue
        above = {v.doc: v.value for v in f.values if not v.published and v.when.current and v.value > max(dated)}
        for doc, value in above.items():
            later[doc] = max(later.get(doc, 0.0), value if rank == 0 else 0.0)   # (the main toll orders them)
        toll_days += [v.published for v in f.values if v.published] if above else []
    for f in figures:
        newer = {v.doc: v.value for v in f.values if not v.published and v.doc in later and v.when.current}
        if f.what not in falling or not newer or not any(v.published for v in f.values) \
                or any(v.published > max(toll_days) for v in f.values if v.published):
            continue
        if len(set(newer.values())) == 1:
            f.latest, f.latest_from = next(iter(newer.values())), "newer"
            continue
        top = max(later[doc] for doc in newer)
        values = {value for doc, value in newer.items() if later[doc] == top}
        if top and len(values) == 1:
            f.latest, f.latest_from = values.pop(), "newer"


def _whole_told_of_a_group(figures: list[Figure], marked: set[str],
                           latest_of: Callable[..., tuple[float, str]]) -> list[Figure]:
    """A scoped figure whose every value is the latest of the whole figure of its kind and event is that whole
    told of the group it consists of ('257 عسكريا لقوا مصرعهم' when the toll is 257: the soldiers are the dead), not a
    part: its values join the whole's. A place a sentence marks a part ('وحدها') stays one."""
    wholes = {(f.what, f.event): f for f in figures if f.scope is None}
    kept = []
    for f in figures:
        whole = wholes.get((f.what, f.event)) if f.scope is not None and f.id not in marked else None
        if whole is not None and {v.value for v in f.values} == {whole.latest}:
            whole.values = sorted(whole.values + f.values, key=lambda v: (*v.when, v.value))
            whole.latest, whole.latest_from = latest_of(whole.values, f.what, f.event)   # (as find_figures judges it)
        else:
            kept.append(f)
    return kept


def _by_event(stated: list, shared: int, distinctive: float = float("inf"),
              campaigns: frozenset[str] = frozenset(), primary: dict[str, list[str]] | None = None
              ) -> dict[str | None, list]:
    """The counts of one kind and scope, by the event they count. A count whose event is unnamed joins
    the named one that counts its value, else the one whose sentences hold most of its content words (with one
    named event or none, they are all one); never a past event's (its year named: 'explosion@2005'), which stays
    apart. A count of a secondary type (a collapse, a bombardment) joins so a type the story names that it may
    describe (`primary`, by secondary type; never a war, `figures.campaign_events`: a strike on a hospital is no
    part of the war's toll): one its kind and scope count, else the story's only one. Two named events that share
    `shared` values are one."""
    primary = primary or {}
    named: dict[str | None, list] = {}
    unnamed, moved = [], {}
    for claim, count in stated:
        if count.event is None:
            unnamed.append((claim, count))
        elif primary.get(count.event):
            moved.setdefault(count.event, []).append((claim, count))
        else:
            named.setdefault(count.event, []).append((claim, count))
    for event, counts in moved.items():
        here = [e for e in primary[event] if e in named]
        if here:
            _join_closest(counts, here, named)
        elif len(primary[event]) == 1:
            named.setdefault(primary[event][0], []).extend(counts)   # ('28 من الكلية' by 'قصف', the story's 'غارة')
        else:
            named.setdefault(event, []).extend(counts)
    current = [e for e in named if "@" not in e]
    # (never one named as another event or a part of one, 'هجوم آخر', 'الانفجار الأول': the story's event is not)
    hosts = [e for e in current if "+" not in e]
    if len(hosts) <= 1:
        key = hosts[0] if hosts else None
        named[key] = named.get(key, []) + unnamed
        if len(current) <= 1:
            return {e: members for e, members in named.items() if members}
        unnamed = []
    _join_closest(unnamed, hosts, named)
    return {e: members for e, members in _same_counts_one_event(named, current, shared, distinctive, campaigns).items()
            if members}


def _join_closest(counts: list, hosts: list[str], named: dict[str | None, list]) -> None:
    """Each count joins the host event that counts its value, else the one whose sentences hold most of its words
    (a share of its own words: an event of one sentence has no edge over the story's event, told in many); a second
    count of a sentence is of the first one's event ('71 حالة وفاة، وليس 74 كما ذكر بوسائل الإعلام')."""
    if not counts:
        return
    terms = {event: set().union(*(content_terms(claim.sentence.text) for claim, _ in named[event])) for event in hosts}
    values = {event: {count.value for _, count in named[event]} for event in hosts}
    chosen: dict[SentenceKey, str] = {}
    for claim, count in counts:
        own = content_terms(claim.sentence.text)
        best = chosen.get(claim.sentence.key) or max(
            hosts, key=lambda e: (count.value in values[e], len(own & terms[e]) / max(len(own), 1), len(named[e])))
        chosen[claim.sentence.key] = best
        named[best].append((claim, count))


def _same_counts_one_event(named: dict[str | None, list], current: list[str], shared: int,
                           distinctive: float = float("inf"),
                           campaigns: frozenset[str] = frozenset()) -> dict[str | None, list]:
    """Two event types whose counts share `shared` or more values are one event named two ways ('هجوم' and
    'إطلاق النار' of one attack: 24 and 29 dead in both); so are two incident types sharing one value of
    `distinctive` or more ('غارة' and 'قصف' of one strike on Khan Sheikhoun: 100 dead in both; `figures.
    same_incident_from`), not a type that
    may name a whole war (`figures.campaign_events`: 'العدوان المستمر' beside a strike on a hospital shares the
    hospital's 500 with it). The event takes the name more of its counts have."""
    values = {e: {count.value for _, count in named[e]} for e in current}
    for a, b in combinations(sorted(current, key=lambda e: -len(named[e])), 2):
        if a not in named or b not in named:
            continue                            # (one of them already joined a third)
        common = values[a] & values[b]
        incidents = not {a.split("+")[0], b.split("+")[0]} & campaigns
        plain = "+" not in a + b                # (not one type's parts: 'الانفجار الأول')
        if len(common) >= shared or incidents and (any(v >= distinctive for v in common) or plain and (
                _within(values[a], values[b]) or _within(values[b], values[a]))):
            named[a] += named.pop(b)
            values[a] |= values[b]
    return named


def _within(values: set[float], others: set[float]) -> bool:
    """Whether the middle value of one incident type's counts lies within the span of another's ('حريق' with 284
    dead among a mine explosion's 196 to 301): one toll rising, told as fire and as explosion."""
    middle = sorted(values)[(len(values) - 1) // 2]
    return len(others) > 1 and min(others) <= middle <= max(others)


def _without_bounds_below(values: list[FigureValue], bounds: frozenset[str]) -> list[FigureValue]:
    """A growing count's values without a lower bound (`claims.lower_bound_qualifiers`) a newer article gives below an
    exact value an earlier article gave: 'at least 2200' after '2204' says no less than the earlier count, not that it
    fell ('at least 37' after 'about 40' may say less)."""
    dated = [v for v in values if v.published and v.when.current and not v.claimed and v.qualifier is None]
    kept = [v for v in values if not (v.qualifier in bounds and v.published and not v.when.correction and any(
        w.published < v.published and w.value > v.value and w.doc != v.doc for w in dated))]
    return kept or values


def _without_far_below(values: list[FigureValue], below: float) -> list[FigureValue]:
    """A growing count's values without those a newer article gives far below (`figures.another_incident_below`) a
    value two earlier articles gave, with no correction cue: another incident's or a part, not the latest."""
    dated = [v for v in values if v.published and v.when.current]
    kept = [v for v in values if not (v.published and not v.when.correction and len(
        {w.doc for w in dated if w.published < v.published and v.value < below * w.value}) >= 2)]
    return kept or values


def latest_value(values: list[FigureValue], falling: bool = False,
                 rounding: frozenset[str] = frozenset()) -> tuple[float, str]:
    """The latest value and what says it is: the newest article ('date'), then the sentence's own cues
    ('cue': 'بعد ثلاثة أسابيع', 'حصيلة نهائية'; for a count that can fall, also an update: 'ارتفعت الحصيلة
    إلى'). A count
    that only grows takes the highest of what the evidence leaves ('highest': a higher undated value, or
    a tie); one that can fall takes, on a tie, the value most sources give ('unknown'). A count some
    source corrects ('تراجع عدد الوفيات إلى 19 بعد الإعلان عن 32') can fall: time evidence only. A value
    with a qualifier of `rounding` ('ما يقارب 3000', 'أكثر من 7 آلاف') in an article that also gives an
    exact value, not recalled as earlier, is that article's rounding of it: never the latest; nor is a party's
    claim or an unconfirmed report, when a sentence asserts a value ('زعم التنظيم ... 70' is a side)."""
    falling = falling or any(v.when.correction and v.when.current for v in values)
    values = [v for v in values if not v.claimed] or values      # a party's claim is a side, never the count
    exact_in = {v.doc for v in values if v.qualifier is None and v.when.current}
    values = [v for v in values if v.qualifier not in rounding or v.doc not in exact_in] or values
    dated = [v for v in values if v.published]
    pool, how = values, "cue"
    if dated:
        newest = max(v.published for v in dated)
        pool, how = [v for v in dated if v.published == newest], "date"
        if falling:      # an undated correction may be as new as the newest article: its cue decides
            pool += [v for v in values if not v.published and v.when.correction]
        undated = [v.value for v in values if not v.published and v.when.current]  # (not one its article recalls)
        if undated and not falling and max(undated) > max(v.value for v in pool):
            return max(undated), "highest"
    if len({v.value for v in pool}) == 1:
        return pool[0].value, how
    # (elapsed days, final, current, correction, update: a correction supersedes the running count it corrects);
    # a count that grows keeps the days and whether it is current (a toll an article recalls as earlier, "وكانت
    # الوزارة أعلنت مقتل 39", is not its latest, even when higher), not 'final': a toll that rose past a 'الحصيلة
    # النهائية' was no final one
    cues = (lambda v: (*v.when[2:5], v.when.correction, v.when.update)) if falling else \
        (lambda v: (v.when.elapsed_days, v.when.current))
    best = max(map(cues, pool))
    top = [v for v in pool if cues(v) == best]
    if len({v.value for v in top}) == 1:
        return top[0].value, "cue"
    if not falling:
        return max(v.value for v in top), "highest"
    counts = Counter(v.value for v in top)
    return max(counts, key=lambda value: (counts[value], -[v.value for v in top].index(value))), "unknown"


def outdated_and_latest(figures: list[Figure], contested: dict[str, set[SentenceKey]] | None = None
                        ) -> tuple[set[SentenceKey], dict[SentenceKey, set[str]]]:
    """Sentences (doc id, index) that state an outdated value, and those that state a latest one (with
    the figures whose latest value they give). A sentence that gives a figure's latest value beside an
    older one ('rose from 56 to 97') is not outdated for that figure, nor is a smaller value in an
    article that gives the latest one when no other article reports it: not an earlier toll recalled
    ('وكانت السلطات أعلنت مقتل 150'), it is a part of the toll ('170 dead in other areas of the
    country') or another count. Sentences in `contested` (by figure id) give one side of a dispute over that
    count: never outdated for it, but for another figure they state an earlier value of ('115 قتيلا وأكثر من 100
    مصاب' is a side of the injured dispute, and an outdated toll of the dead)."""
    contested = contested or {}
    any_side = frozenset().union(*contested.values())
    outdated: set[SentenceKey] = set()
    latest: dict[SentenceKey, set[str]] = {}
    recalled: set[SentenceKey] = set()
    current: set[SentenceKey] = set()
    for figure in figures:
        new, old = set(), set()
        for v in figure.values:
            (new if v.value == figure.latest else old).add(v.sentence.key)
        outdated |= old - new - parts_of(figure) - contested.get(figure.id, set())
        (recalled if figure.recalled else current).update(new | old)
        for key in new if figure.evolving else ():
            latest.setdefault(key, set()).add(figure.id)
    outdated |= _superseded_elsewhere(figures) - any_side
    return outdated | (recalled - current - any_side), latest


def _superseded_elsewhere(figures: list[Figure]) -> set[SentenceKey]:
    """Sentences whose value is the latest of one figure but an earlier value of another figure of the same
    kind and event (or none named) that has risen past it: the same toll counted under two descriptions
    ('9 civilians', '9 dead', then '12 dead'). A part of the other (`parts_of`) is no earlier value of it."""
    found: set[SentenceKey] = set()
    for figure in figures:
        if figure.recalled:
            continue
        for other in figures:
            if other is figure or other.what != figure.what or other.recalled or figure.latest >= other.latest \
                    or None not in (figure.event, other.event) and figure.event != other.event:
                continue
            parts = parts_of(other)
            earlier = {v.value for v in other.values
                       if v.value < other.latest and v.when.current and v.sentence.key not in parts}
            if figure.latest not in earlier:
                continue
            states_other = {v.sentence.key for v in other.values if v.value == other.latest}
            found |= {v.sentence.key for v in figure.values if v.value == figure.latest} - states_other
    return found


def parts_of(figure: Figure) -> set[SentenceKey]:
    """Sentences giving a smaller value in an article that gives the latest one, a value no other article
    reports and the sentence does not recall as earlier: a part of the toll, not an earlier toll."""
    current = {v.doc for v in figure.values if v.value == figure.latest}
    reported_before = {v.value for v in figure.values if v.doc not in current}
    return {v.sentence.key for v in figure.values if v.doc in current and v.value < figure.latest
            and v.value not in reported_before and v.when.current}   # ('وكانت حصيلة سابقة ... 94': earlier)


def stating(figures: list[Figure]) -> dict[SentenceKey, set[str]]:
    """The figures each sentence states a value of (its parts aside): a summary states each figure once."""
    found: dict[SentenceKey, set[str]] = {}
    for figure in figures:
        parts = parts_of(figure)
        for v in figure.values:
            key = v.sentence.key
            if key not in parts:
                found.setdefault(key, set()).add(figure.id)
    return found
