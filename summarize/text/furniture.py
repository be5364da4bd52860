"""Page furniture learned from labelled lines: boilerplate detection on shallow text features.

Follows Kohlschütter, Fankhauser and Nejdl (2010), "Boilerplate detection using shallow text features"
(WSDM): each line of a page is classified as body or furniture from cheap features of the line and its
neighbours (words, punctuation, link and digit density, where it sits, and a few features of the line
before and after: furniture comes in runs), here with what a pile of pages about one story adds: how many
other pages print the same line, and how many of its words the article's body and the other pages share
(a related story's title shares few). Where the line stands against the page's main text (the run of
paragraphs with the most words) and its headline, and whether it is made of agency names and initials,
generalize across site templates, and so do whether it spells the site's own name (the consonants of the
page's address: mastheads, signatures, calls to follow), whether it is printed again further down (a caption
printed twice), how many words run between its punctuation marks (a glued run of headlines has none),
whether it ends with an agency's name (a photo credit), how many of its words the story uses anywhere else
(the page's other lines or the other pages: a ticker of other stories' headlines uses none) and whether a
line next to it is a photo's label the rules removed ('صورة:', a caption sits beside it). The hand rules of
`cleaning.py` run first; their verdicts are features too, so the model learns where to trust them.

The model is a small ensemble of regression trees (gradient boosting, a few seeds averaged), trained by
`benchmarks/train_furniture.py` on the labelled dev pages and stored as JSON in this package
(`furniture_model.json`); evaluating it needs only this module.
"""
from __future__ import annotations

import json
import math
import re
from difflib import SequenceMatcher
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import Config, ConfigError
from .arabic import normalize
from .cleaning import credit_tokens
from .dates import find_dates
from .deadline import check_deadline
from .documents import Document, Line, RemovedLine, source_from_url
from .sentences import ends_sentence

MODEL_PATH = Path(__file__).with_name("furniture_model.json")

_LINK = re.compile(r"https?://|www\.|\.(?:com|net|org|ly|me|news|ps|dz|ma|tn|iq)\b|@\w+\.\w+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])[@#]\w+")
_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?!\d)")          # 09:10, 12h29
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
_DIGIT = re.compile(r"[0-9٠-٩]")
_PUNCT = re.compile(r"[^\w\s]")
_MARK = re.compile(r"[.,،؛;:!?؟]")           # marks that break a sentence into clauses
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_QUOTE_OPEN = ("«", '"', "“", "'", "‘")
_HEADLINE_WORDS = 4        # the headline: the longest kept line of at least this many words above the first paragraph
_CONTENT_WORD = 3          # words of at least this many letters carry content (not particles)

# The rules' reasons, in groups (a reason names the rule that removed a line; see cleaning.py).
REASON_GROUPS = {
    "header": ("page header item",),
    "related": ("related", "after '", "end-of-article", "headlines", "ticker"),
    "date": ("dateline", "timestamp"),
    "credit": ("byline", "credit", "signature"),
    "caption": ("caption",),
    "repeat": ("repeated",),
    "short": ("lone word", "non-arabic", "symbols"),
}

LINE_FEATURES = (
    "log_words", "log_chars", "ends_sentence", "punct_share", "other_script_share", "digit_share",
    "has_link", "has_handle", "dates", "has_time", "opens_quoted", "ends_colon", "separators",
    "position", "from_end", "before_first_paragraph", "prev_log_words", "next_log_words",
    "prev_rule_removed", "next_rule_removed", "repeat_in_page", "other_pages_printing", "body_word_share",
    "pile_word_share", "page_arabic_share", "inside_longer_line", "between_paragraphs", "colon_in_head",
    "log_page_lines", "after_last_paragraph", "short_run", "title_parts", "ends_ellipsis", "in_brackets",
    "rule_removed", "prefix_cut", *(f"rule_{group}" for group in REASON_GROUPS),
    "initials_share", "credit_share", "before_main_block", "after_main_block", "title_share", "removed_near", "echo_share",
    "is_headline", "echo_later", "words_per_mark", "ends_credit", "names_site", "story_word_share",
    "caption_near",
)
# Line features that the lines around a line also give it (furniture comes in runs: a caption between two
# paragraphs, a related title among others): each as seen on the line before and the line after (their
# length and the rules' verdict on them are line features already).
NEIGHBOUR_FEATURES = ("ends_sentence", "body_word_share", "pile_word_share", "short_run", "other_script_share")
FEATURES = (*LINE_FEATURES, *(f"{side}_{name}" for side in ("prev", "next") for name in NEIGHBOUR_FEATURES))
_NEIGHBOUR_INDEX = [LINE_FEATURES.index(name) for name in NEIGHBOUR_FEATURES]
_NO_LINE = -1.0                 # a neighbour's feature where there is no line (the page's edge)


