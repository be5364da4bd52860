"""Cost of the model steps with the real architectures and random weights.

Builds mT5-base (csebuetnlp/mT5_multilingual_XLSum's MT5Config) and opus-mt-ar-en
(its MarianConfig) with random weights, saves them as a user would have them and
loads them through summarize.models.loading. The tokenizer is the small SentencePiece model
the tests train on seeds/ (the real ones cannot be downloaded here): token counts of
the seed summary are therefore only an estimate of mT5's. Output lengths are forced
(random weights never stop on their own): 84 tokens for mT5, `--translation-tokens`
per sentence for Marian.

Run: .venv/bin/python benchmarks/bench_models.py [--quick] [--json FILE]
(about 12 minutes, 13 GB of RAM at the peak, 3 GB in /tmp; --quick: the seed story only, default vs fp32)
"""
from __future__ import annotations

import argparse
import copy
import io
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

MT5_BASE = dict(vocab_size=250112, d_model=768, d_kv=64, d_ff=2048, num_layers=12, num_decoder_layers=12,
                num_heads=12, feed_forward_proj="gated-gelu", tie_word_embeddings=False,
                relative_attention_num_buckets=32, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
OPUS_MT_AR_EN = dict(vocab_size=62834, decoder_vocab_size=62834, d_model=512, encoder_layers=6, decoder_layers=6,
                     encoder_attention_heads=8, decoder_attention_heads=8, encoder_ffn_dim=2048,
                     decoder_ffn_dim=2048, activation_function="swish", max_position_embeddings=512,
                     scale_embedding=True, static_position_embeddings=True, share_encoder_decoder_embeddings=True,
                     pad_token_id=62833, decoder_start_token_id=62833, eos_token_id=0, forced_eos_token_id=0)


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2


def paths_in(folder: Path) -> dict[str, str]:
    return {"summarizer": str(folder / "mt5"), "translator": str(folder / "marian")}


def build(folder: Path) -> None:
    """Random-weight models with the real configs, saved with the seed tokenizer (run in a child
    process, so that building them does not count in this process's peak memory)."""
    import torch
    from tiny_models import VOCAB, build_marian, build_mt5, train_sentencepiece
    from transformers import MarianConfig, MarianMTModel, MT5Config, MT5ForConditionalGeneration

    sp_model = train_sentencepiece(ROOT / "seeds", folder)
    paths = {"summarizer": build_mt5(sp_model, folder / "mt5"), "translator": build_marian(sp_model, folder / "marian")}
    torch.manual_seed(0)
    mt5 = MT5ForConditionalGeneration(MT5Config(**MT5_BASE))
    # transformers 5 forces MT5Config.tie_word_embeddings = True, so a fresh model shares its
    # LM head with the embeddings; the real checkpoint has a separate head (768 MB more).
    mt5.lm_head.weight = torch.nn.Parameter(mt5.shared.weight.detach().clone())
    marian = MarianMTModel(MarianConfig(**OPUS_MT_AR_EN))
    with torch.no_grad():
        # Same cost, but random outputs stay inside the small seed tokenizer so they can be decoded.
        mt5.lm_head.weight[VOCAB:] = 0.0
        marian.final_logits_bias[0, VOCAB:] = -1e4
    # Marian's special ids (pad/start 62833, eos 0) mapped onto the seed tokenizer's; no effect on cost.
    for holder in (marian.config, marian.generation_config):
        holder.pad_token_id = holder.decoder_start_token_id = 0
        holder.eos_token_id = holder.forced_eos_token_id = 1
    marian.generation_config.bad_words_ids = None
    for role, model in (("summarizer", mt5), ("translator", marian)):
        for old in paths[role].glob("*.safetensors"):
            old.unlink()
        model.save_pretrained(paths[role])
    del mt5, marian


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--build-into", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true",
                        help="only the seed story end to end, default settings (int8 on a CPU) and fp32 (a few minutes)")
    parser.add_argument("--translation-tokens", type=int, default=40, help="forced English tokens per sentence")
    parser.add_argument("--arabic-head", type=int, default=20000,
                        help="rows of the restricted LM head standing in for mT5's Arabic pieces")
    args = parser.parse_args()
    if args.build_into:
        build(Path(args.build_into))
        return

    import subprocess

    import torch

    from summarize import Summarizer
    from summarize.config import load_config
    from summarize.models.generation import _forward
    from summarize.models.loading import LoadOptions, load_seq2seq, restrict_output_vocabulary

    report: dict = {"torch_threads": torch.get_num_threads()}
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-into", tmp], check=True)
        paths = paths_in(Path(tmp))
        report["build_and_save_s"] = time.perf_counter() - start
        forced = {"models": {"device": "cpu", **paths},
                  "generation": {"min_length": 84, "max_length": 84},
                  "translation": {"min_length": args.translation_tokens, "max_length": args.translation_tokens}}
        summarizer = Summarizer(forced)
        cfg = summarizer.config
        options = LoadOptions(device="cpu", attn_implementation="sdpa")

        start = time.perf_counter()
        mt5 = load_seq2seq("summarizer", paths["summarizer"], "models.summarizer", options)
        marian = load_seq2seq("translator", paths["translator"], "models.translator", options)
        report["load_s"] = time.perf_counter() - start
        report["rss_after_load_gb"] = peak_rss_gb()   # peak so far: imports, embedder-free loading of both
        report["mt5_parameters_m"] = sum(p.numel() for p in mt5.model.parameters()) / 1e6
        assert report["mt5_parameters_m"] > 550, "the LM head must be untied, as in the real checkpoint"

        # 1. The seed story end to end with the default settings (int8 on this CPU), then in fp32.
        def seed_story(name: str, summarizer: Summarizer) -> dict:
            summarizer([ROOT / "seeds"])                       # warm-up (loading, first-call kernels)
            start = time.perf_counter()
            result = summarizer([ROOT / "seeds"])
            total = time.perf_counter() - start
            seconds = result.stats["seconds"]
            model_time = seconds["generation"] + seconds["translation"]
            out = {"total_s": total, "stages": seconds, "overhead_share": (total - model_time) / total,
                   "summary_sentences": len(result.sentences), "method": result.method,
                   "models": result.stats["models"],
                   "input_tokens": len(mt5.tokenizer(" ".join(p.text for p in result.selected_points))["input_ids"])}
            print(f"seeds end to end, {name}: {total:.2f} s (generation {seconds['generation']:.2f} s, translation "
                  f"{seconds['translation']:.2f} s; input {out['input_tokens']} tokens) {result.stats['models']}")
            return out, result

        report["seeds"], result = seed_story("default settings", summarizer)
        report["rss_after_seed_story_gb"] = peak_rss_gb()   # both models + embedder, one story summarized
        fp32 = Summarizer(load_config(cfg, {"models": {"quantize_int8": False}}), embedder=summarizer.embedder)
        report["seeds_fp32"], _ = seed_story("fp32 (models.quantize_int8: false)", fp32)
        if args.quick:
            if args.json:
                Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
            return

        # 2. A plain generate with the full 512-token window, and the levers one at a time.
        ids = torch.randint(5, 800, (1, 512))

        def generate(model, input_ids, **kw):
            with torch.inference_mode():
                model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids), num_beams=4,
                               no_repeat_ngram_size=2, length_penalty=0.6, min_length=84, max_length=84, **kw)

        def timed_generate(model, input_ids) -> float:
            return timed(lambda: generate(model, input_ids))

        levers = {}
        levers["512 tokens, sdpa, cache, 2 threads"] = timed(lambda: generate(mt5.model, ids))
        short = ids[:, :report["seeds"]["input_tokens"]]
        levers[f"{short.shape[1]} tokens (the seed summary's input)"] = timed(lambda: generate(mt5.model, short))
        levers["512 tokens, no KV cache"] = timed(lambda: generate(mt5.model, ids, use_cache=False))
        torch.set_num_threads(1)
        levers["512 tokens, 1 thread"] = timed(lambda: generate(mt5.model, ids))
        torch.set_num_threads(report["torch_threads"])
        eager = load_seq2seq("summarizer", paths["summarizer"], "models.summarizer",
                             LoadOptions(device="cpu", attn_implementation="eager"))
        levers["512 tokens, eager attention"] = timed_generate(eager.model, ids)
        int8 = load_seq2seq("summarizer", paths["summarizer"], "models.summarizer",
                            LoadOptions(device="cpu", attn_implementation="sdpa", quantize_int8=True))
        levers["512 tokens, dynamic int8 (opt-in)"] = timed_generate(int8.model, ids)
        def size(model) -> int:
            """Bytes of the serialized weights (int8 packed Linear weights included, shared tensors once)."""
            buffer = io.BytesIO()
            torch.save(model.state_dict(), buffer)
            return buffer.tell()

        report["mt5_state_dict_mb"] = {"fp32": size(mt5.model) / 2 ** 20, "int8": size(int8.model) / 2 ** 20}
        report["mt5_levers_s"] = levers
        for name, s in levers.items():
            print(f"mT5-base generate, 4 beams, 84 tokens, {name}: {s:.2f} s")

        # Opt-in levers that may change the output, on the seed summary's input length.
        # The Arabic share of mT5's real vocabulary cannot be counted here (no real tokenizer):
        # a head of --arabic-head rows stands in for it.
        optin = {}
        for name, quantize, head in (("dynamic int8", True, None), (f"{args.arabic_head}-row head", False, True),
                                     (f"{args.arabic_head}-row head + int8", True, True)):
            model = copy.deepcopy(mt5.model)
            if head:
                restrict_output_vocabulary(model, list(range(args.arabic_head)))
            if quantize:
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
            optin[name] = timed_generate(model, short)
            print(f"opt-in, {short.shape[1]} input tokens, {name}: {optin[name]:.2f} s")
        report["mt5_opt_in_s"] = optin
        marian8 = load_seq2seq("translator", paths["translator"], "models.translator",
                               LoadOptions(device="cpu", attn_implementation="sdpa", quantize_int8=True))

        # 3. Batching several stories' chunks together.
        inputs = [" ".join(p.text for p in result.selected_points)] * 4
        one = load_config(cfg.to_dict() | {"generation": cfg.generation.to_dict() | {"batch_size": 1}})
        four = load_config(cfg.to_dict() | {"generation": cfg.generation.to_dict() | {"batch_size": 4}})
        report["batching_4_stories_s"] = {"one_by_one": timed(lambda: _forward(mt5, inputs, one)),
                                         "batched": timed(lambda: _forward(mt5, inputs, four))}
        print(f"4 stories: {report['batching_4_stories_s']}")

        # 4. Translation of a 3-sentence summary, one batch.
        from summarize.models.translation import translate_sentences

        three = [s.ar for s in result.sentences][:3] or ["جملة."] * 3
        while len(three) < 3:
            three.append(three[0])
        greedy = load_config(cfg.to_dict() | {"translation": cfg.translation.to_dict() | {"num_beams": 1}})
        report["translate_3_sentences_s"] = {
            "fp32, 4 beams": timed(lambda: translate_sentences(three, marian, cfg), repeat=2),
            "int8, 4 beams (opt-in)": timed(lambda: translate_sentences(three, marian8, cfg), repeat=2),
            "fp32, greedy (opt-in)": timed(lambda: translate_sentences(three, marian, greedy), repeat=2),
        }
        print(f"translate 3 sentences ({args.translation_tokens} tokens each): {report['translate_3_sentences_s']}")
        report["peak_rss_gb"] = peak_rss_gb()
        print(f"peak RSS: {report['rss_after_load_gb']:.2f} GB after loading both models, "
              f"{report['rss_after_seed_story_gb']:.2f} GB after the seed story (embedder loaded too), "
              f"{report['peak_rss_gb']:.2f} GB at the end (the int8, eager and restricted copies made here)")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
