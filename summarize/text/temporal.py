"""Relative days anchored: 'اليوم الاثنين', 'أمس', 'غدا' get the date a reader can place.

A summary merges articles published on different days, and is read days later: each article's
"today" is its own publication day, so "اليوم" copied into the summary is wrong for most of its
readers. Following the anchoring step of temporal taggers (HeidelTime's news domain, Strötgen &
Gertz 2013: relative expressions resolved against the document creation time), a relative day in
a sentence whose article has a known publication date is followed by that date in brackets:
"اليوم الاثنين (25 أكتوبر 2021)". The words of the source stay as written. A weekday alone
('وقع الاتفاق الاثنين') is, in news, the last such day up to the publication day, unless the
sentence speaks of the future ('سيلتقي', 'من المقرر'): then it is left alone. Nothing is added when
the article is undated, when a date already follows, or when a weekday given with the expression
disagrees with the computed date (the page's date may be a day off: better no date than a wrong one).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..config import Config
from .arabic import PUNCTUATION
from .dates import _WEEKDAYS, _alternation, find_dates

_RELATIVE = {"اليوم": 0, "أمس": -1, "امس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1, "غداً": 1, "غدًا": 1}
_EXPRESSION = re.compile(
    rf"(?<![\w\u064B-\u065F])(?:(?P<rel>{_alternation(_RELATIVE)})(?:\s+(?P<weekday>{_alternation(_WEEKDAYS)}))?"
    rf"|(?<!عبد\s)(?:يوم\s+)?(?P<named>{_alternation(_WEEKDAYS)})(?:\s+(?P<side>الماضي|الماضية|المقبل|القادم))?)"
    r"(?![\w\u064B-\u065F])")
_FUTURE_VERB = re.compile(r"(?<![\w\u064B-\u065F])س[يتنأ]\w{3,}")      # 'سيلتقي', 'ستعقد' (and a few nouns)


def anchor_relative_days(text: str, published: date | None, cfg: Config) -> str:
    """`text` with the date of each relative day it names, from its article's publication date
    (unchanged with `temporal.enabled: false`)."""
    c = cfg.temporal
    if published is None or not c.enabled:
        return text
    future = bool(_FUTURE_VERB.search(text)) or any(w in text for w in c.future_markers)
    months = c.months
    out, last = [], 0
    for m in _EXPRESSION.finditer(text):
        day = _resolve(m, published, future)
        if day is None or find_dates(text[m.end():m.end() + 30]):      # a date follows already
            continue
        out.append(text[last:m.end()] + f" ({day.day} {months[day.month - 1]} {day.year})")
        last = m.end()
    return "".join(out) + text[last:]


_DAY_PARTS = ("مساء", "صباح", "ظهر", "فجر", "عصر", "ليل", "ليلة")
_TIMES_OF_DAY = (*_DAY_PARTS, "خلال", "حتى")
_CLAUSE_END = re.compile(r"\s*(?:[،,.:;؛!?؟\-–—)]|$)")       # matched at a position (no copy of the rest)


def _after_time_of_day(text: str, start: int) -> bool:
    """A time of day ('مساء', 'خلال') and spaces end text[:start] (read back from `start`, not searched
    from the start of the text for every expression)."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    return end < start and text.endswith(_TIMES_OF_DAY, 0, end)


def _resolve(m: re.Match, published: date, future: bool) -> date | None:
    if m["rel"]:
        # 'اليوم' alone is 'today' only at a clause end or after a time of day ('مساء اليوم'):
        # 'اليوم الثاني من المعرض', 'اليوم العالمي' are days, not today.
        if m["rel"] == "اليوم" and not m["weekday"] and not (
                _CLAUSE_END.match(m.string, m.end()) or _after_time_of_day(m.string, m.start())):
            return None
        day = published + timedelta(days=_RELATIVE[m["rel"]])
        if m["weekday"] and _WEEKDAYS[m["weekday"]] != day.weekday():
            return None
        return day
    weekday = _WEEKDAYS[m["named"]]
    if not m["side"]:          # a bare weekday in news is the last such day, unless the sentence is future
        return None if future else published - timedelta(days=(published.weekday() - weekday) % 7)
    if m["side"].startswith("الماضي"):                                   # the last such day before
        return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)   # the next one


def day_word(word: str) -> bool:
    """The word names a day by itself: 'اليوم', 'أمس', a weekday ('الاثنين،')."""
    return bool(_EXPRESSION.fullmatch(word.strip(PUNCTUATION + " ")))


def time_of_day(word: str, following: str) -> bool:
    """A time of day before a word naming a day ('مساء' in 'مساء الثلاثاء', 'صباح اليوم'): part of saying when."""
    return word.strip(PUNCTUATION + " ").lstrip("و") in _DAY_PARTS and day_word(following)


def day_references(text: str) -> frozenset[str]:
    """The days a sentence names relative to its article's day, with no date needed: 'today', 'yesterday'
    ('اليوم', 'أمس') and the weekday given with them. Two sentences of one article naming days, none in
    common ('أمس الثلاثاء' and 'اليوم الأربعاء'), speak of different days. (A bare weekday often dates the
    event, not the statement: it is not read.)"""
    found = set()
    for m in _EXPRESSION.finditer(text):
        if m["rel"]:
            if m["rel"] == "اليوم" and not m["weekday"] and not (
                    _CLAUSE_END.match(m.string, m.end()) or _after_time_of_day(m.string, m.start())):
                continue                                               # 'اليوم الثاني من المعرض'
            found.add(f"day{_RELATIVE[m['rel']]:+d}")
            if m["weekday"]:
                found.add(f"weekday{_WEEKDAYS[m['weekday']]}")
    return frozenset(found)


def day_said(text: str, published: date | None) -> date | None:
    """The day a dated article's sentence says it speaks of: the one its first 'today' or 'yesterday' names
    ('وقالت الحكومة أمس الثلاثاء': the day before publication), else the publication day; None when
    undated. A bare weekday is not read here: it often dates the event ('الزلزال الذي ضرب ليل الجمعة'),
    not the statement."""
    if published is None:
        return None
    for m in _EXPRESSION.finditer(text):
        if m["rel"] and (day := _resolve(m, published, False)) is not None:
            return day
    return published


def days_named(text: str, published: date | None) -> frozenset[str]:
    """The days ('03-11') a sentence names: a printed date ('11 مارس'), and, in a dated article, 'today',
    'yesterday' and weekdays resolved against its publication day ('اليوم السبت', 'أمس الثلاثاء')."""
    found = {f"{m.month:02d}-{m.day:02d}" for m in find_dates(text)}
    if published is not None:
        for m in _EXPRESSION.finditer(text):
            if (day := _resolve(m, published, False)) is not None:
                found.add(f"{day.month:02d}-{day.day:02d}")
    return frozenset(found)


def anchors(text: str, cfg: Config) -> list[str]:
    """The dates `anchor_relative_days` added to `text` (as added, leading space included)."""
    months = "|".join(re.escape(m) for m in cfg.temporal.months)
    return re.findall(rf" \(\d{{1,2}} (?:{months}) \d{{4}}\)", text)
