"""Command line: `python -m summarize ARTICLES...`.

Prints the Arabic summary and its points with their sources; `--json FILE`
(or `--json -`) writes the Result JSON. Errors are one line on stderr and a
non-zero exit status, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import ConfigError
from .documents import InputError
from .embeddings import EmbedderError
from .models import ModelUnavailable
from .pipeline import Summarizer
from .result import Result

EXIT_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m summarize",
        description="Summarize several Arabic news articles about one story, with the sources of each point.")
    parser.add_argument("inputs", nargs="+", metavar="ARTICLE",
                        help="article files (.txt .html .json .jsonl) or directories of them")
    parser.add_argument("--config", metavar="YAML", help="settings that override configs/default.yaml")
    parser.add_argument("--json", metavar="FILE", help="write the Result as JSON to FILE ('-' for stdout)")
    parser.add_argument("--budget-words", type=int, help="length of the summary in words")
    parser.add_argument("--max-points", type=int, help="most points in the summary")
    parser.add_argument("--translate-points", action="store_true", help="also translate the chosen points")
    parser.add_argument("--require-models", action="store_true",
                        help="fail when the summarizer or translator cannot be loaded, instead of falling back")
    return parser


def render_text(result: Result) -> str:
    """The human-readable report: summary, points with sources, articles, warnings."""
    docs = {d.id: d for d in result.documents}
    out = [f"Summary ({result.method}):", result.summary_ar, ""]
    if result.summary_en:
        out += ["English:", result.summary_en, ""]
    if result.method == "abstractive":
        out.append("Summary sentences and their sources:")
        for n, sentence in enumerate(result.sentences, start=1):
            sources = ", ".join(sentence.sources) or "no supporting source"
            out.append(f"  {n}. [{sources}; support {sentence.support:.2f}] {sentence.ar}")
        if result.unsupported:
            out.append(f"  Found in no source: {', '.join(result.unsupported)}")
        out.append("")
    out.append("Points:")
    for n, point in enumerate(result.selected_points, start=1):
        sources = ", ".join(f"{d} ({docs[d].source})" if docs[d].source else d for d in point.sources)
        out.append(f"  {n}. [{point.support} source{'s' if point.support != 1 else ''}: {sources}] {point.text}")
        if point.text_en:
            out.append(f"     {point.text_en}")
    out += ["", "Articles:"]
    for doc in sorted(result.documents, key=lambda d: (d.published is None, d.published or 0)):
        flags = [f"copy of {doc.duplicate_of}" if doc.duplicate_of else "", "background" if doc.background else ""]
        extra = "; ".join(f for f in flags if f)
        out.append(f"  {str(doc.published or 'no date'):<10}  {doc.id}  {doc.source or '-'}  {doc.title or ''}"
                   + (f"  ({extra})" if extra else ""))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        summarizer = Summarizer(args.config, require_models=args.require_models)
        result = summarizer(args.inputs, budget_words=args.budget_words, max_points=args.max_points,
                            translate_points=args.translate_points)
    except (InputError, ConfigError, EmbedderError, ModelUnavailable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json == "-":
        print(result.to_json())
        return 0
    print(render_text(result))
    if args.json:
        try:
            Path(args.json).write_text(result.to_json() + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_INPUT
    return 0
