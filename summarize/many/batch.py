"""Many stories -> one Result JSON per line, streamed through `datasets`, resumable.

The input is a JSONL of stories (`{"id": ..., "documents": [...]}`, as written by
`python -m summarize cluster`) or a folder saved with `datasets`. Lines are read as
text and parsed one by one, so a story that is not valid JSON or not UTF-8 becomes an
error line of its own instead of stopping the run. Stories go through
`Dataset.map(batched=True)`, so the models generate and translate several stories in
one batch; each output line is flushed as it is written, and a rerun skips the ids
already in the output. A story with more articles than one summary takes (`input.max_documents`)
is summarized from its first ones, and its line names the articles left out (`left_out`, with a
warning); so does an article that is neither a record nor a text (the others are summarized), and the
Result's `documents` and warnings name every article read: no article is dropped silently.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..pipeline import Summarizer
from ..text.documents import InputError, is_saved_dataset, load_saved_dataset, parse_json, text_record

COLUMNS = ("id", "documents", "error")   # every story row, whatever its source: documents as JSON text


@dataclass
class BatchReport:
    written: int = 0
    failed: int = 0
    skipped: int = 0        # already in the output (resumed)


def parse_line(line: str, index: int) -> dict[str, str]:
    """A JSONL line -> a story row; anything wrong with it becomes the row's error."""
    fallback = f"line-{index + 1}"
    if "\ufffd" in line:   # read with errors="replace": bytes that were not UTF-8 became U+FFFD
        return {"id": fallback, "documents": "", "error": f"line {index + 1} is not UTF-8 text"}
    try:
        record = parse_json(line, f"line {index + 1}")
    except InputError as exc:
        return {"id": fallback, "documents": "", "error": str(exc)}
    if not isinstance(record, dict):
        return {"id": fallback, "documents": "", "error": f"line {index + 1}: expected an object with 'documents'"}
    return story_row(record, fallback)


def story_row(record: dict[str, Any], fallback_id: str) -> dict[str, str]:
    story_id = str(record.get("id") or fallback_id)
    documents = record.get("documents")
    if not isinstance(documents, list) or not documents:
        return {"id": story_id, "documents": "", "error": "the story has no 'documents' list (or it is empty)"}
    return {"id": story_id, "documents": json.dumps(documents, ensure_ascii=False, default=str), "error": ""}


def read_stories(path: Path) -> tuple[Any, int]:
    """The stories as a streaming `datasets.IterableDataset` of rows (`COLUMNS`), and how many there are."""
    import datasets

    if is_saved_dataset(path):
        saved = load_saved_dataset(path)
        if "documents" not in saved.column_names:
            raise InputError(f"the saved dataset {path} has no 'documents' column "
                             f"(columns: {', '.join(saved.column_names)})")
        rows = saved.to_iterable_dataset().map(
            lambda record, i: story_row(record, f"row-{i + 1}"), with_indices=True,
            remove_columns=saved.column_names)
        return rows, len(saved)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    total = sum(1 for line in path.open("rb") if line.strip())
    lines = datasets.load_dataset("text", data_files=str(path), split="train", streaming=True,
                                  encoding="utf-8", encoding_errors="replace")
    lines = lines.map(lambda row, i: {"index": i}, with_indices=True).filter(lambda row: bool(row["text"].strip()))
    return lines.map(lambda row: parse_line(row["text"], row["index"]), remove_columns=["text", "index"]), total


def done_ids(out: Path) -> set[str]:
    """Ids already in the output, which is left ready for appending: a last line cut short by a crash
    is removed (its story runs again), a complete last line without its newline gets one."""
    if not out.exists():
        return set()
    ids, kept = set(), []
    lines = out.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
    for n, line in enumerate(lines):
        try:
            ids.add(json.loads(line)["id"])
            kept.append(line)
        except (json.JSONDecodeError, RecursionError, KeyError, TypeError):
            if n != len(lines) - 1:
                raise InputError(f"{out}: line {n + 1} is not a result line; use another --out file") from None
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    if kept != lines:
        out.write_text("".join(kept), encoding="utf-8")
    return ids


