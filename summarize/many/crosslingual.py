"""Pages in another language join the story they report, by multilingual sentence embeddings.

An English or French page shares almost no terms with its Arabic story, so the lexical links of
clustering never reach it. Following Miranda et al., "Multilingual Clustering of Streaming News"
(EMNLP 2018), which links a document to a cluster in another language through cross-lingual
representations of the two, each such page is compared with the stories of the pile's main language
in a space where a sentence and its translation lie close: the mean multilingual USE vector of its
first sentences (Yang et al., 2019) against each candidate story's mean of the same vectors of its
pages. Candidates are the stories of the pages whose lead embedding is nearest to the page's
vector, among the pages published within `clustering.max_days_apart` days of it (all, for an undated
page): leads are embedded only there, and only when the pile holds a page in another language, so
the extra text embedded stays a few sentences per such page and the leads of its date window.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..config import Config
from ..models.embeddings import Embedder
from ..text.arabic import language
from ..text.documents import Document
from ..text.sentences import split_sentences


@dataclass
class Placement:
    """A group of pages in another language and the story it joins (a root of the union-find)."""
    group: int
    story: int
    cosine: float


def page_language(doc: Document) -> str:
    """'ar' for an Arabic page, 'en' for one in Latin script (English, French ...)."""
    return language(" ".join([doc.title or ""] + [line.text for line in doc.lines]))


class LeadVectors:
    """Multilingual embedding of a page's title and first words, computed once per page on demand."""

    def __init__(self, docs: list[Document], embedder: Embedder, max_words: int):
        self.docs, self.embedder, self.max_words = docs, embedder, max_words
        self.cache: dict[int, np.ndarray] = {}

    def lead(self, doc: Document) -> str:
        text = " ".join([doc.title or ""] + [line.text for line in doc.lines[:8]])
        return " ".join(text.split()[:self.max_words])

    def of(self, indices: np.ndarray) -> np.ndarray:
        """One row per page of `indices`."""
        missing = [int(i) for i in indices if int(i) not in self.cache]
        if missing:
            self.cache.update(zip(missing, self.embedder.encode([self.lead(self.docs[i]) for i in missing])))
        return np.stack([self.cache[int(i)] for i in indices])


class BodyVectors:
    """Mean multilingual embedding of a page's first sentences, computed once per page on demand."""

    def __init__(self, docs: list[Document], embedder: Embedder, cfg: Config):
        self.docs, self.embedder, self.cfg = docs, embedder, cfg
        self.cache: dict[int, np.ndarray] = {}

    def sentences(self, doc: Document) -> list[str]:
        c = self.cfg.sentences
        pieces = [s for line in doc.lines for s in split_sentences(line.text, frozenset(c.abbreviations), c.max_words)]
        long = [s for s in pieces if len(s.split()) >= c.min_words]
        return (long or pieces or [doc.title or doc.text])[:self.cfg.clustering.cross_language_sentences]

    def of(self, indices: list[int]) -> np.ndarray:
        """Unit mean vector of the pages `indices` (each page the unit mean of its sentences)."""
        missing = [i for i in indices if i not in self.cache]
        if missing:
            texts = [self.sentences(self.docs[i]) for i in missing]
            flat = self.embedder.encode([t for page in texts for t in page])
            start = 0
            for i, page in zip(missing, texts):
                self.cache[i] = _unit(flat[start:start + len(page)].mean(axis=0))
                start += len(page)
        return _unit(np.mean([self.cache[i] for i in indices], axis=0))


def place_other_languages(docs: list[Document], arabic: list[bool], groups: dict[int, list[int]],
                          find: Callable[[int], int], leads: LeadVectors, vectors: BodyVectors,
                          cfg: Config) -> list[Placement]:
    """For each group with no Arabic page (`arabic[i]`: page i is Arabic), the Arabic story it reports,
    when their vectors' cosine reaches `clustering.cross_language_min_cosine`."""
    c = cfg.clustering
    main = [g for g, members in groups.items() if any(arabic[i] for i in members)]
    others = [g for g, members in groups.items() if not any(arabic[i] for i in members)]
    if not main or not others:
        return []
    main_pages = np.array([i for g in main for i in groups[g]])
    ordinal = np.array([d.published.toordinal() if d.published else -1 for d in docs], dtype=np.int64)
    placements = []
    for g in others:
        own = vectors.of(groups[g])
        days = ordinal[groups[g]]
        pages = main_pages
        if (days >= 0).all():          # a dated group: the pages of its days, and the undated ones
            near = ordinal[pages]
            window = (near >= days.min() - c.max_days_apart) & (near <= days.max() + c.max_days_apart)
            pages = pages[(near < 0) | window]
        if not len(pages):
            continue
        nearest = pages[np.argsort(-(leads.of(pages) @ own))[:c.cross_language_candidates]]
        candidates = dict.fromkeys(find(int(i)) for i in nearest)
        scored = [(float(own @ vectors.of(groups[s][:c.cross_language_members])), s) for s in candidates]
        cosine, story = max(scored)
        if cosine >= c.cross_language_min_cosine:
            placements.append(Placement(group=g, story=story, cosine=cosine))
    return placements


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
