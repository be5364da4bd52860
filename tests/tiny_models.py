"""Tiny random models with the real architectures, built from the seeds, for the model tests.

A SentencePiece unigram model trained on seeds/ serves as the mT5 and the Marian
vocabulary; both models have 2 layers and 32 dimensions. They are saved as a user
would download them (config, safetensors, spiece.model / source.spm + vocab.json)
and then loaded by id-or-path through the product's own loading code.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

VOCAB = 800


def train_sentencepiece(seeds: Path, folder: Path) -> Path:
    import sentencepiece as spm

    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))),
                      encoding="utf-8")
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(folder / "sp"), vocab_size=VOCAB,
                                   model_type="unigram", character_coverage=1.0, pad_id=0, eos_id=1, unk_id=2,
                                   bos_id=-1, minloglevel=2)
    return folder / "sp.model"


def build_mt5(sp_model: Path, out: Path) -> Path:
    import torch
    from transformers import MT5Config, MT5ForConditionalGeneration

    out.mkdir(parents=True)
    shutil.copy(sp_model, out / "spiece.model")
    (out / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "T5Tokenizer", "extra_ids": 0, "eos_token": "</s>", "unk_token": "<unk>",
         "pad_token": "<pad>"}), encoding="utf-8")
    torch.manual_seed(0)
    config = MT5Config(vocab_size=VOCAB, d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2,
                       num_heads=4, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    # transformers 5 always ties mT5's head to its embeddings at creation; the untied form of the
    # real checkpoints is covered by the legacy fixture (tests/fixtures/legacy_mt5).
    model = MT5ForConditionalGeneration(config)
    with torch.no_grad():
        model.lm_head.weight[:3] = 0.0      # pad, </s>, <unk> never win: outputs are never empty
    model.save_pretrained(out)
    return out


def build_marian(sp_model: Path, out: Path) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel

    out.mkdir(parents=True)
    shutil.copy(sp_model, out / "source.spm")
    shutil.copy(sp_model, out / "target.spm")
    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    vocab = {processor.id_to_piece(i): i for i in range(processor.get_piece_size())}
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (out / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "MarianTokenizer", "source_lang": "ar", "target_lang": "en", "eos_token": "</s>",
         "unk_token": "<unk>", "pad_token": "<pad>"}), encoding="utf-8")
    torch.manual_seed(0)
    config = MarianConfig(vocab_size=VOCAB, d_model=32, encoder_layers=2, decoder_layers=2,
                          encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=64,
                          decoder_ffn_dim=64, max_position_embeddings=256, pad_token_id=0, eos_token_id=1,
                          decoder_start_token_id=0, forced_eos_token_id=1)
    model = MarianMTModel(config)
    with torch.no_grad():
        model.final_logits_bias[0, :3] = -1e4   # never an empty translation
    model.save_pretrained(out)
    return out
