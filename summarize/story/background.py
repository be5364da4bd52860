"""Articles that are background rather than the story.

A scraped cluster often holds an older article about an earlier event (seed
002: a February phone call, in a story about a July visit). It is kept and
may still support points, but it is flagged, warned about and down-weighted in
selection.
"""
from __future__ import annotations

import numpy as np

from ..config import Config
from ..text.dates import story_reference
from ..text.documents import Document


def flag_background(docs: list[Document], centroids: dict[str, np.ndarray], cfg: Config) -> list[str]:
    """Set `Document.background` on outliers in time or content; return the warnings.

    The majority of a story is never background: when half the articles or more would be flagged,
    the story's date says little (its articles are spread out) and none is flagged."""
    c = cfg.background
    independent = [d for d in docs if d.duplicate_of is None]
    dated = [d.published for d in independent if d.published]
    reference = story_reference(dated)
    flagged: dict[str, list[str]] = {}
    for doc in independent:
        reasons = []
        if reference and doc.published and abs((doc.published - reference).days) > c.max_days_from_story:
            days = (reference - doc.published).days
            when = f"{days} days before" if days > 0 else f"{-days} days after"
            reasons.append(f"published {doc.published.isoformat()} ({doc.published_from or 'date'}), {when} the "
                           f"story's date {reference.isoformat()} (the median of {len(dated)} dated articles)")
        others = [centroids[d.id] for d in independent if d is not doc and d.id in centroids]
        if len(others) >= 2 and doc.id in centroids:
            rest = np.mean(others, axis=0)
            similarity = float(centroids[doc.id] @ rest / (np.linalg.norm(rest) or 1.0))
            if similarity < c.min_content_similarity:
                reasons.append(f"its content is far from the other articles (similarity {similarity:.2f}, "
                               f"below {c.min_content_similarity})")
        if reasons:
            flagged[doc.id] = reasons
    if 2 * len(flagged) >= len(independent):
        return []
    warnings = []
    for doc in independent:
        if doc.id in flagged:
            doc.background = "; ".join(flagged[doc.id])
            warnings.append(f"article {doc.id} looks like background, not the story: {doc.background}")
    for doc in docs:
        if doc.duplicate_of:
            doc.background = next(d.background for d in docs if d.id == doc.duplicate_of)
    return warnings
