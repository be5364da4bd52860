"""The Gradio web page: upload or paste articles, get the summary, its English and its sources.

The page renders a `Result` and decides nothing itself: views.py turns the Result into HTML, files.py
checks the inputs, strings.py holds every word in English and Arabic. The page opens in Arabic when the
browser asks for it (Accept-Language), in English otherwise, and a switch changes it; in Arabic the page
runs right to left. An error stays on the page, in words, until the next run. `build_app` returns the
Blocks, so tests can launch it; `main` is `python app.py`.
"""
from __future__ import annotations

import argparse
import html
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")   # no calls home; the app must work offline

import gradio as gr  # noqa: E402

from ..config import ROOT, Config, ConfigError  # noqa: E402
from ..models.embeddings import EmbedderError  # noqa: E402
from ..models.loading import ModelUnavailable  # noqa: E402
from ..pipeline import STAGES, Summarizer  # noqa: E402
from ..result import Result  # noqa: E402
from ..text.documents import SUPPORTED_SUFFIXES, InputError  # noqa: E402
from .files import ResultFiles, example_files, gather_inputs  # noqa: E402
from .strings import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, language_of, say  # noqa: E402
from .views import (api_fields, articles_html, disputes_html, error_html, figures_chart_html,  # noqa: E402
                    figures_html, model_status, points_html, removed_html, sentences_html, timeline_html, title_html,
                    undated_html, warnings_html)

log = logging.getLogger(__name__)

