"""Command line: `python -m summarize ARTICLES...` for one story, and three subcommands:
`cluster` (a pile of articles -> stories), `batch` (many stories -> Results) and `eval` (ROUGE).

Prints the Arabic summary and its points with their sources; `--json FILE`
(or `--json -`) writes the Result JSON. Errors are one line on stderr and a
non-zero exit status, never a traceback.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from .config import ConfigError, load_config
from .models.embeddings import EmbedderError, load_embedder
from .models.loading import ModelUnavailable
from .pipeline import Summarizer
from .result import Result
from .text.documents import InputError

EXIT_INPUT = 2


def program_name() -> str:
    """How the user called us: `summarize-news` (the installed command) or `python -m summarize`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m summarize" if name in ("", "__main__.py", "-c") or name.startswith("python") else name


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description="Summarize several Arabic news articles about one story, with the sources of each point.",
        epilog=f"For many stories: {program_name()} cluster|batch|eval --help")
    parser.add_argument("inputs", nargs="+", metavar="ARTICLE",
                        help="article files (.txt .html .json .jsonl) or directories of them")
    parser.add_argument("--config", metavar="YAML", help="settings that override configs/default.yaml")
    parser.add_argument("--json", metavar="FILE", help="write the Result as JSON to FILE ('-' for stdout)")
    parser.add_argument("--budget-words", type=int, help="length of the summary in words")
    parser.add_argument("--max-points", type=int, help="most points in the summary (default: as many as the budget holds)")
    parser.add_argument("--translate-points", action="store_true", help="also translate the chosen points")
    parser.add_argument("--require-models", action="store_true",
                        help="fail when the summarizer or translator cannot be loaded, instead of falling back")
    return parser


