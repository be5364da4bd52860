"""Wiring of the stages: inputs -> documents -> sentences -> points -> selection -> Result.

`Summarizer` loads its resources (config, embedder) once and can be called
for many stories; `summarize()` is the one-call convenience on a shared default
Summarizer.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import numpy as np

from .config import Config, load_config
from .models.embeddings import Embedder, load_embedder
from .models.generation import generate_summaries
from .models.loading import LoadOptions, ModelUnavailable, load_seq2seq
from .models.translation import translate_sentences
from .result import Result
from .story.attribution import SummarySentence, attribute, unsupported_terms
from .story.background import flag_background
from .story.figures import Figure, find_figures, outdated_and_latest
from .story.redundancy import Point, group_points, independent_id, mark_duplicate_documents
from .story.selection import select_points
from .text.arabic import arabic_ratio, zipf
from .text.cleaning import clean_document, remove_cross_document_furniture
from .text.dates import assign_dates
from .text.documents import Document, InputError, load_documents
from .text.sentences import segment_document, split_sentences, take_title
from .text.temporal import anchors


def _warm_up(rarity: bool) -> None:
    import scipy.optimize  # noqa: F401
    if rarity:
        zipf("في")


class Summarizer:
    """A configured pipeline; create once, call for each story."""

    def __init__(self, config: "str | Path | Mapping[str, Any] | Config | None" = None,
                 embedder: Embedder | None = None, require_models: bool = False):
        self.config = load_config(config)
        self._embedder = embedder
        self.require_models = require_models   # raise ModelUnavailable instead of falling back
        # wordfreq's Arabic list (~0.5 s) and the solver (scipy.optimize, ~0.3 s) load while the embedder does
        threading.Thread(target=_warm_up, args=(bool(self.config.selection.rarity_weight),), daemon=True).start()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self.config)
        return self._embedder

    def __call__(self, inputs: Any, **options: Any) -> Result:
        return self.summarize(inputs, **options)

    def preload(self) -> dict[str, str]:
        """Load the embedder and the enabled models now (a server does this at start).

        Returns, per role, the model that loaded or why it could not; never raises for a
        missing model, since summarizing still works without it.
        """
        status = {"embedder": self.embedder.name}
        for role, section in (("summarizer", "generation"), ("translator", "translation")):
            if not getattr(self.config, section).enabled:
                status[role] = f"off ({section}.enabled: false)"
                continue
            try:
                status[role] = self._load(role).label
            except ModelUnavailable as exc:
                status[role] = f"unavailable: {exc}"
        return status

    def summarize(self, inputs: Any, *, budget_words: int | None = None, max_points: int | None = None,
                  translate: bool = True, translate_points: bool = False,
                  on_stage: Callable[[str], None] | None = None) -> Result:
        """Summarize one story given as paths, texts, records or a datasets.Dataset.

        `translate=False` skips the English translation for this call; `translate_points`
        also translates the chosen points (for a points table in English).
        `on_stage(name)` is called as each stage starts (one of `STAGES`), for progress bars.
        """
        outcome = self.summarize_many([inputs], budget_words=budget_words, max_points=max_points,
                                      translate=translate, translate_points=translate_points,
                                      on_stage=on_stage)[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def summarize_many(self, stories: list[Any], *, budget_words: int | None = None,
                       max_points: int | None = None, translate: bool = True, translate_points: bool = False,
                       on_stage: Callable[[str], None] | None = None) -> list[Result | InputError]:
        """Summarize several stories, generating and translating them in shared model batches.

        A story whose input is unusable gets its `InputError` in its place; the others go on.
        Generation and translation seconds in each Result's stats are those of the shared batch.
        """
        drafts: list[_Draft | InputError] = []
        for inputs in stories:
            try:
                drafts.append(self._extract(inputs, budget_words, max_points, on_stage))
            except InputError as exc:
                drafts.append(exc)
        ready = [d for d in drafts if isinstance(d, _Draft)]
        with _shared_timer(ready, "generation", on_stage):
            self._abstract(ready)
        with _shared_timer(ready, "translation", on_stage):
            self._translate(ready, translate, translate_points)
        return [self._finish(d, on_stage) if isinstance(d, _Draft) else d for d in drafts]

    def _extract(self, inputs: Any, budget_words: int | None, max_points: int | None,
                 on_stage: Callable[[str], None] | None) -> "_Draft":
        """Documents -> cleaned sentences -> points -> the chosen points (the extractive summary)."""
        cfg = self.config
        draft = _Draft()
        timed = draft.timer(on_stage)
        with timed("documents"):
            docs = load_documents(inputs, max_bytes=cfg.input.max_bytes_per_document,
                                  max_documents=cfg.input.max_documents)
            for doc in docs:
                clean_document(doc, cfg)
                take_title(doc)
            assign_dates(docs, cfg)
            draft.warnings += _input_warnings(docs, cfg)
        with timed("copies"):
            mark_duplicate_documents(docs, cfg)
            remove_cross_document_furniture(docs, cfg)
            for doc in docs:
                segment_document(doc, cfg)
            sentences = [s for d in docs for s in d.sentences if s.is_point_candidate]
            if not sentences:
                raise InputError("no article text left after removing page furniture: "
                                 "the input holds no sentences to summarize")
        with timed("embeddings"):
            vectors = self.embedder.encode([s.text for s in sentences])
        with timed("points"):
            points = group_points(sentences, vectors, docs, cfg)
            centroids = _document_centroids(sentences, vectors)
            draft.warnings += flag_background(docs, centroids, cfg)
        with timed("selection"):
            draft.figures = find_figures(docs, sentences, cfg)
            outdated, latest = outdated_and_latest(draft.figures)
            draft.chosen = select_points(points, docs, cfg, budget_words, max_points, outdated, latest)
            draft.rest = sorted((p for p in points if not p.selected), key=lambda p: -p.score)
        if not draft.chosen:
            draft.warnings.append("no Arabic sentence could be selected, so the summary is empty")
        draft.docs, draft.sentences, draft.vectors = docs, sentences, vectors
        draft.summary_ar = " ".join(p.stated or p.text for p in draft.chosen)
        draft.method_reason = "no point was selected" if not draft.chosen else None
        return draft

    def _finish(self, draft: "_Draft", on_stage: Callable[[str], None] | None) -> Result:
        with draft.timer(on_stage)("attribution"):
            unsupported = self._check_faithfulness(draft)
        docs, warnings = draft.docs, draft.warnings
        for doc in docs:
            if doc.duplicate_of:
                warnings.append(f"article {doc.id} is a copy of {doc.duplicate_of}; it counts once as a source")
        points = draft.chosen + draft.rest
        stats = {
            "documents": len(docs),
            "independent_documents": len({independent_id(d) for d in docs}),
            "sentences": sum(len(d.sentences) for d in docs),
            "candidate_sentences": len(draft.sentences),
            "points": len(points),
            "multi_source_points": sum(p.support > 1 for p in points),
            "removed_lines": sum(len(d.removed) for d in docs),
            "summary_words": len(draft.summary_ar.split()),
            "embedder": self.embedder.name,
            "models": draft.models,
            "seconds": {k: round(v, 4) for k, v in draft.timings.items()},
        }
        return Result(summary_ar=draft.summary_ar, summary_en=draft.summary_en, method=draft.method,
                      method_reason=draft.method_reason, en_reason=draft.en_reason, sentences=draft.summary,
                      unsupported=unsupported, points=points, documents=docs, figures=draft.figures,
                      warnings=warnings, stats=stats)

    def _load(self, role: str):
        m = self.config.models
        options = LoadOptions(device=m.device, threads=m.threads, attn_implementation=m.attn_implementation,
                              quantize_int8=m.quantize_int8,
                              arabic_vocabulary=m.arabic_vocabulary and role == "summarizer")
        return load_seq2seq(role, getattr(m, role), f"models.{role}", options)

    def _abstract(self, drafts: list["_Draft"]) -> None:
        """mT5 rewrites every draft's chosen points in shared batches; a draft keeps its
        extractive summary, and says why, when there is no model or no text."""
        todo = [d for d in drafts if d.chosen]
        if not todo:
            return
        if not self.config.generation.enabled:
            for draft in todo:
                draft.method_reason = "generation is turned off (generation.enabled: false)"
            return
        try:
            loaded = self._load("summarizer")
            generated = [g.text for g in generate_summaries([[p.stated or p.text for p in d.chosen] for d in todo],
                                                            loaded, self.config)]
        except ModelUnavailable as exc:
            if self.require_models:
                raise
            for draft in todo:
                draft.warnings.append(f"{exc}. Showing the extractive summary instead.")
                draft.method_reason = exc.short()
            return
        except RuntimeError as exc:  # out of memory or a kernel failure while generating
            if self.require_models:
                raise ModelUnavailable("summarizer", self.config.models.summarizer, str(exc)[:200],
                                       "models.summarizer") from None
            for draft in todo:
                draft.method_reason = f"the summarizer failed while generating ({str(exc)[:200]})"
                draft.warnings.append(f"{draft.method_reason}; showing the extractive summary instead")
            return
        for draft, text in zip(todo, generated):
            draft.models["summarizer"] = loaded.label
            if text:
                draft.summary_ar, draft.method = text, "abstractive"
            else:
                draft.method_reason = "the summarizer produced no text"
                draft.warnings.append("the summarizer produced no text; showing the extractive summary instead")

    def _translate(self, drafts: list["_Draft"], requested: bool, translate_points: bool) -> None:
        """English for every draft's summary sentences (and chosen points on request), in shared
        batches; or, per draft, why there is no English."""
        cfg = self.config
        abbreviations, max_words = frozenset(cfg.sentences.abbreviations), cfg.sentences.max_words
        for draft in drafts:
            draft.summary = [SummarySentence(ar=t) for t in split_sentences(draft.summary_ar, abbreviations,
                                                                            max_words)]
        todo = [d for d in drafts if d.summary]
        for draft in drafts:
            if not draft.summary:
                draft.en_reason = "the summary is empty"
            elif not cfg.translation.enabled:
                draft.en_reason = "translation is turned off (translation.enabled: false)"
            elif not requested:
                draft.en_reason = "translation was not requested"
        if not todo or not cfg.translation.enabled or not requested:
            return
        texts = [[s.ar for s in d.summary] + ([p.text for p in d.chosen] if translate_points else [])
                 for d in todo]
        try:
            loaded = self._load("translator")
            english = translate_sentences([t for group in texts for t in group], loaded, cfg)
        except ModelUnavailable as exc:
            if self.require_models:
                raise
            for draft in todo:
                draft.warnings.append(f"{exc}. The English summary is left empty.")
                draft.en_reason = exc.short()
            return
        except RuntimeError as exc:  # out of memory or a kernel failure while translating
            if self.require_models:
                raise ModelUnavailable("translator", cfg.models.translator, str(exc)[:200],
                                       "models.translator") from None
            for draft in todo:
                draft.en_reason = f"the translator failed ({str(exc)[:200]})"
                draft.warnings.append(f"{draft.en_reason}; the English summary is left empty")
            return
        start = 0
        for draft, group in zip(todo, texts):
            own, start = english[start:start + len(group)], start + len(group)
            for sentence, text in zip(draft.summary, own):
                sentence.en = text
            for point, text in zip(draft.chosen, own[len(draft.summary):]):   # empty unless translate_points
                point.text_en = text
            draft.summary_en = " ".join(own[:len(draft.summary)]) or None
            draft.models["translator"] = loaded.label

    def _check_faithfulness(self, draft: "_Draft") -> list[str]:
        """Link summary sentences to their sources; return (and warn about) facts no source contains."""
        if not draft.summary:
            return []
        summary, warnings = draft.summary, draft.warnings
        extractive = draft.method == "extractive" and len(summary) == len(draft.chosen)
        known = [p.sentences for p in draft.chosen] if extractive else None
        # The dates added to relative days come from the articles' publication dates, not their text:
        # sentences are checked without them.
        added = {a for p in draft.chosen for a in anchors(p.stated or "", self.config)}
        bare = [SummarySentence(ar=_without(s.ar, added)) for s in summary]
        attribute(bare, self.embedder.encode([s.ar for s in bare]), draft.sentences, draft.vectors,
                  self.config, known)
        for sentence, checked in zip(summary, bare):
            sentence.evidence = checked.evidence
        for n, sentence in enumerate(summary, start=1):
            if not sentence.evidence:
                warnings.append(f"summary sentence {n} has no supporting sentence in the sources: {sentence.ar}")
        unsupported = unsupported_terms(" ".join(s.ar for s in bare), draft.docs, self.config)
        if unsupported:
            warnings.append("the summary states numbers or names that no source contains: " + ", ".join(unsupported))
        return unsupported


@dataclass
class _Draft:
    """One story between the stages: filled by extraction, then generation, translation, attribution."""
    docs: list[Document] = field(default_factory=list)
    sentences: list = field(default_factory=list)              # the point candidates
    vectors: np.ndarray | None = None                          # their embeddings
    chosen: list[Point] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    rest: list[Point] = field(default_factory=list)
    summary_ar: str = ""
    method: str = "extractive"
    method_reason: str | None = None
    summary: list[SummarySentence] = field(default_factory=list)
    summary_en: str | None = None
    en_reason: str | None = None
    models: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def timer(self, on_stage: Callable[[str], None] | None) -> Callable[[str], Any]:
        return lambda stage: _timed_stage(self.timings, stage, on_stage)


def _without(text: str, parts: set[str]) -> str:
    for part in parts:
        text = text.replace(part, "")
    return text


@contextmanager
def _shared_timer(drafts: list[_Draft], stage: str, on_stage: Callable[[str], None] | None) -> Iterator[None]:
    """A stage run once for several drafts: each records the whole batch's time."""
    shared: dict[str, float] = {}
    with _timed_stage(shared, stage, on_stage):
        yield
    for draft in drafts:
        draft.timings[stage] = draft.timings.get(stage, 0.0) + shared[stage]