API_NAME = "summarize"   # gradio_client: Client(url).predict(..., api_name="/summarize")
CSS = """
#title h2 { margin: 0 0 0.3rem; }
[data-testid="block-label"], [data-testid="block-info"] { unicode-bidi: plaintext; }
@media (min-width: 601px) { #outputs:dir(rtl) { order: -1; } }   /* in Arabic the summary is read first */
#language { align-self: flex-end; width: auto; }
#language .wrap { flex-wrap: nowrap; }
#summary-ar textarea { font-size: 1.2rem; line-height: 1.9; }
#summary-ar .top-panel { inset-inline-end: auto !important; inset-inline-start: 0; }
#summary-en textarea { direction: ltr; text-align: left; }
.error-box { padding: 0.6rem 0.8rem; border-radius: 0.5rem; border: 1px solid #dc2626;
  border-inline-start-width: 4px; background: #fef2f2; color: #7f1d1d; }
.status { padding: 0.5rem 0.8rem; border-radius: 0.5rem; background: var(--background-fill-secondary); }
.status.warn { border-inline-start: 4px solid #d97706; }
.status.ok { border-inline-start: 4px solid #16a34a; }
.status details { margin-top: 0.3rem; font-size: 0.85rem; opacity: 0.8; }
.status pre { margin: 0.2rem 0; padding: 0.2rem 0.4rem; white-space: pre-wrap; overflow-wrap: anywhere;
  text-align: left; font-size: 0.8rem; }
.table-wrap { overflow-x: auto; }
.result-table { width: 100%; border-collapse: collapse; border: none; font-size: 0.95rem; }
.result-table th { white-space: nowrap; text-align: start; padding: 0.3rem 0.5rem; border: none;
  border-bottom: 2px solid var(--border-color-primary); }
.result-table td { padding: 0.35rem 0.5rem; vertical-align: top; text-align: start; border: none;
  border-bottom: 1px solid var(--border-color-primary); overflow-wrap: break-word; word-break: normal; }
.result-table .ar { direction: rtl; text-align: right; unicode-bidi: plaintext; font-size: 1.05rem; line-height: 1.7;
  min-width: 14rem; }
.chip { display: inline-block; margin: 0.1rem; padding: 0.05rem 0.5rem; border-radius: 999px; max-width: 100%;
  overflow-wrap: anywhere; background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary);
  font-size: 0.85rem; }
.chip-date { opacity: 0.7; font-size: 0.8rem; white-space: nowrap; }
.warnings li { margin: 0.2rem 0; }
.more-points summary { cursor: pointer; margin: 0.6rem 0; font-weight: 600; }
.timeline { margin: 0.4rem 0 1rem; }
.tl-legend { display: flex; flex-wrap: wrap; gap: 1rem; margin-bottom: 0.4rem; font-size: 0.9rem; }
.tl-key { display: inline-flex; align-items: center; gap: 0.3rem; }
.tl-row { display: flex; align-items: center; min-height: 2.2rem;
  border-bottom: 1px dotted var(--border-color-primary); }
.tl-name { flex: 0 0 30%; padding-inline-end: 0.5rem; overflow-wrap: anywhere; font-size: 0.9rem; }
.tl-track { position: relative; flex: 1; align-self: stretch; min-height: 2.2rem; }
.tl-mark { position: absolute; bottom: 0.45rem; display: flex; flex-direction: column; align-items: center;
  transform: translateX(-50%); }
[dir=rtl] .tl-mark, [dir=rtl] .tl-tick { transform: translateX(50%); }
.tl-mark small { font-size: 0.75rem; line-height: 1; }
.tl-dot { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: #2563eb; }
.tl-dot.background { background: #d97706; } .tl-dot.copy { background: #9ca3af; }
.tl-dot.value { background: #60a5fa; } .tl-dot.latest { background: #dc2626; }
.tl-axis { border-bottom: none; }
.tl-axis .tl-track { border-top: 1px solid var(--body-text-color-subdued); }
.tl-tick { position: absolute; top: 0; padding-top: 0.2rem; font-size: 0.75rem; white-space: nowrap;
  transform: translateX(-50%); }
.tl-tick::before { content: ""; position: absolute; top: 0; left: 50%; height: 0.3rem;
  border-left: 1px solid var(--body-text-color-subdued); }
.figure-part { margin-inline-start: 0.8rem; padding-inline-start: 0.5rem;
  border-inline-start: 2px solid var(--border-color-primary); }
.scope-note { display: block; font-size: 0.8rem; opacity: 0.75; }
.disputes { margin: 0.8rem 0; }
.dispute { margin: 0.5rem 0 0.9rem; padding: 0.5rem 0.7rem; border-radius: 0.5rem;
  border: 1px solid var(--border-color-primary); border-inline-start: 4px solid #d97706; }
.dispute-about { font-weight: 600; margin-bottom: 0.4rem; }
.dispute-n { display: inline-block; min-width: 1.4rem; text-align: center; border-radius: 999px;
  background: #d97706; color: white; font-size: 0.8rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.6rem; }
.side { min-width: 0; padding: 0.4rem 0.6rem; border-radius: 0.4rem; background: var(--background-fill-secondary); }
.side .ar { direction: rtl; text-align: right; unicode-bidi: plaintext; line-height: 1.7; margin: 0.3rem 0;
  overflow-wrap: anywhere; }
.stance { display: inline-block; padding: 0 0.5rem; border-radius: 999px; font-size: 0.8rem; color: white;
  background: #2563eb; }
.stance-denies { background: #dc2626; } .stance-counts { background: #7c3aed; }
.side-who { font-size: 0.9rem; opacity: 0.85; }
.disputed-mark { display: inline-block; margin-top: 0.2rem; padding: 0 0.5rem; border-radius: 999px;
  font-size: 0.8rem; background: #fef3c7; color: #92400e; border: 1px solid #d97706; }
@media (max-width: 600px) {
  .result-table thead { display: none; }
  .result-table, .result-table tbody, .result-table tr, .result-table td { display: block; width: 100%; }
  .result-table tr { border: 1px solid var(--border-color-primary); border-radius: 0.5rem; margin-bottom: 0.6rem;
    padding: 0.2rem 0; }
  .result-table td { border: none; padding: 0.15rem 0.6rem; }
  .result-table td:empty { display: none; }
  [role=tab] { padding-inline: 0.45rem; font-size: 0.85rem; }
  .result-table td[data-label]::before { content: attr(data-label); display: block; font-size: 0.75rem;
    opacity: 0.7; }
  .result-table .ar { min-width: 0; }
  .result-table tr:has(.figure-part) { margin-inline-start: 1.2rem; width: calc(100% - 1.2rem); }
  .tl-name { flex-basis: 38%; font-size: 0.8rem; }
  .tl-tick:nth-child(even) { visibility: hidden; }
}
"""
# Sets the page's direction and language from the switch (the browser lays out everything else).
SET_DIRECTION = """(lang) => { document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.documentElement.lang = lang; return lang; }"""


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


