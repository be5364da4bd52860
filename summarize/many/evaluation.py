"""ROUGE for Arabic summaries, with bootstrap intervals, for several methods side by side.

Google's `rouge_score` tokenizer keeps only [a-z0-9] and so scores any Arabic pair as 0
(huggingface/evaluate#256). Following XL-Sum's multilingual ROUGE, texts are normalized
(hamza forms, ta marbuta, alef maqsura, diacritics, Arabic-Indic digits), split into
letter-and-digit tokens of any script, and optionally light-stemmed; `rouge_score`
then counts n-grams and longest common subsequences as usual.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..pipeline import Summarizer
from ..result import Result
from ..text.arabic import light_stem, words
from ..text.documents import InputError, text_record

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
METHODS = ("lead", "extractive", "abstractive")


class ArabicTokenizer:
    """The `tokenizer` for `rouge_score.RougeScorer`: normalized Arabic (and Latin) word tokens."""

    def __init__(self, stem: bool = False):
        self.stem = stem

    def tokenize(self, text: str) -> list[str]:
        tokens = words(text)
        return [light_stem(t) for t in tokens] if self.stem else tokens


def rouge(prediction: str, reference: str, stem: bool = False) -> dict[str, float]:
    """ROUGE-1/2/L F1 of one prediction against one reference, in [0, 1]."""
    from rouge_score.rouge_scorer import RougeScorer

    scores = RougeScorer(list(ROUGE_TYPES), tokenizer=ArabicTokenizer(stem)).score(reference, prediction)
    return {kind: scores[kind].fmeasure for kind in ROUGE_TYPES}


def bootstrap(values: list[float], samples: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """Mean and a 95 % percentile-bootstrap interval of the mean."""
    data = np.asarray(values, dtype=np.float64)
    if len(data) == 0:
        return float("nan"), float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(samples, len(data)))].mean(axis=1)
    return float(data.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def lead_summary(result: Result, budget_words: int) -> str:
    """The lead baseline: the first sentences of the earliest article, up to the word budget."""
    originals = [d for d in result.documents if not d.duplicate_of and d.sentences]
    if not originals:
        return ""
    earliest = min(originals, key=lambda d: (d.published is None, d.published or 0))
    chosen, count = [], 0
    for sentence in (s for s in earliest.sentences if s.is_point_candidate):
        if chosen and count + len(sentence.text.split()) > budget_words:
            break
        chosen.append(sentence.text)
        count += len(sentence.text.split())
    return " ".join(chosen)


@dataclass
class Evaluation:
    stories: int = 0
    scores: dict[str, list[dict[str, float]]] = field(default_factory=lambda: {m: [] for m in METHODS})
    missing: dict[str, str] = field(default_factory=dict)     # method -> why some stories have no output
    errors: list[str] = field(default_factory=list)

    def table(self, samples: int = 1000) -> dict[str, dict[str, Any]]:
        """Per method: n and, per ROUGE type, mean with its 95 % interval (in percent)."""
        out = {}
        for method, rows in self.scores.items():
            entry: dict[str, Any] = {"n": len(rows)}
            for kind in ROUGE_TYPES:
                mean, low, high = bootstrap([r[kind] for r in rows], samples)
                entry[kind] = [round(100 * x, 2) for x in (mean, low, high)] if rows else None
            if method in self.missing:
                entry["note"] = self.missing[method]
            out[method] = entry
        return out


def evaluate(path: Path, summarizer: Summarizer, stem: bool = False) -> Evaluation:
    """Score lead, extractive and abstractive summaries of every story in a JSONL of
    `{"documents": [...], "reference": "..."}` lines."""
    report = Evaluation()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    budget = summarizer.config.selection.budget_words
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            reference, documents = record["reference"], record["documents"]
            if not isinstance(reference, str) or not reference.strip() or not isinstance(documents, list):
                raise KeyError("reference")
            result = summarizer([text_record(d) if isinstance(d, str) else d for d in documents])
        except (json.JSONDecodeError, RecursionError, KeyError, TypeError):
            report.errors.append(f"line {n}: needs a JSON object with 'documents' (a list) and 'reference' (text)")
            continue
        except InputError as exc:
            report.errors.append(f"line {n}: {exc}")
            continue
        report.stories += 1
        outputs = {"lead": lead_summary(result, budget),
                   "extractive": " ".join(p.stated or p.text for p in result.selected_points)}
        if result.method == "abstractive":
            outputs["abstractive"] = result.summary_ar
        else:
            report.missing["abstractive"] = f"no abstractive summary: {result.method_reason}"
        for method, text in outputs.items():
            report.scores[method].append(rouge(text, reference, stem))
    return report
