"""How much a sentence is worth saying, learned from human summaries instead of set by hand.

Supervised sentence scoring as in Kupiec, Pedersen & Chen 1995 ("A Trainable Document Summarizer")
and the position/content/salience features of SummaRuNNer (Nallapati et al. 2017), with a logistic
model: each candidate sentence gets general features (its place in its article, its length, its
overlap with the headline, its TF-IDF centrality among the story's sentences, numbers, rare words
such as names, quotation), and its salience is the model's estimate of how much of an editor's
summary it says (trained on the mean ROUGE-1/2 F1 of each sentence with the standfirsts that editors
of BBC Arabic wrote above their articles: ANT corpus, January to April 2018;
`benchmarks/train_salience.py` reproduces it). The model ranks the sentences of one article: among
many articles, a sentence's salience counts relative to its article's most salient one. The
coefficients ship as a small JSON data file beside this module (`salience_model.json`): read as
numbers, never executed. Selection uses it to tell one article (`selection._most_salient_first`),
and a topic followed over weeks, one event per article (`is_timeline`): its articles are dated far
apart and share few words beyond the topic's own.
"""
from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..config import Config
from ..text.arabic import PUNCTUATION, QUOTES, STOPWORDS, light_stem, rarity, words, zipf
from ..text.documents import Document, Sentence, SentenceKey

FEATURES = ("first", "inverse_rank", "relative_place", "log_words", "title_overlap", "centrality",
            "numbers", "rarity", "quotation")
MODEL_FILE = "salience_model.json"


@dataclass(frozen=True)
class SalienceModel:
    """A logistic model over standardized features: sigmoid(((x - mean) / scale) . coef + intercept)."""
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probability(self, table: np.ndarray) -> np.ndarray:
        z = ((table - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept}

    @classmethod
    def from_dict(cls, data: dict) -> "SalienceModel":
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"the salience model was trained on features {data['features']}, "
                             f"this code computes {list(FEATURES)}: retrain it (benchmarks/train_salience.py)")
        return cls(tuple(data["features"]), np.asarray(data["mean"], float), np.asarray(data["scale"], float),
                   np.asarray(data["coef"], float), float(data["intercept"]))


@lru_cache(maxsize=1)
def shipped_model() -> SalienceModel:
    """The model trained on ANT BBC (the package's data file)."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return SalienceModel.from_dict(json.loads(text)["model"])


def _stems(text: str) -> list[str]:
    return [light_stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def _centrality(sentences: list[Sentence]) -> np.ndarray:
    """Cosine of each sentence's TF-IDF vector (stems, IDF over the story's sentences) with their centroid."""
    from scipy import sparse

    terms = [_stems(s.text) for s in sentences]
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for row, ts in enumerate(terms):
        for t in ts:
            rows.append(row); cols.append(vocab.setdefault(t, len(vocab))); vals.append(1.0)
    if not vocab:
        return np.zeros(len(sentences))
    counts = sparse.csr_matrix((vals, (rows, cols)), shape=(len(sentences), len(vocab)))
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    tfidf = counts.multiply(np.log(len(sentences) / df + 1)).tocsr()
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    unit = sparse.diags(1 / np.where(norms == 0, 1, norms)) @ tfidf
    centroid = np.asarray(unit.mean(axis=0)).ravel()
    centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
    return unit @ centroid


def _rarity(text: str, cfg: Config) -> float:
    """Mean rarity (0 common, 1 rare: names, places) of the sentence's content words."""
    c = cfg.selection
    raws = [w.strip(PUNCTUATION) for w in text.split()]
    values = [rarity(zipf(raw), c.common_zipf, c.rare_zipf, 0.0) for raw in raws
              if raw and (ws := words(raw)) and ws[0] not in STOPWORDS and not ws[0].isdigit()]
    return float(np.mean(values)) if values else 0.0


def feature_table(docs: list[Document], cfg: Config) -> tuple[list[Sentence], np.ndarray]:
    """The candidate sentences of the story's original articles (copies left out) and their features."""
    sentences: list[Sentence] = []
    rows: list[list[float]] = []
    for doc in docs:
        if doc.duplicate_of:
            continue
        candidates = [s for s in doc.sentences if s.is_point_candidate]
        title = set(_stems(doc.title or ""))
        for rank, s in enumerate(candidates):
            tokens = words(s.text)
            stems = set(_stems(s.text))
            rows.append([float(rank == 0), 1 / (1 + rank), rank / max(len(candidates) - 1, 1),
                         math.log(1 + len(tokens)), len(stems & title) / len(title) if title else 0.0,
                         0.0, float(any(t.isdigit() for t in tokens)), _rarity(s.text, cfg),
                         float(any(q in s.text for q in QUOTES))])
            sentences.append(s)
    table = np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))
    if sentences:
        table[:, FEATURES.index("centrality")] = _centrality(sentences)
    return sentences, table


def sentence_salience(docs: list[Document], cfg: Config,
                      model: SalienceModel | None = None) -> dict[SentenceKey, float]:
    """Each candidate sentence (doc id, index) of the original articles -> its salience in (0, 1)."""
    sentences, table = feature_table(docs, cfg)
    if not sentences:
        return {}
    scores = (model or shipped_model()).probability(table)
    return {s.key: float(p) for s, p in zip(sentences, scores)}


def is_timeline(docs: list[Document], cfg: Config) -> bool:
    """A topic followed over weeks, one event per article: at least `timeline_min_articles` dated
    original articles, a median of at least `timeline_min_gap_days` days between one and the next
    (each article on its own day: a story of one event is reported on the same days, the wire and its
    follow-ups), and two articles sharing on average less than `timeline_max_overlap` of their content
    stems (Jaccard): each article tells its own event, not another wording of one. Articles a week or
    more apart (a median gap of `timeline_weekly_gap_days`) are each their own event whatever words
    they share: a topic's background (its names, its places) is restated in every report."""
    c = cfg.selection
    originals = [d for d in docs if not d.duplicate_of and d.published]
    if len(originals) < c.timeline_min_articles:
        return False
    dates = sorted(d.published for d in originals)
    gap = statistics.median((b - a).days for a, b in zip(dates, dates[1:]))
    if gap < c.timeline_min_gap_days:
        return False
    if gap >= c.timeline_weekly_gap_days:
        return True
    stems = [{t for s in d.sentences if s.is_point_candidate for t in _stems(s.text)} for d in originals]
    overlaps = [len(a & b) / max(len(a | b), 1) for i, a in enumerate(stems) for b in stems[i + 1:]]
    return float(np.mean(overlaps)) < c.timeline_max_overlap
