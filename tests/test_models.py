import importlib.util
import re
import shlex
import sys

import pytest

from conftest import SEEDS
from summarize import Summarizer
from summarize.models.generation import generate_summary, plan_chunks, postprocess, _forward
from summarize.models.loading import LoadOptions, ModelUnavailable, choose_dtype, load_seq2seq

torch = pytest.importorskip("torch")
CPU = LoadOptions(device="cpu")


def test_seeds_get_an_abstractive_summary_and_a_translation(tiny_config, tiny_models, embedder):
    result = Summarizer(tiny_config, embedder=embedder)([SEEDS])
    assert result.method == "abstractive"
    assert result.summary_ar and result.summary_ar != " ".join(p.stated for p in result.selected_points)
    assert "<extra_id" not in result.summary_ar and "</s>" not in result.summary_ar
    assert result.summary_en
    # On a CPU the models run as dynamic int8 by default (models.quantize_int8: auto), and say so.
    assert result.stats["models"] == {role: f"{path} (int8)" for role, path in tiny_models.items()}
    assert result.method_reason is None and result.en_reason is None
    assert not any("could not be loaded" in w for w in result.warnings)


def test_stages_are_reported_in_order_and_translation_can_be_skipped(tiny_config, embedder):
    from summarize.pipeline import STAGES

    seen = []
    result = Summarizer(tiny_config, embedder=embedder)([SEEDS], translate=False, on_stage=seen.append)
    assert seen == list(STAGES)
    assert result.method == "abstractive"
    assert result.summary_en is None and result.en_reason == "translation was not requested"
    assert "translator" not in result.stats["models"]


def test_preload_reports_each_model_without_raising(monkeypatch, tiny_models, embedder):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = {"models": {"summarizer": tiny_models["summarizer"], "translator": "./no/such/folder"}}
    status = Summarizer(config, embedder=embedder).preload()
    assert status["summarizer"] == f"{tiny_models['summarizer']} (int8)"
    assert status["translator"].startswith("unavailable:") and "./no/such/folder" in status["translator"]
    off = Summarizer({"generation": {"enabled": False}}, embedder=embedder).preload()
    assert off["summarizer"] == "off (generation.enabled: false)"


def test_missing_model_falls_back_to_extractive_and_says_why(monkeypatch, embedder, tiny_models):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = {"models": {"summarizer": "no-such-org/no-such-model", "translator": tiny_models["translator"]}}
    result = Summarizer(config, embedder=embedder)([SEEDS])
    assert result.method == "extractive"
    assert result.summary_ar == " ".join(p.stated for p in result.selected_points)
    warning = next(w for w in result.warnings if "no-such-org/no-such-model" in w)
    assert "HF_HUB_OFFLINE" in warning
    command = shlex.split(re.search(r"`([^`]*download no-such-org/no-such-model)`", warning)[1])
    assert command[0] == sys.executable and command[1] == "-m"        # works with the environment not activated
    assert importlib.util.find_spec(command[2]) is not None            # the hub's CLI module is there to run
    assert "models.summarizer" in warning
    assert "summarizer" not in result.stats["models"] and result.summary_en   # the translator still ran
    assert result.method_reason.startswith("the summarizer model 'no-such-org/no-such-model' could not be loaded")


def test_missing_translator_leaves_english_empty_with_a_warning(monkeypatch, embedder, tiny_models):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = {"models": {"summarizer": tiny_models["summarizer"], "translator": "./no/such/folder"},
              "generation": {"max_length": 12}}
    result = Summarizer(config, embedder=embedder)([SEEDS])
    assert result.method == "abstractive" and result.summary_en is None
    assert any("translator model './no/such/folder'" in w and "no such folder" in w for w in result.warnings)
    assert "'./no/such/folder' could not be loaded" in result.en_reason and "Fix" not in result.en_reason


def test_require_models_turns_the_fallback_into_an_error(monkeypatch, embedder):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    summarizer = Summarizer({"models": {"summarizer": "no-such-org/other-model"}}, embedder=embedder,
                            require_models=True)
    with pytest.raises(ModelUnavailable, match="no-such-org/other-model"):
        summarizer([SEEDS])


def test_models_load_once_per_process(tiny_models):
    first = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    again = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    assert first is again


def test_map_reduce_engages_and_every_chunk_fits_the_window(tiny_models, cfg):
    from summarize.config import load_config

    small = load_config({"generation": {"max_input_tokens": 64, "max_length": 10, "num_beams": 1}})
    loaded = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    points = [p.text for p in Summarizer(
        {"generation": {"enabled": False}, "translation": {"enabled": False}})([SEEDS]).points[:12]]
    generation = generate_summary(points, loaded, small)
    assert len(generation.rounds) >= 2 and len(generation.rounds[0]) > 1
    assert all(len(ids) <= 64 for round_ in generation.rounds for ids in round_)
    assert generation.text


