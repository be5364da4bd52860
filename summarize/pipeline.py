"""Wiring of the stages: inputs -> documents -> sentences -> points -> selection -> Result.

Each stage is a small `Stage` that annotates a `Story` in turn (as spaCy's components annotate a
`Doc`); `Summarizer.summarize_many` is a timed loop over `STAGE_CLASSES`, and the two model stages
share one fallback (`Summarizer.run_model`) for a model that cannot be loaded or fails.

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
from typing import Any, Callable, Iterator, Mapping, TypeVar

import numpy as np

from .config import Config, load_config
from .models.embeddings import Embedder, load_embedder
from .models.generation import generate_summaries
from .models.loading import LoadedModel, LoadOptions, ModelUnavailable, load_seq2seq
from .models.translation import translate_sentences
from .result import Result
from .story.attribution import SummarySentence, attribute, unsupported_terms
from .story.background import flag_background
from .story.claims import RESPONSIBILITY, Claim, read_claims
from .story.disputes import Dispute, find_disputes, superseded
from .story.figures import Figure, find_figures, outdated_and_latest, stating
from .story.perpetrators import ABOUT as PERPETRATOR, claimants, perpetrator_disputes
from .story.redundancy import Point, group_points, independent_id, mark_duplicate_documents
from .story.selection import select_points
from .text.arabic import arabic_ratio, zipf
from .text.cleaning import clean_document, cut_glued_labels, remove_cross_document_furniture
from .text.furniture import apply_model
from .text.dates import assign_dates
from .text.deadline import Deadline, RequestTimeout, check_deadline
from .text.documents import Document, InputError, Sentence, SentenceKey, cut_long_lines, load_documents
from .text.numbers import NumberReader
from .text.sentences import segment_document, split_sentences, take_title
from .text.temporal import anchors

T = TypeVar("T")


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
        self._stages: list[Stage] | None = None
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
                  on_stage: Callable[[str], None] | None = None, timeout_s: float | None = None) -> Result:
        """Summarize one story given as paths, texts, records or a datasets.Dataset.

        `translate=False` skips the English translation for this call; `translate_points`
        also translates the chosen points (for a points table in English).
        `on_stage(name)` is called as each stage starts (one of `STAGES`), for progress bars.
        `timeout_s` is the story's time budget: past it, `RequestTimeout` (an InputError) is raised
        within about a second (a model batch runs to its end first).
        """
        outcome = self.summarize_many([inputs], budget_words=budget_words, max_points=max_points,
                                      translate=translate, translate_points=translate_points,
                                      on_stage=on_stage, timeout_s=timeout_s)[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def summarize_many(self, stories: list[Any], *, budget_words: int | None = None,
                       max_points: int | None = None, translate: bool = True, translate_points: bool = False,
                       on_stage: Callable[[str], None] | None = None, timeout_s: float | None = None,
                       timeout_setting: str = "app.request_timeout_s") -> list[Result | InputError]:
        """Summarize several stories, generating and translating them in shared model batches.

        A story whose input is unusable, or that runs past `timeout_s` of its own time (a
        `RequestTimeout`, naming `timeout_setting`), gets its `InputError` in its place; the others go on.
        Generation and translation seconds in each Result's stats are those of the shared batch.
        """
        request = Request(budget_words, max_points, translate, translate_points)
        annotated = [Story(inputs=inputs, request=request, deadline=Deadline(timeout_s, timeout_setting))
                     for inputs in stories]
        ready = annotated
        for stage in self.stages:
            (_run_batched if stage.batched else _run_each)(stage, ready, on_stage)
            ready = [s for s in ready if s.error is None]
        return [s.error if s.error is not None else self._result(s) for s in annotated]

    @property
    def stages(self) -> list["Stage"]:
        """The stages in the order they run (`STAGES`), built once from the config."""
        if self._stages is None:
            self._stages = [stage(self) for stage in STAGE_CLASSES]
        return self._stages

    def _result(self, story: "Story") -> Result:
        docs, warnings = story.docs, story.warnings
        for doc in docs:
            if doc.duplicate_of:
                warnings.append(f"article {doc.id} is a copy of {doc.duplicate_of}; it counts once as a source")
        points = story.chosen + story.rest
        stats = {
            "documents": len(docs),
            "independent_documents": len({independent_id(d) for d in docs}),
            "sentences": sum(len(d.sentences) for d in docs),
            "candidate_sentences": len(story.sentences),
            "points": len(points),
            "multi_source_points": sum(p.support > 1 for p in points),
            "removed_lines": sum(len(d.removed) for d in docs),
            "summary_words": len(story.summary_ar.split()),
            "embedder": self.embedder.name,
            "models": story.models,
            "seconds": {k: round(v, 4) for k, v in story.timings.items()},
        }
        return Result(summary_ar=story.summary_ar, summary_en=story.summary_en, method=story.method,
                      method_reason=story.method_reason, en_reason=story.en_reason, sentences=story.summary,
                      unsupported=story.unsupported, points=points, documents=docs,
                      figures=[f for f in story.figures if f.evolving], disputes=story.disputes,
                      warnings=warnings, stats=stats)

    def _load(self, role: str) -> LoadedModel:
        m = self.config.models
        options = LoadOptions(device=m.device, threads=m.threads, attn_implementation=m.attn_implementation,
                              quantize_int8=m.quantize_int8,
                              arabic_vocabulary=m.arabic_vocabulary and role == "summarizer")
        return load_seq2seq(role, getattr(m, role), f"models.{role}", options)

    def run_model(self, role: str, work: Callable[[LoadedModel], T], failing: str,
                  instead: str) -> "tuple[LoadedModel, T] | ModelFailure":
        """Load the model of `role` and run `work` on it; or, when it cannot be loaded or fails while
        `failing` (out of memory, a kernel error), say why and what the user gets `instead`: the one
        fallback of every model stage. With `require_models`, raise `ModelUnavailable` instead."""
        try:
            loaded = self._load(role)
            return loaded, work(loaded)
        except ModelUnavailable as exc:
            if self.require_models:
                raise
            return ModelFailure(reason=exc.short(), warning=f"{exc}. {instead[0].upper()}{instead[1:]}.")
        except RuntimeError as exc:
            if self.require_models:
                raise ModelUnavailable(role, getattr(self.config.models, role), str(exc)[:200],
                                       f"models.{role}") from None
            reason = f"the {role} {failing} ({str(exc)[:200]})"
            return ModelFailure(reason=reason, warning=f"{reason}; {instead}")


@dataclass(frozen=True)
class Request:
    """What the caller asked of this run, beside the config."""
    budget_words: int | None = None
    max_points: int | None = None
    translate: bool = True
    translate_points: bool = False


@dataclass(frozen=True)
class ModelFailure:
    """Why a model stage gave nothing: `reason` for a status line, `warning` with the fix."""
    reason: str
    warning: str

    def tell(self, stories: "list[Story]", reason_field: str) -> None:
        """Each story warns with the fix and gives the reason in its `reason_field`."""
        for story in stories:
            story.warnings.append(self.warning)
            setattr(story, reason_field, self.reason)


@dataclass
class Story:
    """One story as the stages annotate it in turn (spaCy's `Doc`): each stage reads what the
    stages before it wrote and writes its own fields, named under each stage below."""
    inputs: Any
    request: Request = field(default_factory=Request)
    deadline: Deadline = field(default_factory=lambda: Deadline(None))   # the story's time budget
    error: InputError | None = None                            # the input was unusable: no later stage runs
    docs: list[Document] = field(default_factory=list)         # documents
    sentences: list[Sentence] = field(default_factory=list)    # copies: the point candidates
    vectors: np.ndarray | None = None                          # embeddings: theirs
    claims: list[Claim] = field(default_factory=list)          # points: one per sentence, in their order
    figures: list[Figure] = field(default_factory=list)        # points: every figure, evolving or not
    disputes: list[Dispute] = field(default_factory=list)      # points
    superseded: set[SentenceKey] = field(default_factory=set)   # points: unconfirmed reports settled later
    points: list[Point] = field(default_factory=list)          # points
    chosen: list[Point] = field(default_factory=list)          # selection: in summary order
    rest: list[Point] = field(default_factory=list)            # selection: the others, by score
    summary_ar: str = ""                                       # selection, then generation
    method: str = "extractive"                                 # generation
    method_reason: str | None = None                           # selection, generation
    summary: list[SummarySentence] = field(default_factory=list)   # translation (split), attribution (evidence)
    summary_en: str | None = None                              # translation
    en_reason: str | None = None                               # translation
    unsupported: list[str] = field(default_factory=list)       # attribution
    models: dict[str, str] = field(default_factory=dict)       # generation, translation
    warnings: list[str] = field(default_factory=list)          # any stage
    timings: dict[str, float] = field(default_factory=dict)    # the pipeline


class Stage:
    """One step of the pipeline: `__call__(stories)` annotates the stories in place. A `batched`
    stage is called once with every story still going (the model stages share batches); the others
    once per story, and an `InputError` they raise ends that story alone. A stage sees only the config
    `sections` it declares (its own, and what it reads from elsewhere, named here)."""
    name: str = ""
    batched: bool = False
    sections: tuple[str, ...] = ()

    def __init__(self, summarizer: "Summarizer"):
        self.summarizer = summarizer
        self.config = summarizer.config.only(*self.sections)

    def __call__(self, stories: list[Story]) -> None:
        for story in stories:
            self.annotate(story)

    def annotate(self, story: Story) -> None:
        raise NotImplementedError


class ReadDocuments(Stage):
    """Inputs -> cleaned documents with titles and dates."""
    name = "documents"
    sections = ("input", "lexicon", "cleaning", "dates")

    def annotate(self, story: Story) -> None:
        cfg = self.config
        skipped: list[str] = []
        docs = load_documents(story.inputs, max_bytes=cfg.input.max_bytes_per_document,
                              max_documents=cfg.input.max_documents, skipped=skipped)
        story.warnings += skipped
        for doc in docs:
            if cut_long_lines(doc, cfg.input.max_line_chars):
                doc.notes.append(f"lines longer than {cfg.input.max_line_chars:,} characters were read in pieces "
                                 "(input.max_line_chars)")
            clean_document(doc, cfg)
        apply_model(docs, cfg)
        for doc in docs:
            cut_glued_labels(doc, cfg)
            take_title(doc)
        assign_dates(docs, cfg)
        story.docs = docs
        story.warnings += [f"article {doc.id}: {note}" for doc in docs for note in doc.notes]
        story.warnings += _input_warnings(docs, cfg)


class FindCopies(Stage):
    """Copies of one article count once; furniture repeated across sites goes; sentences."""
    name = "copies"
    sections = ("input", "lexicon", "cleaning", "redundancy", "sentences", "numbers", "figures")

    def annotate(self, story: Story) -> None:
        cfg, docs = self.config, story.docs
        mark_duplicate_documents(docs, cfg)
        remove_cross_document_furniture(docs, cfg)
        for doc in docs:
            segment_document(doc, cfg)
            story.warnings += _bounded_candidates(doc, cfg.input.max_candidate_sentences, cfg.input.max_candidate_chars)
        story.sentences = [s for d in docs for s in d.sentences if s.is_point_candidate]
        reader = NumberReader(cfg)
        crowded = sum(reader.too_many(s.text) for s in story.sentences)
        if crowded:
            story.warnings.append(f"{crowded} sentence{'s' if crowded > 1 else ''} state more than "
                                  f"{cfg.input.max_numbers_per_sentence} numbers; only the first ones of each "
                                  "are read as counts (input.max_numbers_per_sentence)")
        if not story.sentences:
            raise InputError("no article text left after removing page furniture: "
                             "the input holds no sentences to summarize")


class Embed(Stage):
    name = "embeddings"
    sections = ("input", "embeddings")

    def annotate(self, story: Story) -> None:
        most = self.config.input.max_embedded_chars
        texts = [s.text[:most] for s in story.sentences]
        cut = sum(len(s.text) > most for s in story.sentences)
        if cut:
            story.warnings.append(f"{cut} sentence{'s are' if cut > 1 else ' is'} longer than {most:,} characters; "
                                  "each is compared with the others by its first ones (input.max_embedded_chars)")
        story.vectors = _encode_in_chunks(self.summarizer.embedder, texts, self.config.embeddings.chunk_chars)


class GroupPoints(Stage):
    """What each sentence claims -> figures and disputes; sentences whose claims agree -> points;
    background articles flagged."""
    name = "points"
    sections = ("input", "lexicon", "numbers", "claims", "figures", "redundancy", "background", "perpetrators")

    def annotate(self, story: Story) -> None:
        cfg = self.config
        story.claims = read_claims(story.docs, story.sentences, cfg)
        story.figures = find_figures(story.claims, cfg, claimants(story.claims, cfg))
        story.disputes = perpetrator_disputes(story.claims,
                                              find_disputes(story.claims, story.vectors, story.figures, cfg), cfg)
        story.superseded = superseded(story.claims, story.vectors, cfg)
        story.points = group_points(story.sentences, story.vectors, story.docs, cfg, story.claims)
        centroids = _document_centroids(story.sentences, story.vectors)
        story.warnings += flag_background(story.docs, centroids, self.config)


class SelectPoints(Stage):
    """The points of the extractive summary under the word budget: each figure once, at its latest value;
    no superseded report; both sides of a dispute, or neither."""
    name = "selection"
    sections = ("input", "numbers", "figures", "lexicon", "selection", "redundancy", "temporal")

    def annotate(self, story: Story) -> None:
        by_figure: dict[str, set] = {}
        for d in story.disputes:
            if d.figure:
                by_figure.setdefault(d.figure, set()).update(d.sentences)
        contested = frozenset().union(*by_figure.values())
        outdated, latest = outdated_and_latest(story.figures, by_figure)
        named = {key: f"{RESPONSIBILITY} {n}" for d in story.disputes if d.about == PERPETRATOR
                 for n, side in enumerate(d.sides) for key in side.sentences}
        for claim in story.claims:          # who carried the event out: a fact of the event, covered once (once
            if claim.responsibility and claim.positive or claim.key in named:    # per side when parties differ)
                latest.setdefault(claim.key, set()).add(named.get(claim.key, RESPONSIBILITY))
        disputed_figures = {d.figure for d in story.disputes if d.figure}
        stated = {key: ids - disputed_figures if key in contested else ids
                  for key, ids in stating(story.figures).items()}
        sides = [[set(side.sentences) for side in d.sides] for d in story.disputes]
        story.chosen = select_points(story.points, story.docs, self.config, story.request.budget_words,
                                     story.request.max_points, outdated | story.superseded, latest,
                                     stated, sides)
        story.rest = sorted((p for p in story.points if not p.selected), key=lambda p: -p.score)
        if not story.chosen:
            story.warnings.append("no Arabic sentence could be selected, so the summary is empty")
        story.summary_ar = " ".join(p.stated or p.text for p in story.chosen)
        story.method_reason = "no point was selected" if not story.chosen else None


class Generate(Stage):
    """mT5 rewrites every story's chosen points in shared batches; a story keeps its extractive
    summary, and says why, when there is no model or no text."""
    name = "generation"
    batched = True
    sections = ("generation",)

    def __call__(self, stories: list[Story]) -> None:
        todo = [s for s in stories if s.chosen]
        if not todo:
            return
        if not self.config.generation.enabled:
            for story in todo:
                story.method_reason = "generation is turned off (generation.enabled: false)"
            return
        outcome = self.summarizer.run_model(
            "summarizer",
            lambda loaded: [g.text for g in generate_summaries([[p.stated or p.text for p in s.chosen] for s in todo],
                                                               loaded, self.config)],
            failing="failed while generating", instead="showing the extractive summary instead")
        if isinstance(outcome, ModelFailure):
            outcome.tell(todo, "method_reason")
            return
        loaded, generated = outcome
        for story, text in zip(todo, generated):
            story.models["summarizer"] = loaded.label
            if text:
                story.summary_ar, story.method = text, "abstractive"
            else:
                story.method_reason = "the summarizer produced no text"
                story.warnings.append("the summarizer produced no text; showing the extractive summary instead")


class Translate(Stage):
    """English for every story's summary sentences (and chosen points on request), in shared
    batches; or, per story, why there is no English."""
    name = "translation"
    batched = True
    sections = ("sentences", "translation")

    def __call__(self, stories: list[Story]) -> None:
        cfg = self.config
        abbreviations, max_words = frozenset(cfg.sentences.abbreviations), cfg.sentences.max_words
        for story in stories:
            story.summary = [SummarySentence(ar=t) for t in split_sentences(
                story.summary_ar, abbreviations, max_words, frozenset(cfg.sentences.continuations))]
            if not story.summary:
                story.en_reason = "the summary is empty"
            elif not cfg.translation.enabled:
                story.en_reason = "translation is turned off (translation.enabled: false)"
            elif not story.request.translate:
                story.en_reason = "translation was not requested"
        todo = [s for s in stories if s.summary and s.request.translate]
        if not todo or not cfg.translation.enabled:
            return
        texts = [[s.ar for s in story.summary] + ([p.text for p in story.chosen]
                                                  if story.request.translate_points else [])
                 for story in todo]
        outcome = self.summarizer.run_model(
            "translator", lambda loaded: translate_sentences([t for group in texts for t in group], loaded, cfg),
            failing="failed", instead="the English summary is left empty")
        if isinstance(outcome, ModelFailure):
            outcome.tell(todo, "en_reason")
            return
        loaded, english = outcome
        start = 0
        for story, group in zip(todo, texts):
            own, start = english[start:start + len(group)], start + len(group)
            for sentence, text in zip(story.summary, own):
                sentence.en = text
            for point, text in zip(story.chosen, own[len(story.summary):]):   # empty unless translate_points
                point.text_en = text
            story.summary_en = " ".join(own[:len(story.summary)]) or None
            story.models["translator"] = loaded.label


class Attribute(Stage):
    """Link summary sentences to their sources; list (and warn about) facts no source contains."""
    name = "attribution"
    sections = ("temporal", "attribution")

    def annotate(self, story: Story) -> None:
        if not story.summary:
            return
        summary, warnings = story.summary, story.warnings
        extractive = story.method == "extractive" and len(summary) == len(story.chosen)
        known = [p.sentences for p in story.chosen] if extractive else None
        # The dates added to relative days come from the articles' publication dates, not their text:
        # sentences are checked without them.
        added = {a for p in story.chosen for a in anchors(p.stated or "", self.config)}
        bare = [SummarySentence(ar=_without(s.ar, added)) for s in summary]
        embedder = self.summarizer.embedder
        attribute(bare, embedder.encode([s.ar for s in bare]), story.sentences, story.vectors, self.config, known)
        for sentence, checked in zip(summary, bare):
            sentence.evidence = checked.evidence
        for n, sentence in enumerate(summary, start=1):
            if not sentence.evidence:
                warnings.append(f"summary sentence {n} has no supporting sentence in the sources: {sentence.ar}")
        story.unsupported = unsupported_terms(" ".join(s.ar for s in bare), story.docs, self.config)
        if story.unsupported:
            warnings.append("the summary states numbers or names that no source contains: "
                            + ", ".join(story.unsupported))


# The stages in the order `Summarizer.summarize` runs them, each once.
STAGE_CLASSES: tuple[type[Stage], ...] = (ReadDocuments, FindCopies, Embed, GroupPoints, SelectPoints,
                                          Generate, Translate, Attribute)
STAGES = tuple(stage.name for stage in STAGE_CLASSES)


def _without(text: str, parts: set[str]) -> str:
    for part in parts:
        text = text.replace(part, "")
    return text


@contextmanager
def _shared_timer(stories: list[Story], stage: str, on_stage: Callable[[str], None] | None) -> Iterator[None]:
    """A stage run once for several stories: each records the whole batch's time."""
    shared: dict[str, float] = {}
    try:
        with _timed_stage(shared, stage, on_stage):
            yield
    finally:
        for story in stories:
            story.timings[stage] = story.timings.get(stage, 0.0) + shared[stage]


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


def _run_each(stage: "Stage", stories: list[Story], on_stage: Callable[[str], None] | None) -> None:
    """A per-story stage: each story runs under its own time budget; an InputError (a RequestTimeout
    included) ends that story alone."""
    for story in stories:
        try:
            with _timed_stage(story.timings, stage.name, on_stage), story.deadline.running(stage.name):
                check_deadline()
                stage([story])
        except InputError as exc:
            story.error = exc


def _run_batched(stage: "Stage", stories: list[Story], on_stage: Callable[[str], None] | None) -> None:
    """A shared model batch runs while any of its stories has time left (the latest deadline); then each
    story is charged the batch's time and checked against its own budget."""
    latest = max((s.deadline for s in stories), key=Deadline.left, default=Deadline(None))
    try:
        with _shared_timer(stories, stage.name, on_stage), latest.running(stage.name):
            stage(stories)
    except RequestTimeout:
        pass                            # every story of the batch is past its budget: said just below
    for story in stories:
        if story.deadline is not latest:
            story.deadline.spend(story.timings[stage.name])
        story.error = _past(story.deadline)


def _past(deadline: Deadline) -> RequestTimeout | None:
    try:
        deadline.check()
    except RequestTimeout as exc:
        return exc
    return None


def _bounded_candidates(doc: Document, most: int, most_chars: int) -> list[str]:
    """Only an article's first point candidates are considered: at most `most` of them, and no more text
    than `most_chars` (what they cost to embed and compare); the others stay its sentences."""
    candidates = [s for s in doc.sentences if s.is_point_candidate]
    kept, size = 0, 0
    for sentence in candidates:
        size += len(sentence.text)
        if kept == most or size > most_chars:
            break
        kept += 1
    for sentence in candidates[kept:]:
        sentence.is_point_candidate = False
    if kept == len(candidates):
        return []
    return [f"article {doc.id} has {len(candidates):,} sentences that could be points; only its first {kept} "
            f"are considered (at most {most} and {most_chars:,} characters: input.max_candidate_sentences, "
            "input.max_candidate_chars)"]


def _encode_in_chunks(embedder: Embedder, texts: list[str], chunk_chars: int) -> np.ndarray:
    """The embeddings of `texts`, in one call when they are short (as always before) and otherwise in
    chunks of about `chunk_chars` characters, with the time budget checked between chunks."""
    if sum(map(len, texts)) <= chunk_chars:
        return embedder.encode(texts)
    chunks, start, size = [], 0, 0
    for end, text in enumerate(texts, start=1):
        size += len(text)
        if size >= chunk_chars or end == len(texts):
            check_deadline()
            chunks.append(embedder.encode(texts[start:end]))
            start, size = end, 0
    return np.concatenate(chunks)


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
