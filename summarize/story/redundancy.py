"""Redundancy across sources: copied articles and repeated reports.

Two levels. Whole articles that are copies of one another (syndication) are
grouped by word 5-gram containment and point to their original through
`duplicate_of`. Sentences from anywhere in the story that report the same thing
are grouped into a `Point` that lists every supporting article; the embedding
decides (it also links an English sentence to its Arabic translation), and for
two sentences of the same language a minimum word overlap on normalized text
keeps "same topic" from passing for "same report". Two sentences whose claims disagree (another
value of the same count, or the opposite stance: `claims.disagree`) are never one point, not even
through others: the point would credit a source with what it does not say. A story of one article
has no sources to gather: two of its sentences are one point only when nearly verbatim, not even
through others (a cannot-link constraint on the agglomeration, Wagstaff et al. 2001, "Constrained
K-means Clustering with Background Knowledge"). The cross-source criterion is loose within one
article, whose sentences share its names ('the Rahbani brothers' in two facts of Fairuz's life), and a
point states one of its sentences: the other fact would be lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from ..config import Config
from ..text.arabic import content_terms, normalize
from ..text.deadline import check_deadline
from ..text.documents import Document, Sentence
from ..text.numbers import NumberReader
from .claims import Claim, disagree


@dataclass
class Point:
    """One thing the story says, with every sentence that says it."""
    sentences: list[Sentence]
    text: str                     # the representative sentence, original characters
    sources: list[str]            # ids of the supporting articles, copies included
    support: int                  # independent supporting articles (copies count once)
    embedding: np.ndarray = field(repr=False)
    score: float = 0.0
    selected: bool = False
    text_en: str | None = None    # English of `text`, when points were translated on request
    stated: str | None = None     # `text` as the summary states it: maybe without a trailing adjunct
                                  # (selection.trimmed_head), relative days dated (temporal.py)

    @property
    def representative(self) -> Sentence:
        """The sentence whose words are `text`."""
        return next(s for s in self.sentences if s.text == self.text)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "stated": self.stated or self.text,
            "en": self.text_en,
            "sources": self.sources,
            "support": self.support,
            "score": round(self.score, 4),
            "selected": self.selected,
            "sentences": [{"doc": s.doc_id, "index": s.index, "text": s.text} for s in self.sentences],
        }


def word_shingles(doc: Document, size: int) -> set[tuple[str, ...]]:
    """The word n-grams of an article's cleaned text (kept lines only: page furniture cannot hide a copy)."""
    tokens = [t for line in doc.lines for t in normalize(line.text).split()]
    return {tuple(tokens[i:i + size]) for i in range(max(len(tokens) - size + 1, 0))}


def is_copy(a: set, b: set, cfg: Config) -> bool:
    """Copies: most of the shorter article's n-grams are in the other (containment), so a truncated or
    lightly extended copy still counts, and two write-ups sharing one agency paragraph do not."""
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= cfg.redundancy.duplicate_containment


def mark_duplicate_documents(docs: list[Document], cfg: Config) -> None:
    """Set `duplicate_of` on every article that is a copy of another one.

    The original of a group of copies is the earliest published one, then the
    longest, then the first given.
    """
    c = cfg.redundancy
    shingles = [word_shingles(d, c.shingle_size) for d in docs]
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(docs)), 2):
        check_deadline()
        if is_copy(shingles[i], shingles[j], cfg):
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(root(i), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: (docs[i].published is None, docs[i].published or 0,
                                               -len(shingles[i]), i))
        for i in members:
            docs[i].duplicate_of = None if i == original else docs[original].id


def independent_id(doc: Document) -> str:
    """The id that stands for a whole group of copies."""
    return doc.duplicate_of or doc.id


