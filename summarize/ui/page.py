"""The Gradio web page: upload or paste articles, get the summary, its English and its sources.

The page renders a `Result` and decides nothing itself: the tables below are
views of the Result, and every setting comes from the config (`app:` section).
`build_app` returns the Blocks, so tests can launch it; `main` is `python app.py`.
"""
from __future__ import annotations

import argparse
import atexit
import html
import logging
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Sequence

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")   # no calls home; the app must work offline

import gradio as gr  # noqa: E402

from ..config import ROOT, Config, ConfigError  # noqa: E402
from ..models.embeddings import EmbedderError  # noqa: E402
from ..models.loading import ModelUnavailable  # noqa: E402
from ..pipeline import STAGES, Summarizer  # noqa: E402
from ..result import Result  # noqa: E402
from ..text.documents import SUPPORTED_SUFFIXES, InputError, text_record  # noqa: E402

log = logging.getLogger(__name__)

API_NAME = "summarize"   # gradio_client: Client(url).predict(..., api_name="/summarize")
# A line holding only dashes separates pasted articles.
ARTICLE_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)
STAGE_LABELS = {
    "documents": "Reading and cleaning the articles",
    "copies": "Finding copied articles",
    "embeddings": "Embedding the sentences",
    "points": "Finding what several sources report",
    "selection": "Choosing the points",
    "generation": "Writing the Arabic summary",
    "translation": "Translating to English",
    "attribution": "Linking the summary to its sources",
}
CSS = """
#summary-ar textarea { font-size: 1.2rem; line-height: 1.9; }
#summary-ar .top-panel { right: auto !important; left: 0; }
.status { padding: 0.5rem 0.8rem; border-radius: 0.5rem; background: var(--background-fill-secondary); }
.status.warn { border-inline-start: 4px solid #d97706; }
.status.ok { border-inline-start: 4px solid #16a34a; }
.status details { margin-top: 0.3rem; font-size: 0.85rem; opacity: 0.8; }
.table-wrap { overflow-x: auto; }
.result-table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
.result-table th { white-space: nowrap; text-align: start; padding: 0.3rem 0.5rem;
  border-bottom: 2px solid var(--border-color-primary); }
.result-table td { padding: 0.35rem 0.5rem; vertical-align: top; border-bottom: 1px solid var(--border-color-primary);
  overflow-wrap: normal; word-break: normal; }
.result-table .ar { direction: rtl; text-align: right; unicode-bidi: plaintext; font-size: 1.05rem; line-height: 1.7;
  min-width: 14rem; }
.chip { display: inline-block; margin: 0.1rem; padding: 0.05rem 0.5rem; border-radius: 999px; white-space: nowrap;
  background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); font-size: 0.85rem; }
.chip-date { opacity: 0.7; font-size: 0.8rem; }
.warnings li { margin: 0.2rem 0; }
@media (max-width: 500px) { .result-table { font-size: 0.85rem; } .result-table .ar { min-width: 10rem; } }
"""


# ---- inputs -----------------------------------------------------------------------------------

def split_pasted(text: str | None) -> list[str]:
    """The articles in the paste box: blocks separated by a line of `---`, blank blocks dropped."""
    if not text:
        return []
    return [block.strip() for block in ARTICLE_SEPARATOR.split(text) if block.strip()]


