"""A server that runs for months: no request's data kept, bounded reads and disk, no input that hangs."""
import gc
import json
import os
import time
import weakref

import pytest

from summarize import InputError, Summarizer
from summarize.cli import main
from summarize.text.documents import Document, load_documents
from summarize.models.loading import ModelUnavailable, load_seq2seq

LIMITS = {"max_bytes": 2000, "max_documents": 5}
ARTICLE = "أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى مستويات قياسية هذا الأسبوع."


def test_an_unavailable_model_raises_a_fresh_exception_each_time(tmp_path):
    missing = str(tmp_path / "no-model")
    caught = []
    for _ in range(2):
        with pytest.raises(ModelUnavailable) as info:
            load_seq2seq("summarizer", missing, "models.summarizer")
        caught.append(info.value)
    assert caught[0] is not caught[1] and str(caught[0]) == str(caught[1])


def test_no_request_data_outlives_a_request_while_a_model_is_missing(tmp_path, embedder):
    summarizer = Summarizer({"models": {"summarizer": str(tmp_path / "none"), "translator": str(tmp_path / "none")}},
                            embedder=embedder)
    summarizer([Document(id="warm-up", text=ARTICLE)])          # the failure is now remembered
    doc = Document(id="request", text=ARTICLE)
    alive = weakref.ref(doc)
    result = summarizer([doc])
    assert result.method == "extractive" and "could not be loaded" in result.method_reason
    del doc, result
    gc.collect()
    assert alive() is None


def test_fifos_and_devices_are_refused_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="named pipe"):
        load_documents([fifo], **LIMITS)
    device = tmp_path / "zero.txt"
    device.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="is a device"):
        load_documents([device], **LIMITS)


def test_size_is_checked_while_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("خبر " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="larger than 2,000 bytes"):
        load_documents([big], **LIMITS)


def test_deeply_nested_json_is_one_line_error(tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        load_documents([deep], max_bytes=2_000_000, max_documents=5)
    assert main([str(deep)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "nested too deeply" in err and "Traceback" not in err


def test_batch_reports_a_deeply_nested_story_and_goes_on(tmp_path, summarizer):
    from summarize.many.batch import run_batch
    stories = tmp_path / "stories.jsonl"
    good = {"id": "good", "documents": [{"id": "a", "text": ARTICLE}]}
    stories.write_text("[" * 100_000 + "\n" + json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    report = run_batch(summarizer, stories, out, progress=False)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["line-1", "good"]
    assert "nested too deeply" in lines[0]["error"] and report.written == 2


def test_batch_repairs_a_last_line_without_newline_and_writes_each_story_once(tmp_path, summarizer):
    from summarize.many.batch import run_batch
    stories = tmp_path / "stories.jsonl"
    rows = [{"id": f"s{n}", "documents": [{"id": "a", "text": ARTICLE}]} for n in range(3)]
    stories.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "s0", "error": "done before"}), encoding="utf-8")   # no final newline
    run_batch(summarizer, stories, out, progress=False)
    run_batch(summarizer, stories, out, progress=False)     # a rerun adds nothing
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["s0", "s1", "s2"]


def test_result_files_are_bounded_by_count_and_age_and_removed_at_the_end():
    from summarize.ui import ResultFiles
    files = ResultFiles(keep=3, max_age_s=3600)
    paths = [files.write("{}") for _ in range(3)]
    for n, path in enumerate(paths):
        os.utime(path, (time.time() - 10 + n, time.time() - 10 + n))
    newer = [files.write("{}") for _ in range(2)]
    assert sorted(files.folder.iterdir()) == sorted([paths[2], *newer])
    os.utime(paths[2], (time.time() - 7200, time.time() - 7200))
    files.prune()
    assert not paths[2].exists() and all(p.exists() for p in newer)
    files.close()
    assert not files.folder.exists()


def test_api_values_of_the_wrong_type_get_a_message():
    import gradio as gr
    from summarize.ui import checked_slider
    slider = checked_slider(30, 300, value=110, label="Summary length")
    assert slider.preprocess(120) == 120
    for bad in ("abc", None, True, float("nan")):
        with pytest.raises(gr.Error, match="Summary length: expected a number from 30 to 300"):
            slider.preprocess(bad)
    with pytest.raises(gr.Error, match="greater than maximum"):
        slider.preprocess(5000)