@dataclass
class Shown:
    """What the page shows now (kept per browser session, so the language switch can redraw it)."""
    result: Result | None = None
    error: str | None = None


def failure_message(exc: Exception, files: Sequence[Any] | None) -> str:
    """An exception as the user should read it: expected errors in their words (uploads by file name,
    not gradio's cache path), anything else as 'failed unexpectedly' with the details in the log."""
    if isinstance(exc, (InputError, ConfigError, EmbedderError, ModelUnavailable)):
        message = str(exc)
        for path in files or []:
            path = str(getattr(path, "name", path))
            message = message.replace(path, Path(path).name)
        return message
    log.error("summarizing failed", exc_info=exc)
    return say("unexpected", "en", kind=type(exc).__name__)


def build_app(summarizer: Summarizer) -> gr.Blocks:
    """The Blocks of the web page around one shared Summarizer (models load once per process)."""
    cfg = summarizer.config
    result_files = ResultFiles(cfg.app.keep_result_files, cfg.app.result_max_age_s)
    model_names = tuple(n for n in (cfg.models.summarizer, cfg.models.translator) if isinstance(n, str))

    def summarize_inputs(files: list[str] | None, pasted: str, budget_words: float, max_points: float,
                         translate: bool, lang: str, progress: gr.Progress) -> tuple[Result, str]:
        """The Result for the page's inputs and the path of its JSON download; raises on bad input."""
        if not isinstance(translate, bool):
            raise InputError(f"translate: expected true or false, got {repr(translate)[:40]}")
        if pasted is not None and not isinstance(pasted, str):
            raise InputError("pasted: expected the articles' text")

        def on_stage(stage: str) -> None:
            progress(STAGES.index(stage) / len(STAGES), desc=say(f"stage_{stage}", lang))

        result = summarizer(gather_inputs(files, pasted, cfg), budget_words=int(budget_words),
                            max_points=int(max_points), translate=bool(translate), on_stage=on_stage,
                            timeout_s=cfg.app.request_timeout_s)
        return result, str(result_files.write(result.to_json() + "\n"))

    def views(result: Result | None, lang: str) -> dict[gr.components.Component, Any]:
        """Every view of the Result in `lang` (all empty when there is none)."""
        if result is None:
            return {view: "" for view in (status, sentences, disputes, point_table, timeline, undated,
                                          figures_plot, figures_table, articles, removed, warnings)}
        return {status: model_status(result, cfg.generation.enabled, lang, model_names),
                sentences: sentences_html(result, lang), disputes: disputes_html(result, lang),
                point_table: points_html(result, lang),
                timeline: timeline_html(result, lang), undated: undated_html(result, lang),
                figures_plot: figures_chart_html(result, lang), figures_table: figures_html(result, lang),
                articles: articles_html(result, lang), removed: removed_html(result, lang),
                warnings: warnings_html(result, lang)}

    def run(files: list[str] | None, pasted: str, budget_words: float, max_points: float, translate: bool,
            lang: str, progress: gr.Progress = gr.Progress()) -> dict[gr.components.Component, Any]:
        """The page's run: the views, or the error in words in the error box (no popup, no red badges)."""
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        try:
            result, json_path = summarize_inputs(files, pasted, budget_words, max_points, translate, lang, progress)
        except Exception as exc:   # every failure is said on the page; unexpected ones are logged
            message = failure_message(exc, files)
            return {**views(None, lang), summary_ar: "", summary_en: "", fields: None, download: None,
                    error: error_html(message, lang), shown: Shown(error=message)}
        return {**views(result, lang), summary_ar: result.summary_ar, summary_en: result.summary_en or "",
                fields: api_fields(result), download: json_path, error: "", shown: Shown(result=result)}

    def run_api(files: list[str] | None, pasted: str, budget_words: float, max_points: float, translate: bool,
                progress: gr.Progress = gr.Progress()) -> dict[gr.components.Component, Any]:
        """The /summarize endpoint: the same run in English; an error is raised for the client to catch."""
        try:
            result, json_path = summarize_inputs(files, pasted, budget_words, max_points, translate, "en", progress)
        except Exception as exc:
            raise gr.Error(html.escape(failure_message(exc, files), quote=False), print_exception=False) from None
        return {**{view: value for view, value in views(result, "en").items() if view is not disputes},  # (the
                # endpoint's outputs stay as they were: the disputes are in the Result JSON)
                summary_ar: result.summary_ar, summary_en: result.summary_en or "", fields: api_fields(result),
                download: json_path}

    def run_example(budget_words: float, max_points: float, translate: bool, lang: str,
                    progress: gr.Progress = gr.Progress()) -> dict[gr.components.Component, Any]:
        """The example articles in the file box, and their run."""
        try:
            example_paths = example_files(cfg)
        except InputError as exc:
            return run(None, "", budget_words, max_points, translate, lang, progress) | {
                error: error_html(str(exc), lang), shown: Shown(error=str(exc))}
        return {**run(example_paths, "", budget_words, max_points, translate, lang, progress), files: example_paths,
                pasted: ""}

    def browser_language(request: gr.Request) -> str:
        return language_of(request.headers.get("accept-language"))

    def relabel(lang: str, now: Shown | None) -> dict[gr.components.Component, Any]:
        """Every word of the page in `lang`, and what it shows redrawn in it."""
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        now = now or Shown()
        labels = {title: title_html(lang),
                  example: gr.Button(value=say("example", lang)), submit: gr.Button(value=say("submit", lang)),
                  files: gr.File(label=say("files", lang)), pasted: gr.Textbox(label=say("pasted", lang)),
                  options: gr.Accordion(label=say("options", lang)), budget: gr.Slider(label=say("budget", lang)),
                  points: gr.Slider(label=say("max_points", lang)),
                  translate: gr.Checkbox(label=say("translate", lang)),
                  summary_ar: gr.Textbox(label=say("summary_ar", lang)),
                  summary_en: gr.Textbox(label=say("summary_en", lang)),
                  download: gr.File(label=say("download", lang)),
                  fields: gr.JSON(label=say("api_fields", lang)),
                  error: error_html(now.error, lang)}
        labels.update({tab: gr.Tab(label=say(key, lang)) for tab, key in tabs.items()})
        return {**labels, **views(now.result, lang)}

    # Uploads and served files in gradio's cache: those older than cache_max_age_s are deleted every
    # cache_max_age_s seconds, and all of them when the app closes.
    age = int(cfg.app.cache_max_age_s)
    en = DEFAULT_LANGUAGE
    with gr.Blocks(title=f"{say('title', 'en')} · {say('title', 'ar')}", delete_cache=(age, age)) as demo:
        shown = gr.State(Shown(), time_to_live=cfg.app.result_max_age_s)
        language = gr.Radio([(LANGUAGE_NAMES[code], code) for code in LANGUAGES], value=en, show_label=False,
                            container=False, elem_id="language")
        title = gr.HTML(title_html(en), elem_id="title")
        error = gr.HTML(elem_id="error")
        with gr.Row():
            with gr.Column(scale=2, min_width=300):
                example = gr.Button(say("example", en), variant="secondary", elem_id="example")
                files = gr.File(label=say("files", en), file_count="multiple",
                                file_types=sorted(SUPPORTED_SUFFIXES), elem_id="files")
                pasted = gr.Textbox(label=say("pasted", en), lines=8, rtl=True,
                                    placeholder="الصق نص المقال هنا\n---\nمقال آخر", elem_id="pasted")
                with gr.Accordion(say("options", en), open=False) as options:
                    budget = checked_slider(30, 300, value=cfg.selection.budget_words, step=10,
                                            label=say("budget", en))
                    points = checked_slider(1, 30, value=cfg.selection.max_points or 30, step=1,
                                            label=say("max_points", en))
                    translate = gr.Checkbox(value=cfg.translation.enabled, label=say("translate", en))
                submit = gr.Button(say("submit", en), variant="primary", elem_id="submit")
                call_api = gr.Button(visible=False)          # the /summarize endpoint's trigger
            with gr.Column(scale=3, min_width=300, elem_id="outputs"):
                status = gr.HTML(elem_id="model-status")
                summary_ar = gr.Textbox(label=say("summary_ar", en), lines=6, rtl=True,
                                        interactive=False, buttons=["copy"], elem_id="summary-ar")
                summary_en = gr.Textbox(label=say("summary_en", en), lines=4, interactive=False,
                                        buttons=["copy"], elem_id="summary-en")
                warnings = gr.HTML(elem_id="warnings")
                download = gr.File(label=say("download", en), interactive=False, elem_id="download")
        tabs = {}
        with gr.Tabs():
            with gr.Tab(say("tab_summary", en), elem_id="tab-summary") as tab:
                tabs[tab] = "tab_summary"
                sentences = gr.HTML(elem_id="summary-sentences")
                disputes = gr.HTML(elem_id="disputes")
            with gr.Tab(say("tab_points", en), elem_id="tab-points") as tab:
                tabs[tab] = "tab_points"
                point_table = gr.HTML(elem_id="points")
            with gr.Tab(say("tab_timeline", en), elem_id="tab-timeline") as tab:
                tabs[tab] = "tab_timeline"
                timeline = gr.HTML(elem_id="timeline")
                undated = gr.HTML(elem_id="undated")
                figures_plot = gr.HTML(elem_id="figures-plot")
                figures_table = gr.HTML(elem_id="figures")
            with gr.Tab(say("tab_articles", en), elem_id="tab-articles") as tab:
                tabs[tab] = "tab_articles"
                articles = gr.HTML(elem_id="articles")
            with gr.Tab(say("tab_removed", en), elem_id="tab-removed") as tab:
                tabs[tab] = "tab_removed"
                removed = gr.HTML(elem_id="removed")
            with gr.Tab(say("tab_api", en), elem_id="tab-api") as tab:
                tabs[tab] = "tab_api"
                fields = gr.JSON(label=say("api_fields", en), elem_id="api-fields")

        inputs = [files, pasted, budget, points, translate]
        api_outputs = [summary_ar, summary_en, status, sentences, point_table, timeline, undated, figures_plot,
                       figures_table, articles, removed, warnings, fields, download]
        page_outputs = [*api_outputs, disputes, error, shown]
        call_api.click(run_api, inputs, api_outputs, api_name=API_NAME, concurrency_limit=1, concurrency_id="models")
        submit.click(run, [*inputs, language], page_outputs, api_visibility="private", concurrency_limit=1,
                     concurrency_id="models")
        example.click(run_example, [budget, points, translate, language], [*page_outputs, files, pasted],
                      api_visibility="private", concurrency_limit=1, concurrency_id="models")
        labelled = [title, example, submit, files, pasted, options, budget, points, translate, summary_ar,
                    summary_en, download, fields, error, *tabs, status, sentences, disputes, point_table, timeline,
                    undated, figures_plot, figures_table, articles, removed, warnings]
        language.change(None, language, None, js=SET_DIRECTION)
        language.change(relabel, [language, shown], labelled, api_visibility="private", show_progress="hidden")
        demo.load(browser_language, None, language, api_visibility="private", show_progress="hidden").then(
            None, language, None, js=SET_DIRECTION)     # (English is no change of the switch: set it here too)
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
