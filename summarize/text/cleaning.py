"""Line-level removal of scraping noise.

Each rule is a small function that names its reason. Nothing is dropped
silently: every non-blank line of a document ends up in `Document.lines`
(kept) or in `Document.removed` with the reason, and a line whose prefix is a
site label is split into the removed prefix and the kept rest.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from ..config import Config
from .arabic import arabic_ratio, normalize, words
from .dates import dateline_leftover, find_dates
from .deadline import check_deadline
from .documents import Document, Line, RemovedLine
from .layout import unwrap
from .sentences import ends_sentence

_HAS_TEXT = re.compile(r"[^\W_]", re.UNICODE)
_SEPARATORS = re.compile(r"\.\.|\||•|«")
_SOURCE_CREDIT = re.compile(r"(?:^|\s)(?:المصدر|مصدر|source)\s*[:/|\-]\s*(?P<name>[^|:]+?)\s*$", re.IGNORECASE)
_TWEET_SIGNATURE = re.compile(r"^\s*[—–-]\s*.{1,80}\(@\w+\)")
_SITE_PREFIX = re.compile(r"^\s*\((?P<label>[^()]{2,80}\|[^()]{2,80})\)\s*[-–—]\s*")
# A breadcrumb trail before a title: 'الرئيسية / سياحة عالمية / <title>' (its first step a furniture word).
_BREADCRUMB = re.compile(r"^\s*(?P<home>[^/»›>]{1,30}?)\s*[/»›>]\s*(?:[^/»›>]{1,40}?\s*[/»›>]\s*)*")
_ISO_DATE_PREFIX = re.compile(r"^\s*(?:date\s*)?\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)
# A label glued before a lead: 'القاهرة:', 'السودان-الكوثر:', 'أخبار اليوم -', 'جي بي سي نيوز :-' (up to 4 words),
# or one word and '..' ('عاجل..'; a longer run before '..' is the first half of a headline).
_LABEL_PREFIX = re.compile(r"^\s*(?:(?:[^\s:]+\s+){0,3}?[^\s:]+?\s*(?::-?\s*(?=[^\W\d_])|(?::-?|(?<=\s)[-–—])\s+)"
                           r"|[^\s:.]+\.\.\s+)")     # ('القاهرة-الكاشف نيوز:أعلنت': a colon may touch the text)
# An agency's dateline: a city and date, then the agency in brackets and a dash ('الخرطوم 25 أبريل 2023 (وال)- ',
# 'واشنطن (رويترز) - ', '(CNN)-- ').
_AGENCY_DATELINE = re.compile(r"^\s*(?:[^\s()]+\s+){0,6}?\([^()]{1,25}\)\s*(?:[-–—]{1,2}|ـ{2,})\s*")
# More datelines and labels glued before a lead: a separator touching the label ('السوسنة- أعلنت', 'الوقت-أعلنت',
# 'الأمة| فقد'), a city, a slash and a reporter ('الجزائر/ عبد الرزاق بن عبد الله - أعلنت'), a city and a date in
# figures before an agency ('اسطنبول 13-11-2022 وفا- سقط'). (Not a bullet: '• نهائي كأس ...' is a related link,
# and the learned model knows it by its bullet.)
_GLUED_LABEL = re.compile(
    r"^\s*(?:(?:[^\s:|/]+\s+){0,3}?[^\s:|/\-–—]+?(?:[-–—]|\s*\|)\s*(?=[^\W\d_])"
    r"|[^\s/]+\s*/\s*(?:[^\s/]+\s+){1,5}?[-–—]\s+"
    r"|(?:[^\s]+\s+){0,2}?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+(?:[^\s]+\s*){0,2}?[-–—]\s*)")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_INNER_SENTENCE = re.compile(r"[^.]\.\s+\S|:\s")     # a headline run holds no sentence end and no quote
_LABEL_VALUE = re.compile(r"^\s*(?P<label>[^\s:]+)\s*:")
_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "هن"})    # a 'label' they follow is the sentence's subject
_TIME = re.compile(r"\d{1,2}\s*:\s*\d{2}")
_CREDIT_SEPARATOR = re.compile(r"\s[-–—/]|[-–—/]\s|[:،,]")


@dataclass
class _Rules:
    """Compiled patterns from the `cleaning` section of the config."""
    furniture: frozenset[str]
    furniture_max_words: int
    end_markers: frozenset[str]
    resumable: frozenset[str]
    ticker_labels: frozenset[str]
    labels: frozenset[str]
    ticker_min_separators: int
    ticker_min_words: int
    donation: list[str]
    donation_max_words: int
    widgets: list[re.Pattern[str]]
    captions: list[re.Pattern[str]]
    view_count: re.Pattern[str]
    related: tuple[str, ...]
    related_item_words: int
    header_max_words: int
    paragraph_words: int
    latin_max_words: int
    lead_rest_words: int
    bylines: frozenset[str]
    calls: frozenset[str]
    platforms: frozenset[str]
    call_max_words: int
    speech: frozenset[str]
    dateline_words: frozenset[str]
    dateline_max_words: int
    credits: frozenset[str]
    agency_credit_max_words: int
    credit_max_words: int

    @classmethod
    def from_config(cls, cfg: Config) -> "_Rules":
        c = cfg.cleaning
        return cls(
            furniture=frozenset(normalize(w) for w in c.furniture_words),
            furniture_max_words=c.furniture_max_words,
            end_markers=frozenset(normalize(m) for m in c.end_markers),
            resumable=frozenset(normalize(m) for m in c.resumable_markers),
            ticker_labels=frozenset(normalize(m) for m in c.ticker_labels),
            labels=frozenset(normalize(m) for m in c.labels),
            ticker_min_separators=c.ticker_min_separators,
            ticker_min_words=c.ticker_min_words,
            donation=[normalize(p) for p in c.donation_patterns],
            donation_max_words=c.donation_max_words,
            widgets=[re.compile(p, re.IGNORECASE) for p in c.widget_patterns],
            captions=[re.compile(p, re.IGNORECASE) for p in c.caption_patterns],
            view_count=re.compile(c.view_count_pattern, re.IGNORECASE),
            related=tuple(normalize(label) for label in c.related_labels),
            related_item_words=c.related_line_max_words,
            header_max_words=c.header_max_words,
            paragraph_words=c.paragraph_words,
            latin_max_words=c.latin_max_words,
            lead_rest_words=c.lead_prefix_min_rest_words,
            bylines=frozenset(normalize(w) for w in cfg.lexicon.byline_labels),
            calls=frozenset(normalize(w) for w in c.call_words),
            platforms=frozenset(normalize(w) for w in c.furniture_words + c.platform_words),
            call_max_words=c.call_max_words,
            speech=frozenset(normalize(w) for w in (*cfg.lexicon.reporting_verbs, *cfg.lexicon.announcing_verbs)),
            dateline_words=frozenset(normalize(w) for w in cfg.lexicon.dateline_words),
            dateline_max_words=cfg.dates.dateline_max_words,
            credits=frozenset(normalize(w).lower() for w in c.credit_words),
            agency_credit_max_words=c.agency_credit_max_words,
            credit_max_words=c.credit_max_words,
        )


_last_compiled: tuple[Config, _Rules] | None = None


def _rules_for(cfg: Config) -> _Rules:
    """The compiled rules of the config in use, built once for all its documents, not once per document."""
    global _last_compiled
    if _last_compiled is None or _last_compiled[0] is not cfg.cleaning:
        _last_compiled = (cfg.cleaning, _Rules.from_config(cfg))
    return _last_compiled[1]


def _symbols_only(line: str, norm: str, rules: _Rules) -> str | None:
    return None if _HAS_TEXT.search(line) else "no text (symbols only)"


def _social_furniture(line: str, norm: str, rules: _Rules) -> str | None:
    tokens = norm.split()
    if tokens and len(tokens) <= rules.furniture_max_words and all(t in rules.furniture for t in tokens):
        return "share/social/menu buttons"
    return None


def _widget(line: str, norm: str, rules: _Rules) -> str | None:
    return "page widget" if any(p.search(line.strip()) for p in rules.widgets) else None


def _caption(line: str, norm: str, rules: _Rules) -> str | None:
    return "image caption" if any(p.search(line.strip()) for p in rules.captions) else None


def _view_count(line: str, norm: str, rules: _Rules) -> str | None:
    return "view counter" if rules.view_count.search(line) else None


def _donation(line: str, norm: str, rules: _Rules) -> str | None:
    if len(norm.split()) <= rules.donation_max_words and any(p in norm for p in rules.donation):
        return "donation appeal"
    return None


def _headline_run(line: str, norm: str, rules: _Rules) -> str | None:
    if len(norm.split()) >= rules.ticker_min_words and not _INNER_SENTENCE.search(line) and \
            len(_SEPARATORS.findall(line)) >= rules.ticker_min_separators and not ends_sentence(line):
        return "run of headlines (news ticker)"
    return None


def _label(line: str, norm: str, rules: _Rules) -> str | None:
    return "section label" if norm in rules.labels else None


def _tweet_signature(line: str, norm: str, rules: _Rules) -> str | None:
    return "tweet signature" if _TWEET_SIGNATURE.match(line) else None


def _dateline(line: str, norm: str, rules: _Rules) -> str | None:
    mentions = find_dates(line)
    if not mentions:
        return "timestamp" if _TIME.search(line) and len(line.split()) <= rules.credit_max_words else None
    return "dateline" if len(dateline_leftover(line, mentions, rules.dateline_words)) <= rules.dateline_max_words \
        else None


_TOKEN = re.compile(r"[^\W_]+")


def credit_tokens(text: str) -> list[str]:
    """A line's words and letters, normalized, lower-case, without punctuation ('ر.ق-ر.أ' -> ر ق ر ا)."""
    return _TOKEN.findall(normalize(text).lower())


