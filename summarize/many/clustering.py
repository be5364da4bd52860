"""Many articles -> stories: group a day's pile of articles by what they report and when.

Each article gets two representations: a TF-IDF vector of its stemmed content
terms (one story shares names and rare words) and a sentence embedding of its
title and lead (paraphrases). Candidate pairs come from two sub-quadratic
indexes: MinHash LSH over each article's keywords (datasketch) and an HNSW
nearest-neighbour graph over the embeddings (faiss). Only candidates are scored;
they join strongest first, and two groups join only while their centroids stay
close and their dates within a window (average-like linkage: a chain of pairwise
links cannot string unrelated stories together). Two stories of several articles
each also need their articles' average pairwise overlap (UPGMA average linkage):
the centroids of two big stories of one kind, such as two elections years apart,
look alike through the words every election story uses. Copies of one article (most
word 5-grams shared) always join, whatever their dates. A page in another language joins the story
it reports by multilingual embeddings (`crosslingual`).

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
from typing import Any, Iterable, TextIO

import numpy as np
from scipy import sparse

from ..config import Config
from ..models.embeddings import Embedder
from ..story.redundancy import is_copy, word_shingles
from ..text.arabic import PUNCTUATION, STOPWORDS, light_stem, rarity, words, zipf
from ..text.cleaning import clean_document
from ..text.dates import assign_dates
from ..text.documents import Document, load_documents
from ..text.sentences import take_title
from .crosslingual import BodyVectors, page_language, place_other_languages
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
        for w in words(raw):
            if w in STOPWORDS or len(w) < 2:       # numbers of two digits or more stay: years, tolls, shares
                continue
            term = light_stem(w)
            terms.append(term)
            common[term] = max(common.get(term, 0.0), zipf(raw.strip(PUNCTUATION)))
    return terms


def _lead(doc: Document, max_words: int) -> str:
    text = " ".join([doc.title or ""] + [line.text for line in doc.lines[:8]])
    return " ".join(text.split()[:max_words])


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


def _keywords(matrix: sparse.csr_matrix, count: int) -> list[set[bytes]]:
    """Each article's heaviest TF-IDF terms (as term ids), its set for MinHash LSH."""
    out = []
    for row in range(matrix.shape[0]):
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        top = np.argsort(-matrix.data[lo:hi])[:count]
        out.append({int(t).to_bytes(4, "little") for t in matrix.indices[lo:hi][top]})
    return out


def _lsh_pairs(sets: list[set[bytes]], threshold: float, permutations: int, verify: bool) -> set[tuple[int, int]]:
    """Pairs whose estimated Jaccard may reach `threshold` (checked on the estimate when `verify`)."""
    import xxhash
    from datasketch import MinHash, MinHashLSH

    kept = [i for i, s in enumerate(sets) if s]          # an article without text matches nothing
    hashes = dict(zip(kept, MinHash.bulk([sets[i] for i in kept], num_perm=permutations,
                                         hashfunc=xxhash.xxh32_intdigest)))
    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    with lsh.insertion_session() as session:
        for i, h in hashes.items():
            session.insert(i, h)
    return {(i, j) for i, h in hashes.items() for j in lsh.query(h)
            if j > i and (not verify or h.jaccard(hashes[j]) >= threshold)}


def _lexical_pairs(matrix: sparse.csr_matrix, floor: float) -> set[tuple[int, int]]:
    """Every pair of rows whose TF-IDF cosine reaches `floor` (one sparse product)."""
    product = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    keep = product.data >= floor
    return set(zip(product.row[keep].tolist(), product.col[keep].tolist()))


