"""Many articles -> stories: group a day's pile of articles by what they report and when.

Each article is a TF-IDF vector of its stemmed content terms (one story shares names and rare words),
its terms weighted by their rarity in Arabic. Candidate pairs share terms, found by sparse products (an
inverted index: only articles sharing a term meet), in a big pile over each article's heavier terms only.
Only candidates are scored; they join strongest first, and two groups join only while their centroids stay
close and their dates within a window (average-like linkage: a chain of pairwise links cannot string
unrelated stories together). Two stories of several articles each also need their articles' average
pairwise overlap (UPGMA average linkage): the centroids of two big stories of one kind, such as two
elections years apart, look alike through the words every election story uses. A story without dates
may instead reach the same average over names only (the terms rare in the language): the undated
reports of one event told in different words (a device called three ways) share its names, while events
of one kind differ in theirs (named entities tell events of one topic apart: Kumaran and Allan, "Text
classification and named entities for new event detection", SIGIR 2004). Copies of one article (most
word 5-grams shared) always join, whatever their dates. A page in another language joins the story it
reports by multilingual embeddings (`crosslingual`), the only embeddings a pile needs. A pile is dated
page by page, with no story date to check a stamp against; once its stories are known, each page's stamps
are checked again against its story's other pages, as the pipeline reads one story.

What content gathers is a topic; a topic's dated events (`events`), each at most a story's
`input.max_documents` articles, are the stories written out, each naming its topic.
"""
from __future__ import annotations

import json
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, TextIO

import numpy as np
from scipy import sparse

from ..config import Config
from ..models.embeddings import Embedder
from ..story.redundancy import is_copy, word_shingles
from ..text.arabic import PUNCTUATION, STOPWORDS, light_stem, rarity, words, zipf
from ..text.cleaning import clean_document
from ..text.dates import assign_dates, date_again_as_story
from ..text.documents import Document, load_documents
from ..text.sentences import take_title
from .crosslingual import BodyVectors, LeadVectors, page_language, place_other_languages
from .events import split_events


@dataclass
class Topic:
    """What content gathers: one affair, possibly over weeks, made of dated events."""
    id: str
    size: int
    events: int
    start: date | None = None
    end: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "size": self.size, "events": self.events, "start": _iso(self.start),
                "end": _iso(self.end)}


@dataclass
class Story:
    """One event of a topic: the articles one summary covers (at most `input.max_documents`)."""
    id: str
    documents: list[Document]
    start: date | None = None
    end: date | None = None
    topic: Topic | None = None

    def to_dict(self) -> dict[str, Any]:
        """The form `python -m summarize batch` reads: one story, its articles as records, and its topic."""
        return {"id": self.id, "start": _iso(self.start), "end": _iso(self.end), "size": len(self.documents),
                "topic": self.topic.to_dict() if self.topic else None,
                "documents": [{"id": d.id, "title": d.title, "url": d.url, "date": _iso(d.published),
                               "text": d.text} for d in self.documents]}


@dataclass
class ClusterStats:
    articles: int = 0
    stories: int = 0            # events: the stories written out
    topics: int = 0
    other_language_joined: int = 0
    candidate_pairs: int = 0
    linked_pairs: int = 0
    copy_pairs: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)   # the process's CPU time (all threads)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def read_articles(inputs: Any, cfg: Config) -> list[Document]:
    """Articles from paths, JSONL, a directory or a datasets.Dataset, cleaned and dated by their own
    evidence only (a pile has no one story date to check a page's date against)."""
    docs = load_documents(inputs, max_bytes=cfg.input.max_bytes_per_document,
                          max_documents=cfg.clustering.max_articles)
    for doc in docs:
        clean_document(doc, cfg)
        take_title(doc)
    assign_dates(docs, cfg, story=False)
    return docs