def _agency_credit(line: str, norm: str, rules: _Rules) -> str | None:
    """'وكالات.', 'فرانس24/ رويترز', 'ر.ق-ر.أ', 'ي.أ/ خ.س (أ ف ب، رويترز)': only agencies and initials."""
    tokens = credit_tokens(line)
    if tokens and len(tokens) <= rules.agency_credit_max_words and \
            all(t in rules.credits or (len(t) == 1 and not t.isdigit()) for t in tokens):
        return "agency credit or initials"
    return None


def _source_credit(line: str, norm: str, rules: _Rules) -> str | None:
    m = _SOURCE_CREDIT.match(line)
    return "source credit" if m and len(m["name"].split()) <= rules.credit_max_words else None


_AFTER_DATELINE = re.compile(r"^[\s\-–—|:،,]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm)?)?[\s\-–—|:،,]*", re.IGNORECASE)


def leading_dateline(line: str, min_rest_words: int) -> int:
    """Length of a dateline that opens a line of text ('الثلاثاء 20 سبتمبر 2005 اكتشفت الشرطة ...');
    0 when the line does not open with a full date or a weekday and date."""
    mentions = find_dates(line)
    if not mentions or mentions[0].start != 0 or (mentions[0].year is None and mentions[0].weekday is None):
        return 0
    end = mentions[0].end + _AFTER_DATELINE.match(line[mentions[0].end:]).end()
    return end if len(line[end:].split()) >= min_rest_words else 0


