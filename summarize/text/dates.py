"""Publication dates read from the text of scraped pages.

News sites print dates in many ways: `الجمعة 23/07/2021 - 03:53`,
`الأربعاء 24 فبراير 2021 03:34 ص`, `PM:12:36:26/07/2021`, `2021/07/26 | 23:55`,
`الأحد 14/مارس/2021 - 09:10 ص`, `Jun ٢٦, ٢٠١٥ ٢٢:٢٤ UTC`, `Publié le 6 février 2022`, a date glued to the
lead (`٥ فبراير ٢٠٢٢أخرجت ...`), after a byline (`كتب: فلان، وكالات الأحد 14-03-2021 21:34`), or
without a year (`الجمعة ، 16 من تموز`, `BEIRUT, Sept 18`). A wrong date is worse than none, so a
date without a year is only resolved when the other articles of the story (or the page's address) give
a reference year and the weekday, when printed, agrees; and stamps that are often the day a page was
rendered or crawled (above the headline, 'last updated', the archive's `date 2024-05-20`, and the site's own
stamp: a date in the site's header, with the masthead or menus between it and the headline) are kept only
when the story's other pages confirm them. A stamp on another weekday than the one the lead calls today
('اليوم الأحد') is not the day the page was written: it gives way to that day (inferred) or to none.

dateparser (Arabic, English and French) and htmldate were tried on the labelled dev pages
(`benchmarks/real_pages.py --other-readers`): both read far more wrong dates than this reader
(they take any date of the page: events, related items, render stamps), so this one is kept.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from statistics import median_high, median_low
from typing import TYPE_CHECKING, Iterable

from .arabic import ASCII_DIGITS, normalize
from .deadline import check_deadline

if TYPE_CHECKING:
    from ..config import Config
    from .documents import Document

# Month names of every family: Levantine (كانون الثاني، تموز...), Egyptian/Gulf (يناير، يوليو، يوليه...),
# Algerian/Tunisian (جانفي، جويلية، أوت...), Moroccan (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) and English.
# Keys are spellings, values month numbers.
_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "أذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8, "اوت": 8,
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
MONTH_WORDS = frozenset(normalize(n) for n in _MONTHS if " " not in n and "\u0621" <= n[0] <= "\u064A")   # one-word Arabic month names, normalized
MONTH_NUMBERS = {normalize(n): m for n, m in _MONTHS.items() if normalize(n) in MONTH_WORDS}   # (their numbers)
_WEEKDAYS = {  # Python weekday(): Monday is 0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _with_marks(name: str) -> str:
    """A name that may carry Arabic marks between its letters ('كانون الأوّل')."""
    return "".join(re.escape(ch) + ("[\u064B-\u065F\u0640]*" if "\u0621" <= ch <= "\u064A" else "") for ch in name)


_MONTH = "(?:" + "|".join(_with_marks(n) + (r"\.?" if n.isascii() and len(n) <= 4 else "")
                          for n in sorted(_MONTHS, key=len, reverse=True)) + ")"
_MARKS = re.compile("[\u064B-\u065F\u0640]")
_WEEKDAY = f"(?P<weekday>{_alternation(_WEEKDAYS)})"
_B = r"(?<![\w\u064B-\u065F])"   # word edges: not inside a word (Arabic letters and marks), but
_E = r"(?![\w\u064B-\u065F])"     # next to punctuation, Arabic comma included ('16 من تموز، أن')
_ANY_DIGIT = re.compile(r"[0-9٠-٩]")

# A year: not followed by another digit, unless a time is glued to it ('20 يوليو 201910:52').
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d{2}))"

_PATTERNS = [
    # 23/07/2021, 26-07-2021, 15 07 2016
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>\d{1,2})\s+" + _YEAR),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-]" + _YEAR),
    # 2021/07/26, 2021-07-26
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/.\-](?P<month>\d{1,2})[/.\-](?P<day>\d{1,2})(?!\d)"),
    # 24 فبراير 2021, 16 من تموز, 3 يناير/ كانون الثاني 2020, 26 July 2021
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?:من\s+)?{_B}(?P<mname>{_MONTH}){_E}"
               rf"(?:\s*/\s*{_MONTH}{_E})?(?:\s*،?\s*{_YEAR})?", re.IGNORECASE),
    # 14/مارس/2021, 20-أبريل-2023, 01-نوفمبر-2024
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s*[/.\-]\s*(?P<mname>{_MONTH})\s*[/.\-]\s*{_YEAR}",
               re.IGNORECASE),
    # July 26, 2021; Sept 18 (a dateline without its year)
    re.compile(rf"{_B}(?P<mname>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?",
               re.IGNORECASE),
]
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!/)")
_WEEKDAY_WORD = re.compile(rf"{_B}{_WEEKDAY}", re.IGNORECASE)
_WORD_GOES_ON = re.compile(r"[\w\u064B-\u065F]")
_BETWEEN = "،,:-"                # (and spaces) between a weekday and its date: 'الجمعة، 16 من تموز'
_IN = "في"                       # 'الجمعة في 16 من تموز'


def _weekdays_before(text: str) -> dict[int, re.Match]:
    """The weekday printed right before a date ('الجمعة 23/07/2021', 'الجمعة، في 16 من تموز'), by the
    position where that date would start: each weekday of a line is found once, and the separators after
    it read once, instead of a search back from every date (quadratic in a line of many dates)."""
    before: dict[int, re.Match] = {}
    for weekday in _WEEKDAY_WORD.finditer(text):
        end = weekday.end()
        if end < len(text) and _WORD_GOES_ON.match(text, end):
            before[end] = weekday                  # a date glued to it ('الجمعة23/07/2021')
            continue
        while end < len(text) and (text[end].isspace() or text[end] in _BETWEEN):
            end += 1
        before[end] = weekday
        if text.startswith(_IN, end) and end + len(_IN) < len(text) and text[end + len(_IN)].isspace():
            end += len(_IN)
            while end < len(text) and text[end].isspace():
                end += 1
            before[end] = weekday
    return before


_HALF_YEAR = timedelta(days=183)     # how far from its reference a date printed without a year may lie


@dataclass(frozen=True)
class DateMention:
    """A date printed in a line; `year` is None when the text gives none."""
    day: int
    month: int
    year: int | None
    weekday: int | None
    start: int
    end: int
    has_time: bool

    def resolve(self, reference: date | None, max_year_gap: int,
                span: tuple[date, date] | None = None) -> date | None:
        """The full date: as printed, or with the year inferred from `reference`; or, given a pile's `span`
        (its first and last dates), the one day of that span with this day, month and printed weekday."""
        if self.year is not None:
            return _safe_date(self.year, self.month, self.day)
        if span is not None:
            return self._pinned(span[0] - _HALF_YEAR, span[1] + _HALF_YEAR)
        if reference is None:
            return None
        candidates = [d for y in range(reference.year - max_year_gap, reference.year + max_year_gap + 1)
                      if (d := _safe_date(y, self.month, self.day))
                      and (self.weekday is None or d.weekday() == self.weekday)
                      and abs(d - reference) <= _HALF_YEAR]
        return min(candidates, key=lambda d: abs(d - reference)) if candidates else None

    def _pinned(self, start: date, end: date) -> date | None:
        """The one date between `start` and `end` with this day, month and weekday; None without a printed
        weekday, or when it pins none or several (a day of the month falls on one weekday every 5 to 11 years)."""
        if self.weekday is None:
            return None
        found = [d for y in range(start.year, end.year + 1) if (d := _safe_date(y, self.month, self.day))
                 and start <= d <= end and d.weekday() == self.weekday]
        return found[0] if len(found) == 1 else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(line: str) -> list[DateMention]:
    """Every date mention in one line, left to right, without overlaps."""
    if not _ANY_DIGIT.search(line):   # every date pattern has digits; most lines have none
        return []
    text = line.translate(ASCII_DIGITS)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []     # disjoint spans of the dates found, sorted: overlap is one bisection
    has_time = bool(_TIME.search(text))
    weekdays = _weekdays_before(text)
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            k = bisect.bisect_left(taken, (m.end(),))         # the spans that start before this one ends
            if k and taken[k - 1][1] > m.start():
                continue
            month = _MONTHS[_MARKS.sub("", m["mname"]).lower().rstrip(".")] if "mname" in m.groupdict() \
                and m["mname"] else int(m["month"])
            day, year = int(m["day"]), int(m["year"]) if m["year"] else None
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            before = weekdays.get(m.start())
            weekday = _WEEKDAYS[before["weekday"].lower()] if before else None
            start = before.start() if before else m.start()
            bisect.insort(taken, (m.start(), m.end()))
            found.append(DateMention(day, month, year, weekday, start, m.end(), has_time))
    return sorted(found, key=lambda d: d.start)


# A day written as an ordinal ('السابع من أكتوبر', 'الحادي والعشرين من مارس'): the days of a month, 1 to 31.
_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORDINAL_DAYS = {**{name: n for n, name in enumerate(_UNITS, start=1)}, "العاشر": 10, "الحادي عشر": 11,
                 **{f"{name} عشر": n for n, name in enumerate(_UNITS[1:], start=12)}, "العشرين": 20,
                 **{f"{'الحادي' if n == 1 else name} والعشرين": 20 + n for n, name in enumerate(_UNITS, start=1)},
                 "الثلاثين": 30, "الحادي والثلاثين": 31}
_ARABIC_MONTH = _alternation({normalize(n) for n in _MONTHS if not n.isascii()})
_SPELLED_DAY = re.compile(rf"{_B}(?P<day>{_alternation({normalize(n) for n in _ORDINAL_DAYS})})\s+(?:من\s+)?(?:شهر\s+)?"
                          rf"(?P<mname>{_ARABIC_MONTH}){_E}(?:\s*/?\s*(?:{_ARABIC_MONTH}){_E})?(?:\s*،?\s*{_YEAR})?")

_DAY_OF = {normalize(n): d for n, d in _ORDINAL_DAYS.items()}             # (the names as the normalized line writes them)
_MONTH_OF = {normalize(n): m for n, m in _MONTHS.items() if not n.isascii()}


def spelled_dates(line: str) -> list[DateMention]:
    """Dates whose day is written as an ordinal word ('منذ السابع من تشرين الأول/ أكتوبر 2023'), on the
    normalized line (as `arabic.normalize` writes it); not page stamps, which print digits."""
    return [DateMention(_DAY_OF[m["day"]], _MONTH_OF[m["mname"]], int(m["year"]) if m["year"] else None,
                        None, m.start(), m.end(), False)
            for m in _SPELLED_DAY.finditer(line.translate(ASCII_DIGITS))]


# Evidence that a date is the page's own, strongest first. Dates in running sentences are never
# candidates: they are the dates of events ("في 20 يوليو 2020", "منذ 3 يناير").
EVIDENCE = ("label", "dateline", "updated", "page top", "site updated", "site stamp", "archive")
WEAK = ("page top", "archive")             # never taken without a story date to check them against
CONFIRMED = ("site updated", "site stamp", "archive")     # taken only when the story's other pages agree
# The archive's own stamp glued before a page's text ('date 2024-05-20 ...'); 'date 2023-09' gives only a month.
_ARCHIVE_STAMP = re.compile(r"^\s*date\s+(?=\d{4}-\d{2}-\d{2}\b)", re.IGNORECASE)
# A date in a page's address: /2024/06/12/, /2024-06-12, 20240612 after a slash.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/\-_]?(0[1-9]|1[0-2])[/\-_]?(0[1-9]|[12]\d|3[01])(?:[/\-_.]|$)")


@dataclass(frozen=True)
class Candidate:
    """A date the page shows for itself, with where it was seen."""
    mention: DateMention
    evidence: str             # one of EVIDENCE
    line: int                 # index among the page's non-blank lines


_TWEET = re.compile(r"\(@\w+\)")


def dateline_leftover(line: str, mentions: list[DateMention], fillers: frozenset[str]) -> list[str]:
    """The words of a line besides its dates, times and dateline words ('بتوقيت مكة', weekdays, 'GMT'):
    a dateline has hardly any."""
    for m in reversed(mentions):
        line = line[:m.start] + " " + line[m.end:]
    return [w for w in normalize(line).split() if w not in fillers and not any(ch.isdigit() for ch in w)]


def date_candidates(lines: list[str], cfg: "Config", furniture: frozenset[int] = frozenset()) -> list[Candidate]:
    """Dates the first `dates.header_lines` lines of a page show as its own, strongest evidence first:
    after a publication label ('نشر في', 'تاريخ النشر', 'تاريخ الإضافة'), on a line of its own (a
    dateline), after 'آخر تحديث', or alone above the headline without a time (often the day the page
    was rendered or crawled, not written). Tweet signatures and sentences give none. A stamp above the
    headline with `dates.site_header_lines` lines the cleaning removed in between (`furniture`, by index in
    `lines`: the masthead, menus, a ticker) is the site's: the day the page was shown or crawled, not the
    article's ('site stamp'). (A clock naming its zone, 'Jerusalem Timing', is not enough: a seed page prints
    its own date as 'الجمعة 23/07/2021 - 03:53 بتوقيت نيويورك' right above its headline.)"""
    c = cfg.dates
    labels = [normalize(label) for label in c.publication_labels]
    updates = [normalize(label) for label in c.update_labels]
    fillers = frozenset(normalize(word) for word in cfg.lexicon.dateline_words)
    bylines = frozenset(normalize(word) for word in cfg.lexicon.byline_labels)
    found = []
    label_above = False                                        # 'تاريخ ووقت الإضافة:' alone, the date below
    headline = next((n for n, line in enumerate(lines) if len(line.split()) >= 4 and not find_dates(line)),
                    len(lines))
    for n, line in enumerate(lines[:c.header_lines]):
        check_deadline()
        mentions = find_dates(line)
        folded = normalize(line)
        labelled, label_above = label_above, False
        if not mentions:
            label_above = any(label in folded for label in labels) and len(folded.split()) <= c.label_line_max_words
            continue
        if _TWEET.search(line):
            continue
        first = mentions[0]
        if _ARCHIVE_STAMP.match(line):
            evidence = "archive"
        elif labelled or any(label in folded for label in labels):
            evidence = "label"
        elif any(label in folded for label in updates):
            evidence = "updated" if n > headline else "site updated"   # above the headline: the site's stamp
        elif len(dateline_leftover(line, mentions, fillers)) <= c.dateline_max_words:
            if n < headline and sum(k in furniture for k in range(n + 1, headline)) >= c.site_header_lines:
                evidence = "site stamp"
            else:
                evidence = "page top" if n < headline and not first.has_time else "dateline"
        elif first.start == 0 and first.year is not None and n <= headline + 1:
            evidence = "dateline"                              # glued before the lead: '٥ فبراير ٢٠٢٢أخرجت ...'
        elif folded.split()[0].rstrip(":") in bylines and (first.weekday is not None or first.has_time):
            evidence = "dateline"                              # after a byline: 'كتب: فلان، وكالات الأحد 14-03-2021'
        else:
            continue                                           # a sentence: dates of events
        found += [Candidate(m, evidence, n) for m in (mentions[:1] if evidence == "archive" else mentions)]
    unlabelled = ("dateline", "page top")
    listed = {cand.mention.resolve(None, 0) for cand in found if cand.evidence in unlabelled and cand.mention.year}
    if len(listed) >= c.list_min_dates:                        # a header listing dated items: none is the page's
        found = [cand for cand in found if cand.evidence not in unlabelled]
    return sorted(found, key=lambda c: (EVIDENCE.index(c.evidence), c.line))


def url_date(url: str | None) -> date | None:
    """The date a page's address shows (`/2024/06/12/`); context for a year, never the page's date itself."""
    m = _URL_DATE.search(url or "")
    return _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def story_reference(dates: Iterable[date | None], lower: bool = False) -> date | None:
    """The story's date: the upper median of the known dates, so one old article cannot pull it back
    (or the lower median, against stamps that can only come later: render and crawl dates)."""
    known = sorted(d for d in dates if d is not None)
    return (median_low if lower else median_high)(known) if known else None


def assign_dates(docs: Iterable["Document"], cfg: "Config", story: bool = True) -> None:
    """Fill `published` (and `published_from`) where metadata gave no date, for a story or a pile.

    Each page's best candidate is taken, then checked against the story's date: the median of the
    labelled and dateline dates of all pages. A candidate far from it (more than `dates.agree_days`)
    gives way to another candidate of the same page that agrees; a far 'page top' or 'updated' date,
    or any date more than `dates.max_lone_days` away, is dropped (when unsure, no date: such dates
    are render or crawl stamps, and one of them must never move the story). A 'last updated' stamp above
    the headline (the site's) and the archive's `date YYYY-MM-DD` count only when the story's other pages
    agree with them. Dates in lines the cleaning removed as related items are not the page's. A date
    printed without a year takes the story's year (or the year of a date in the page's address), when
    the printed weekday agrees; the address's date also checks the page's stamps when no page of the
    story has a date, but is never taken as the page's date itself.

    `story=False` is for a pile of many stories (clustering): there is no story date to check a page's
    stamps against, so 'page top', archive and the site's 'last updated' stamps (which need the story's
    other pages to confirm them) are dropped, and a year is inferred only for a date whose printed weekday
    pins it within the pile's dates (a pile may span years: its median is no story's date).
    """
    c = cfg.dates
    docs = list(docs)
    pending = {}
    for doc in docs:
        if doc.published is not None:
            doc.published_from = doc.published_from or "metadata"
            continue
        related = {r.line for r in doc.removed if "related" in r.reason or "headlines" in r.reason}
        numbered = [(k, line) for k, line in enumerate(doc.text.split("\n")) if line.strip() and k not in doc.header]
        lines = ["" if line.strip() in related else line for _, line in numbered]
        kept = {line.line_no + k for line in doc.lines for k in range(line.spans)}
        furniture = frozenset(n for n, (k, _) in enumerate(numbered) if k not in kept)
        pending[doc.id] = (doc, date_candidates(lines, cfg, furniture))
    strong = {d.id: d.published for d in docs if d.published}
    strong.update({doc.id: cands[0].mention.resolve(None, 0) for doc, cands in pending.values()
                   if cands and cands[0].evidence in ("label", "dateline", "updated") and cands[0].mention.year})
    # The lower median: stamps that are not the article's own (render, crawl) only ever come later.
    reference = story_reference(strong.values(), lower=True)
    known = [day for day in strong.values() if day is not None]
    span = (min(known), max(known)) if known and not story else None
    for doc, candidates in pending.values():
        address = url_date(doc.url)
        others = story_reference([day for key, day in strong.items() if key != doc.id], lower=True)
        if not story:
            candidates = [cand for cand in candidates if cand.evidence not in (*WEAK, *CONFIRMED)
                          and (cand.mention.year is not None or cand.mention.weekday is not None)]
        else:           # a stamp often rendered or crawled later counts only where the other pages confirm it
            candidates = [cand for cand in candidates if cand.evidence not in CONFIRMED or (
                others is not None and (day := cand.mention.resolve(others, c.max_year_gap)) is not None
                and abs((day - others).days) <= c.agree_days)]
        check = (reference or address) if story else None
        chosen = _choose(candidates, check, c, reference or address, span)
        chosen = _as_the_lead_says(doc, chosen, c) if chosen else _lead_event(doc, reference, c, span)
        if chosen is not None:
            doc.published, doc.published_from = chosen


def date_again_as_story(docs: Iterable["Document"], cfg: "Config") -> None:
    """The pages of one story found in a pile, dated again as one story: a pile has no story date to check
    a page's stamps against, so it drops the stamps that need one ('page top', the site's) and keeps a
    dateline however far it lies from its story; once the pile's stories are known, each page's stamps
    are checked against its own story's other pages, as the pipeline reads a story. Dates given with the
    articles (metadata) stay."""
    docs = list(docs)
    for doc in docs:
        if doc.published_from != "metadata":
            doc.published, doc.published_from = None, None
    assign_dates(docs, cfg, story=True)


@lru_cache(maxsize=4)
def _today_pattern(today_words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"{_B}(?:{_alternation(today_words)})\s*[،,]?\s*{_WEEKDAY}{_E}", re.IGNORECASE)


def _lead_today(doc: "Document", c) -> int | None:
    """The weekday the page's first lines call today ('أعلنت الوزارة، اليوم الأحد، ...'), or None."""
    pattern = _today_pattern(tuple(c.today_words))
    for line in doc.lines[:c.lead_sentences]:
        if m := pattern.search(line.text):
            return _WEEKDAYS[m["weekday"].lower()]
    return None


