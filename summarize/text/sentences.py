"""Arabic-aware sentence segmentation.

Boundaries are line breaks and the terminators . ! ? ؟ ؛ (with any closing
quotes), except inside numbers (3.5, 23/07/2021), after abbreviations (د.,
دبليو., U.S.) and at the Arabic headline ellipsis "..". A line that ends in an
abbreviation continues on the next kept line ("جورج دبليو." / "بوش."), which
scrapers often break apart. Sentences keep their original characters.
"""
from __future__ import annotations

import re

from ..config import Config
from .arabic import language, normalize
from .deadline import check_deadline
from .documents import Document, Line, Sentence

# A terminator ends a sentence before a space, or glued between two Arabic words ('ايطاليا.المزعوم').
_BOUNDARY = re.compile(r"(?<!\.)(?P<term>[.!?؟؛]|\.{3,}|…)(?P<close>[\"”»’'\)\]]*)"
                       r"(?=\s|$|(?<=[\u0621-\u064A][.!?؟؛])[\u0621-\u064A])")
_CLAUSE_BREAK = re.compile(r"[،,;]\s")
_TERMINATORS = ".!?؟؛…"
_CLOSING = "\"”»’')]"
_NEXT_CHARACTER = re.compile(r"\s*(\S)")
HEADING_MAX_WORDS = 12


def ends_sentence(text: str) -> bool:
    """A terminator, possibly followed by closing quotes or brackets, ends the text.

    (Read from the end, not with a regular expression searched from every terminator: a line of
    many terminators and spaces would take quadratic time.)"""
    return text.rstrip().rstrip(_CLOSING).rstrip()[-1:] in tuple(_TERMINATORS)


def last_token(text: str) -> str | None:
    """The last whitespace-separated token of `text`, None when it ends with a space (read from the end:
    the regular expression `(\\S+)$` searched from every position is quadratic in a long word)."""
    text = text[:-1] if text.endswith("\n") else text
    if not text or text[-1].isspace():
        return None
    return text.rsplit(None, 1)[-1]


def _finished(paragraph: str) -> bool:
    """Ends a sentence, or a quotation."""
    return ends_sentence(paragraph) or paragraph.rstrip().endswith(("»", "\"", "”"))


_OPENING = "(\"“«'"


def _is_abbreviation(token: str, abbreviations: frozenset[str]) -> bool:
    token = token.lstrip(_OPENING)
    return token in abbreviations or (len(token) == 1 and token.isalpha())


def _abbreviation_before(text: str, start: int, end: int, abbreviations: frozenset[str], longest: int) -> bool:
    """Whether the token that ends at `end` (and starts at `start` or later) is an abbreviation, read
    back from `end` over at most `longest` characters and the opening quotes before them: a period
    inside a long word ('ب.ب.ب.') costs no more than one in a short one."""
    j = end
    while j > start and end - j < longest and not text[j - 1].isspace():
        j -= 1
    if j > start and not text[j - 1].isspace():     # the token goes on: only opening quotes may open it
        k = j
        while k > start and text[k - 1] in _OPENING:
            k -= 1
        if k > start and not text[k - 1].isspace():
            return False                               # longer than any abbreviation
    return _is_abbreviation(text[j:end], abbreviations)


