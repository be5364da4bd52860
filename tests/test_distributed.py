"""Batch summarization on Ray Data: a local single-node cluster with 2 CPUs and the tiny models
must write exactly what the single-process batch writes (timings aside)."""
import json

import pytest

from conftest import ROOT, SEEDS
from summarize import Summarizer
from summarize.many.batch import run_batch

ray = pytest.importorskip("ray", reason="Ray is the optional extra: pip install -e '.[ray]'")


def comparable(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        data.get("stats", {}).pop("seconds", None)
        lines.append(data)
    return lines


def test_ray_batch_equals_the_single_process_batch(tmp_path, tiny_config, embedder):
    from summarize.many.distributed import ray_batch

    def story(story_id, folder):
        return {"id": story_id, "documents": [{"id": p.stem, "text": p.read_text(encoding="utf-8")}
                                              for p in sorted(folder.glob("*.txt"))]}

    stories = [story("seeds", SEEDS), story("heat", ROOT / "tests" / "fixtures" / "other_story"),
               {"id": "empty", "documents": []}, story("seeds-again", SEEDS)]
    source = tmp_path / "stories.jsonl"
    source.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories), encoding="utf-8")
    config = {**tiny_config, "generation": {**tiny_config["generation"], "num_beams": 1},   # greedy: batching-proof
              "batch": {"stories_per_batch": 2}}

    single = tmp_path / "single.jsonl"
    run_batch(Summarizer(config, embedder=embedder), source, single, progress=False)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        distributed = tmp_path / "ray.jsonl"
        report = ray_batch(source, distributed, config=config, actors=2, progress=False)
        assert (report.written, report.failed) == (4, 1)
        again = ray_batch(source, distributed, config=config, actors=2, progress=False)
        assert (again.written, again.skipped) == (0, 4)
    finally:
        ray.shutdown()
    assert comparable(distributed) == comparable(single)
    assert [line["id"] for line in comparable(single)] == ["seeds", "heat", "empty", "seeds-again"]
    assert comparable(single)[0]["summary"]["method"] == "abstractive"
