"""Evolving figures: counts that the sources report with different values as a story unfolds.

A death toll rises from 150 to 2,000 to 11,300 over a few days; a summary that repeats the first
report is wrong. A figure is a number whose kind (dead, injured, missing, displaced, arrested: the
`figures.kinds` of the config) is named by a word next to it ("56 قتيلا", "مقتل 7 أشخاص",
"11300 على الأقل لقوا حتفهم"). Numbers that are dates, times, years, percentages, prices or
measures, numbers in hedged sentences ("قد يصل إلى 20 ألفا"), parts of a total ("بينهم 630") and
increments ("58 حالة وفاة إضافية") are not figures. A count of one group, named by a plural nisba
next to it ("عدد المصريين المتوفين", "القتلى بين المدنيين"), is a figure of its own, apart from the
whole toll. Counts may be written in words ("مقتل ثلاثة أشخاص", "ألفي قتيل"). When the sources give
several values of one kind, the latest is the value of the most recently published article; these
are cumulative counts, so without dates (or when an undated article gives more) it is the highest.
Every other value is
outdated, except a smaller one that only an article giving the latest reports (a part of the
toll): selection leaves out the sentences that state one (unless they also give the latest) and
favours those that state the latest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from ..config import Config
from ..text.arabic import PUNCTUATION, light_stem, normalize
from ..text.documents import Document, Sentence
from ..text.deadline import check_deadline
from ..text.numbers import NumberReader, matches, stems

_TOKEN = re.compile(r"\S+")


@dataclass
class FigureValue:
    value: float
    text: str                 # the sentence that states it, as written
    doc: str
    published: date | None
    sentence: Sentence = field(repr=False, compare=False)

    def to_dict(self) -> dict:
        value = int(self.value) if self.value == int(self.value) else self.value
        return {"value": value, "text": self.text, "doc": self.doc,
                "published": self.published.isoformat() if self.published else None}


@dataclass
class Figure:
    what: str                 # the kind of count (a key of figures.kinds)
    values: list[FigureValue]  # in the order they were published (undated last), then by value
    latest: float

    def to_dict(self) -> dict:
        latest = int(self.latest) if self.latest == int(self.latest) else self.latest
        return {"what": self.what, "latest": latest, "values": [v.to_dict() for v in self.values]}


class _Rules:
    def __init__(self, cfg: Config):
        c = cfg.figures
        self.kinds = {kind: stems(words) for kind, words in vars(c.kinds).items()}
        self.numbers = NumberReader(cfg, counted=lambda token: _kind_of(token, self) is not None)
        self.hedges = [normalize(h) for h in c.hedges]
        self.part_of = {normalize(w) for w in c.part_of}
        self.increments = {normalize(w) for w in c.increments}
        self.window = c.window


def _kind_of(word: str, rules: _Rules) -> str | None:
    norm = normalize(word)
    if not norm:
        return None
    stem = light_stem(norm)
    return next((kind for kind, entries in rules.kinds.items()
                 if matches(norm, entries) or matches(stem, entries)), None)


def amount_reader(cfg: Config) -> Callable[[str], set[int]]:
    """A function giving every count of `numbers.distinctive_from` or more a text states, whatever its kind
    (`NumberReader.amounts`, a year followed by a count word read as a count)."""
    return _Rules(cfg).numbers.amounts


_GROUP = re.compile(r"^(?:ال)?\w{3,}(?:يين|يون)$")


def _group(tokens: list[str], i: int, end: int, rules: _Rules) -> str | None:
    """The group a count is of, when a plural nisba next to it names one ('عدد المصريين المتوفين إلى 658',
    'القتلى بين المدنيين إلى 850', '14 حاجا أردنيين'): a count of one group, not the whole toll."""
    kind_at = [k for k in range(max(i - rules.window, 0), min(end + rules.window + 1, len(tokens)))
               if k not in range(i, end + 1) and _kind_of(tokens[k], rules)]
    near = {k for anchor in (i, end, *kind_at) for k in range(anchor - 2, anchor + 3) if 0 <= k < len(tokens)}
    for k in sorted(near):
        word = normalize(tokens[k].strip(PUNCTUATION))
        word = word[1:] if word.startswith("و") and _GROUP.match(word[1:]) else word
        if _GROUP.match(word) and not _kind_of(tokens[k], rules):
            return word.removeprefix("ال")
    return None


def sentence_figures(sentence: Sentence, rules: _Rules) -> list[tuple[str, float]]:
    """(kind, value) for every count the sentence states."""
    norm = sentence.normalized
    if any(h in norm for h in rules.hedges):
        return []
    tokens = _TOKEN.findall(sentence.text)
    found = []
    for i, end, value in rules.numbers.numbers(tokens):
        nearest_first = [tokens[k] for d in range(1, rules.window + 1)
                         for k in (end + d, i - d) if 0 <= k < len(tokens)]
        kind = next((k for k in map(lambda t: _kind_of(t, rules), nearest_first) if k), None)
        # A part of a total ('بينهم 630') or an increment ('58 حالة وفاة إضافية') is neither the latest
        # value of the toll nor an outdated one.
        part = any(normalize(t) in rules.part_of for t in tokens[max(i - 2, 0):i])
        increment = any(normalize(t) in rules.increments for t in tokens[end + 1:end + 1 + rules.window])
        if kind and not part and not increment:
            group = _group(tokens, i, end, rules)
            found.append((f"{kind} ({group})" if group else kind, value))
    return found


def find_figures(docs: list[Document], sentences: list[Sentence], cfg: Config) -> list[Figure]:
    """The counts that the sources give with more than one value, each with its values and the latest."""
    rules = _Rules(cfg)
    published = {d.id: d.published for d in docs}
    by_kind: dict[str, list[FigureValue]] = {}
    for sentence in sentences:
        check_deadline()
        for kind, value in sentence_figures(sentence, rules):
            by_kind.setdefault(kind, []).append(
                FigureValue(value, sentence.text, sentence.doc_id, published[sentence.doc_id], sentence))
    figures = []
    for kind, values in by_kind.items():
        if len({v.value for v in values}) < 2:
            continue
        values.sort(key=lambda v: (v.published is None, v.published or date.min, v.value))
        figures.append(Figure(kind, values, latest_value(values)))
    return figures


def latest_value(values: list[FigureValue]) -> float:
    """The value of the latest article; a higher undated value wins (these counts only grow)."""
    dated = [v for v in values if v.published]
    undated_max = max((v.value for v in values if not v.published), default=None)
    if not dated:
        return undated_max
    newest = max(v.published for v in dated)
    latest = max(v.value for v in dated if v.published == newest)
    return max(latest, undated_max) if undated_max is not None else latest


def outdated_and_latest(figures: list[Figure]) -> tuple[set[tuple[str, int]], dict[tuple[str, int], set[str]]]:
    """Sentences (doc id, index) that state an outdated value, and those that state a latest one (with
    the kinds of the figures whose latest value they give). A sentence that gives a figure's latest value
    beside an older one ('rose from 56 to 97') is not outdated for that figure, nor is a smaller value in
    an article that gives the latest one when no other article reports it: not an earlier toll recalled
    ('وكانت السلطات أعلنت مقتل 150'), it is a part of the toll ('170 dead in other areas of the
    country') or another count."""
    outdated: set[tuple[str, int]] = set()
    latest: dict[tuple[str, int], set[str]] = {}
    for figure in figures:
        new, old = set(), set()
        for v in figure.values:
            (new if v.value == figure.latest else old).add((v.sentence.doc_id, v.sentence.index))
        current = {doc for doc, _ in new}                      # the articles that give the latest value
        reported_before = {v.value for v in figure.values if v.doc not in current}
        part = {(v.sentence.doc_id, v.sentence.index) for v in figure.values
                if v.doc in current and v.value < figure.latest and v.value not in reported_before}
        outdated |= old - new - part
        for key in new:
            latest.setdefault(key, set()).add(figure.what)
    return outdated, latest
