"""The Result: one object that the CLI, the Python API, the web app and batch jobs all render."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .story.attribution import SummarySentence
from .story.disputes import Dispute
from .story.figures import Figure
from .story.redundancy import Point
from .text.documents import Document, known_name


@dataclass
class Result:
    summary_ar: str
    method: str                        # "extractive" or "abstractive"
    points: list[Point]                # chosen points in summary order, then the others by score
    documents: list[Document]
    summary_en: str | None = None
    method_reason: str | None = None   # why the summary is extractive (None when abstractive)
    en_reason: str | None = None       # why there is no English summary (None when there is one)
    sentences: list[SummarySentence] = field(default_factory=list)   # the summary, sentence by sentence
    unsupported: list[str] = field(default_factory=list)             # numbers and names no source contains
    figures: list[Figure] = field(default_factory=list)               # counts the sources give with several values
    disputes: list[Dispute] = field(default_factory=list)             # where the sources disagree, side by side
    warnings: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def selected_points(self) -> list[Point]:
        return [p for p in self.points if p.selected]

    def article_names(self) -> dict[str, str]:
        """Each article's id -> the name a person knows it by (`known_name`: site, title, URL host, file
        name, id last); two articles that would share a name are told apart by their ids."""
        names = {d.id: known_name(d) for d in self.documents}
        shared = {name for name in names.values() if list(names.values()).count(name) > 1}
        return {doc_id: f"{name} ({doc_id})" if name in shared and name != doc_id else name
                for doc_id, name in names.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": {"ar": self.summary_ar, "en": self.summary_en, "method": self.method,
                        "method_reason": self.method_reason, "en_reason": self.en_reason,
                        "sentences": [s.to_dict() for s in self.sentences]},
            "unsupported": list(self.unsupported),
            "figures": [f.to_dict() for f in self.figures],
            "disputes": [d.to_dict() for d in self.disputes],
            "points": [p.to_dict() for p in self.points],
            "documents": [d.to_dict() for d in self.documents],
            "warnings": list(self.warnings),
            "stats": self.stats,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
