"""The web page: its views of a Result, its input limits, and the running app through gradio_client."""
import json

import pytest

from conftest import SEEDS, SEED_IDS, seed_id
from summarize import InputError
from summarize.ui import (API_NAME, article_rows, build_parser, english_text, gather_inputs, main, method_badge,
                          point_rows, removed_rows, split_pasted, warnings_markdown)

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


def test_views_account_for_every_article_point_and_removed_line(seed_result):
    rows = article_rows(seed_result)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)                 # a timeline, oldest first
    assert rows[0][1] == seed_id("002") and rows[0][4].startswith("background: published 2021-02-24")
    assert len(point_rows(seed_result)) == len(seed_result.points)
    assert sum(r[4] == "yes" for r in point_rows(seed_result)) == len(seed_result.selected_points)
    assert len(removed_rows(seed_result)) == sum(len(d.removed) for d in seed_result.documents)
    assert method_badge(seed_result).startswith("**Extractive summary**")
    assert "generation is turned off" in method_badge(seed_result)
    assert english_text(seed_result) == "No English translation: translation is turned off (translation.enabled: false)."
    assert warnings_markdown(seed_result).count("\n- ") == len(seed_result.warnings)


def test_copies_are_listed_with_the_removed_lines(summarizer):
    text = (SEEDS / f"{seed_id('003')}.txt").read_text(encoding="utf-8")
    result = summarizer([SEEDS, {"id": "copy", "text": text}])
    copy_rows = [r for r in removed_rows(result) if r[1] == "(the whole article)"]
    assert copy_rows == [["copy", "(the whole article)", f"a copy of {seed_id('003')}: counted once as a source"]]


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
    summary_ar, summary_en, badge, sentences, points, articles, removed, warnings, json_path = client.predict(
        files, "", 110, 4, True, api_name=f"/{API_NAME}")
    assert summary_ar and badge.startswith("**Abstractive summary**")
    assert summary_en and not summary_en.startswith("No English")
    data = json.loads(open(json_path, encoding="utf-8").read())
    assert data["summary"]["ar"] == summary_ar and data["summary"]["method"] == "abstractive"
    assert [d["id"] for d in data["documents"]] == SEED_IDS
    assert sum(p["selected"] for p in data["points"]) <= 4
    assert len(points["data"]) == len(data["points"]) and len(sentences["data"]) == len(data["summary"]["sentences"])
    assert [r[1] for r in articles["data"]][0] == seed_id("002")
    assert len(removed["data"]) == sum(len(d["removed"]) for d in data["documents"])
    assert "looks like background" in warnings


def test_api_endpoint_takes_pasted_articles_and_can_skip_translation(client):
    texts = [(SEEDS / f"{seed_id(p)}.txt").read_text(encoding="utf-8") for p in ("003", "004")]
    out = client.predict([], "\n---\n".join(texts), 80, 3, False, api_name=f"/{API_NAME}")
    data = json.loads(open(out[-1], encoding="utf-8").read())
    assert [d["id"] for d in data["documents"]] == ["doc1", "doc2"]
    assert out[1] == "No English translation: translation was not requested."


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
