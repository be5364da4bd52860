"""The web page: its views of a Result, its input limits, and the running app through gradio_client."""
import json

import pytest

from conftest import SEEDS, SEED_IDS, seed_id
from summarize import InputError
from summarize.ui import (API_NAME, api_fields, articles_html, build_parser, gather_inputs, main, model_status,
                          points_html, removed_html, split_pasted, timeline_frame, warnings_html)

from gradio_client import Client, handle_file  # noqa: E402  (after summarize.ui switched analytics off)


@pytest.fixture(scope="module")
def client(app_url):
    return Client(app_url, verbose=False)


def test_pasted_articles_are_split_at_dash_lines():
    text = "الخبر الأول\n---\n\nالخبر الثاني\n  -----  \n\n---\nالخبر الثالث --- ما زال هو\n"
    assert split_pasted(text) == ["الخبر الأول", "الخبر الثاني", "الخبر الثالث --- ما زال هو"]
    assert split_pasted("") == [] and split_pasted(None) == []


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


def _rows(table_html):
    return table_html.split("<tbody>")[1].count("<tr>")


def test_views_account_for_every_article_point_and_removed_line(seed_result):
    articles = articles_html(seed_result)
    assert _rows(articles) == len(seed_result.documents)
    assert articles.index("2021-02-24") < articles.index("2021-07-26")            # oldest first
    assert "background: published 2021-02-24" in articles
    points = points_html(seed_result)
    assert _rows(points) == len(seed_result.points) and points.count("✓") == len(seed_result.selected_points)
    assert "3 sources" in points and "support" not in points                      # support in words
    assert _rows(removed_html(seed_result)) == sum(len(d.removed) for d in seed_result.documents)
    assert "English" not in points.split("</thead>")[0]        # no translated points: no empty column
    assert 'dir="auto"' in points and "<script" not in removed_html(seed_result)
    status = model_status(seed_result, generation_on=False)
    assert "turned off" in status and "No English: translation is turned off" in status
    fields = api_fields(seed_result)
    assert fields["summary_en"] is None and fields["en_reason"].startswith("translation is turned off")
    assert fields["summary_ar"] == seed_result.summary_ar and "**" not in json.dumps(fields)
    assert warnings_html(seed_result).count("<li") == len(seed_result.warnings)
    frame = timeline_frame(seed_result)
    assert len(frame) == sum(d.published is not None for d in seed_result.documents)
    assert set(frame["status"]) == {"story", "background"}


def test_a_missing_model_is_said_once_in_plain_words(tmp_path, embedder):
    from summarize import Summarizer
    missing = Summarizer({"models": {"summarizer": str(tmp_path / "none"), "translator": str(tmp_path / "none")}},
                         embedder=embedder)
    result = missing([SEEDS])
    status = model_status(result, generation_on=True)
    assert status.startswith('<div class="status warn">Models not downloaded: these are the key sentences')
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
    assert f"a copy of {seed_id('003')}: counted once as a source" in removed_html(result)


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
    (summary_ar, summary_en, status, sentences, points, timeline, undated, figures_plot, figures, articles, removed,
     warnings, fields, json_path) = client.predict(files, "", 110, 4, True, api_name=f"/{API_NAME}")
    assert summary_ar and "Summary rewritten by" in status
    assert summary_en and fields["summary_en"] == summary_en and fields["method"] == "abstractive"
    data = json.loads(open(json_path, encoding="utf-8").read())
    assert data["summary"]["ar"] == summary_ar == fields["summary_ar"]
    assert [d["id"] for d in data["documents"]] == SEED_IDS
    assert sum(p["selected"] for p in data["points"]) <= 4
    assert points.count("<tr>") - 1 == len(data["points"])
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
    runs = [fn for fn in demo.fns.values() if fn.name == "run"]
    assert len(runs) == 2 and [fn.api_name for fn in runs].count(API_NAME) == 1   # the button and the example
    assert {(fn.concurrency_limit, fn.concurrency_id) for fn in runs} == {(1, "models")}
    assert demo._queue.max_size == summarizer.config.app.queue_size


def test_api_checks_the_type_of_every_value(client):
    with pytest.raises(Exception, match="expected a number from 30 to 300"):
        client.predict([], "نص", "abc", 6, True, api_name=f"/{API_NAME}")
    with pytest.raises(Exception, match="translate: expected true or false"):
        client.predict([], "نص", 110, 6, "yes", api_name=f"/{API_NAME}")
