"""Batch summarization: many stories -> one Result JSON per line, streamed, resumable, bad stories reported."""
import json

import pytest

from conftest import EXTRACTIVE_ONLY, ROOT, SEEDS, seed_id
from summarize import Summarizer
from summarize.many.batch import run_batch
from summarize.cli import main

OTHER_STORY = ROOT / "tests" / "fixtures" / "other_story"


def record(path):
    return {"id": path.stem, "text": path.read_text(encoding="utf-8")}


@pytest.fixture(scope="module")
def stories_jsonl(tmp_path_factory):
    """Two good stories, one empty, one that is not JSON, one with bytes that are not UTF-8."""
    path = tmp_path_factory.mktemp("batch") / "stories.jsonl"
    good = [{"id": "biden-kadhimi", "documents": [record(p) for p in sorted(SEEDS.glob("*.txt"))]},
            {"id": "heatwave", "documents": [record(p) for p in sorted(OTHER_STORY.glob("*.txt"))]}]
    lines = [json.dumps(good[0], ensure_ascii=False).encode(), b'{"id": "empty", "documents": []}',
             b'{"id": "broken", "documents": [', "".encode(),
             json.dumps({"id": "latin1", "documents": ["x"]}).encode()[:-3] + "خبر".encode("cp1256") + b'"]}',
             json.dumps(good[1], ensure_ascii=False).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def read_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_story_gets_one_line_and_bad_ones_an_error(stories_jsonl, tmp_path, summarizer):
    out = tmp_path / "results.jsonl"
    report = run_batch(summarizer, stories_jsonl, out, progress=False)
    lines = read_lines(out)
    assert [line["id"] for line in lines] == ["biden-kadhimi", "empty", "line-3", "line-5", "heatwave"]
    assert (report.written, report.failed, report.skipped) == (5, 3, 0)
    errors = {line["id"]: line["error"] for line in lines if "error" in line}
    assert "no 'documents'" in errors["empty"] and "invalid JSON" in errors["line-3"]
    assert errors["line-5"] == "line 5 is not UTF-8 text"
    seeds = next(line for line in lines if line["id"] == "biden-kadhimi")
    alone = summarizer([SEEDS])
    assert seeds["summary"]["ar"] == alone.summary_ar
    assert [d["id"] for d in seeds["documents"]] == [d.id for d in alone.documents]
    heat = next(line for line in lines if line["id"] == "heatwave")
    assert {d["id"] for d in heat["documents"]} == {"heat1", "heat2", "heat3"} and heat["summary"]["ar"]


def test_a_rerun_resumes_after_the_stories_already_written(stories_jsonl, tmp_path, summarizer):
    out = tmp_path / "results.jsonl"
    run_batch(summarizer, stories_jsonl, out, progress=False)
    first = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(first[:2]) + first[2][:25], encoding="utf-8")   # crashed while writing line 3
    report = run_batch(summarizer, stories_jsonl, out, progress=False)
    assert (report.written, report.skipped) == (3, 2)
    assert [line["id"] for line in read_lines(out)] == ["biden-kadhimi", "empty", "line-3", "line-5", "heatwave"]
    again = run_batch(summarizer, stories_jsonl, out, progress=False)
    assert (again.written, again.skipped) == (0, 5)


def test_article_strings_are_texts_never_paths(tmp_path, summarizer):
    secret = tmp_path / "secret.txt"
    secret.write_text("سر لا يجب أن يقرأه أحد من خارج هذا الجهاز مطلقا في أي وقت.", encoding="utf-8")
    source = tmp_path / "stories.jsonl"
    source.write_text(json.dumps({"id": "s", "documents": [str(secret)]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(summarizer, source, out, progress=False)
    line = read_lines(out)[0]
    assert "سر" not in json.dumps(line, ensure_ascii=False) and "error" in line


def test_batch_reads_a_saved_dataset_and_generates_stories_together(tmp_path, tiny_config, embedder):
    datasets = pytest.importorskip("datasets")
    stories = [{"id": "seeds", "documents": [record(p) for p in sorted(SEEDS.glob("*.txt"))]},
               {"id": "heat", "documents": [record(p) for p in sorted(OTHER_STORY.glob("*.txt"))]}]
    datasets.Dataset.from_list(stories).save_to_disk(str(tmp_path / "saved"))
    summarizer = Summarizer(tiny_config, embedder=embedder)
    calls = []
    original = summarizer.summarize_many
    summarizer.summarize_many = lambda batch, **kw: calls.append(len(batch)) or original(batch, **kw)
    report = run_batch(summarizer, tmp_path / "saved", tmp_path / "out.jsonl", progress=False)
    lines = read_lines(tmp_path / "out.jsonl")
    assert report.written == 2 and calls == [2]                  # both stories in one model batch
    assert [line["id"] for line in lines] == ["seeds", "heat"]
    assert all(line["summary"]["method"] == "abstractive" and line["summary"]["en"] for line in lines)


def test_cli_batch_after_cluster(tmp_path, capsys):
    clusters, results = tmp_path / "clusters.jsonl", tmp_path / "results.jsonl"
    config = tmp_path / "extractive.yaml"
    config.write_text(json.dumps(EXTRACTIVE_ONLY), encoding="utf-8")
    assert main(["cluster", str(SEEDS), str(OTHER_STORY), "--out", str(clusters)]) == 0
    assert main(["batch", str(clusters), "--out", str(results), "--config", str(config)]) == 0
    assert "3 stories written" in capsys.readouterr().err
    lines = read_lines(results)
    assert [line["id"] for line in lines] == ["story-1", "story-2", "story-3"]
    assert lines[0]["documents"][0]["id"] == seed_id("002")
    assert main(["batch", str(clusters), "--out", str(results), "--config", str(config)]) == 0
    err = capsys.readouterr().err
    assert "0 stories written" in err and "3 already there" in err


def test_cli_batch_missing_input_is_one_line(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "o.jsonl")]) == 2
    assert capsys.readouterr().err.startswith("error: no such file")


def test_every_article_of_a_story_is_accounted_for(tmp_path, summarizer):
    """An item that is not an article is left out by position, the other articles are summarized, and
    the line names every article read (kept, empty, or a copy) or left out."""
    documents = [record(p) for p in sorted(OTHER_STORY.glob("*.txt"))]
    documents += [{"id": "empty", "text": ""}, 42, {"id": "copy", "text": documents[0]["text"]}]
    stories = tmp_path / "stories.jsonl"
    stories.write_text(json.dumps({"id": "heat", "documents": documents}, ensure_ascii=False) + "\n"
                       + json.dumps({"id": "odd", "documents": [1, [2]]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    report = run_batch(summarizer, stories, out, progress=False)
    heat, odd = read_lines(out)
    assert report.written == 2 and "error" not in heat
    assert [d["id"] for d in heat["documents"]] == ["heat1", "heat2", "heat3", "empty", "copy"]
    assert heat["left_out"] == ["#5 (int, not an article)"] and any("#5" in w for w in heat["warnings"])
    assert odd["error"] and odd["left_out"] == ["#1 (int, not an article)", "#2 (list, not an article)"]
