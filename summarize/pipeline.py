"""Wiring of the stages: inputs -> documents -> sentences -> points -> selection -> Result.

`Summarizer` loads its resources (config, embedder) once and can be called
for many stories; `summarize()` is the one-call convenience on a shared default
Summarizer.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import numpy as np

from .arabic import arabic_ratio
from .attribution import SummarySentence, attribute, unsupported_terms
from .background import flag_background
from .cleaning import clean_document, remove_cross_document_furniture
from .config import Config, load_config
from .dates import header_date, story_reference
from .documents import Document, InputError, load_documents
from .embeddings import Embedder, load_embedder
from .generation import generate_summary
from .models import LoadOptions, ModelUnavailable, load_seq2seq
from .redundancy import group_points, independent_id, mark_duplicate_documents
from .result import Result
from .selection import score_points, select_points
from .sentences import segment_document, split_sentences, take_title
from .translation import translate_sentences


class Summarizer:
    """A configured pipeline; create once, call for each story."""

    def __init__(self, config: "str | Path | Mapping[str, Any] | Config | None" = None,
                 embedder: Embedder | None = None, require_models: bool = False):
        self.config = load_config(config)
        self._embedder = embedder
        self.require_models = require_models   # raise ModelUnavailable instead of falling back

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
                status[role] = self._load(role).name
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
        cfg = self.config
        timings: dict[str, float] = {}
        warnings: list[str] = []

        def _timed(stage: str):
            return _timed_stage(timings, stage, on_stage)

        with _timed("documents"):
            docs = load_documents(inputs, max_bytes=cfg.input.max_bytes_per_document,
                                  max_documents=cfg.input.max_documents)
            for doc in docs:
                clean_document(doc, cfg)
                take_title(doc)
            _assign_dates(docs, cfg)
            warnings += _input_warnings(docs, cfg)
        with _timed("redundancy"):
            mark_duplicate_documents(docs, cfg)
            remove_cross_document_furniture(docs, cfg)
            for doc in docs:
                segment_document(doc, cfg)
            sentences = [s for d in docs for s in d.sentences if s.is_point_candidate]
            if not sentences:
                raise InputError("no article text left after removing page furniture: "
                                 "the input holds no sentences to summarize")
        with _timed("embeddings"):
            vectors = self.embedder.encode([s.text for s in sentences])
        with _timed("redundancy"):
            points = group_points(sentences, vectors, docs, cfg)
            centroids = _document_centroids(sentences, vectors)
            warnings += flag_background(docs, centroids, cfg)
        with _timed("selection"):
            by_id = {d.id: d for d in docs}
            story = [v for s, v in zip(sentences, vectors) if not by_id[s.doc_id].background]
            centroid = np.mean(story or list(vectors), axis=0)
            centroid /= np.linalg.norm(centroid) or 1.0
            score_points(points, docs, centroid, cfg)
            chosen = select_points(points, docs, cfg, budget_words, max_points)
            rest = sorted((p for p in points if not p.selected), key=lambda p: -p.score)

        if not chosen:
            warnings.append("no Arabic sentence could be selected, so the summary is empty")
        extractive = " ".join(p.text for p in chosen)
        models: dict[str, str] = {}
        with _timed("generation"):
            summary_ar, method, method_reason = self._abstract(extractive, chosen, models, warnings)
        abbreviations, max_words = frozenset(cfg.sentences.abbreviations), cfg.sentences.max_words
        summary = [SummarySentence(ar=t) for t in split_sentences(summary_ar, abbreviations, max_words)]
        extra = [p.text for p in chosen] if translate_points else []
        with _timed("translation"):
            english, en_reason = self._translate([s.ar for s in summary] + extra, translate, models, warnings)
        summary_en = None
        if english is not None:
            for sentence, text in zip(summary, english):
                sentence.en = text
            for point, text in zip(chosen, english[len(summary):]):   # empty unless translate_points
                point.text_en = text
            summary_en = " ".join(english[:len(summary)]) or None
        with _timed("attribution"):
            unsupported = self._check_faithfulness(summary, sentences, vectors, docs, warnings)
        for doc in docs:
            if doc.duplicate_of:
                warnings.append(f"article {doc.id} is a copy of {doc.duplicate_of}; it counts once as a source")
        stats = {
            "documents": len(docs),
            "independent_documents": len({independent_id(d) for d in docs}),
            "sentences": sum(len(d.sentences) for d in docs),
            "candidate_sentences": len(sentences),
            "points": len(points),
            "multi_source_points": sum(p.support > 1 for p in points),
            "removed_lines": sum(len(d.removed) for d in docs),
            "summary_words": len(summary_ar.split()),
            "embedder": self.embedder.name,
            "models": models,
            "seconds": {k: round(v, 4) for k, v in timings.items()},
        }
        return Result(summary_ar=summary_ar, summary_en=summary_en, method=method, method_reason=method_reason,
                      en_reason=en_reason, sentences=summary,
                      unsupported=unsupported, points=chosen + rest, documents=docs, warnings=warnings, stats=stats)

    def _load(self, role: str):
        m = self.config.models
        options = LoadOptions(device=m.device, threads=m.threads, attn_implementation=m.attn_implementation,
                              quantize_int8=m.quantize_int8,
                              arabic_vocabulary=m.arabic_vocabulary and role == "summarizer")
        return load_seq2seq(role, getattr(m, role), f"models.{role}", options)

    def _abstract(self, extractive: str, chosen: list, models: dict[str, str],
                  warnings: list[str]) -> tuple[str, str, str | None]:
        """mT5's rewrite of the chosen points; or the extractive summary, "extractive" and why."""
        if not chosen:
            return extractive, "extractive", "no point was selected"
        if not self.config.generation.enabled:
            return extractive, "extractive", "generation is turned off (generation.enabled: false)"
        try:
            loaded = self._load("summarizer")
            generated = generate_summary([p.text for p in chosen], loaded, self.config).text
        except ModelUnavailable as exc:
            if self.require_models:
                raise
            warnings.append(f"{exc}. Showing the extractive summary instead.")
            return extractive, "extractive", exc.short()
        except RuntimeError as exc:  # out of memory or a kernel failure while generating
            if self.require_models:
                raise ModelUnavailable("summarizer", self.config.models.summarizer, str(exc)[:200],
                                       "models.summarizer") from None
            reason = f"the summarizer failed while generating ({str(exc)[:200]})"
            warnings.append(f"{reason}; showing the extractive summary instead")
            return extractive, "extractive", reason
        models["summarizer"] = loaded.name
        if not generated:
            warnings.append("the summarizer produced no text; showing the extractive summary instead")
            return extractive, "extractive", "the summarizer produced no text"
        return generated, "abstractive", None

    def _translate(self, texts: list[str], requested: bool, models: dict[str, str],
                   warnings: list[str]) -> tuple[list[str] | None, str | None]:
        """English for each text in one batched pass; or None and why there is no English."""
        if not texts:
            return None, "the summary is empty"
        if not self.config.translation.enabled:
            return None, "translation is turned off (translation.enabled: false)"
        if not requested:
            return None, "translation was not requested"
        try:
            loaded = self._load("translator")
            english = translate_sentences(texts, loaded, self.config)
        except ModelUnavailable as exc:
            if self.require_models:
                raise
            warnings.append(f"{exc}. The English summary is left empty.")
            return None, exc.short()
        except RuntimeError as exc:  # out of memory or a kernel failure while translating
            if self.require_models:
                raise ModelUnavailable("translator", self.config.models.translator, str(exc)[:200],
                                       "models.translator") from None
            reason = f"the translator failed ({str(exc)[:200]})"
            warnings.append(f"{reason}; the English summary is left empty")
            return None, reason
        models["translator"] = loaded.name
        return english, None

    def _check_faithfulness(self, summary: list[SummarySentence], sources: list, vectors: np.ndarray,
                            docs: list[Document], warnings: list[str]) -> list[str]:
        """Link summary sentences to their sources; return (and warn about) facts no source contains."""
        if not summary:
            return []
        attribute(summary, self.embedder.encode([s.ar for s in summary]), sources, vectors, self.config)
        for n, sentence in enumerate(summary, start=1):
            if not sentence.evidence:
                warnings.append(f"summary sentence {n} has no supporting sentence in the sources: {sentence.ar}")
        unsupported = unsupported_terms(" ".join(s.ar for s in summary), docs, self.config)
        if unsupported:
            warnings.append("the summary states numbers or names that no source contains: " + ", ".join(unsupported))
        return unsupported


# The stages in the order `Summarizer.summarize` runs them ("redundancy" runs twice: around the embeddings).
STAGES = ("documents", "redundancy", "embeddings", "selection", "generation", "translation", "attribution")


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


def _assign_dates(docs: list[Document], cfg: Config) -> None:
    """Dates from metadata or the page header; a date printed without a year takes it from the story."""
    mentions = {}
    for doc in docs:
        if doc.published is None:
            lines = [line for line in doc.text.split("\n") if line.strip()]
            mentions[doc.id] = header_date(lines, cfg.dates.header_lines)
            if mentions[doc.id] and mentions[doc.id].year is not None:
                doc.published = mentions[doc.id].resolve(None, 0)
    for doc in docs:
        mention = mentions.get(doc.id)
        if doc.published is None and mention is not None:
            reference = story_reference(d.published for d in docs if d is not doc)
            doc.published = mention.resolve(reference, cfg.dates.max_year_gap)


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
