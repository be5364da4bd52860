"""The web page: its views of a Result, its input limits, and the running app through gradio_client."""
import json

import gradio as gr
import pytest

from conftest import SEEDS, SEED_IDS, seed_id
from summarize import InputError
from summarize.text.documents import split_articles
from summarize.ui import (API_NAME, api_fields, articles_html, build_parser, gather_inputs, main, model_status,
                          points_html, removed_html, timeline_html, warnings_html)

from gradio_client import Client, handle_file  # noqa: E402  (after summarize.ui switched analytics off)


@pytest.fixture(scope="module")
def client(app_url):
    return Client(app_url, verbose=False)


def test_pasted_articles_are_split_at_dash_lines():
    text = "الخبر الأول\n---\n\nالخبر الثاني\n  -----  \n\n---\nالخبر الثالث --- ما زال هو\n"
    assert split_articles(text) == ["الخبر الأول", "الخبر الثاني", "الخبر الثالث --- ما زال هو"]
    assert split_articles("") == [] and split_articles(None) == []


def test_inputs_over_the_limits_are_refused_before_reading(cfg, tmp_path):
    with pytest.raises(InputError, match="no articles given"):
        gather_inputs([], "  \n---\n ", cfg)
    many = "\n---\n".join(f"مقال رقم {i}" for i in range(cfg.input.max_documents + 1))
    with pytest.raises(InputError, match=f"at most {cfg.input.max_documents} per story"):
        gather_inputs([], many, cfg)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (cfg.app.max_upload_bytes + 1))
    with pytest.raises(InputError, match="upload limit"):
        gather_inputs([str(big)], "", cfg)
    pdf = tmp_path / "article.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported file type"):
        gather_inputs([str(pdf)], "", cfg)
    assert gather_inputs([str(SEEDS / f"{SEED_IDS[0]}.txt")], "نص\n---\nنص آخر", cfg)[1:] == [
        {"text": "نص"}, {"text": "نص آخر"}]


def test_a_pasted_path_is_text_not_a_file_to_open(summarizer, cfg):
    seed = str(SEEDS / f"{SEED_IDS[0]}.txt")
    with pytest.raises(InputError, match="no article text left"):
        summarizer(gather_inputs([], seed, cfg))          # the seed file would summarize fine if opened


def _rows(view_html):
    """Body rows of every table in a view."""
    return view_html.count("<tr>") - view_html.count("<thead>")


def test_views_account_for_every_article_point_and_removed_line(seed_result):
    articles = articles_html(seed_result)
    assert _rows(articles) == len(seed_result.documents)
    assert articles.index("2021-02-24") < articles.index("2021-07-26")            # oldest first
    assert "background: published 2021-02-24" in articles
    points = points_html(seed_result)
    assert _rows(points) == len(seed_result.points)
    summary_table, rest = points.split("<details")                                # the summary's points first
    assert _rows(summary_table) == len(seed_result.selected_points) and "Show all" in rest
    assert "3 sources" in points and "support" not in points                      # support in words
    assert _rows(removed_html(seed_result)) == sum(len(d.removed) for d in seed_result.documents)
    assert "English" not in points.split("</thead>")[0]        # no translated points: no empty column
    assert 'dir="auto"' in points and "<script" not in removed_html(seed_result)
    status = model_status(seed_result, generation_on=False)
    assert "turned off" in status and "No English: translation is turned off" in status
    assert "لا ترجمة إنجليزية: الترجمة معطّلة" in model_status(seed_result, generation_on=False, lang="ar")
    fields = api_fields(seed_result)
    assert fields["summary_en"] is None and fields["en_reason"].startswith("translation is turned off")
    assert fields["summary_ar"] == seed_result.summary_ar and "**" not in json.dumps(fields)
    assert warnings_html(seed_result).count("<li") == len(seed_result.warnings)
    timeline = timeline_html(seed_result)
    assert timeline.count('class="tl-mark"') == sum(d.published is not None for d in seed_result.documents)
    assert timeline.count('class="tl-key"') == 2 and "background" in timeline     # a key for each colour shown


def test_a_missing_model_is_said_once_in_plain_words(tmp_path, embedder):
    from summarize import Summarizer
    missing = Summarizer({"models": {"summarizer": str(tmp_path / "none"), "translator": str(tmp_path / "none")}},
                         embedder=embedder)
    result = missing([SEEDS])
    status = model_status(result, generation_on=True)
    assert status.startswith('<div class="status warn" dir="ltr">Models not downloaded: these are the key sentences')
    assert status.count("<details>") == 1 and "could not be loaded" in status.split("<details>")[1]
    assert "could not be loaded" not in warnings_html(result)          # said once, in the status


