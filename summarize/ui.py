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

from .config import ROOT, Config, ConfigError, load_config  # noqa: E402
from .documents import SUPPORTED_SUFFIXES, InputError, text_record  # noqa: E402
from .embeddings import EmbedderError  # noqa: E402
from .models import ModelUnavailable  # noqa: E402
from .pipeline import STAGES, Summarizer  # noqa: E402
from .result import Result  # noqa: E402

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
SENTENCE_HEADERS = ["#", "summary sentence", "English", "sources", "support"]
POINT_HEADERS = ["#", "point", "sources", "which sources", "in summary", "score"]
ARTICLE_HEADERS = ["published", "article", "site", "title", "status", "sentences", "removed lines"]
REMOVED_HEADERS = ["article", "removed line", "reason"]
CSS = """
#summary-ar textarea { font-size: 1.2rem; line-height: 1.9; }
#summary-ar .top-panel { right: auto !important; left: 0; }
#summary-sentences, #points, #articles, #removed { --font-mono: var(--font); }
#summary-sentences td div, #points td div, #articles td div, #removed td div { unicode-bidi: plaintext; text-align: start; }
#method-badge { padding: 0.4rem 0.8rem; border-radius: 0.5rem; background: var(--background-fill-secondary); }
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

def _md(text: str) -> str:
    """Article text shown as Markdown literally (ids, lines and model names are data, not markup)."""
    return re.sub(r"([\\`*_{}\[\]()<>#+\-.!|~])", r"\\\1", text)


def method_badge(result: Result) -> str:
    models = result.stats.get("models", {})
    if result.method == "abstractive":
        line = f"**Abstractive summary**, written by `{models.get('summarizer', '?')}`"
    else:
        line = (f"**Extractive summary**: the chosen source sentences as they stand. "
                f"Why not abstractive: {_md(result.method_reason or 'not recorded')}")
    if "translator" in models:
        line += f" · English by `{models['translator']}`"
    return line


def english_text(result: Result) -> str:
    return result.summary_en or f"No English translation: {result.en_reason or 'not recorded'}."


def source_label(doc_id: str, result: Result) -> str:
    doc = next((d for d in result.documents if d.id == doc_id), None)
    return f"{doc_id} ({doc.source})" if doc is not None and doc.source else doc_id


def sentence_rows(result: Result) -> list[list[Any]]:
    return [[n, s.ar, s.en or "", ", ".join(source_label(d, result) for d in s.sources) or "no source found",
             round(s.support, 2)] for n, s in enumerate(result.sentences, start=1)]


def point_rows(result: Result) -> list[list[Any]]:
    return [[n, p.text, p.support, ", ".join(source_label(d, result) for d in p.sources),
             "yes" if p.selected else "", round(p.score, 3)] for n, p in enumerate(result.points, start=1)]


def article_rows(result: Result) -> list[list[Any]]:
    """The articles as a timeline: dated ones oldest first, then the undated."""
    docs = sorted(result.documents, key=lambda d: (d.published is None, d.published or 0))
    rows = []
    for d in docs:
        status = "; ".join(s for s in (f"copy of {d.duplicate_of}" if d.duplicate_of else "",
                                       f"background: {d.background}" if d.background else "") if s)
        rows.append([d.published.isoformat() if d.published else "no date", d.id, d.source or "",
                     d.title or "", status or "story", len(d.sentences), len(d.removed)])
    return rows


def removed_rows(result: Result) -> list[list[Any]]:
    """Whole-article copies first, then every line removed from an article, each with its reason."""
    copies = [[d.id, "(the whole article)", f"a copy of {d.duplicate_of}: counted once as a source"]
              for d in result.documents if d.duplicate_of]
    return copies + [[d.id, r.line, r.reason] for d in result.documents for r in d.removed]


def warnings_markdown(result: Result) -> str:
    if not result.warnings:
        return "**Warnings:** none."
    return "**Warnings:**\n\n" + "\n".join(f"- {_md(w)}" for w in result.warnings)


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
        reached = [0]

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
        if result.method == "extractive" and cfg.generation.enabled:
            gr.Warning(html.escape(f"The summary is extractive: {result.method_reason}. "
                                   "The warnings say how to fix it.", quote=False))
        json_path = result_files.write(result.to_json() + "\n")
        return (result.summary_ar, english_text(result), method_badge(result), sentence_rows(result),
                point_rows(result), article_rows(result), removed_rows(result), warnings_markdown(result),
                str(json_path))

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
            with gr.Column(scale=2, min_width=320):
                example = gr.Button("Try the example: 5 articles on the Biden–Kadhimi meeting (July 2021)",
                                    variant="secondary", elem_id="example")
                files = gr.File(label="Article files (.txt .md .html .json .jsonl)", file_count="multiple",
                                file_types=sorted(SUPPORTED_SUFFIXES), elem_id="files")
                pasted = gr.Textbox(label="…or paste articles, separated by a line of ---", lines=8, rtl=True,
                                    placeholder="الصق نص المقال هنا\n---\nمقال آخر", elem_id="pasted")
                with gr.Accordion("Options", open=False):
                    budget = checked_slider(30, 300, value=cfg.selection.budget_words, step=10,
                                       label="Summary length (words of the extractive summary)")
                    points = checked_slider(1, 15, value=cfg.selection.max_points, step=1, label="Number of points")
                    translate = gr.Checkbox(value=cfg.translation.enabled, label="Translate to English")
                submit = gr.Button("Summarize", variant="primary", elem_id="submit")
            with gr.Column(scale=3, min_width=360):
                badge = gr.Markdown(label="method", elem_id="method-badge")
                summary_ar = gr.Textbox(label="Arabic summary", lines=6, rtl=True, interactive=False,
                                        buttons=["copy"], elem_id="summary-ar")
                summary_en = gr.Textbox(label="English translation", lines=4, interactive=False,
                                        buttons=["copy"], elem_id="summary-en")
                warnings = gr.Markdown(label="Warnings", elem_id="warnings")
                download = gr.File(label="Result JSON", interactive=False, elem_id="download")
        with gr.Tabs():
            with gr.Tab("Summary sentences and sources"):
                sentences = gr.Dataframe(label="summary sentences", elem_id="summary-sentences", headers=SENTENCE_HEADERS, wrap=True, interactive=False,
                                         column_widths=["5%", "40%", "30%", "18%", "7%"])
            with gr.Tab("Points"):
                point_table = gr.Dataframe(label="points", elem_id="points", headers=POINT_HEADERS, wrap=True, interactive=False,
                                           column_widths=["5%", "55%", "7%", "20%", "7%", "6%"])
            with gr.Tab("Articles (timeline)"):
                articles = gr.Dataframe(label="articles", elem_id="articles", headers=ARTICLE_HEADERS, wrap=True,
                                        interactive=False,
                                        column_widths=["10%", "16%", "10%", "30%", "24%", "5%", "5%"])
            with gr.Tab("Removed lines and copies"):
                removed = gr.Dataframe(label="removed lines", elem_id="removed", headers=REMOVED_HEADERS, wrap=True, interactive=False,
                                       column_widths=["20%", "45%", "35%"])

        inputs = [files, pasted, budget, points, translate]
        outputs = [summary_ar, summary_en, badge, sentences, point_table, articles, removed, warnings, download]
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