def agency_dateline(line: str, min_rest_words: int, speech: frozenset[str] = frozenset()) -> int:
    """Length of an agency dateline opening a paragraph ('واشنطن (رويترز) - قال ...'); 0 when there is none,
    or when the line opens with a verb of saying ('وأضاف الوزير (في مؤتمر صحفي) - ...' is the text)."""
    m = _AGENCY_DATELINE.match(line)
    first = words(line[:m.end()])[:1] if m else []
    if not m or len(line[m.end():].split()) < min_rest_words or \
            (first and (first[0] in speech or first[0].removeprefix("و") in speech)):
        return 0
    return m.end()


def lead_prefix(line: str, min_rest_words: int, speech: frozenset[str] = frozenset(), glued: bool = False) -> int:
    """Length of a dateline or source label glued before the text of a lead ('القاهرة: أعلن ...',
    'date 2023-09 أعلنت ...', 'أخبار البلد - أخبار البلد - أكد ...'; with `glued`, also `_GLUED_LABEL`); 0 when
    there is none. A label that opens with a verb of saying ('قال الرئيس: ...') introduces a quote and stays."""
    end = 0
    for _ in range(2):
        rest = line[end:]                        # ('^' only matches at the start of the string given)
        m = _ISO_DATE_PREFIX.match(rest) or _LABEL_PREFIX.match(rest) or (glued and _GLUED_LABEL.match(rest))
        if not m or len(rest[m.end():].split()) < min_rest_words:
            break
        if not rest[m.end() - 1].isspace() and rest[m.end() - 1] in "-–—" and \
                normalize(rest[m.end():]).split()[0].removeprefix("و") not in speech:
            break              # 'ثنائي-القطب': a word written with a hyphen, unless a verb of saying follows
        first = normalize(rest[:m.end()]).split()[:1]
        if first and (first[0] in speech or first[0].removeprefix("و") in speech):
            break
        label, after = rest[:m.end()], normalize(rest[m.end():]).split()[:1]
        if any(label.count(a) != label.count(b) for a, b in ("()", "[]", "«»")) or \
                (after and after[0] in _PRONOUNS):
            break              # 'التمويل (بالإنجليزية: Finance)', 'الكريات الحمراء: هي ...': the text's subject
        if end and label.rstrip(" -").endswith(":"):
            break              # 'الموقع - الخارجية الفرنسية: ...': after a label, 'X:' names who speaks
        end += m.end()
    return end