def test_article_text_is_escaped_in_every_view(summarizer):
    result = summarizer([{"id": "<b>x</b>", "text": "<script>alert(1)</script>\nأعلنت وزارة الصحة ارتفاع عدد "
                          "المصابين بالحمى في المحافظة الجنوبية إلى مستويات قياسية هذا الأسبوع."}])
    for view in (articles_html(result), points_html(result), removed_html(result)):
        assert "<script>" not in view and "<b>x</b>" not in view


def test_copies_are_listed_with_the_removed_lines(summarizer):
    text = (SEEDS / f"{seed_id('003')}.txt").read_text(encoding="utf-8")
    result = summarizer([SEEDS, {"id": "copy", "text": text}])
    original = result.article_names()[seed_id("003")]
    assert original != seed_id("003")                                  # named by its title, not its hash
    assert f"a copy of {original}: counted once as a source" in removed_html(result)


def test_app_flags_and_environment(monkeypatch):
    monkeypatch.setenv("GRADIO_SERVER_PORT", "7999")
    args = build_parser().parse_args([])
    assert int(args.port) == 7999 and args.host is None and args.share is None and args.preload is None
    args = build_parser().parse_args(["--host", "0.0.0.0", "--port", "8001", "--share", "--no-preload"])
    assert (args.host, args.port, args.share, args.preload) == ("0.0.0.0", 8001, True, False)