def within_cap(records: list, cap: int) -> tuple[list, list[str]]:
    """The first `cap` articles of a story, and the ids (or positions) of those beyond it."""
    left_out = [str(r.get("id") or f"#{n}") if isinstance(r, dict) else f"#{n}"
                for n, r in enumerate(records[cap:], start=cap + 1)]
    return records[:cap], left_out


def readable(records: list) -> tuple[list, list[str]]:
    """The articles that are records or texts, and the positions of the others (a number, a list ...)."""
    kept = [r for r in records if isinstance(r, (dict, str))]
    return kept, [f"#{n} ({type(r).__name__}, not an article)" for n, r in enumerate(records, start=1)
                  if not isinstance(r, (dict, str))]


def summarize_rows(summarizer: Summarizer, rows: dict[str, list], **options: Any) -> dict[str, list]:
    """One batch of story rows -> their output lines (a Result JSON with its id, or an error)."""
    stories, beyond, unreadable = [], [], []
    cap = summarizer.config.input.max_documents
    for documents in rows["documents"]:
        records, odd = readable(json.loads(documents) if documents else [])
        records, left_out = within_cap(records, cap)
        # article strings are texts, never paths: a story file must not make us read local files
        stories.append([text_record(r) if isinstance(r, str) else r for r in records])
        beyond.append(left_out)
        unreadable.append(odd)
    ok = [i for i, error in enumerate(rows["error"]) if not error and stories[i]]
    outcomes = dict(zip(ok, summarizer.summarize_many([stories[i] for i in ok], **options)))
    lines, failed = [], []
    for i, story_id in enumerate(rows["id"]):
        outcome = outcomes.get(i)
        if outcome is None:
            line = {"id": story_id, "error": rows["error"][i] or "the story has no article to read"}
        elif isinstance(outcome, Exception):
            line = {"id": story_id, "error": str(outcome)}
        else:
            line = {"id": story_id, **outcome.to_dict()}
        if unreadable[i]:
            line["left_out"] = unreadable[i]
            line.setdefault("warnings", []).append(f"{len(unreadable[i])} items of the story were not articles "
                                                   f"and were left out: {', '.join(unreadable[i])}")
        if beyond[i]:
            line["left_out"] = line.get("left_out", []) + beyond[i]
            line.setdefault("warnings", []).append(
                f"{len(beyond[i])} articles beyond input.max_documents ({cap}) were not summarized: "
                f"{', '.join(beyond[i])}")
        lines.append(json.dumps(line, ensure_ascii=False))
        failed.append("error" in line)
    return {"id": list(rows["id"]), "line": lines, "failed": failed}


def pending_stories(source: Path, out: Path, report: BatchReport) -> tuple[Any, int]:
    """The story rows of `source` whose ids are not yet in `out` (those count as `report.skipped`),
    and how many are left."""
    rows, total = read_stories(source)
    done = done_ids(out)
    report.skipped = len(done)
    return rows.filter(lambda row: row["id"] not in done), max(0, total - len(done))


def write_results(lines: Iterable[dict], out: Path, total: int, report: BatchReport, progress: bool) -> None:
    """Append each result line as it comes, flushed, with a progress bar."""
    from tqdm.auto import tqdm

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as sink, tqdm(total=total, disable=not progress, unit="story",
                                                        desc="summarizing") as bar:
        for row in lines:
            sink.write(row["line"] + "\n")
            sink.flush()
            report.written += 1
            report.failed += bool(row["failed"])
            bar.update(1)


def run_batch(summarizer: Summarizer, source: Path, out: Path, *, progress: bool = True,
              **options: Any) -> BatchReport:
    """Summarize every story of `source` not yet in `out`, appending one line per story."""
    report = BatchReport()
    rows, total = pending_stories(source, out, report)
    options = {"timeout_s": summarizer.config.batch.story_timeout_s, "timeout_setting": "batch.story_timeout_s",
               **options}
    results = rows.map(lambda batch: summarize_rows(summarizer, batch, **options), batched=True,
                       batch_size=summarizer.config.batch.stories_per_batch, remove_columns=list(COLUMNS))
    write_results(results, out, total, report, progress)
    return report