def test_stories_generated_together_match_stories_generated_alone(tiny_models):
    from summarize.config import load_config
    from summarize.models.generation import generate_summaries

    small = load_config({"generation": {"max_input_tokens": 64, "max_length": 10, "num_beams": 1}})
    loaded = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    points = [p.text for p in Summarizer(
        {"generation": {"enabled": False}, "translation": {"enabled": False}})([SEEDS]).points[:12]]
    stories = [points, points[:1], [], points[3:6]]          # map-reduced, one chunk, nothing, one chunk
    together = generate_summaries(stories, loaded, small)
    alone = [generate_summary(s, loaded, small) for s in stories]
    assert [g.text for g in together] == [g.text for g in alone]
    assert [len(g.rounds) for g in together] == [len(g.rounds) for g in alone]
    assert len(together[0].rounds) >= 2 and together[2].text == "" and together[1].text


def test_chunks_keep_order_and_cover_every_point(tiny_models):
    loaded = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    texts = [f"الجملة رقم {i} عن زيارة رئيس الوزراء إلى واشنطن" for i in range(20)]
    chunks = plan_chunks(texts, loaded.tokenizer, 40)
    assert [t for c in chunks for t in c] == texts and len(chunks) > 1


def test_batched_and_one_by_one_generation_agree_under_greedy_decoding(tiny_models):
    from summarize.config import load_config

    loaded = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    inputs = ["أعلن البيت الأبيض أن الرئيس سيلتقي برئيس الوزراء", "وقال بايدن",
              "تأتي زيارة الكاظمي إلى واشنطن في وقت تتعرض القوات الأميركية في العراق لهجمات متكررة"]
    batched, _ = _forward(loaded, inputs, load_config({"generation": {"batch_size": 3, "num_beams": 1}}))
    single, _ = _forward(loaded, inputs, load_config({"generation": {"batch_size": 1, "num_beams": 1}}))
    assert batched == single and all(batched)


def test_translation_keeps_one_english_sentence_per_arabic_sentence(tiny_models, cfg):
    from summarize.models.translation import translate_sentences

    loaded = load_seq2seq("translator", tiny_models["translator"], "models.translator", CPU)
    english = translate_sentences(["قال بايدن.", "وصل الكاظمي إلى واشنطن.", "انتهى اللقاء."], loaded, cfg)
    assert len(english) == 3 and all(english)


def test_dtype_is_never_fp16(monkeypatch):
    assert choose_dtype("cpu", allow_half=True) == torch.float32
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    assert choose_dtype("cuda", allow_half=True) == torch.bfloat16
    assert choose_dtype("cuda", allow_half=False) == torch.float32
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: False)
    assert choose_dtype("cuda", allow_half=True) == torch.float32


def test_special_tokens_are_removed():
    assert postprocess("<extra_id_0> زيارة  الكاظمي </s><pad>") == "زيارة الكاظمي"


def test_concurrent_calls_from_worker_threads_match_a_single_call(tiny_models):
    from concurrent.futures import ThreadPoolExecutor

    from summarize.config import load_config

    loaded = load_seq2seq("summarizer", tiny_models["summarizer"], "models.summarizer", CPU)
    cfg = load_config({"generation": {"num_beams": 1, "max_length": 10}})
    inputs = [["أعلن البيت الأبيض أن الرئيس سيلتقي برئيس الوزراء"], ["وقال بايدن إن القوات ستبقى"]] * 3
    expected = [_forward(loaded, i, cfg)[0] for i in inputs]
    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(lambda i: _forward(loaded, i, cfg)[0], inputs)) == expected


def test_a_failure_while_translating_leaves_english_empty_with_a_warning(monkeypatch, tiny_config, embedder):
    import summarize.pipeline as pipeline

    def out_of_memory(*args, **kwargs):
        raise RuntimeError("simulated: not enough memory")

    monkeypatch.setattr(pipeline, "translate_sentences", out_of_memory)
    result = Summarizer(tiny_config, embedder=embedder)([SEEDS])
    assert result.method == "abstractive" and result.summary_en is None
    assert any("translator failed" in w and "not enough memory" in w for w in result.warnings)


def test_fp32_is_one_switch_away(tiny_config, embedder):
    from summarize import load_config
    fp32 = Summarizer(load_config(tiny_config, {"models": {"quantize_int8": False}}), embedder=embedder)([SEEDS])
    assert not any(name.endswith("(int8)") for name in fp32.stats["models"].values())


def test_an_empty_model_setting_is_a_clear_fallback_not_a_crash(embedder):
    result = Summarizer({"models": {"summarizer": None, "translator": ""}}, embedder=embedder)([SEEDS])
    assert result.method == "extractive" and result.summary_en is None
    warning = next(w for w in result.warnings if "summarizer model" in w)
    assert "no model is configured" in warning and "`generation.enabled: false`" in warning
    assert " download " not in warning
    assert any("translator model" in w and "`translation.enabled: false`" in w for w in result.warnings)