def _paragraph(line: str, paragraph_words: int) -> bool:
    """A long line, or a sentence of some length."""
    count = len(line.split())
    return count >= 2 * paragraph_words or (count >= paragraph_words and ends_sentence(line))


def _header_end(lines: list[str], paragraph_words: int) -> int:
    """Index of the first paragraph: lines before it are the page header (mastheads, menus, datelines,
    the headline)."""
    return next((n for n, line in enumerate(lines) if _paragraph(line, paragraph_words)), 0)   # 0: no paragraph


def credited_source(line: str, max_words: int) -> str | None:
    """The outlet named by a credit such as 'المصدر | الخليج الجديد' (at most `max_words` words), anywhere in a line."""
    m = _SOURCE_CREDIT.search(line)
    return m["name"].strip(" -–—") if m and len(m["name"].split()) <= max_words else None


def _related(norm: str, rules: _Rules) -> bool:
    """A 'see also' label among a line's first words ('اقرأ أيضا: ...', 'فيديو قد يعجبك:')."""
    head = " ".join(norm.split()[:4])
    return any(head.startswith(label) or f" {label}" in head for label in rules.related)


def _headline(header: list[tuple[int, str]]) -> int | None:
    """Line number of the headline: the longest header line of at least four words that no other rule
    removes (mastheads and menus are shorter; captions and datelines have rules of their own)."""
    longer = [(len(line.split()), -n, n) for n, line in header
              if len(line.split()) >= 4 and not line.rstrip(" -–—").endswith(":")]   # 'القاهرة - فلان:' opens the text
    return max(longer)[2] if longer else None


class _SeenLines:
    """The normalized lines kept so far, as a set and as a trie of their words: whether a line repeats
    the start of an earlier one is one walk down the trie, not a comparison with every earlier line."""

    def __init__(self) -> None:
        self.lines: set[str] = set()
        self.trie: dict[str, dict] = {}

    def add(self, norm: str) -> None:
        self.lines.add(norm)
        node = self.trie
        for word in norm.split(" "):
            node = node.setdefault(word, {})

    def __contains__(self, norm: str) -> bool:
        return norm in self.lines

    def continue_after(self, head: list[str]) -> bool:
        """Some line starts with the words of `head` and goes on after them."""
        node = self.trie
        for word in head:
            if word not in node:
                return False
            node = node[word]
        return bool(node)


