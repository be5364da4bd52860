"""Choosing the points of the extractive summary.

Salience is a weighted sum of four features in [0, 1]: independent support,
centrality (closeness to the story's centroid), recency and position in the
articles (news puts the main facts first). Maximal Marginal Relevance then picks
points under the word budget so that nothing is said twice, and the chosen
points are ordered as the story unfolded.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from .config import Config
from .documents import Document
from .redundancy import Point


def score_points(points: list[Point], docs: list[Document], centroid: np.ndarray, cfg: Config) -> None:
    """Set `Point.score` for every point."""
    if not points:
        return
    c = cfg.selection
    by_id = {d.id: d for d in docs}
    n_independent = max(sum(d.duplicate_of is None for d in docs), 1)
    candidate_rank = {(s.doc_id, s.index): r for d in docs
                      for r, s in enumerate(x for x in d.sentences if x.is_point_candidate)}
    latest = max((d.published for d in docs if d.published), default=None)
    closeness = np.array([float(p.embedding @ centroid) for p in points])
    spread = closeness.max() - closeness.min()
    centrality = (closeness - closeness.min()) / spread if spread > 0 else np.ones_like(closeness)
    w = c.weights
    for point, central in zip(points, centrality):
        support = point.support / n_independent
        recency = _recency([by_id[d].published for d in point.sources], latest, c.recency_half_life_days)
        position = max(np.exp(-candidate_rank[(s.doc_id, s.index)] / c.position_decay) for s in point.sentences)
        point.score = w.support * support + w.centrality * central + w.recency * recency + w.position * position
        if all(by_id[d].background for d in point.sources):
            point.score *= c.background_penalty


def _recency(published: list[date | None], latest: date | None, half_life: float) -> float:
    known = [d for d in published if d]
    if not known or latest is None:
        return 0.5
    return float(0.5 ** ((latest - max(known)).days / half_life))


def select_points(points: list[Point], docs: list[Document], cfg: Config,
                  budget_words: int | None = None, max_points: int | None = None) -> list[Point]:
    """MMR under the word budget; returns the chosen points in story order and marks them `selected`."""
    c = cfg.selection
    budget = c.budget_words if budget_words is None else budget_words
    limit = c.max_points if max_points is None else max_points
    # The summary is Arabic: a point only stated in English stays in the table, not the summary.
    pool = [p for p in points if any(s.language == "ar" for s in p.sentences)]
    chosen: list[Point] = []
    used = 0
    while pool and len(chosen) < limit:
        def mmr(p: Point) -> float:
            overlap = max((float(p.embedding @ q.embedding) for q in chosen), default=0.0)
            return c.mmr_lambda * p.score - (1 - c.mmr_lambda) * overlap
        pool = [p for p in pool if used + len(p.text.split()) <= budget
                and all(float(p.embedding @ q.embedding) < c.redundancy_cosine for q in chosen)]
        if not pool:
            break
        best = max(pool, key=mmr)
        pool.remove(best)
        chosen.append(best)
        used += len(best.text.split())
    for p in chosen:
        p.selected = True
    published = {d.id: d.published or date.max for d in docs}
    given_order = {d.id: n for n, d in enumerate(docs)}

    def story_order(point: Point) -> tuple:
        """Earliest publication among the point's sources, then place in that article."""
        first = min(point.sentences, key=lambda s: (published[s.doc_id], s.index))
        return (published[first.doc_id], first.index, given_order[first.doc_id])

    return sorted(chosen, key=story_order)
