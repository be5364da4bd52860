"""Publication dates read from the text of scraped pages.

News sites print dates in many ways: `الجمعة 23/07/2021 - 03:53`,
`الأربعاء 24 فبراير 2021 03:34 ص`, `PM:12:36:26/07/2021`, `2021/07/26 | 23:55`,
or without a year (`الجمعة ، 16 من تموز`). A wrong date is worse than none, so a
date without a year is only resolved when the other articles of the story give
a reference year and the weekday, when printed, agrees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median_high
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from .config import Config
    from .documents import Document

# Month names of both Arabic families (Syriac: كانون الثاني...; Latin: يناير...),
# the Maghreb one and English. Keys are spellings, values month numbers.
_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "أذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_WEEKDAYS = {  # Python weekday(): Monday is 0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_MONTH = f"(?:{_alternation(_MONTHS)})"
_WEEKDAY = f"(?P<weekday>{_alternation(_WEEKDAYS)})"
_B = r"(?<![\w\u0600-\u06FF])"   # word start that also works next to Arabic letters
_E = r"(?![\w\u0600-\u06FF])"
_DIGIT = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_ANY_DIGIT = re.compile(r"[0-9٠-٩]")

_PATTERNS = [
    # 23/07/2021, 26-07-2021
    re.compile(r"(?<!\d)(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>(?:19|20)\d\d)(?!\d)"),
    # 2021/07/26, 2021-07-26
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/.\-](?P<month>\d{1,2})[/.\-](?P<day>\d{1,2})(?!\d)"),
    # 24 فبراير 2021, 16 من تموز, 3 يناير/ كانون الثاني 2020, 26 July 2021
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?:من\s+)?{_B}(?P<mname>{_MONTH}){_E}"
               rf"(?:\s*/\s*{_MONTH}{_E})?(?:\s*،?\s*(?P<year>(?:19|20)\d\d)(?!\d))?", re.IGNORECASE),
    # July 26, 2021
    re.compile(rf"{_B}(?P<mname>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
               re.IGNORECASE),
]
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!/)")
_WEEKDAY_BEFORE = re.compile(rf"{_B}{_WEEKDAY}{_E}[\s،,:\-]*(?:في\s+)?$", re.IGNORECASE)


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

    def resolve(self, reference: date | None, max_year_gap: int) -> date | None:
        """The full date: as printed, or with the year inferred from `reference`."""
        if self.year is not None:
            return _safe_date(self.year, self.month, self.day)
        if reference is None:
            return None
        candidates = [d for y in range(reference.year - max_year_gap, reference.year + max_year_gap + 1)
                      if (d := _safe_date(y, self.month, self.day))
                      and (self.weekday is None or d.weekday() == self.weekday)
                      and abs(d - reference) <= timedelta(days=183)]
        return min(candidates, key=lambda d: abs(d - reference)) if candidates else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(line: str) -> list[DateMention]:
    """Every date mention in one line, left to right, without overlaps."""
    if not _ANY_DIGIT.search(line):   # every date pattern has digits; most lines have none
        return []
    text = line.translate(_DIGIT)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    has_time = bool(_TIME.search(text))
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month = _MONTHS[m["mname"].lower()] if "mname" in m.groupdict() and m["mname"] else int(m["month"])
            day, year = int(m["day"]), int(m["year"]) if m["year"] else None
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            before = _WEEKDAY_BEFORE.search(text[:m.start()])
            weekday = _WEEKDAYS[before["weekday"].lower()] if before else None
            start = before.start() if before else m.start()
            taken.append((m.start(), m.end()))
            found.append(DateMention(day, month, year, weekday, start, m.end(), has_time))
    return sorted(found, key=lambda d: d.start)


def header_date(lines: list[str], header_lines: int) -> DateMention | None:
    """The mention most likely to be the publication date among the first lines of a page.

    Preference: a full date on a dateline (short line, or printed with a time),
    then any full date, then a date without a year (resolved later).
    """
    mentions = [(m, len(line.split())) for line in lines[:header_lines] for m in find_dates(line)]
    full = [(m, n) for m, n in mentions if m.year is not None and m.resolve(None, 0)]
    for m, n_words in full:
        if m.has_time or n_words <= 12:
            return m
    if full:
        return full[0][0]
    partial = [m for m, _ in mentions if m.year is None]
    return partial[0] if partial else None


def story_reference(dates: Iterable[date | None]) -> date | None:
    """The story's date: the (upper) median of the known dates, so one old article cannot pull it back."""
    known = sorted(d for d in dates if d is not None)
    return median_high(known) if known else None


def assign_dates(docs: Iterable["Document"], cfg: "Config") -> None:
    """Fill `published` from the page header where metadata gave none.

    A date printed without a year takes it from the other articles: the upper median of
    the dates known from metadata or full header dates, computed once (so the order of
    the articles does not matter, and a pile of thousands costs one pass).
    """
    docs = list(docs)
    yearless = []
    for doc in docs:
        if doc.published is None:
            mention = header_date([line for line in doc.text.split("\n") if line.strip()], cfg.dates.header_lines)
            if mention is not None and mention.year is not None:
                doc.published = mention.resolve(None, 0)
            elif mention is not None:
                yearless.append((doc, mention))
    reference = story_reference(d.published for d in docs)
    for doc, mention in yearless:
        doc.published = mention.resolve(reference, cfg.dates.max_year_gap)
