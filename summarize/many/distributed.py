"""Batch summarization across many GPU machines with Ray Data (optional: `pip install -e '.[ray]'`).

The same story rows and the same `summarize_rows` as `batch.run_batch`, but the rows
flow through `Dataset.map_batches` into a pool of `SummarizerActor`s: each actor loads
the models once and holds one GPU (`gpus_per_actor=1`), so a cluster of N GPUs runs N
summarizers side by side. The driver reads the stories and writes the lines, in input
order, to one JSONL that resumes like the single-process batch.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from ..config import load_config
from ..pipeline import Summarizer
from .batch import COLUMNS, BatchReport, pending_stories, summarize_rows, write_results


class SummarizerActor:
    """One Summarizer per Ray actor (per GPU); called with batches of story rows."""

    def __init__(self, config: Mapping[str, Any] | str | None, options: Mapping[str, Any]):
        self.summarizer = Summarizer(config)
        self.options = dict(options)

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, list]:
        rows = {column: [str(value) for value in batch[column]] for column in COLUMNS}
        return summarize_rows(self.summarizer, rows, **self.options)


def ray_batch(source: Path, out: Path, *, config: Mapping[str, Any] | str | None = None, actors: int = 1,
              gpus_per_actor: float = 0, cpus_per_actor: float = 1, progress: bool = True,
              **options: Any) -> BatchReport:
    """Summarize every story of `source` not yet in `out` on the Ray cluster `ray.init()` joined.

    `config` is what `Summarizer(config)` takes (a YAML path or a mapping); it travels to
    every actor. `options` are `Summarizer.summarize` options (budget_words, translate ...).
    """
    import ray

    cfg = load_config(config)
    report = BatchReport()
    rows, total = pending_stories(source, out, report)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True      # lines in input order, like the single-process batch
    # The driver reads the story rows (small: article texts) and the actors do the model work.
    # (ray.data.from_huggingface would ask the hub for a parquet export of the dataset.)
    items = list(rows)
    if not items:
        return report
    blocks = min(len(items), actors * 4)                # enough blocks to keep every actor busy
    dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
        SummarizerActor, fn_constructor_kwargs={"config": config, "options": options},
        batch_size=cfg.batch.stories_per_batch, concurrency=actors, num_gpus=gpus_per_actor,
        num_cpus=cpus_per_actor, batch_format="numpy")
    write_results(dataset.iter_rows(), out, total, report, progress)
    return report