def _link(a: Sentence, b: Sentence, cosine: float, terms_a: set[str], terms_b: set[str],
          numbers: set[int], cfg: Config) -> float | None:
    """The average similarity two groups must keep to merge through this pair, or None when the two
    sentences do not report the same thing. Same language: near-verbatim wording, or a close embedding
    with some shared words, or the same distinctive number with shared words (paraphrased reports of one
    figure: 'نحو 2500 عسكري أميركي' / '2500 جندي أميركي'; `numbers` are those both state). Across
    languages: a close embedding."""
    c = cfg.redundancy
    if a.language != b.language:
        return c.link_average if cosine >= c.cross_language_cosine else None
    shared = terms_a & terms_b
    overlap = len(shared) / max(len(terms_a | terms_b), 1)
    if overlap >= c.verbatim_lexical or (cosine >= c.same_language_cosine and overlap >= c.same_language_min_lexical):
        return c.link_average
    words_shared = {t for t in shared if not t.isdigit()}
    if numbers and cosine >= c.same_number_cosine and len(words_shared) >= c.same_number_min_terms \
            and a.doc_id != b.doc_id:
        return c.same_number_cosine
    return None


_CHECK_EVERY = 4096    # pairs linked between two checks of the request's time budget (a few ms)


def group_points(sentences: list[Sentence], embeddings: np.ndarray, docs: list[Document],
                 cfg: Config, claims: list[Claim] | None = None) -> list[Point]:
    """Group the candidate sentences into Points (average-linkage agglomeration over linked pairs);
    with their `claims` (one per sentence), sentences whose claims disagree stay apart."""
    if not sentences:
        return []
    c = cfg.redundancy
    similarity = embeddings @ embeddings.T
    terms = [content_terms(s.text) for s in sentences]
    reader = NumberReader(cfg)
    numbers = [reader.distinctive(s.text) for s in sentences]
    floor = min(c.candidate_cosine, c.same_number_cosine)
    links = []
    for n, (i, j) in enumerate(np.argwhere(np.triu(similarity, k=1) >= floor)):
        if not n % _CHECK_EVERY:
            check_deadline()
        average = _link(sentences[i], sentences[j], float(similarity[i, j]), terms[i], terms[j],
                        numbers[i] & numbers[j], cfg)
        if average is not None:
            links.append((similarity[i, j], i, j, average))
    cluster_of = list(range(len(sentences)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(sentences))}
    one_article = len({independent_id(d) for d in docs}) == 1

    def apart(a: int, b: int) -> bool:
        """Never one point: claims that disagree; in a story of one article, two sentences in one language
        (a quotation and its translation are one) that are not nearly verbatim."""
        if claims and disagree(claims[a], claims[b]):
            return True
        return one_article and sentences[a].language == sentences[b].language and \
            len(terms[a] & terms[b]) / max(len(terms[a] | terms[b]), 1) < c.verbatim_lexical

    for _, i, j, average in sorted(links, reverse=True):
        check_deadline()
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        block = similarity[np.ix_(members[ci], members[cj])]
        if block.mean() < average or any(apart(a, b) for a in members[ci] for b in members[cj]):
            continue
        for k in members[cj]:
            cluster_of[k] = ci
        members[ci].extend(members.pop(cj))
    by_id = {d.id: d for d in docs}
    return [_make_point([sentences[k] for k in sorted(ids)], embeddings[sorted(ids)],
                        similarity[np.ix_(sorted(ids), sorted(ids))], by_id)
            for ids in members.values()]


def _make_point(sentences: list[Sentence], vectors: np.ndarray, similarity: np.ndarray,
                docs: dict[str, Document]) -> Point:
    # Representative: an Arabic sentence, the one placed earliest in its article (leads are
    # written to stand alone, later sentences lean on them: "كما لفت إلى أن..."), then the medoid.
    centrality = similarity.mean(axis=1)
    order = sorted(range(len(sentences)),
                   key=lambda k: (sentences[k].language != "ar", sentences[k].index, -centrality[k], k))
    sources = list(dict.fromkeys(s.doc_id for s in sentences))
    centroid = vectors.mean(axis=0)
    return Point(
        sentences=sentences,
        text=sentences[order[0]].text,
        sources=sources,
        support=len({independent_id(docs[d]) for d in sources}),
        embedding=centroid / (np.linalg.norm(centroid) or 1.0),
    )