def _terms(doc: Document, common: dict[str, float]) -> list[str]:
    """Stemmed content terms; `common` gets, per term, the highest Zipf frequency of its written forms."""
    text = " ".join([doc.title or ""] + [line.text for line in doc.lines])
    terms = []
    for raw in text.split():
        written = _token_terms(raw)
        terms.extend(written.terms)
        for term in written.terms:
            if common.get(term, -1.0) < written.zipf:
                common[term] = written.zipf
    return terms


@dataclass(frozen=True)
class _Written:
    terms: tuple[str, ...]
    zipf: float


@lru_cache(maxsize=1 << 18)      # news vocabularies are Zipfian: most tokens of a pile repeat a few thousand
def _token_terms(raw: str) -> _Written:
    """The content terms of one whitespace token and how common its written form is in Arabic."""
    kept = tuple(light_stem(w) for w in words(raw) if w not in STOPWORDS and len(w) >= 2)
    # numbers of two digits or more stay: years, tolls, shares
    return _Written(kept, zipf(raw.strip(PUNCTUATION)) if kept else 0.0)


def tfidf_matrix(term_lists: list[list[str]], weights: dict[str, float] | None = None) -> sparse.csr_matrix:
    """Rows of unit length: sublinear term frequency times smoothed inverse document frequency (in the
    pile), times the term's weight in `weights` (its rarity in the language) when given."""
    vocabulary: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for terms in term_lists:
        for term, count in Counter(terms).items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.asarray(counts, dtype=np.float64), indices, indptr),
                               shape=(len(term_lists), max(1, len(vocabulary))))
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    idf = np.log((1 + matrix.shape[0]) / (1 + df)) + 1
    if weights:
        by_id = sorted(vocabulary, key=vocabulary.get)
        idf = idf * np.array([weights.get(term, 1.0) for term in by_id])
    matrix.data = (1 + np.log(matrix.data)) * idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)