def gather_inputs(files: Sequence[Any] | None, pasted: str | None, cfg: Config) -> list[Path | dict[str, str]]:
    """Uploaded file paths then pasted articles (records: never read as paths), checked against
    the app's limits before any reading."""
    paths = [str(getattr(f, "name", f)) for f in files or []]
    texts = split_pasted(pasted)
    if not paths and not texts:
        raise InputError("no articles given: upload files, paste articles separated by a line of ---, "
                         "or click the example")
    limit = cfg.app.max_upload_bytes
    for path in paths:
        size = Path(path).stat().st_size if Path(path).exists() else 0
        if size > limit:
            raise InputError(f"{Path(path).name} is {size:,} bytes; the upload limit is {limit:,} per file")
        if Path(path).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InputError(f"{Path(path).name}: unsupported file type "
                             f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    if pasted and len(pasted.encode("utf-8")) > limit:
        raise InputError(f"the pasted text is {len(pasted.encode('utf-8')):,} bytes; the limit is {limit:,}")
    count = len(paths) + len(texts)
    if count > cfg.input.max_documents:
        raise InputError(f"{count} articles given; at most {cfg.input.max_documents} per story")
    return [Path(p) for p in paths] + [text_record(t) for t in texts]


def example_files(cfg: Config) -> list[str]:
    """The built-in example: the seed articles shipped with the project."""
    folder = (ROOT / cfg.app.example_dir).resolve()
    files = sorted(str(p) for p in folder.glob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
    if not files:
        raise InputError(f"the example articles are missing (no article files in {folder})")
    return files


def checked_slider(minimum: float, maximum: float, **options: Any) -> gr.Slider:
    """A slider that says what is wrong with a value sent through the API (not a number, out of range)
    instead of failing inside gradio with no message. (The check wraps this instance's preprocess: a
    subclass would make gradio write a .pyi stub into the package.)"""
    slider = gr.Slider(minimum, maximum, **options)
    preprocess = slider.preprocess

    def checked(payload: Any) -> float:
        if isinstance(payload, bool) or not isinstance(payload, (int, float)) or payload != payload:
            raise gr.Error(f"{slider.label}: expected a number from {minimum:g} to {maximum:g}, "
                           f"got {html.escape(repr(payload)[:40])}", print_exception=False)
        return preprocess(payload)

    slider.preprocess = checked
    return slider


class ResultFiles:
    """The Result JSON files offered for download: in one private folder, at most `keep` of them and none
    older than `max_age_s` (pruned before each new one), and the folder removed when the process ends."""

    def __init__(self, keep: int, max_age_s: float):
        self.folder = Path(tempfile.mkdtemp(prefix="summarize-app-"))
        self.keep, self.max_age_s = keep, max_age_s
        atexit.register(self.close)

    def write(self, text: str) -> Path:
        self.prune(room_for=1)
        path = self.folder / f"summary-{uuid.uuid4().hex[:12]}.json"
        path.write_text(text, encoding="utf-8")
        return path

    def prune(self, room_for: int = 0) -> None:
        now = time.time()
        files = sorted(self.folder.glob("summary-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for n, path in enumerate(files):
            if n >= self.keep - room_for or now - path.stat().st_mtime > self.max_age_s:
                path.unlink(missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


# ---- views of a Result --------------------------------------------------------------------------
# Views are HTML built here from the Result: every text is escaped (article text is data, never markup),
# every Arabic cell runs right to left (dir="auto" picks the direction from the text itself, so a
# mixed label such as '001 (وكالات - هيا)' keeps its order), and sources are chips with site and date.

def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def model_status(result: Result, generation_on: bool) -> str:
    """What produced the summary, said once in plain words; the technical cause folded away."""
    models = result.stats.get("models", {})
    if result.method == "abstractive":
        said = f"Summary rewritten by {models.get('summarizer', '?')}."
        if result.summary_en:
            said += f" English by {models.get('translator', '?')}."
        elif result.en_reason:
            said += f" No English: {result.en_reason}."
        return f'<div class="status ok">{_e(said)}</div>'
    if not generation_on:
        said = "Key sentences from the articles (the rewriting model is turned off in the settings)."
        if result.en_reason:
            said += f" No English: {result.en_reason}."
        return f'<div class="status">{_e(said)}</div>'
    causes = [r for r in (result.method_reason, result.en_reason) if r and "could not be loaded" in r]
    if causes:
        said = ("Models not downloaded: these are the key sentences from the articles, as written. To get "
                "the rewritten summary and its English, download the models once on a connected machine "
                "(hf download csebuetnlp/mT5_multilingual_XLSum; hf download Helsinki-NLP/opus-mt-ar-en) "
                "or point models.summarizer and models.translator in the config to local folders.")
    else:
        said = f"Key sentences from the articles: {result.method_reason or 'no rewrite was made'}."
        causes = [result.method_reason] if result.method_reason else []
        if result.en_reason:
            said += f" No English: {result.en_reason}."
    details = "".join(f"<li>{_e(c)}</li>" for c in causes)
    return (f'<div class="status warn">{_e(said)}'
            + (f"<details><summary>Technical cause</summary><ul>{details}</ul></details>" if details else "")
            + "</div>")


def source_chip(doc_id: str, result: Result) -> str:
    doc = next((d for d in result.documents if d.id == doc_id), None)
    site = (doc.source if doc is not None and doc.source else doc_id)
    day = doc.published.isoformat() if doc is not None and doc.published else "no date"
    return (f'<span class="chip" title="{_e(doc_id)}"><bdi>{_e(site)}</bdi>'
            f' <span class="chip-date">{_e(day)}</span></span>')


def sources_in_words(count: int) -> str:
    return "1 source" if count == 1 else f"{count} sources"


def _table(headers: list[str], rows: list[list[str]], elem: str) -> str:
    """An HTML table without empty columns; cells are already HTML."""
    keep = [k for k in range(len(headers)) if any(row[k] for row in rows)] if rows else list(range(len(headers)))
    head = "".join(f"<th>{_e(headers[k])}</th>" for k in keep)
    body = "".join("<tr>" + "".join(f"<td>{row[k]}</td>" for k in keep) + "</tr>" for row in rows)
    if not rows:
        body = f'<tr><td colspan="{len(keep)}">nothing to show</td></tr>'
    return f'<div class="table-wrap"><table class="result-table" id="{elem}-table"><thead><tr>{head}</tr>' \
           f"</thead><tbody>{body}</tbody></table></div>"


def _ar(text: str) -> str:
    return f'<div dir="auto" class="ar">{_e(text)}</div>'


def sentences_html(result: Result) -> str:
    rows = [[str(n), _ar(s.ar), _e(s.en or ""), " ".join(source_chip(d, result) for d in s.sources)
             or "found in no source"] for n, s in enumerate(result.sentences, start=1)]
    return _table(["#", "summary sentence", "English", "sources"], rows, "sentences")


def points_html(result: Result) -> str:
    rows = [[str(n), _ar(p.text), _e(p.text_en or ""), _e(sources_in_words(p.support)),
             " ".join(source_chip(d, result) for d in p.sources), "✓" if p.selected else ""]
            for n, p in enumerate(result.points, start=1)]
    return _table(["#", "point", "English", "reported by", "sources", "in summary"], rows, "points")


def articles_html(result: Result) -> str:
    """The articles: dated ones oldest first, then the undated, each with its status and date's origin."""
    docs = sorted(result.documents, key=lambda d: (d.published is None, d.published or 0))
    rows = []
    for d in docs:
        status = "; ".join(x for x in (f"copy of {d.duplicate_of}" if d.duplicate_of else "",
                                       f"background: {d.background}" if d.background else "") if x)
        day = d.published.isoformat() if d.published else "no date"
        rows.append([f"{_e(day)}<br><small>{_e(d.published_from or '')}</small>", _ar(d.source or ""),
                     _ar(d.title or ""), _e(status or "story"), _e(d.id), str(len(d.sentences)),
                     str(len(d.removed))])
    return _table(["published", "site", "title", "status", "article", "sentences", "removed lines"], rows,
                  "articles")


def removed_html(result: Result) -> str:
    """Whole-article copies first, then every line removed from an article, each with its reason."""
    rows = [[_e(d.id), _e("(the whole article)"), _e(f"a copy of {d.duplicate_of}: counted once as a source")]
            for d in result.documents if d.duplicate_of]
    rows += [[_e(d.id), _ar(r.line), _e(r.reason)] for d in result.documents for r in d.removed]
    return _table(["article", "removed line", "reason"], rows, "removed")


def other_warnings(result: Result) -> list[str]:
    """The warnings besides the model status (said once, above)."""
    return [w for w in result.warnings if "could not be loaded" not in w]


def warnings_html(result: Result) -> str:
    items = other_warnings(result)
    if not items:
        return ""
    return '<div class="warnings"><b>Warnings</b><ul>' + "".join(f"<li dir=\"auto\">{_e(w)}</li>"
                                                                  for w in items) + "</ul></div>"


def timeline_frame(result: Result):
    """One row per dated article for the timeline plot (copies and background articles marked)."""
    import pandas as pd

    rows = [{"published": pd.Timestamp(d.published), "article": d.source or d.id, "id": d.id,
             "status": "copy" if d.duplicate_of else "background" if d.background else "story"}
            for d in result.documents if d.published]
    return pd.DataFrame(rows, columns=["published", "article", "id", "status"])


def figures_frame(result: Result):
    """One row per dated value of every evolving figure, for the figures plot."""
    import pandas as pd

    rows = [{"published": pd.Timestamp(v.published), "value": v.value, "what": f.what, "article": v.doc}
            for f in result.figures for v in f.values if v.published]
    return pd.DataFrame(rows, columns=["published", "value", "what", "article"])


def _padded(frame) -> list[float] | None:
    """x-axis limits (timestamps) a day beyond the first and last date, so no point sits on an edge."""
    if frame.empty:
        return None
    return [frame["published"].min().timestamp() - 86400, frame["published"].max().timestamp() + 86400]


def undated_html(result: Result) -> str:
    undated = [d for d in result.documents if not d.published]
    if not undated:
        return ""
    return ('<div class="undated"><b>Articles without a date</b> (not on the timeline): '
            + " ".join(source_chip(d.id, result) for d in undated) + "</div>")


def figures_html(result: Result) -> str:
    if not result.figures:
        return "<div>No count changes across the articles.</div>"
    rows = []
    for f in result.figures:
        reports = ", ".join(dict.fromkeys(f"{v.value:g} ({v.doc})" for v in f.values))
        rows.append([_e(f.what), _e(f"{f.latest:g}"), _e(reports)])
    return _table(["count", "latest (in the summary)", "reported values"], rows, "figures")


def api_fields(result: Result) -> dict[str, Any]:
    """Plain fields for programs: no Markdown, no HTML; null where there is nothing."""
    return {"summary_ar": result.summary_ar, "summary_en": result.summary_en or None,
            "en_reason": result.en_reason, "method": result.method, "method_reason": result.method_reason,
            "models": result.stats.get("models", {}), "warnings": list(result.warnings),
            "figures": [f.to_dict() for f in result.figures]}


def _error(message: str) -> gr.Error:
    """A message box for the user; gr.Error renders HTML, and the message may quote the input."""
    return gr.Error(html.escape(message, quote=False), print_exception=False)


# ---- the page -----------------------------------------------------------------------------------

def build_app(summarizer: Summarizer) -> gr.Blocks:
    """The Blocks of the web page around one shared Summarizer (models load once per process)."""
    cfg = summarizer.config
    result_files = ResultFiles(cfg.app.keep_result_files, cfg.app.result_max_age_s)

    def run(files: list[str] | None, pasted: str, budget_words: float, max_points: float, translate: bool,
            progress: gr.Progress = gr.Progress()) -> tuple:
        def on_stage(stage: str) -> None:
            progress(STAGES.index(stage) / len(STAGES), desc=STAGE_LABELS[stage])

        try:
            if not isinstance(translate, bool):
                raise InputError(f"translate: expected true or false, got {repr(translate)[:40]}")
            if pasted is not None and not isinstance(pasted, str):
                raise InputError("pasted: expected the articles' text")
            inputs = gather_inputs(files, pasted, cfg)
            result = summarizer(inputs, budget_words=int(budget_words), max_points=int(max_points),
                                translate=bool(translate), on_stage=on_stage)
        except (InputError, ConfigError, EmbedderError, ModelUnavailable) as exc:
            message = str(exc)
            for path in files or []:   # uploads live in gradio's cache; the user knows them by name
                message = message.replace(str(path), Path(path).name)
            raise _error(message) from None
        except Exception as exc:   # a bug: the details go to the server log, the user gets a message
            log.exception("summarizing failed")
            raise _error(f"the summarizer failed unexpectedly ({type(exc).__name__}); "
                         "the server log has the details") from None
        json_path = result_files.write(result.to_json() + "\n")
        figures, timeline = figures_frame(result), timeline_frame(result)
        return (result.summary_ar, result.summary_en or "", model_status(result, cfg.generation.enabled),
                sentences_html(result), points_html(result), gr.ScatterPlot(value=timeline, x_lim=_padded(timeline)),
                undated_html(result),
                gr.LinePlot(value=figures, visible=not figures.empty, x_lim=_padded(figures)), figures_html(result),
                articles_html(result),
                removed_html(result),
                warnings_html(result), api_fields(result), str(json_path))

    def load_example() -> tuple[list[str], str]:
        try:
            return example_files(cfg), ""
        except InputError as exc:
            raise _error(str(exc)) from None

    # Uploads and served files in gradio's cache: those older than cache_max_age_s are deleted every
    # cache_max_age_s seconds, and all of them when the app closes.
    age = int(cfg.app.cache_max_age_s)
    with gr.Blocks(title="Arabic news summarizer", delete_cache=(age, age)) as demo:
        gr.Markdown("## Arabic news summarizer\nSeveral Arabic articles about one story in; one short Arabic "
                    "summary out, with its English translation and the sources behind every point.")
        with gr.Row():
            with gr.Column(scale=2, min_width=300):
                example = gr.Button("Try the example: 5 articles on the Biden–Kadhimi meeting (July 2021)",
                                    variant="secondary", elem_id="example")
                files = gr.File(label="Article files (.txt .md .html .json .jsonl)", file_count="multiple",
                                file_types=sorted(SUPPORTED_SUFFIXES), elem_id="files")
                pasted = gr.Textbox(label="…or paste articles, separated by a line of ---", lines=8, rtl=True,
                                    placeholder="الصق نص المقال هنا\n---\nمقال آخر", elem_id="pasted")
                with gr.Accordion("Options", open=False):
                    budget = checked_slider(30, 300, value=cfg.selection.budget_words, step=10,
                                            label="Summary length (words of the extractive summary)")
                    points = checked_slider(1, 30, value=cfg.selection.max_points or 30, step=1,
                                            label="Number of points")
                    translate = gr.Checkbox(value=cfg.translation.enabled, label="Translate to English")
                submit = gr.Button("Summarize", variant="primary", elem_id="submit")
            with gr.Column(scale=3, min_width=300):
                status = gr.HTML(elem_id="model-status")
                summary_ar = gr.Textbox(label="الملخص بالعربية · Arabic summary", lines=6, rtl=True,
                                        interactive=False, buttons=["copy"], elem_id="summary-ar")
                summary_en = gr.Textbox(label="English translation", lines=4, interactive=False,
                                        placeholder="No English translation: the status above says why.",
                                        buttons=["copy"], elem_id="summary-en")
                warnings = gr.HTML(elem_id="warnings")
                download = gr.File(label="Result JSON", interactive=False, elem_id="download")
        with gr.Tabs():
            with gr.Tab("Summary and sources"):
                sentences = gr.HTML(elem_id="summary-sentences")
            with gr.Tab("Points"):
                point_table = gr.HTML(elem_id="points")
            with gr.Tab("Timeline"):
                timeline = gr.ScatterPlot(x="published", y="article", color="status", label="Articles by date",
                                          tooltip=["id", "published", "status"], height=280, elem_id="timeline")
                undated = gr.HTML(elem_id="undated")
                figures_plot = gr.LinePlot(x="published", y="value", color="what", label="Counts over time",
                                           tooltip=["article", "value"], height=240, elem_id="figures-plot")
                figures_table = gr.HTML(elem_id="figures")
            with gr.Tab("Articles"):
                articles = gr.HTML(elem_id="articles")
            with gr.Tab("Removed lines and copies"):
                removed = gr.HTML(elem_id="removed")
            with gr.Tab("Result fields (API)"):
                fields = gr.JSON(label="plain fields, as the /summarize API returns them", elem_id="api-fields")

        inputs = [files, pasted, budget, points, translate]
        outputs = [summary_ar, summary_en, status, sentences, point_table, timeline, undated, figures_plot,
                   figures_table, articles, removed, warnings, fields, download]
        submit.click(run, inputs, outputs, api_name=API_NAME, concurrency_limit=1, concurrency_id="models")
        example.click(load_example, None, [files, pasted], api_visibility="private").then(
            run, inputs, outputs, api_visibility="private", concurrency_limit=1, concurrency_id="models")
    demo.queue(max_size=cfg.app.queue_size, default_concurrency_limit=1)
    demo.result_files = result_files
    return demo


def launch(demo: gr.Blocks, cfg: Config, *, host: str, port: int, share: bool = False,
           block: bool = True) -> str:
    """Serve the page; returns its local URL (when `block` is False the call returns at once)."""
    demo.launch(server_name=host, server_port=port, share=share, max_file_size=cfg.app.max_upload_bytes,
                allowed_paths=[str((ROOT / cfg.app.example_dir).resolve())], ssr_mode=False,
                show_error=False, quiet=not block, prevent_thread_lock=not block, theme=gr.themes.Soft(),
                css=CSS)
    return demo.local_url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python app.py", description="The web page of the Arabic news summarizer.")
    parser.add_argument("--config", metavar="YAML", default=os.environ.get("SUMMARIZE_CONFIG"),
                        help="settings over configs/default.yaml (env SUMMARIZE_CONFIG)")
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME"),
                        help="bind address (env GRADIO_SERVER_NAME; default app.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, default=os.environ.get("GRADIO_SERVER_PORT"),
                        help="port (env GRADIO_SERVER_PORT; default app.port, 7860)")
    parser.add_argument("--share", action="store_true", default=None,
                        help="also open a public gradio.live link (default app.share, off)")
    parser.add_argument("--no-preload", dest="preload", action="store_false", default=None,
                        help="load the models on the first request instead of at start")
    return parser


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        summarizer = Summarizer(args.config)
        cfg = summarizer.config
        if cfg.app.preload_models if args.preload is None else args.preload:
            for role, status in summarizer.preload().items():
                print(f"{role}: {status}", file=sys.stderr)
    except (ConfigError, EmbedderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    host = args.host or cfg.app.host
    port = int(args.port or cfg.app.port)
    share = cfg.app.share if args.share is None else args.share
    # `kill` (SIGTERM) closes the app like Ctrl-C does, so gradio deletes its cached uploads and our
    # result files go with the process.
    signal.signal(signal.SIGTERM, _interrupt)
    demo = build_app(summarizer)
    try:
        launch(demo, cfg, host=host, port=port, share=share)
    finally:
        demo.result_files.close()
    return 0