def test_app_refuses_a_bad_config_with_one_line(capsys, tmp_path):
    assert main(["--config", str(tmp_path / "missing.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: config file not found") and "Traceback" not in err


def test_api_endpoint_summarizes_uploaded_files(client):
    files = [handle_file(str(SEEDS / f"{i}.txt")) for i in SEED_IDS]
    (summary_ar, summary_en, status, sentences, points, timeline, undated, figures_chart, figures, articles, removed,
     warnings, fields, json_path) = client.predict(files, "", 110, 4, True, api_name=f"/{API_NAME}")
    assert summary_ar and "Summary rewritten by" in status
    assert summary_en and fields["summary_en"] == summary_en and fields["method"] == "abstractive"
    data = json.loads(open(json_path, encoding="utf-8").read())
    assert data["summary"]["ar"] == summary_ar == fields["summary_ar"]
    assert [d["id"] for d in data["documents"]] == SEED_IDS
    assert sum(p["selected"] for p in data["points"]) <= 4
    assert _rows(points) == len(data["points"]) and 'class="tl-mark"' in timeline
    assert "looks like background" in warnings and fields["warnings"] == data["warnings"]


def test_api_endpoint_takes_pasted_articles_and_can_skip_translation(client):
    texts = [(SEEDS / f"{seed_id(p)}.txt").read_text(encoding="utf-8") for p in ("003", "004")]
    out = client.predict([], "\n---\n".join(texts), 80, 3, False, api_name=f"/{API_NAME}")
    data = json.loads(open(out[-1], encoding="utf-8").read())
    assert [d["id"] for d in data["documents"]] == ["doc1", "doc2"]
    assert out[1] == "" and out[-2]["summary_en"] is None
    assert out[-2]["en_reason"] == "translation was not requested"


def test_api_errors_are_messages_not_tracebacks(client, tmp_path):
    with pytest.raises(Exception, match="no articles given") as caught:
        client.predict([], "   ", 110, 6, True, api_name=f"/{API_NAME}")
    assert "Traceback" not in str(caught.value)
    with pytest.raises(Exception, match="no article text left"):
        client.predict([], "• facebook\n• twitter", 110, 6, True, api_name=f"/{API_NAME}")
    bad = tmp_path / "windows-1256.txt"
    bad.write_bytes("خبر".encode("cp1256"))
    with pytest.raises(Exception, match=r"^windows-1256.txt is not UTF-8 text .* iconv") as caught:
        client.predict([handle_file(str(bad))], "", 110, 6, True, api_name=f"/{API_NAME}")
    assert str(tmp_path) not in str(caught.value)


def test_model_jobs_run_one_at_a_time_in_a_bounded_queue(summarizer):
    from summarize.ui import build_app

    demo = build_app(summarizer)
    runs = [fn for fn in demo.fns.values() if fn.name in ("run", "run_example", "run_api")]
    assert len(runs) == 3 and [fn.api_name for fn in runs].count(API_NAME) == 1   # button, example and API
    assert {(fn.concurrency_limit, fn.concurrency_id) for fn in runs} == {(1, "models")}
    assert demo._queue.max_size == summarizer.config.app.queue_size


def test_api_checks_the_type_of_every_value(client):
    with pytest.raises(Exception, match="expected a number from 30 to 300"):
        client.predict([], "نص", "abc", 6, True, api_name=f"/{API_NAME}")
    with pytest.raises(Exception, match="translate: expected true or false"):
        client.predict([], "نص", 110, 6, "yes", api_name=f"/{API_NAME}")


# ---- the page in the analyst's language ------------------------------------------------------------

def test_the_browser_language_chooses_the_page_language():
    from summarize.ui import language_of

    assert language_of("ar-EG,ar;q=0.9,en;q=0.8") == "ar"
    assert language_of("en-US,en;q=0.9,ar;q=0.8") == "en"
    assert language_of("fr-FR,fr;q=0.9,ar;q=0.5") == "ar"        # the first of ours the browser accepts
    assert language_of("fr-FR") == "en" and language_of(None) == "en" and language_of("ar;q=0") == "en"
    assert language_of("ar;q=abc, en;q=0.1") == "en"                # a bad weight is skipped, not a crash


def test_every_word_of_the_page_is_in_both_languages():
    from summarize.ui.strings import LANGUAGES, TEXT

    missing = [key for key, words in TEXT.items() if set(words) != set(LANGUAGES) or not all(words.values())]
    assert missing == []
    assert all(any("\u0600" <= c <= "\u06ff" for c in words["ar"]) or not any(c.isalpha() for c in words["en"])
               for words in TEXT.values())


def _literal_reasons():
    """Every removal reason written as a literal in text/cleaning.py (returned by a rule or given to
    RemovedLine), read with ast so that a new rule without a translation fails here."""
    import ast
    from pathlib import Path

    import summarize.text.cleaning as cleaning
    tree = ast.parse(Path(cleaning.__file__).read_text(encoding="utf-8"))
    reasons = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            reasons.add(node.value.value)
        elif isinstance(node, ast.IfExp) and isinstance(node.body, ast.Constant) and isinstance(node.body.value, str):
            reasons.add(node.body.value)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "RemovedLine" and \
                isinstance(node.args[1], ast.Constant):
            reasons.add(node.args[1].value)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and \
                getattr(node.targets[0], "id", "") == "reason" and isinstance(node.value.value, str):
            reasons.add(node.value.value)
    return reasons


def test_every_message_of_the_pipeline_is_said_in_arabic(seed_result):
    from summarize.ui.strings import in_language

    reasons = _literal_reasons()
    assert len(reasons) >= 20 and "image caption" in reasons
    messages = reasons | {r.reason for d in seed_result.documents for r in d.removed} | set(seed_result.warnings)
    messages |= {seed_result.method_reason, seed_result.en_reason, "after 'تعليقات' (end-of-article section)"}
    untranslated = [m for m in messages if m and in_language(m, "ar").replace("\u2066", "").replace("\u2069", "") == m]
    assert untranslated == []
    background = next(w for w in seed_result.warnings if "looks like background" in w)
    said = in_language(background, "ar")
    assert "يبدو خلفية" in said and "قبل تاريخ الخبر" in said and "published" not in said
    assert "\u20662021-02-24\u2069" in said              # a date after Arabic letters kept left to right


def test_the_arabic_views_run_right_to_left_and_name_articles(seed_result):
    from summarize.ui.views import named, warnings_html

    names = seed_result.article_names()
    assert all(not name.startswith(doc_id) for doc_id, name in names.items()
               if (d := next(x for x in seed_result.documents if x.id == doc_id)).title or d.source)
    for view in (articles_html(seed_result, "ar"), points_html(seed_result, "ar"), removed_html(seed_result, "ar")):
        assert view.count('class="table-wrap" dir="rtl"') == view.count("<table") > 0
    assert "<th>المقال</th><th>السطر المحذوف</th><th>السبب</th>" in removed_html(seed_result, "ar")
    warnings = warnings_html(seed_result, "ar")
    assert "تنبيهات" in warnings and not any(doc_id in warnings for doc_id in names if names[doc_id] != doc_id)
    assert named("doc1 and doc10 and xdoc1", {"doc1": "الجزيرة", "doc10": "doc10"}) == "الجزيرة and doc10 and xdoc1"


def test_the_missing_model_fix_is_a_command_that_runs_as_printed(tmp_path, embedder):
    import shlex
    import sys

    from summarize import Summarizer
    names = (str(tmp_path / "none-summarizer"), str(tmp_path / "none-translator"))
    result = Summarizer({"models": {"summarizer": names[0], "translator": names[1]}}, embedder=embedder)([SEEDS])
    status = model_status(result, generation_on=True, lang="ar", model_names=names)
    assert status.startswith('<div class="status warn" dir="rtl">النماذج غير منزّلة')
    commands = [shlex.split(c.split("</pre>")[0]) for c in status.split('<pre dir="ltr">')[1:]]
    assert [c[-1] for c in commands] == list(names)
    assert all(c[:4] == [sys.executable, "-m", "huggingface_hub.cli.hf", "download"] for c in commands)


def test_an_error_stays_on_the_page_in_words(summarizer, tmp_path):
    """The page's run returns its outputs by component; an error is one of them (no exception, so no
    popup that fades and no red badges)."""
    from summarize.ui import build_app

    demo = build_app(summarizer)
    run = next(fn.fn for fn in demo.fns.values() if fn.name == "run")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for lang, said in (("en", "empty.txt is empty (0 bytes)"), ("ar", "الملف empty.txt فارغ (0 بايت)")):
        out = run([str(empty)], "", 110, 6, True, lang, progress=lambda *a, **k: None)
        assert all(isinstance(component, gr.components.Component) for component in out)
        error = next(value for component, value in out.items() if component.elem_id == "error")
        assert said in error and "furniture" not in error and 'role="alert"' in error
        assert all(value in ("", None) for component, value in out.items()
                   if component.elem_id in ("summary-ar", "points", "articles"))
    out = run(None, "", 110, 6, True, "en", progress=lambda *a, **k: None)
    assert "no articles given" in next(v for c, v in out.items() if c.elem_id == "error")


def _made_up_story():
    """A made-up Result: two parties' counts of one day's protesters (a dispute), a claim and its
    denial (a dispute), and a toll with a part (درنة) listed before its whole."""
    from datetime import date

    import numpy as np

    from summarize.result import Result
    from summarize.story.disputes import Dispute, Side
    from summarize.story.figures import Figure, FigureValue
    from summarize.story.redundancy import Point
    from summarize.text.documents import Document, Sentence

    texts = {"a": ["قالت وزارة الداخلية إن 1.2 مليون شخص تظاهروا في أنحاء البلاد.",
                   "قتل 40 شخصا على الأقل في الفيضانات بحسب الدفاع المدني، بينهم 20 في درنة.",
                   "قال مصدر أمني إن زعيم المعارضة اعتقل في منزله فجر اليوم."],
             "b": ["قالت النقابات إن 3.5 مليون شخص تظاهروا في أنحاء البلاد.",
                   "نفى الحزب اعتقال زعيم المعارضة وقال إنه في منزله."],
             "c": ["ارتفع عدد قتلى الفيضانات إلى 52 بينهم 30 في درنة."]}
    sites = {"a": "وكالة الأنباء", "b": "موقع الخبر", "c": "صحيفة اليوم"}
    days = {"a": date(2024, 1, 10), "b": date(2024, 1, 10), "c": date(2024, 1, 11)}
    sent = {(d, i): Sentence(t, d, i, i, t, "ar", True) for d, ts in texts.items() for i, t in enumerate(ts)}
    docs = [Document(id=d, text="\n".join(ts), source=sites[d], published=days[d],
                     sentences=[sent[d, i] for i in range(len(ts))]) for d, ts in texts.items()]

    def value(v, key, qualifier=None, who=None):
        return FigureValue(v, sent[key].text, key[0], days[key[0]], sent[key], qualifier=qualifier, who=who)

    whole = Figure("dead", [value(40, ("a", 1), "at_least", "الدفاع المدني"), value(52, ("c", 0))], 52,
                   event="flood", latest_from="date")
    part = Figure("dead", [value(20, ("a", 1)), value(30, ("c", 0))], 30, scope="درنة", scope_type="place",
                  event="flood", latest_from="cue", part_of=whole.id)
    protesters = Figure("protesters", [value(1_200_000, ("a", 0), who="وزارة الداخلية"),
                                       value(3_500_000, ("b", 0), who="النقابات")], 3_500_000,
                        latest_from="unknown")
    counts = Dispute(about=protesters.label, figure=protesters.id, sides=[
        Side("counts", "وزارة الداخلية", sent["a", 0].text, ["a"], [("a", 0)], 1_200_000),
        Side("counts", "النقابات", sent["b", 0].text, ["b"], [("b", 0)], 3_500_000)])
    denial = Dispute(about="زعيم المعارضة اعتقل في منزله", sides=[
        Side("asserts", "مصدر أمني", sent["a", 2].text, ["a"], [("a", 2)]),
        Side("denies", "الحزب", sent["b", 1].text, ["b"], [("b", 1)])])
    points = [Point([sent[k] for k in keys], sent[keys[0]].text, list(dict.fromkeys(d for d, _ in keys)),
                    len({d for d, _ in keys}), np.zeros(2), selected=chosen)
              for keys, chosen in (((("a", 0),), True), ((("c", 0), ("a", 1)), True), ((("b", 1),), False))]
    return Result(summary_ar=" ".join(p.text for p in points[:2]), method="extractive", points=points,
                  documents=docs, figures=[part, whole, protesters], disputes=[counts, denial])


def test_the_counts_show_their_scope_with_each_part_under_its_whole():
    from summarize.ui.views import figures_html

    story = _made_up_story()
    table = figures_html(story)
    assert _rows(table) == len(story.figures) and table.count('class="figure-part"') == 1
    whole, part, protesters = table.split("<tr>")[2:]               # the part right after its whole
    assert "the whole event" in whole and "flood" in whole and "latest by date" in whole
    assert "at least 40 · according to \u2068الدفاع المدني\u2069 · \u2068وكالة الأنباء\u2069" in whole
    assert "درنة" in part and "part of dead" in part and "by a time cue" in part and "figure-part" in part
    assert "3,500,000" in protesters and "e+06" not in table and "not known which is latest" in protesters
    arabic = figures_html(story, "ar")
    assert "40 على الأقل · بحسب \u2068الدفاع المدني\u2069" in arabic
    assert "جزء من قتلى" in arabic and "الحدث كله" in arabic
    assert "فيضان" in arabic and "مكان" in arabic and "latest" not in arabic and "flood" not in arabic


def test_disputes_stand_side_by_side_and_mark_their_points():
    from summarize.ui.views import disputes_html

    story = _made_up_story()
    panel = disputes_html(story)
    assert panel.count('class="dispute"') == 2 and panel.count('class="side ') == 4
    counts, denial = panel.split('class="dispute"')[1:]
    assert "About: \u2068protesters\u2069" in counts and counts.count(">counts<") == 2 and "1,200,000" in counts
    assert "وزارة الداخلية" in counts and "النقابات" in counts and counts.count('class="chip"') == 2
    assert ">asserts<" in denial and ">denies<" in denial and "الحزب" in denial
    assert "نفى الحزب اعتقال زعيم المعارضة" in denial                    # the sentence as written
    arabic = disputes_html(story, "ar")
    assert "ما تختلف فيه المصادر (2)" in arabic and ">ينفي<" in arabic and ">يؤكد<" in arabic
    assert "بشأن: \u2068متظاهرون\u2069" in arabic and 'dir="rtl"' in arabic and "About" not in arabic
    points = points_html(story)
    summary, rest = points.split("<details")
    assert summary.count("disputed (see 1") == 1 and "disputed (see" not in summary.split("<tr>")[3]
    assert rest.count("disputed (see 2") == 1 and "موضع خلاف (انظر 1" in points_html(story, "ar")


def test_the_disputes_panel_is_absent_when_the_sources_agree(seed_result):
    from summarize.ui.views import disputes_html

    assert disputes_html(seed_result) == "" and disputes_html(seed_result, "ar") == ""
    assert (seed_result.disputes == []) == ("disputed" not in points_html(seed_result))


def test_the_values_of_one_day_are_one_mark_on_the_chart():
    from summarize.ui.views import figures_chart_html

    chart = figures_chart_html(_made_up_story())
    assert chart.count('class="tl-mark"') == 5                  # dead: 2 days, درنة: 2 days, protesters: 1 day
    assert "1,200,000 / 3,500,000" in chart and "(\u2068درنة\u2069)" in chart


def test_every_kind_event_and_qualifier_of_the_config_is_said_in_both_languages(cfg):
    from summarize.ui.strings import TEXT

    keys = ([f"kind_{k}" for k in vars(cfg.figures.kinds)] + [f"event_{e}" for e in vars(cfg.claims.events)]
            + [f"qualifier_{q}" for q in vars(cfg.claims.qualifiers)]
            + [f"latest_from_{w}" for w in ("date", "cue", "highest", "unknown")]
            + [f"stance_{s}" for s in ("asserts", "denies", "counts")])
    assert [k for k in keys if k not in TEXT] == []


