import json

import pytest

from conftest import SEEDS
from summarize import InputError, Result, summarize


def test_result_json_contract(seed_result):
    data = json.loads(seed_result.to_json())
    assert set(data) >= {"summary", "points", "documents", "warnings", "stats"}
    assert data["summary"]["method"] == "extractive"
    assert data["summary"]["en"] is None
    assert data["unsupported"] == []
    sentences = data["summary"]["sentences"]
    assert " ".join(s["ar"] for s in sentences) == data["summary"]["ar"]
    assert all(s["sources"] and 0 < s["support"] <= 1 and s["en"] is None for s in sentences)
    assert isinstance(data["summary"]["ar"], str) and data["summary"]["ar"]
    for point in data["points"]:
        assert isinstance(point["text"], str) and point["sources"]
        assert point["support"] == len(set(point["sources"]))   # no copies among the seeds
    for doc in data["documents"]:
        assert set(doc) >= {"id", "title", "source", "published", "duplicate_of", "removed"}
        assert doc["published"] is None or len(doc["published"]) == 10
        assert all(set(r) == {"line", "reason"} for r in doc["removed"])
    assert data["stats"]["documents"] == 5 and "seconds" in data["stats"]


def test_summarize_accepts_paths_and_strings(summarizer):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    from_strings = summarizer(texts)
    from_paths = summarizer([str(SEEDS) + "/"])
    assert from_strings.summary_ar == from_paths.summary_ar
    assert [d.id for d in from_strings.documents] == ["doc1", "doc2", "doc3", "doc4", "doc5"]


def test_module_level_summarize_reuses_one_summarizer():
    import summarize.pipeline as pipeline

    first = summarize([SEEDS])
    shared = pipeline._default
    second = summarize([SEEDS])
    assert isinstance(first, Result) and pipeline._default is shared
    assert first.summary_ar == second.summary_ar


def test_config_changes_the_result(tmp_path):
    path = tmp_path / "short.yaml"
    path.write_text("selection:\n  max_points: 1\n", encoding="utf-8")
    result = summarize([SEEDS], config=path)
    assert len(result.selected_points) == 1


def test_input_with_only_furniture_is_an_error(summarizer):
    with pytest.raises(InputError, match="no article text left"):
        summarizer(["• facebook\n• twitter\n3084 مشاهدة"])


def test_non_arabic_article_gets_a_warning(summarizer):
    english = "The prime minister met the president in Washington on Monday to discuss the troops."
    result = summarizer([SEEDS, {"id": "english", "text": english}])
    assert any("english" in w and "not Arabic" in w for w in result.warnings)
