"""A checkpoint saved by transformers 4 (like the hub's mT5 models) must load unchanged with today's transformers.

The fixture (tests/fixtures/legacy_mt5, made by make_legacy_mt5.py with transformers 4.57) has
`pytorch_model.bin`, an untied lm_head and a slow T5Tokenizer. Silent mis-loading (tied or
re-initialized heads, a changed tokenizer) shows up as different ids, logits or greedy output.
"""
import json
from pathlib import Path

import pytest

from summarize.models.loading import LoadOptions, load_seq2seq

torch = pytest.importorskip("torch")
CPU = LoadOptions(device="cpu")
FIXTURE = Path(__file__).parent / "fixtures" / "legacy_mt5"
REFERENCE = json.loads((FIXTURE / "reference.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def legacy():
    return load_seq2seq("summarizer", str(FIXTURE), "models.summarizer", CPU)


def test_fixture_is_in_the_legacy_form():
    config = json.loads((FIXTURE / "config.json").read_text(encoding="utf-8"))
    assert (FIXTURE / "pytorch_model.bin").exists() and not list(FIXTURE.glob("*.safetensors"))
    assert config["tie_word_embeddings"] is False and REFERENCE["made_with_transformers"].startswith("4.")


def test_tokenizer_gives_the_same_ids(legacy):
    assert legacy.tokenizer(REFERENCE["input"])["input_ids"] == REFERENCE["input_ids"]


def test_untied_head_gives_the_same_logits(legacy):
    model = legacy.model
    assert not torch.equal(model.lm_head.weight, model.shared.weight)   # still untied
    ids = torch.tensor([REFERENCE["input_ids"]])
    with torch.no_grad():
        logits = model(input_ids=ids, decoder_input_ids=torch.tensor([[0]])).logits[0, -1]
    assert torch.allclose(logits, torch.tensor(REFERENCE["first_step_logits"]), atol=1e-4)


def test_greedy_output_is_unchanged(legacy):
    ids = torch.tensor([REFERENCE["input_ids"]])
    with torch.no_grad():
        out = legacy.model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), num_beams=1,
                                    do_sample=False, max_new_tokens=12, min_new_tokens=12)
    assert out[0].tolist() == REFERENCE["greedy_ids"]
    assert legacy.tokenizer.decode(out[0], skip_special_tokens=True) == REFERENCE["greedy_text"]


def test_int8_option_quantizes_and_stays_close():
    quantized = load_seq2seq("summarizer", str(FIXTURE), "models.summarizer",
                             LoadOptions(device="cpu", quantize_int8=True))
    assert any("quantized" in type(m).__module__ for m in quantized.model.modules())
    ids = torch.tensor([REFERENCE["input_ids"]])
    with torch.no_grad():
        logits = quantized.model(input_ids=ids, decoder_input_ids=torch.tensor([[0]])).logits[0, -1]
    reference = torch.tensor(REFERENCE["first_step_logits"])
    assert not torch.allclose(logits, reference, atol=1e-4)          # int8 really changed the weights
    assert torch.corrcoef(torch.stack([logits, reference]))[0, 1] > 0.99


def test_arabic_vocabulary_option_slices_the_head_exactly(legacy):
    from summarize.models.loading import arabic_token_ids

    restricted = load_seq2seq("summarizer", str(FIXTURE), "models.summarizer",
                              LoadOptions(device="cpu", arabic_vocabulary=True))
    keep = arabic_token_ids(legacy.tokenizer, legacy.model.config.vocab_size)
    assert 0 < len(keep) < legacy.model.config.vocab_size and [0, 1, 2] == keep[:3]
    assert restricted.model.get_output_embeddings().weight.shape[0] == len(keep)
    ids = torch.tensor([REFERENCE["input_ids"]])
    with torch.no_grad():
        logits = restricted.model(input_ids=ids, decoder_input_ids=torch.tensor([[0]])).logits[0, -1]
        out = restricted.model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), num_beams=1,
                                        do_sample=False, max_new_tokens=12, min_new_tokens=12)
    assert torch.allclose(logits, torch.tensor(REFERENCE["first_step_logits"])[keep], atol=1e-4)
    pieces = legacy.tokenizer.convert_ids_to_tokens(restricted.to_tokenizer_ids(out[0]).tolist())
    words = [p for p in pieces if p not in legacy.tokenizer.all_special_tokens]
    assert len(words) >= 6
    assert not any(c.isascii() and c.isalpha() for piece in words for c in piece)   # no Latin pieces left