@dataclass
class Unit:
    """One line of a page as the rules left it: kept (`kept` is its Line) or removed (`reason`)."""
    line_no: int
    spans: int
    text: str
    kept: Line | None
    removed: RemovedLine | None
    prefix_cut: bool = False

    @property
    def reason(self) -> str | None:
        return self.removed.reason if self.removed else None


def units_of(doc: Document) -> list[Unit]:
    """The page's lines after the rules (`clean_document`), in order; a prefix cut before a kept line
    (a site label) stays with that line."""
    kept_numbers = {line.line_no for line in doc.lines}
    prefixes = {r.line_no for r in doc.removed if r.line_no in kept_numbers}
    units = [Unit(line.line_no, line.spans, line.text, line, None, line.line_no in prefixes) for line in doc.lines]
    units += [Unit(r.line_no, r.spans, r.line, None, r) for r in doc.removed
              if r.line_no not in kept_numbers and r.line_no not in doc.header]      # (a file's header: no page line)
    return sorted(units, key=lambda u: u.line_no)


def _content_words(text: str) -> set[str]:
    return {w for w in normalize(text).split() if len(w) >= _CONTENT_WORD and not w.isdigit()}


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _bigrams(norm: str) -> set[tuple[str, str]]:
    tokens = norm.split()
    return set(zip(tokens, tokens[1:]))


def _paragraph(text: str, paragraph_words: int) -> bool:
    """A line of body text: long, or a sentence of some length (cleaning's first paragraph)."""
    count = len(text.split())
    return count >= 2 * paragraph_words or (count >= paragraph_words and ends_sentence(text))


def _short_runs(texts: list[str], paragraph_words: int) -> list[int]:
    """For each line, the length of the run of short lines without a sentence end it belongs to (0: none)."""
    short = [len(t.split()) < 2 * paragraph_words and not ends_sentence(t) for t in texts]
    out = [0] * len(texts)
    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and short[end]:
            end += 1
        for m in range(k, end):
            out[m] = end - k
        k = max(end, k + 1)
    return out


def _main_block(paragraphs: list[bool], texts: list[str]) -> tuple[int, int]:
    """First and last line of the page's main text: the run of paragraphs with the most words, where one
    line between two paragraphs (a sub-head, a caption) does not break the run; (len, -1) when there is none."""
    blocks: list[list[int]] = []
    for k, para in enumerate(paragraphs):
        if para:
            if blocks and k - blocks[-1][-1] <= 2:
                blocks[-1].append(k)
            else:
                blocks.append([k])
    if not blocks:
        return len(paragraphs), -1
    best = max(blocks, key=lambda block: sum(len(texts[k].split()) for k in block))
    return best[0], best[-1]


def _token_shares(text: str, credit_words: frozenset[str]) -> tuple[float, float]:
    """Share of a line's tokens that are single letters (initials: 'ر.ق-ر.أ', 'أ ف ب') and that name a news
    agency or a credit ('وكالات', 'رويترز', 'La rédaction')."""
    tokens = credit_tokens(text)
    initials = sum(len(t) == 1 and not t.isdigit() for t in tokens)
    credits = sum(t in credit_words for t in tokens)
    return _share(initials, len(tokens)), _share(credits, len(tokens))


def _ends_credit(text: str, credit_words: frozenset[str]) -> float:
    """1 when a line ends with an agency or credit word: a photo's caption ('... Qaraqosh.—AFP')."""
    tokens = credit_tokens(text)
    return float(len(tokens) > 1 and tokens[-1] in credit_words)