def _row_pairs(matrix: sparse.csr_matrix, floor: float, block: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows i < j whose dot product reaches `floor`: the product with the transpose (an
    inverted index: only rows sharing a column meet), a block of rows at a time to bound its memory."""
    columns = matrix.T.tocsr()
    left, right = [], []
    for start in range(0, matrix.shape[0], block):
        product = (matrix[start:start + block] @ columns).tocoo()
        keep = (product.data >= floor) & (product.col > product.row + start)
        left.append(product.row[keep].astype(np.int64) + start)
        right.append(product.col[keep].astype(np.int64))
    return (np.concatenate(left), np.concatenate(right)) if left else (np.zeros(0, np.int64),) * 2


def _lexical_pairs(matrix: sparse.csr_matrix, floor: float, min_weight: float = 0.0,
                   candidate_floor: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of rows whose TF-IDF cosine reaches `floor`, and their cosines. With `min_weight`, the
    candidates are found on the rows without their lighter terms (common words, which make the
    product quadratic: every article prints them) at `candidate_floor`, then scored on whole rows."""
    if not min_weight:
        left, right = _row_pairs(matrix, floor)
    else:
        heavy = matrix.copy()
        heavy.data[heavy.data < min_weight] = 0
        heavy.eliminate_zeros()
        left, right = _row_pairs(heavy, candidate_floor)
    cosine = np.concatenate([np.asarray(matrix[left[k:k + _CHUNK]].multiply(matrix[right[k:k + _CHUNK]])
                                        .sum(axis=1)).ravel() for k in range(0, len(left), _CHUNK)] or [[]])
    keep = cosine >= floor
    order = np.lexsort((right[keep], left[keep]))          # one order whatever the blocks: ties break alike
    return left[keep][order], right[keep][order], cosine[keep][order]


_CHUNK = 100_000     # candidate pairs scored at a time (their rows are copied: memory, not results)


def _copy_pairs(grams: list[set[tuple[str, ...]]], cfg: Config) -> set[tuple[int, int]]:
    """Copies (the single-story rule: `is_copy`, n-gram containment) among the pairs of articles that
    share n-grams printed in at most `clustering.copy_max_articles` articles, at least
    `clustering.copy_candidate_containment` of the shorter one's (one sparse product). An n-gram printed
    by more articles than that is a phrase of the trade, not the mark of one article's copies."""
    c = cfg.clustering
    hashed = [np.fromiter((hash(g) for g in doc_grams), dtype=np.int64, count=len(doc_grams)) for doc_grams in grams]
    sizes = np.array([len(h) for h in hashed], dtype=np.int64)
    if sizes.sum() == 0:
        return set()
    ids, column = np.unique(np.concatenate(hashed), return_inverse=True)
    rows = np.repeat(np.arange(len(grams)), sizes)
    df = np.bincount(column, minlength=len(ids))
    telling = ((df >= 2) & (df <= c.copy_max_articles))[column]
    incidence = sparse.csr_matrix((np.ones(int(telling.sum())), (rows[telling], column[telling])),
                                  shape=(len(grams), len(ids)))
    left, right = _row_pairs(incidence, 1.0)
    counts = np.asarray(incidence[left].multiply(incidence[right]).sum(axis=1)).ravel() if len(left) else left
    enough = counts >= c.copy_candidate_containment * np.maximum(1, np.minimum(sizes[left], sizes[right]))
    return {(i, j) for i, j in zip(left[enough].tolist(), right[enough].tolist()) if is_copy(grams[i], grams[j], cfg)}


@dataclass
class Closeness:
    """How close two sets of articles are: the TF-IDF cosine of their centroids, and the average TF-IDF
    cosine of their cross pairs (their term vectors are sums of unit rows: one dot product gives it)."""
    lexical: float
    average: float


class _Sums:
    """Per set of the union-find, the sum of its rows of one matrix (column ids sorted, and their
    weights), kept up to date at each join."""

    def __init__(self, rows: sparse.csr_matrix):
        rows = rows.copy()
        rows.sort_indices()
        self.sums: list[tuple[np.ndarray, np.ndarray]] = [
            (rows.indices[lo:hi], rows.data[lo:hi]) for lo, hi in zip(rows.indptr[:-1], rows.indptr[1:])]

    def dot(self, a: int, b: int) -> float:
        (ia, xa), (ib, xb) = self.sums[a], self.sums[b]
        _, at_a, at_b = np.intersect1d(ia, ib, assume_unique=True, return_indices=True)
        return float(xa[at_a] @ xb[at_b])

    def join(self, a: int, b: int) -> None:
        """Set a's sum into b's."""
        (ia, xa), (ib, xb) = self.sums[a], self.sums[b]
        ids, where = np.unique(np.concatenate([ia, ib]), return_inverse=True)
        self.sums[b] = (ids, np.bincount(where, weights=np.concatenate([xa, xb]), minlength=len(ids)))
        self.sums[a] = (ia[:0], xa[:0])


class _Stories:
    """Union-find over articles; each set keeps its date span, the sums of its TF-IDF rows (all terms,
    and names only) and the first sum's squared length, kept up to date at each join."""

    def __init__(self, docs: list[Document], tfidf: sparse.csr_matrix, names: sparse.csr_matrix):
        self.parent = list(range(len(docs)))
        self.span = [(d.published, d.published) for d in docs]
        self.terms, self.names = _Sums(tfidf), _Sums(names)
        self.square = np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel().tolist()
        self.size = [1] * len(docs)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def merged_span(self, a: int, b: int) -> tuple[date | None, date | None]:
        dates = [d for d in (*self.span[a], *self.span[b]) if d is not None]
        return (min(dates), max(dates)) if dates else (None, None)

    def closeness(self, a: int, b: int) -> Closeness:
        dot = self.terms.dot(a, b)
        return Closeness(dot / (math.sqrt(self.square[a] * self.square[b]) or 1.0),
                         dot / (self.size[a] * self.size[b]))

    def names_average(self, a: int, b: int) -> float:
        """The average cosine of the cross pairs over their names only."""
        return self.names.dot(a, b) / (self.size[a] * self.size[b])

    def join(self, a: int, b: int) -> None:
        self.square[b] += self.square[a] + 2 * self.terms.dot(a, b)
        self.span[b] = self.merged_span(a, b)
        self.size[b] += self.size[a]
        self.terms.join(a, b)
        self.names.join(a, b)
        self.parent[a] = b


def cluster_documents(docs: list[Document], embedder: Embedder, cfg: Config,
                      stats: ClusterStats | None = None) -> list[Story]:
    """Stories from cleaned, dated articles; every article ends up in exactly one story."""
    c = cfg.clustering
    stats = stats if stats is not None else ClusterStats()
    stats.articles = len(docs)
    clock, cpu = time.perf_counter(), time.process_time()

    def lap(name: str) -> None:
        nonlocal clock, cpu
        now, cpu_now = time.perf_counter(), time.process_time()
        stats.seconds[name] = round(now - clock, 3)
        stats.cpu_seconds[name] = round(cpu_now - cpu, 3)
        clock, cpu = now, cpu_now

    common: dict[str, float] = {}
    term_lists = [_terms(d, common) for d in docs]
    weights = {t: rarity(z, c.common_zipf, c.rare_zipf, c.common_weight) for t, z in common.items()}
    tfidf = tfidf_matrix(term_lists, weights)
    lap("terms")
    # Terms link Arabic pages only (their weights are Arabic word frequencies: English words would all
    # look rare); a page in another language joins its story by multilingual embeddings below.
    arabic = np.array([page_language(d) == "ar" for d in docs], dtype=bool)
    floor = min(c.min_lexical, c.min_lexical_undated)
    if len(docs) <= c.exact_pairs_max:          # every pair that shares enough terms: exact, cheap at this size
        left, right, lexical = _lexical_pairs(tfidf, floor)
    else:
        left, right, lexical = _lexical_pairs(tfidf, floor, c.candidate_min_weight, c.candidate_floor)
    arabic_pair = arabic[left] & arabic[right]
    left, right, lexical = left[arabic_pair], right[arabic_pair], lexical[arabic_pair]
    lap("candidates")
    copies = _copy_pairs([word_shingles(d, cfg.redundancy.shingle_size) for d in docs], cfg)
    lap("copies")
    ordinal = np.array([d.published.toordinal() if d.published else -1 for d in docs], dtype=np.int64)
    undated = (ordinal[left] < 0) | (ordinal[right] < 0)
    days = np.where(undated, 0, np.abs(ordinal[left] - ordinal[right]))
    keep = (lexical >= np.where(undated, c.min_lexical_undated, c.min_lexical)) & (days <= c.max_days_apart)
    stats.candidate_pairs, stats.copy_pairs = len(left), len(copies)

    # the same terms, names only (rare in the language): what the undated reports of one event share
    names = tfidf_matrix([[t for t in terms if common[t] <= c.rare_zipf] for terms in term_lists], weights)
    stories = _Stories(docs, tfidf, names)
    original: dict[int, int] = {}                # a copy -> an earlier article it copies (dated first)
    for i, j in copies:
        first, copy = sorted((i, j), key=lambda k: _first((docs[k].published, k)))
        original.setdefault(copy, first)
        a, b = stories.find(i), stories.find(j)
        if a != b:                               # copies of one article stay together, whatever the dates
            stories.join(a, b)
    order = np.argsort(-lexical[keep], kind="stable")
    for i, j in zip(left[keep][order].tolist(), right[keep][order].tolist()):
        a, b = stories.find(i), stories.find(j)
        if a == b:
            continue
        start, end = stories.merged_span(a, b)
        if start is not None and (end - start).days > c.max_story_days:
            continue
        near = stories.closeness(a, b)
        dated = bool(stories.span[a][0] and stories.span[b][0])
        floor = c.min_lexical if dated else c.min_lexical_undated
        grouped = min(stories.size[a], stories.size[b]) >= 2
        if near.lexical >= floor and (not grouped or near.average >= c.min_group_lexical
                                      or (not dated and stories.names_average(a, b) >= c.min_group_names)):
            stories.join(a, b)
            stats.linked_pairs += 1
    lap("linking")
    for placement in place_other_languages(docs, arabic.tolist(), _groups(stories, len(docs)), stories.find,
                                           LeadVectors(docs, embedder, c.lead_words),
                                           BodyVectors(docs, embedder, cfg), cfg):
        stories.join(placement.group, placement.story)
        stats.other_language_joined += 1
    lap("other languages")
    topics = list(_groups(stories, len(docs)).values())
    for members in topics:          # a page's stamps checked against its own story's other pages
        if len(members) > 1 and any(docs[i].published_from != "metadata" for i in members):
            date_again_as_story([docs[i] for i in members], cfg)
    lap("dates")
    dates = [d.published for d in docs]
    stories_out = _collect(docs, [(t, split_events(t, dates, tfidf, cfg, original)) for t in topics], stats)
    lap("events")
    return stories_out


def _first(dated: tuple[date | None, int]) -> tuple:
    """Sort key: dated before undated, earlier first, then input order."""
    day, index = dated
    return (day is None, day or date.min, index)


def _groups(stories: _Stories, count: int) -> dict[int, list[int]]:
    """The union-find's sets: root -> member indices in input order."""
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(stories.find(i), []).append(i)
    return groups


def _span(docs: list[Document]) -> tuple[date | None, date | None]:
    dates = [d.published for d in docs if d.published is not None]
    return (min(dates), max(dates)) if dates else (None, None)


def _in_order(start: date | None, size: int, first_id: str) -> tuple:
    """Topics and stories are numbered by start date (undated last), larger first, then by first article."""
    return (start is None, start or date.min, -size, first_id)


def _collect(docs: list[Document], topics: list[tuple[list[int], list[list[int]]]],
             stats: ClusterStats) -> list[Story]:
    """Stories (events) numbered by date, each pointing to its topic (numbered the same way)."""
    out, made = [], []
    for members, events in topics:
        start, end = _span([docs[i] for i in members])
        topic = Topic(id="", size=len(members), events=len(events), start=start, end=end)
        made.append((topic, docs[members[0]].id))
        for event in events:
            documents = [docs[i] for i in event]
            start, end = _span(documents)
            out.append(Story(id="", documents=documents, start=start, end=end, topic=topic))
    made.sort(key=lambda t: _in_order(t[0].start, t[0].size, t[1]))
    for n, (topic, _) in enumerate(made, start=1):
        topic.id = f"topic-{n:0{len(str(len(made)))}d}"
    out.sort(key=lambda s: _in_order(s.start, len(s.documents), s.documents[0].id))
    width = len(str(len(out)))
    for n, story in enumerate(out, start=1):
        story.id = f"story-{n:0{width}d}"
    stats.stories, stats.topics = len(out), len(made)
    return out


def cluster_articles(inputs: Any, embedder: Embedder, cfg: Config,
                     stats: ClusterStats | None = None) -> list[Story]:
    """Read a pile of articles and group it into stories (see `cluster_documents`)."""
    started, cpu = time.perf_counter(), time.process_time()
    docs = read_articles(inputs, cfg)
    if stats is not None:
        stats.seconds["read"] = round(time.perf_counter() - started, 3)
        stats.cpu_seconds["read"] = round(time.process_time() - cpu, 3)
    return cluster_documents(docs, embedder, cfg, stats)


def write_stories(stories: Iterable[Story], out: TextIO) -> int:
    """One story per JSONL line; returns how many were written."""
    count = 0
    for story in stories:
        out.write(json.dumps(story.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