def split_sentences(text: str, abbreviations: frozenset[str], max_words: int,
                    continuations: frozenset[str] = frozenset()) -> list[str]:
    """Split one paragraph (no newlines) into sentence strings, each a substring of `text`. An Arabic
    semicolon followed by one of `continuations` ('وبحسب وسائل الإعلام؛ فإن عدد الضحايا ...') separates two
    clauses of one sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    longest = max(map(len, abbreviations), default=1)
    for m in _BOUNDARY.finditer(text):
        if m["term"] == "؛" and continuations and _next_word(text, m.end()) in continuations:
            continue
        if m["term"] == ".":
            if m.start() > start and not text[m.start() - 1].isspace() and \
                    _abbreviation_before(text, start, m.start(), abbreviations, longest):
                continue
            following = _NEXT_CHARACTER.match(text, m.end())
            if following and following[1].islower():  # "e.g. the", "approx. five": a Latin sentence goes on
                continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    sentences = []
    for s, e in spans:
        piece = text[s:e].strip()
        if piece:
            sentences.extend(_split_long(piece, max_words))
    return sentences


def _next_word(text: str, at: int) -> str:
    following = text[at:].split(None, 1)
    return following[0].strip(_OPENING) if following else ""


def _split_long(sentence: str, max_words: int) -> list[str]:
    """Cut a run-on sentence at clause commas so that no piece passes `max_words`."""
    if len(sentence.split()) <= max_words:
        return [sentence]
    pieces, start = [], 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        if len(sentence[start:m.end()].split()) >= max_words // 2:
            pieces.append(sentence[start:m.end()].strip())
            start = m.end()
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]


def _paragraphs(lines: list[Line], abbreviations: frozenset[str]) -> list[tuple[str, int]]:
    """Kept lines, with a line ending in an abbreviation joined to the next one."""
    paragraphs: list[tuple[str, int]] = []
    carry: tuple[str, int] | None = None
    for line in lines:
        text, line_no = (f"{carry[0]} {line.text}", carry[1]) if carry else (line.text, line.line_no)
        carry = None
        last = last_token(text)
        if last and last.endswith(".") and _is_abbreviation(last[:-1], abbreviations):
            carry = (text, line_no)
            continue
        paragraphs.append((text, line_no))
    if carry:
        paragraphs.append(carry)
    return paragraphs


def segment_document(doc: Document, cfg: Config) -> None:
    """Fill `doc.sentences` from the kept lines."""
    c = cfg.sentences
    abbreviations = frozenset(c.abbreviations)
    continuations = frozenset(c.continuations)
    doc.sentences = []
    paragraphs = _paragraphs(doc.lines, abbreviations)
    # Where most paragraphs end with a sentence end, a sentence that does not, however long, is a
    # headline, a run of headlines or the cut end of an excerpt: it never carries a point.
    long = [text for text, _ in paragraphs if len(text.split()) >= HEADING_MAX_WORDS]
    punctuated = len(long) >= 3 and sum(map(_finished, long)) >= c.punctuated_share * len(long)
    for text, line_no in paragraphs:
        check_deadline()
        short_heading = not _finished(text) and len(text.split()) < HEADING_MAX_WORDS
        pieces = split_sentences(text, abbreviations, c.max_words, continuations)
        for k, sentence in enumerate(pieces):
            # (a run-on sentence cut at its commas ends its pieces with a comma: only the last one counts)
            heading = short_heading or (punctuated and k == len(pieces) - 1 and not _finished(sentence))
            lang = language(sentence)
            doc.sentences.append(Sentence(
                text=sentence, doc_id=doc.id, index=len(doc.sentences), line_no=line_no,
                normalized=normalize(sentence), language=lang,
                is_point_candidate=(not heading and lang != "other" and len(sentence.split()) >= c.min_words
                                    and sentence != doc.title and not _question(sentence)),
            ))


def _question(sentence: str) -> bool:
    """A question ('هل تؤيد دعوات المقاطعة؟', a page's poll; 'ماذا حدث في السودان؟', a teaser) asserts nothing: it
    is no point of a summary."""
    return sentence.rstrip().rstrip(_CLOSING + "!").endswith(("؟", "?"))       # (also '؟!')


def take_title(doc: Document) -> None:
    """Without a title from metadata, a short first line without final punctuation is the headline (a
    headline in parts joined by '..' may run longer: 'بعد إعلان فوزه.. الرئيس للشعب: ...')."""
    if doc.title or not doc.lines:
        return
    first = doc.lines[0].text
    count = len(first.split())
    if not ends_sentence(first) and (count <= 20 or (".." in first and count <= 40)):
        doc.title = first