# The consonants of a word in Latin letters, as site addresses spell Arabic names ('المدارنت' and 'almadarnet'
# both give lmdrnt): vowels, long vowels, h, w, y and hamza are dropped (each language writes them its own way).
_SKELETON_AR = str.maketrans({**dict.fromkeys("اأإآٱءئؤىةوي" "حهع", ""), "ب": "b", "ت": "t", "ث": "t", "ج": "j",
                              "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s",
                              "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l",
                              "م": "m", "ن": "n"})
_LATIN_DIGRAPH = re.compile(r"kh|gh|sh|th|dh|ch|ou")
_LATIN_DROPPED = re.compile(r"[^bcdfgjklmnpqrstvxz]")
_SITE_NAME_WORDS = 3            # a site's name is spelled in at most this many words ('Gulf News', 'أخبار الآن')
_MIN_SKELETON = 4               # a site name of fewer consonants matches too many words by chance
# Labels of a host that are not the site's name (example.co.uk, ar.example.com, www.example.net).
_SECOND_LEVEL = {"com", "co", "net", "org", "gov", "edu", "ac", "ar", "en", "fr", "m", "www", "amp"}


def skeleton(text: str) -> str:
    """The consonant skeleton of a text in Arabic or Latin letters (spaces and everything else dropped)."""
    latin = _LATIN_DIGRAPH.sub(lambda m: {"ou": ""}.get(m[0], m[0][0]), text.lower().translate(_SKELETON_AR))
    return _LATIN_DROPPED.sub("", latin.replace("q", "k").replace("c", "k"))


def site_skeleton(url: str | None) -> str:
    """The skeleton of a page's site name: the longest label of its host besides the top-level ones."""
    labels = [label for label in (source_from_url(url) or "").split(".")[:-1] if label not in _SECOND_LEVEL]
    name = skeleton(max(labels, key=len, default=""))
    return name if len(name) >= _MIN_SKELETON else ""


def names_site(text: str, site: str) -> float:
    """Share of the site name's skeleton that a few words of the line spell in one piece: a masthead, a signature, a
    slogan or a call to follow the site ('“المدارنت”..', 'Get exclusive content with Gulf News')."""
    if not site:
        return 0.0
    shapes = [skeleton(word) for word in text.split()]
    best = 0
    for k in range(len(shapes)):
        piece = "".join(shapes[k:k + _SITE_NAME_WORDS])
        best = max(best, SequenceMatcher(None, site, piece, autojunk=False)
                   .find_longest_match(0, len(site), 0, len(piece)).size)
    return best / len(site)


def _group(reason: str | None) -> str | None:
    low = (reason or "").lower()
    return next((g for g, keys in REASON_GROUPS.items() if any(k in low for k in keys)), None) if reason else None