def _cut_repeat(norm: str, seen: _SeenLines, min_words: int = 8) -> bool:
    """A line that repeats the start of an earlier one, cut off mid-word (a page rendering a paragraph twice,
    the second time truncated: '... قيمة سوقية تبلغ نحو 1.88 تريليو')."""
    head = norm.split()[:-1]
    return len(head) >= min_words and seen.continue_after(head)


def _without_trailing_count(norm: str) -> str:
    """`norm` without the spaces, brackets and digits that end it ('التعليقات (3)' -> 'التعليقات'), read
    from the end (the regular expression `[\\s()\\[\\]\\d]+$` is quadratic in a long run of digits)."""
    end = len(norm)
    while end and (norm[end - 1].isspace() or norm[end - 1].isdecimal() or norm[end - 1] in "()[]"):
        end -= 1
    return norm[:end]


def _end_marker(norm: str, rules: _Rules) -> bool:
    """'التعليقات' (or with its count: 'التعليقات 0', 'Comments (3)'), or a tag line such as 'كلمات دلالية: ...'."""
    counted = _without_trailing_count(norm)
    return norm in rules.end_markers or counted in rules.end_markers or \
        any(norm.startswith(m + " ") and len(m.split()) > 1 for m in rules.end_markers)


def _byline(line: str, norm: str, rules: _Rules) -> str | None:
    """'كتب: ...', 'إعداد: ...', 'الناشر: ...', 'By ...': who wrote or published the page; or a short
    credit that names its source beside such a word ('الجالية برس – متابعة', 'القاهرة - فلان، وكالات')."""
    label = _LABEL_VALUE.match(line)
    first = norm.split()[0] if norm else ""
    if (_credit_label(line, rules) and not _paragraph(line[label.end():], rules.paragraph_words)) \
            or (first == "by" and len(norm.split()) <= 10):
        return "byline or imprint"      # (a paragraph after the label is the text: 'وكالات : ارتفعت ...')
    if len(line.split()) <= rules.header_max_words and _CREDIT_SEPARATOR.search(line) and \
            (any(w in rules.bylines for w in words(line)) or re.search(r"\s[-–—]\s.*:-?$", line.strip())):
        return "byline or imprint"                       # (or 'القاهرة - فلان:', 'الشارقة 24 – أ. ف. ب:')
    return None


def _breadcrumb(line: str, rules: _Rules) -> bool:
    """The line is a breadcrumb trail ('الرئيسية / سياحة عالمية / <title>'): its first step a furniture word."""
    m = _BREADCRUMB.match(line)
    return bool(m and normalize(m["home"]) in rules.furniture and line[m.end():].strip())


def _credit_label(line: str, rules: _Rules) -> bool:
    """The line opens with a byline word and a colon ('كتب:', 'وكالات :')."""
    label = _LABEL_VALUE.match(line)
    return bool(label and normalize(label["label"]) in rules.bylines)


def _call_to_action(line: str, norm: str, rules: _Rules) -> str | None:
    """'تابعوا آخر الأخبار عبر Google News', 'شاركوا هذا الخبر': a call to follow, share or subscribe."""
    tokens = norm.split()
    if len(tokens) <= rules.call_max_words and rules.calls & set(tokens) and \
            (rules.platforms & set(tokens) or not ends_sentence(line)):
        return "call to follow, share or subscribe"
    return None