def render_text(result: Result) -> str:
    """The human-readable report: summary, points with sources, articles, warnings. Sources are named as a
    person knows them (`Result.article_names`: site, title, file name); the articles list pairs them with ids."""
    names = result.article_names()

    def named(ids: list[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    out = [f"Summary ({result.method}):", result.summary_ar, ""]
    if result.summary_en:
        out += ["English:", result.summary_en, ""]
    if result.method == "abstractive":
        out.append("Summary sentences and their sources:")
        for n, sentence in enumerate(result.sentences, start=1):
            sources = named(sentence.sources) or "no supporting source"
            out.append(f"  {n}. [{sources}; support {sentence.support:.2f}] {sentence.ar}")
        if result.unsupported:
            out.append(f"  Found in no source: {', '.join(result.unsupported)}")
        out.append("")
    out.append("Points:")
    for n, point in enumerate(result.selected_points, start=1):
        out.append(f"  {n}. [{point.support} source{'s' if point.support != 1 else ''}: {named(point.sources)}] "
                   f"{point.text}")
        if point.text_en:
            out.append(f"     {point.text_en}")
    if result.figures:
        out += ["", "Evolving figures (the summary states the latest):"]
        shown = {f.id for f in result.figures}
        wholes = [f for f in result.figures if f.part_of not in shown]
        for whole in wholes:
            for figure in [whole] + [f for f in result.figures if f.part_of == whole.id and f is not whole]:
                out.append(_figure_line(figure, "    " if figure is not whole else "  ", names))
    if result.disputes:
        out += ["", "Disputes (the sources disagree):"]
        for dispute in result.disputes:
            out.append(f"  about: {dispute.about}")
            for side in dispute.sides:
                value = f" {_number(side.value)}" if side.value is not None else \
                    f" {side.agent}" if side.agent else ""
                out.append(f"    {side.stance}{value} ({side.who or 'source unnamed'}; {named(side.sources)}): "
                           f"{side.text}")
    out += ["", "Articles:"]
    for doc in sorted(result.documents, key=lambda d: (d.published is None, d.published or 0)):
        flags = [f"copy of {doc.duplicate_of}" if doc.duplicate_of else "", "background" if doc.background else "",
                 "date inferred from its lead" if (doc.published_from or "").startswith("inferred") else ""]
        extra = "; ".join(f for f in flags if f)
        title = doc.title if doc.title and doc.title != names[doc.id] else ""
        out.append(f"  {str(doc.published or 'no date'):<10}  {names[doc.id]}  [{doc.id}]  {title}".rstrip()
                   + (f"  ({extra})" if extra else ""))
    return "\n".join(out)


def _figure_line(figure, indent: str, names: dict[str, str]) -> str:
    """'dead: 2300 (latest, by date); reported: 150 (a, 2023-09-11), ...'; a part says what of; a figure
    the sources dispute names no latest value."""
    reports = dict.fromkeys(
        f"{_QUALIFIERS.get(v.qualifier, '')}{_number(v.value)} ({names.get(v.doc, v.doc)}"
        f"{', ' + v.published.isoformat() if v.published else ''}{', ' + v.who if v.who else ''})"
        for v in figure.values)
    scope = f" in {figure.scope}" if figure.scope_type == "place" else f" of {figure.scope}" if figure.scope else ""
    event = f" [{figure.event}]" if figure.event else ""
    latest = "disputed (the sources disagree)" if figure.latest_from == "disputed" else \
        f"{_number(figure.latest)} (latest, by {figure.latest_from})"
    return (f"{indent}{figure.name}{scope}{event}: {latest}; "
            f"reported: {', '.join(reports)}")


_QUALIFIERS = {"at_least": "at least ", "about": "about ", "more_than": "more than ", "up_to": "up to "}


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    return summarize_main(argv)


def summarize_main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        summarizer = Summarizer(args.config, require_models=args.require_models)
        result = summarizer([Path(p) for p in args.inputs], budget_words=args.budget_words,
                            max_points=args.max_points, translate_points=args.translate_points)
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


def _command_parser(name: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{program_name()} {name}", description=description)
    parser.add_argument("--config", metavar="YAML", help="settings that override configs/default.yaml")
    return parser


def _error(message: object) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_INPUT


def _output(path: str) -> "contextlib.AbstractContextManager":
    """stdout for '-', else the file (opened for writing)."""
    return contextlib.nullcontext(sys.stdout) if path == "-" else open(path, "w", encoding="utf-8")


def cluster_main(argv: list[str]) -> int:
    from .many.clustering import ClusterStats, cluster_articles, write_stories

    parser = _command_parser(
        "cluster",
        "Group a pile of articles into topics by content, and each topic into dated events (stories of at "
        "most input.max_documents articles); writes one story per JSONL line, naming its topic, ready for "
        "the batch command.")
    parser.add_argument("inputs", nargs="+", metavar="ARTICLES",
                        help="article files, directories, JSONL files or a folder saved with datasets")
    parser.add_argument("--out", default="-", metavar="FILE", help="clusters JSONL (default: stdout)")
    args = parser.parse_args(argv)
    stats = ClusterStats()
    try:
        cfg = load_config(args.config)
        stories = cluster_articles([Path(p) for p in args.inputs], load_embedder(cfg), cfg, stats)
    except (InputError, ConfigError, EmbedderError) as exc:
        return _error(exc)
    try:
        with _output(args.out) as out:
            write_stories(stories, out)
    except OSError as exc:
        return _error(f"cannot write {args.out}: {exc.strerror or exc}")
    several = sum(len(s.documents) > 1 for s in stories)
    print(f"{stats.articles} articles -> {stats.stories} stories ({several} with more than one article) "
          f"in {stats.topics} topics, in {sum(stats.seconds.values()):.1f} s", file=sys.stderr)
    return 0


def batch_main(argv: list[str]) -> int:
    from .many.batch import run_batch

    parser = _command_parser(
        "batch",
        "Summarize many stories: one Result JSON per output line. Streams, shows progress, and "
        "resumes: rerunning skips the stories already in --out. A bad story gets an error line.")
    parser.add_argument("input", metavar="INPUT",
                        help='JSONL of stories ({"id": ..., "documents": [...]}) or a folder saved with datasets')
    parser.add_argument("--out", required=True, metavar="FILE", help="results JSONL (appended to)")
    parser.add_argument("--budget-words", type=int, help="length of each summary in words")
    parser.add_argument("--max-points", type=int, help="most points in each summary")
    parser.add_argument("--no-translate", dest="translate", action="store_false", help="skip the English")
    parser.add_argument("--require-models", action="store_true",
                        help="stop when the summarizer or translator cannot be loaded, instead of falling back")
    args = parser.parse_args(argv)
    if not Path(args.input).exists():
        return _error(f"no such file: {args.input}")
    try:
        summarizer = Summarizer(args.config, require_models=args.require_models)
        for role, status in summarizer.preload().items():   # said once here, not only inside every line
            if status.startswith("unavailable"):
                print(f"warning: {role} {status}; " + ("every story gets the extractive summary" if role ==
                      "summarizer" else "no story gets an English summary"), file=sys.stderr)
                if args.require_models:
                    return _error(f"the {role} is {status}")
        report = run_batch(summarizer, Path(args.input), Path(args.out), budget_words=args.budget_words,
                           max_points=args.max_points, translate=args.translate)
    except (InputError, ConfigError, EmbedderError, ModelUnavailable) as exc:
        return _error(exc)
    except OSError as exc:
        return _error(f"cannot write {args.out}: {exc.strerror or exc}")
    print(f"{report.written} stories written to {args.out} ({report.failed} with an error), "
          f"{report.skipped} already there", file=sys.stderr)
    return 0


def eval_main(argv: list[str]) -> int:
    from .many.evaluation import METHODS, ROUGE_TYPES, evaluate

    parser = _command_parser(
        "eval",
        "ROUGE-1/2/L F1 (Arabic-aware tokens) of the lead baseline, the extractive and the "
        "abstractive summary, each with a bootstrap 95% interval.")
    parser.add_argument("data", metavar="DATA", help='JSONL of {"documents": [...], "reference": "..."}')
    parser.add_argument("--stem", action="store_true", help="light-stem tokens (clitics off) before matching")
    parser.add_argument("--samples", type=int, default=1000, help="bootstrap resamples (default 1000)")
    parser.add_argument("--json", metavar="FILE", help="also write the table as JSON ('-' for stdout)")
    args = parser.parse_args(argv)
    try:
        report = evaluate(Path(args.data), Summarizer(args.config), stem=args.stem)
    except (InputError, ConfigError, EmbedderError) as exc:
        return _error(exc)
    for error in report.errors:
        print(f"warning: {error}", file=sys.stderr)
    table = report.table(args.samples)
    if args.json == "-":
        print(json.dumps(table, indent=2))
        return 0
    print(f"{report.stories} stories; F1 in %, mean [95% bootstrap interval]")
    print(f"{'method':<12}{'n':>4}  " + "".join(f"{k:<22}" for k in ROUGE_TYPES))
    for method in METHODS:
        row = table[method]
        cells = "".join(f"{row[k][0]:5.1f} [{row[k][1]:5.1f}, {row[k][2]:5.1f}]  " if row[k] else f"{'-':<22}"
                        for k in ROUGE_TYPES)
        print(f"{method:<12}{row['n']:>4}  {cells}" + (f"  ({row['note']})" if "note" in row else ""))
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    return 0


COMMANDS = {"cluster": cluster_main, "batch": batch_main, "eval": eval_main}