def pile_features(docs: list[Document], cfg: Config) -> list[list[tuple[Unit, list[float]]]]:
    """For every page of a pile (one story's pages), its units with their feature vectors (FEATURES order)."""
    paragraph_words = cfg.cleaning.paragraph_words
    credit_words = frozenset(normalize(w).lower() for w in cfg.cleaning.credit_words)
    all_units = [units_of(doc) for doc in docs]
    norms = [[normalize(u.text) for u in units] for units in all_units]
    line_sets = [set(n) for n in norms]
    # Pages that share most of their lines are copies: their common lines are body, not furniture.
    copies = [{j for j in range(len(docs)) if j != i and
               _share(len(line_sets[i] & line_sets[j]), min(len(line_sets[i]), len(line_sets[j]))) >= 0.5}
              for i in range(len(docs))]
    body_words = [Counter(w for u in units if u.kept for w in _content_words(u.text)) for units in all_units]
    out = []
    for i, (doc, units) in enumerate(zip(docs, all_units)):
        check_deadline()
        pile_words: set[str] = set()
        for j, counter in enumerate(body_words):
            if j != i and j not in copies[i]:
                pile_words.update(counter)
        first_paragraph = next((k for k, u in enumerate(units) if _paragraph(u.text, paragraph_words)), len(units))
        letters_total = max(len(_ARABIC_LETTER.findall(doc.text)) + len(_LATIN_LETTER.findall(doc.text)), 1)
        page_arabic = len(_ARABIC_LETTER.findall(doc.text)) / letters_total
        seen: list[str] = []
        rows = []
        pairs = [_bigrams(n) for n in norms[i]]
        paragraphs = [u.kept is not None and _paragraph(u.text, paragraph_words) for u in units]
        last_paragraph = max((k for k, para in enumerate(paragraphs) if para), default=-1)
        runs = _short_runs([u.text for u in units], paragraph_words)
        block_start, block_end = _main_block(paragraphs, [u.text for u in units])
        first_kept = next((k for k, para in enumerate(paragraphs) if para), len(units))
        header = [k for k, u in enumerate(units[:first_kept]) if u.kept and len(u.text.split()) >= _HEADLINE_WORDS]
        headline = max(header, key=lambda k: (len(units[k].text.split()), -k), default=-1)
        title = _content_words(units[headline].text) if header else set()
        site = site_skeleton(doc.url)
        removed = [u.removed is not None for u in units]
        for k, unit in enumerate(units):
            text, norm = unit.text, norms[i][k]
            n_words, n_chars = len(text.split()), max(len(text), 1)
            arabic, latin = len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
            own = _content_words(text)
            # the line's words the page's other kept lines use (a kept line counted each of its own words once)
            rest = {w for w in own if body_words[i][w] > (unit.kept is not None)}
            others = sum(norm in line_sets[j] for j in range(len(docs)) if j != i and j not in copies[i])
            repeat = any(norm == s or (len(norm) > 20 and (norm in s or s.startswith(norm[:-3]))) for s in seen)
            group = _group(unit.reason)
            prev_u, next_u = units[k - 1] if k else None, units[k + 1] if k + 1 < len(units) else None
            row = [
                math.log1p(n_words), math.log1p(n_chars), float(ends_sentence(text)),
                len(_PUNCT.findall(text)) / n_chars, _share(latin if page_arabic >= 0.5 else arabic, arabic + latin),
                len(_DIGIT.findall(text)) / n_chars, float(bool(_LINK.search(text))),
                float(bool(_HANDLE.search(text))), float(len(find_dates(text))), float(bool(_TIME.search(text))),
                float(text.lstrip().startswith(_QUOTE_OPEN)), float(text.rstrip().endswith((":", ":-", "："))),
                float(len(re.findall(r"\||•|»|–|—", text))),
                _share(k, len(units) - 1), _share(len(units) - 1 - k, len(units) - 1), float(k < first_paragraph),
                math.log1p(len(prev_u.text.split())) if prev_u else 0.0,
                math.log1p(len(next_u.text.split())) if next_u else 0.0,
                float(bool(prev_u and prev_u.removed)) if prev_u else 1.0,
                float(bool(next_u and next_u.removed)) if next_u else 1.0,
                float(repeat), float(others), _share(sum(w in rest for w in own), len(own)),
                _share(sum(w in pile_words for w in own), len(own)), page_arabic,
                max((_share(len(pairs[k] & pairs[m]), len(pairs[k])) for m in range(len(units))
                     if m != k and len(norms[i][m]) > len(norm)), default=0.0),
                float(0 < k < len(units) - 1 and paragraphs[k - 1] and paragraphs[k + 1]),
                float(":" in " ".join(text.split()[:4])), math.log1p(len(units)), float(k > last_paragraph),
                math.log1p(runs[k]), float(".." in text or " | " in text),
                float(text.rstrip().endswith(("…", "...", "..."))),
                _share(sum(len(b) for b in _BRACKETED.findall(text)), n_chars),
                float(unit.removed is not None), float(unit.prefix_cut),
                *(float(group == g) for g in REASON_GROUPS),
            ]
            near = removed[max(k - 2, 0):k] + removed[k + 1:k + 3]
            row += [*_token_shares(text, credit_words), float(k < block_start), float(k > block_end),
                    _share(len(own & title), len(own)), _share(sum(near), len(near)),
                    max((_share(len(pairs[k] & pairs[m]), len(pairs[k])) for m in range(k)), default=0.0),
                    float(k == headline),
                    max((_share(len(pairs[k] & pairs[m]), len(pairs[k])) for m in range(k + 1, len(units))),
                        default=0.0),
                    math.log1p(n_words / (1 + len(_MARK.findall(text)))), _ends_credit(text, credit_words),
                    names_site(text, site), _share(sum(w in rest or w in pile_words for w in own), len(own)),
                    float(any(_group(u.reason) == "caption" for u in units[max(k - 1, 0):k + 2] if u is not unit))]
            seen.append(norm)
            rows.append((unit, row))
        out.append(_with_neighbours(rows))
    return out