# The stages in the order `Summarizer.summarize` runs them, each once.
STAGES = ("documents", "copies", "embeddings", "points", "selection", "generation", "translation", "attribution")


@contextmanager
def _timed_stage(timings: dict[str, float], stage: str,
                 on_stage: Callable[[str], None] | None) -> Iterator[None]:
    if on_stage is not None:
        on_stage(stage)
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def _input_warnings(docs: list[Document], cfg: Config) -> list[str]:
    warnings = []
    for doc in docs:
        kept = " ".join(line.text for line in doc.lines)
        if not kept.strip():
            warnings.append(f"article {doc.id} has no text left after removing page furniture")
        elif arabic_ratio(kept) < cfg.input.min_arabic_ratio:
            warnings.append(f"article {doc.id} is mostly not Arabic ({arabic_ratio(kept):.0%} Arabic letters); "
                            "the summarizer is built for Arabic news")
    return warnings


def _document_centroids(sentences: list, vectors: np.ndarray) -> dict[str, np.ndarray]:
    groups: dict[str, list[np.ndarray]] = {}
    for s, v in zip(sentences, vectors):
        groups.setdefault(s.doc_id, []).append(v)
    centroids = {}
    for doc_id, rows in groups.items():
        mean = np.mean(rows, axis=0)
        centroids[doc_id] = mean / (np.linalg.norm(mean) or 1.0)
    return centroids


_default: Summarizer | None = None


def summarize(inputs: Any, *, config: "str | Path | Mapping[str, Any] | None" = None, **options: Any) -> Result:
    """Summarize one story. Without `config`, a shared default Summarizer is reused between calls."""
    global _default
    if config is not None:
        return Summarizer(config)(inputs, **options)
    if _default is None:
        _default = Summarizer()
    return _default(inputs, **options)