def _as_the_lead_says(doc: "Document", chosen: tuple[date, str], c) -> tuple[date, str] | None:
    """A page whose lead calls its day 'اليوم الأحد' was written on a Sunday: a stamp on another weekday is a
    later render or a post after midnight (on ANT's 781 articles that say so, 94 % are dated that weekday and
    the rest one day off). It gives way to the day of that weekday at most `dates.today_max_shift_days` from
    it, marked inferred, or to no date."""
    day, source = chosen
    weekday = _lead_today(doc, c)
    if weekday is None or day.weekday() == weekday:
        return chosen
    near = [day + timedelta(days=shift) for shift in range(-c.today_max_shift_days, c.today_max_shift_days + 1)]
    near = [d for d in near if d.weekday() == weekday]
    if not near:
        return None
    return min(near, key=lambda d: abs(d - day)), f"inferred from the lead's weekday ({source} {day} is another day)"


def _lead_event(doc: "Document", reference: date | None, c,
                span: tuple[date, date] | None = None) -> tuple[date, str] | None:
    """For a page that prints no date of its own: the day its lead reports with a weekday and no year
    ('وأكد بيان البيت الأبيض، الجمعة في 16 من تموز'): news of this week, so the story's year applies,
    and only when the weekday checks out and the day agrees with the story (in a pile, given its `span`:
    the one such day the pile's dates allow). Marked as inferred."""
    if reference is None:
        return None
    from .sentences import split_sentences

    lead = [s for line in doc.lines[:c.lead_sentences] for s in split_sentences(line.text, frozenset(), 10**6)]
    for line in lead[:c.lead_sentences]:
        for mention in find_dates(line):
            if mention.year is None and mention.weekday is not None:
                if span is not None:
                    if (day := mention.resolve(None, 0, span)) is not None:
                        return day, "inferred from the lead (weekday and day, the one such day of the pile's dates)"
                elif (day := mention.resolve(reference, c.max_year_gap)) is not None \
                        and abs((day - reference).days) <= c.agree_days:
                    return day, "inferred from the lead (weekday and day, the story's year)"
    return None


def _choose(candidates: list[Candidate], reference: date | None, c, year_reference: date | None = None,
            span: tuple[date, date] | None = None) -> tuple[date, str] | None:
    """The best candidate, checked against the story's date `reference` (None: no check); a date
    without a year takes it from `year_reference` (by default the story's date), or in a pile from the
    pile's `span` where its weekday pins it."""
    year_reference = year_reference or reference
    resolved = [(day, cand) for cand in candidates
                if (day := cand.mention.resolve(year_reference, c.max_year_gap, span)) is not None]
    if not resolved:
        return None
    day, best = resolved[0]
    source = best.evidence if best.mention.year is not None else f"{best.evidence}, year inferred"
    if reference is None or abs((day - reference).days) <= c.agree_days:
        return day, source
    agreeing = [(d, cand) for d, cand in resolved if abs((d - reference).days) <= c.agree_days]
    if agreeing:
        day, cand = agreeing[0]
        return day, f"{cand.evidence} (agrees with the story; {best.evidence} {resolved[0][0]} did not)"
    if best.evidence in ("page top", "updated", *CONFIRMED) or abs((day - reference).days) > c.max_lone_days:
        return None
    return day, source