def _with_neighbours(rows: list[tuple[Unit, list[float]]]) -> list[tuple[Unit, list[float]]]:
    """Each row followed by NEIGHBOUR_FEATURES of the line before it and of the line after it."""
    def side(k: int) -> list[float]:
        return [rows[k][1][i] for i in _NEIGHBOUR_INDEX] if 0 <= k < len(rows) else [_NO_LINE] * len(_NEIGHBOUR_INDEX)
    return [(unit, row + side(k - 1) + side(k + 1)) for k, (unit, row) in enumerate(rows)]


@dataclass(frozen=True)
class FurnitureModel:
    """Gradient-boosted regression trees over FEATURES, read from JSON; `threshold` on the probability.
    The score is `base` plus `rate` times the sum of the trees' leaves (rate 1/n averages n members)."""
    features: tuple[str, ...]
    base: float
    rate: float
    trees: tuple[dict, ...]
    threshold: float

    @classmethod
    def from_dict(cls, data: dict) -> "FurnitureModel":
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the furniture model was trained on other features: retrain it with "
                             "benchmarks/train_furniture.py")
        return cls(tuple(data["features"]), data["base"], data["rate"], tuple(data["trees"]), data["threshold"])

    def probability(self, row: list[float]) -> float:
        score = self.base
        for tree in self.trees:
            node = 0
            while tree["left"][node] >= 0:
                node = tree["left"][node] if row[tree["feature"][node]] <= tree["threshold"][node] \
                    else tree["right"][node]
            score += self.rate * tree["value"][node]
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> FurnitureModel:
    """The model in a JSON file (`cleaning.learned.model_path`); a clear ConfigError when it cannot be used."""
    try:
        return FurnitureModel.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot use the furniture model {path} (cleaning.learned.model_path): {exc}") from None


def apply_model(docs: list[Document], cfg: Config, model: FurnitureModel | None = None) -> None:
    """Let the learned model have the last word on each line the rules saw: `cleaning.learned.mode` 'add'
    only removes more (rules, then the model), 'decide' also restores lines the rules removed. Every line
    the model removes keeps its reason and probability."""
    c = cfg.cleaning.learned
    if c.mode == "off" or not docs:
        return
    if c.mode not in ("add", "decide"):
        raise ConfigError(f"cleaning.learned.mode must be 'add', 'decide' or 'off', not {c.mode!r}")
    model = model or load_model(str(c.model_path or MODEL_PATH))
    # Some features compare each line with every other line of its page: a page of more lines than
    # `max_lines` or more characters than `max_chars` (many times the longest labelled page) is left to the
    # rules, and says so.
    read = []
    for doc in docs:
        lines, chars = len(doc.lines) + len(doc.removed), len(doc.text)
        if lines <= c.max_lines and chars <= c.max_chars:
            read.append(doc)
        else:
            doc.notes.append(f"the learned furniture model was not applied to its {lines:,} lines and {chars:,} "
                             f"characters (more than cleaning.learned.max_lines, {c.max_lines:,}, or max_chars, "
                             f"{c.max_chars:,}): the rules alone cleaned it")
    for doc, rows in zip(read, pile_features(read, cfg)):
        changed = False
        for unit, row in rows:
            p = model.probability(row)
            if unit.kept is not None and p >= model.threshold:
                doc.lines.remove(unit.kept)
                doc.removed = [r for r in doc.removed if r.line_no != unit.line_no]   # (and its cut prefix)
                doc.removed.append(RemovedLine(_raw(doc, unit) if unit.prefix_cut else unit.text,
                                               f"furniture (learned, p={p:.2f})", unit.line_no, unit.spans))
                changed = True
            elif c.mode == "decide" and unit.removed is not None and p < model.threshold:
                doc.removed.remove(unit.removed)
                doc.lines.append(Line(unit.text, unit.line_no, unit.spans))
                changed = True
        if changed:
            doc.lines.sort(key=lambda line: line.line_no)
            doc.removed.sort(key=lambda r: r.line_no)


def _raw(doc: Document, unit: Unit) -> str:
    """The whole line of a unit whose prefix the rules had cut."""
    return doc.text.split("\n")[unit.line_no].strip()