def _neighbour_pairs(vectors: np.ndarray, neighbours: int) -> set[tuple[int, int]]:
    """Each article's nearest neighbours in an HNSW graph over the lead embeddings."""
    import faiss

    n = len(vectors)
    if n < 2:
        return set()
    k = min(neighbours + 1, n)
    data = np.ascontiguousarray(vectors, dtype=np.float32)
    index = faiss.IndexHNSWFlat(data.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = max(64, 2 * k)
    index.add(data)
    _, found = index.search(data, k)
    return {(min(i, int(j)), max(i, int(j))) for i, row in enumerate(found) for j in row if j >= 0 and j != i}


class _Stories:
    """Union-find over articles; each set keeps its date span and the sums of its vectors."""

    def __init__(self, docs: list[Document], embeddings: np.ndarray, tfidf: sparse.csr_matrix, weight: float):
        self.parent = list(range(len(docs)))
        self.span = [(d.published, d.published) for d in docs]
        self.embedding: list[np.ndarray | None] = [row.astype(np.float64) for row in embeddings]
        self.terms: list[dict[int, float]] = [
            dict(zip(tfidf.indices[lo:hi].tolist(), tfidf.data[lo:hi].tolist()))
            for lo, hi in zip(tfidf.indptr[:-1], tfidf.indptr[1:])]
        self.weight = weight
        self.size = [1] * len(docs)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def merged_span(self, a: int, b: int) -> tuple[date | None, date | None]:
        dates = [d for d in (*self.span[a], *self.span[b]) if d is not None]
        return (min(dates), max(dates)) if dates else (None, None)

    def closeness(self, a: int, b: int) -> tuple[float, float, float]:
        """(blended, lexical) cosine between the centroids of two sets, and the average TF-IDF cosine
        of their cross pairs (the term vectors are sums of unit rows: one dot product gives it)."""
        ea, eb = self.embedding[a], self.embedding[b]
        dense = float(ea @ eb) / ((np.linalg.norm(ea) * np.linalg.norm(eb)) or 1.0)
        ta, tb = self.terms[a], self.terms[b]
        if len(ta) > len(tb):
            ta, tb = tb, ta
        dot = sum(x * tb.get(t, 0.0) for t, x in ta.items())
        norms = math.sqrt(sum(x * x for x in ta.values()) * sum(x * x for x in tb.values())) or 1.0
        lexical = dot / norms
        return self.weight * dense + (1 - self.weight) * lexical, lexical, dot / (self.size[a] * self.size[b])

    def join(self, a: int, b: int) -> None:
        if len(self.terms[a]) > len(self.terms[b]):   # fold the smaller term dict into the larger
            a, b = b, a
        self.span[b] = self.merged_span(a, b)
        self.size[b] += self.size[a]
        self.embedding[b] = self.embedding[b] + self.embedding[a]
        for t, x in self.terms[a].items():
            self.terms[b][t] = self.terms[b].get(t, 0.0) + x
        self.embedding[a], self.terms[a] = None, {}
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
    embeddings = embedder.encode([_lead(d, c.lead_words) for d in docs])
    lap("embeddings")
    if len(docs) <= c.exact_pairs_max:          # every pair that shares enough terms: exact, cheap at this size
        candidates = _lexical_pairs(tfidf, min(c.min_lexical, c.min_lexical_undated))
    else:
        candidates = _lsh_pairs(_keywords(tfidf, c.keywords), c.lsh_jaccard, c.minhash_permutations, verify=False)
    # Copies: the single-story rule (n-gram containment on the cleaned text), checked on the pairs that
    # MinHash LSH finds with some n-gram overlap.
    grams = [word_shingles(d, cfg.redundancy.shingle_size) for d in docs]
    candidates_copy = _lsh_pairs([{" ".join(g).encode("utf-8") for g in doc_grams} for doc_grams in grams],
                                 c.copy_candidate_jaccard, c.minhash_permutations, verify=False)
    copies = {(i, j) for i, j in candidates_copy if is_copy(grams[i], grams[j], cfg)}
    lap("minhash")
    candidates |= _neighbour_pairs(embeddings, c.neighbours)
    # Terms link Arabic pages only (their weights are Arabic word frequencies: English words would all
    # look rare); a page in another language joins its story by multilingual embeddings below.
    arabic = [page_language(d) == "ar" for d in docs]
    candidates = {(i, j) for i, j in candidates if arabic[i] and arabic[j]}
    lap("hnsw")

    pairs = np.array(sorted(candidates), dtype=np.int64).reshape(-1, 2)
    left, right = pairs[:, 0], pairs[:, 1]
    lexical = np.asarray(tfidf[left].multiply(tfidf[right]).sum(axis=1)).ravel()
    dense = np.einsum("ij,ij->i", embeddings[left], embeddings[right])
    score = c.embedding_weight * dense + (1 - c.embedding_weight) * lexical
    days = np.array([_days_apart(docs[i], docs[j]) for i, j in pairs], dtype=np.float64).reshape(-1)
    undated = np.array([docs[i].published is None or docs[j].published is None for i, j in pairs], dtype=bool)
    floor = np.where(undated.reshape(-1), c.min_lexical_undated, c.min_lexical)
    keep = (score >= c.link_score) & (lexical >= floor) & (days <= c.max_days_apart)
    stats.candidate_pairs, stats.copy_pairs = len(pairs), len(copies)

    stories = _Stories(docs, embeddings, tfidf, c.embedding_weight)
    original: dict[int, int] = {}                # a copy -> an earlier article it copies (dated first)
    for i, j in copies:
        first, copy = sorted((i, j), key=lambda k: _first((docs[k].published, k)))
        original.setdefault(copy, first)
        a, b = stories.find(i), stories.find(j)
        if a != b:                               # copies of one article stay together, whatever the dates
            stories.join(a, b)
    order = np.argsort(-score[keep], kind="stable")
    for i, j in zip(left[keep][order].tolist(), right[keep][order].tolist()):
        a, b = stories.find(i), stories.find(j)
        if a == b:
            continue
        start, end = stories.merged_span(a, b)
        if start is not None and (end - start).days > c.max_story_days:
            continue
        blended, shared, average = stories.closeness(a, b)
        floor = c.min_lexical if stories.span[a][0] and stories.span[b][0] else c.min_lexical_undated
        grouped = min(stories.size[a], stories.size[b]) >= 2
        if blended >= c.link_score and shared >= floor and (not grouped or average >= c.min_group_lexical):
            stories.join(a, b)
            stats.linked_pairs += 1
    lap("linking")
    for placement in place_other_languages(docs, arabic, _groups(stories, len(docs)), embeddings, stories.find,
                                           BodyVectors(docs, embedder, cfg), cfg):
        stories.join(placement.group, placement.story)
        stats.other_language_joined += 1
    lap("other languages")
    topics = list(_groups(stories, len(docs)).values())
    dates = [d.published for d in docs]
    stories_out = _collect(docs, [(t, split_events(t, dates, tfidf, cfg, original)) for t in topics], stats)
    lap("events")
    return stories_out


def _first(dated: tuple[date | None, int]) -> tuple:
    """Sort key: dated before undated, earlier first, then input order."""
    day, index = dated
    return (day is None, day or date.min, index)


def _days_apart(a: Document, b: Document) -> int:
    if a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)


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
    started = time.perf_counter()
    docs = read_articles(inputs, cfg)
    if stats is not None:
        stats.seconds["read"] = round(time.perf_counter() - started, 3)
    return cluster_documents(docs, embedder, cfg, stats)


def write_stories(stories: Iterable[Story], out: TextIO) -> int:
    """One story per JSONL line; returns how many were written."""
    count = 0
    for story in stories:
        out.write(json.dumps(story.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