def _page_element(line: str, norm: str, rules: _Rules, in_header: bool, headline: bool,
                  arabic_page: bool) -> str | None:
    """Rules that depend on where the line is: the page header, or an Arabic page."""
    if len(norm.split()) <= 1 and not ends_sentence(line):
        return "a lone word (label, advert or widget)"
    if in_header and not headline and len(norm.split()) <= rules.header_max_words and not ends_sentence(line):
        return "page header item (menu, section, masthead or byline)"
    if arabic_page and not _ARABIC.search(line) and len(line.split()) <= rules.latin_max_words:
        return "non-Arabic page element (button, credit or caption)"
    return None


# Order matters only for which reason is reported when several apply.
LINE_RULES: list[Callable[[str, str, _Rules], str | None]] = [
    _symbols_only, _label, _social_furniture, _caption, _widget, _view_count, _donation,
    _headline_run, _tweet_signature, _dateline, _source_credit, _agency_credit, _byline, _call_to_action,
]


_HEADER_NAMES = {"url": "address", "published": "date", "title": "title", "source": "site"}


def clean_document(doc: Document, cfg: Config) -> None:
    """Fill `doc.lines` and `doc.removed` from `doc.text` (first pass, one document)."""
    rules = _rules_for(cfg)
    doc.lines, doc.removed = [], []
    end_marker: str | None = None
    after_label: str | None = None
    seen = _SeenLines()
    for line_no, name in doc.header.items():          # the file's header: read into the article's fields
        doc.removed.append(RemovedLine(doc.text.split("\n", line_no + 1)[line_no].strip(),
                                       f"the file's header (the article's {_HEADER_NAMES[name]})", line_no))
    numbered, spans = unwrap([(n, raw.strip()) for n, raw in enumerate(doc.text.split("\n"))
                              if raw.strip() and n not in doc.header], cfg)
    header_end = _header_end([line for _, line in numbered], rules.paragraph_words)
    doc.lead_line = numbered[header_end][0] if numbered else -1
    headline = _headline([(n, line) for n, line in numbered[:header_end]
                          if not any(rule(line, normalize(line), rules) for rule in LINE_RULES)])
    arabic_page = arabic_ratio(doc.text) >= 0.5
    related_block = False
    for k, (line_no, line) in enumerate(numbered):
        check_deadline()
        norm = normalize(line)
        if end_marker is not None and normalize(end_marker) in rules.resumable and \
                _paragraph(line, rules.paragraph_words):
            end_marker = None                            # the article goes on after a box of related links
        if end_marker is not None:
            doc.removed.append(RemovedLine(line, f"after '{end_marker}' (end-of-article section)", line_no))
            continue
        if _related(norm, rules) and norm not in rules.end_markers:
            doc.removed.append(RemovedLine(line, "related-news item", line_no))
            related_block = len(norm.split()) <= 4      # a label alone: the items follow it
            continue
        if related_block:
            if (not ends_sentence(line) and len(norm.split()) <= rules.related_item_words) or \
                    line.rstrip().endswith(("…", "...")):
                doc.removed.append(RemovedLine(line, "related-news item (after a 'see also' label)", line_no))
                continue
            related_block = False
        if _end_marker(norm, rules):
            end_marker = line.split(":")[0].rstrip(":：|").strip()
            doc.removed.append(RemovedLine(line, "end-of-article marker (comments, tags or related items)", line_no))
            continue
        if norm in rules.ticker_labels:
            after_label = line.rstrip(":：|").strip()
            doc.removed.append(RemovedLine(line, "menu or ticker label", line_no))
            continue
        if after_label is not None:
            label, after_label = after_label, None
            if not ends_sentence(line) and len(norm.split()) >= rules.furniture_max_words:
                doc.removed.append(RemovedLine(line, f"headlines listed under '{label}'", line_no))
                continue
        reason = next((r for rule in LINE_RULES if (r := rule(line, norm, rules))), None) or \
            _page_element(line, norm, rules, k < header_end, line_no == headline, arabic_page)
        if reason is None and _breadcrumb(line, rules):
            reason = "breadcrumb trail (the page's sections, then its title)"
        if reason is None and (norm in seen or _cut_repeat(norm, seen)):
            reason = "repeated line within the article"
        if reason:
            doc.removed.append(RemovedLine(line, reason, line_no))
            if reason in ("source credit", "dateline") and not doc.source:
                doc.source = credited_source(line, rules.credit_max_words)
            continue
        seen.add(norm)
        prefix = _SITE_PREFIX.match(line)
        cut = prefix.end() if prefix and line[prefix.end():].strip() else 0
        if not cut and (k <= header_end or _credit_label(line, rules)):
            cut = lead_prefix(line, rules.lead_rest_words, rules.speech)
        cut = cut or leading_dateline(line, rules.lead_rest_words) or \
            agency_dateline(line, rules.lead_rest_words, rules.speech)
        if cut:
            doc.removed.append(RemovedLine(line[:cut].strip(), "site label or dateline before the text", line_no))
            line = line[cut:].strip()
        doc.lines.append(Line(line, line_no))
    for item in (*doc.lines, *doc.removed) if spans else ():
        item.spans = spans.get(item.line_no, 1)
    _drop_trailing_headlines(doc, cfg)


