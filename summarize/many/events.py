"""A topic's articles -> its dated events, each small enough to summarize as one story.

Clustering by content gathers a month of one affair (a siege, a war, a trial) into one topic. Its
events follow the topic-detection-and-tracking view of an event as something that happens at a time
(Allan et al., "Topic Detection and Tracking Pilot Study", 1998; Yang et al., SIGIR 1998): the dated
articles are cut where no article appeared for more than `event_gap_days`, and an event still longer
than `event_max_days` is cut at its widest gap between dates. An event with more articles than a story
may have (`input.max_documents`) is bisected by spherical 2-means over the articles' TF-IDF vectors
(bisecting k-means, Steinbach, Karypis and Kumar, "A Comparison of Document Clustering Techniques",
2000) until every part fits. An undated article joins the event whose articles' terms it shares most,
and a copy of an article the event of its original.
"""
from __future__ import annotations

from datetime import date

import numpy as np
from scipy import sparse

from ..config import Config


def split_events(members: list[int], dates: list[date | None], tfidf: sparse.csr_matrix,
                 cfg: Config, original: dict[int, int] | None = None) -> list[list[int]]:
    """The events of one topic (`members` are row indices of `tfidf` and `dates`), each a list of
    members in date order; every member lands in exactly one event. A copy of another article
    (`original[i]`, a member too) goes where its original goes, whatever its own date."""
    c = cfg.clustering
    original = original or {}
    copies = [i for i in members if original.get(i, i) != i]
    members = [i for i in members if original.get(i, i) == i]
    dated = sorted((i for i in members if dates[i] is not None), key=lambda i: (dates[i], i))
    undated = [i for i in members if dates[i] is None]
    events = _by_dates(dated, dates, c.event_gap_days, c.event_max_days) if dated else [undated]
    if dated and undated:
        centroids = np.vstack([np.asarray(tfidf[e].sum(axis=0)) / len(e) for e in events])
        best = np.asarray(tfidf[undated] @ centroids.T).argmax(axis=1)
        for i, k in zip(undated, best.tolist()):
            events[k].append(i)
    home = {i: k for k, event in enumerate(events) for i in event}
    for i in copies:
        first = original[i]
        while original.get(first, first) != first:      # a copy of a copy: to the first article
            first = original[first]
        events[home[first]].append(i)
    out = []
    for event in events:
        out.extend(_bisect(event, tfidf, cfg.input.max_documents, c.event_bisect_iterations))
    return [sorted(e, key=lambda i: (dates[i] is None, dates[i] or date.min, i)) for e in out]


def _by_dates(dated: list[int], dates: list[date | None], gap_days: int, max_days: int) -> list[list[int]]:
    """Cut at every gap over `gap_days`, then cut any run longer than `max_days` at its widest gap."""
    runs, current = [], [dated[0]]
    for previous, i in zip(dated, dated[1:]):
        if (dates[i] - dates[previous]).days > gap_days:
            runs.append(current)
            current = []
        current.append(i)
    runs.append(current)
    out = []
    while runs:
        run = runs.pop()
        if (dates[run[-1]] - dates[run[0]]).days <= max_days:
            out.append(run)
            continue
        gaps = [(dates[b] - dates[a]).days for a, b in zip(run, run[1:])]
        widest = max(gaps)          # the widest gap nearest the middle: halves as even as the dates allow
        cut = min((k for k, g in enumerate(gaps) if g == widest), key=lambda k: abs(2 * k + 2 - len(run))) + 1
        runs += [run[:cut], run[cut:]]
    return out[::-1]


def _bisect(event: list[int], tfidf: sparse.csr_matrix, cap: int, iterations: int) -> list[list[int]]:
    """Split `event` by spherical 2-means until every part has at most `cap` members."""
    if len(event) <= cap:
        return [event]
    rows = tfidf[event]
    centroid = np.asarray(rows.sum(axis=0)).ravel()
    first = int(np.argmin(rows @ centroid))                 # the least typical article seeds one side,
    second = int(np.argmin(rows @ rows[first].T.toarray().ravel()))   # the one least like it the other
    centres = np.vstack([rows[first].toarray(), rows[second].toarray()])
    side = np.zeros(len(event), dtype=bool)
    for _ in range(iterations):
        similarity = np.asarray(rows @ centres.T)
        new_side = similarity[:, 1] > similarity[:, 0]
        if not new_side.any() or new_side.all() or (new_side == side).all():
            break
        side = new_side
        centres = np.vstack([np.asarray(rows[~side].sum(axis=0)), np.asarray(rows[side].sum(axis=0))])
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    if not side.any() or side.all():                        # identical texts: halves in the given order
        side = np.arange(len(event)) >= len(event) // 2
    left = [i for i, s in zip(event, side) if not s]
    right = [i for i, s in zip(event, side) if s]
    return _bisect(left, tfidf, cap, iterations) + _bisect(right, tfidf, cap, iterations)