def cut_glued_labels(doc: Document, cfg: Config) -> None:
    """After the learned model (which reads the lines as `clean_document` left them): a label or dateline glued
    before a lead in the page's header region in one of the writings of `_GLUED_LABEL` ('السوسنة- أعلنت', 'الأمة|
    فقد', 'الجزائر/ عبد الرزاق بن عبد الله - أعلنت', 'اسطنبول 13-11-2022 وفا-') is cut off like any other.
    (Cut before the model, the new cuts cost the leave-one-site-out model 2 furniture lines at two seeds.)"""
    rules = _rules_for(cfg)
    for line in doc.lines:
        if line.line_no > doc.lead_line:
            continue
        # (also after a label the rules cut: 'date 2021-03 القاهرة (زمان التركية)ـــ أعلنت')
        cut = lead_prefix(line.text, rules.lead_rest_words, rules.speech, glued=True) or \
            agency_dateline(line.text, rules.lead_rest_words, rules.speech)
        if cut:
            doc.removed.append(RemovedLine(line.text[:cut].strip(), "site label or dateline before the text",
                                           line.line_no, line.spans))
            line.text = line.text[cut:].strip()
    doc.removed.sort(key=lambda r: r.line_no)


def _drop_trailing_headlines(doc: Document, cfg: Config) -> None:
    """A run of short unpunctuated lines closing a page is a related-articles list (`related_run_min_lines`;
    0 leaves such runs to the learned model, which tells them from a list the article gives)."""
    c = cfg.cleaning
    if not c.related_run_min_lines:
        return
    run = 0
    for line in reversed(doc.lines):
        if ends_sentence(line.text) or len(line.text.split()) > c.related_line_max_words:
            break
        run += 1
    if run >= c.related_run_min_lines and run < len(doc.lines):
        for line in doc.lines[-run:]:
            doc.removed.append(RemovedLine(line.text, "related headlines at the end of the page", line.line_no,
                                           line.spans))
        del doc.lines[-run:]
        doc.removed.sort(key=lambda r: r.line_no)


def remove_cross_document_furniture(docs: list[Document], cfg: Config) -> None:
    """Short lines printed verbatim by several independent articles (not copies of one another) are furniture."""
    c = cfg.cleaning
    holders: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for line in doc.lines:
            if len(line.text.split()) <= c.cross_document_max_words and not ends_sentence(line.text):
                holders[normalize(line.text)].add(doc.duplicate_of or doc.id)
    shared = {norm for norm, ids in holders.items() if len(ids) >= c.cross_document_min_docs}
    if not shared:
        return
    for doc in docs:
        kept = []
        for line in doc.lines:
            if normalize(line.text) in shared:
                doc.removed.append(RemovedLine(line.text, "short line repeated verbatim by other articles",
                                               line.line_no, line.spans))
            else:
                kept.append(line)
        doc.lines = kept
        doc.removed.sort(key=lambda r: r.line_no)
