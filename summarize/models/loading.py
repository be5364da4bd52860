"""Loading the seq2seq models (summarizer, translator) once per process.

A model is named in the config by hub id or local folder, and loaded exactly
as on a user's machine: local folder, then the Hugging Face cache, then a
download. An unreachable hub is detected in one quick request instead of a
minute of retries. Loading either returns the model or raises
`ModelUnavailable`, which names the model, the reason and the fix: callers fall
back to the extractive summary and say so; nothing pretends a model ran.
"""
from __future__ import annotations

import os
import re
import shlex
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HUB_TIMEOUT_S = 5.0


def download_command(name: str) -> str:
    """The shell command that fetches a hub model, as it works where it is printed: this Python's own
    path with the hub's CLI module (an `hf` on PATH may be missing when the environment is not activated)."""
    return f"{shlex.quote(sys.executable)} -m huggingface_hub.cli.hf download {shlex.quote(name)}"


class ModelUnavailable(RuntimeError):
    """A configured model that cannot be loaded; `str()` says which, why and how to fix it."""

    def __init__(self, role: str, name: str, reason: str, config_key: str):
        self.role, self.name, self.reason, self.config_key = role, name, reason, config_key
        step = "generation" if role == "summarizer" else "translation"
        if not name:
            fix = f"set `{config_key}` to a hub id or a local folder, or turn the step off with `{step}.enabled: false`"
        else:
            fix = (f"download it once on a connected machine with `{download_command(name)}` (it is then read "
                   f"from the Hugging Face cache, also offline), or set `{config_key}` in your config to a local "
                   "folder holding the model")
        super().__init__(f"{role} model '{name}' could not be loaded: {reason}. Fix: {fix}")

    def short(self) -> str:
        """Which model and why, without the fix (for a status line)."""
        return f"the {self.role} model '{self.name}' could not be loaded ({self.reason})"


@dataclass
class LoadedModel:
    """A tokenizer and model pair; `lock` serializes calls from concurrent threads (web workers)."""
    name: str
    tokenizer: Any
    model: Any
    device: str
    dtype: Any
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # With a restricted output vocabulary, generated id k stands for tokenizer id output_ids[k].
    output_ids: Any = None
    int8: bool = False                 # Linear layers run as dynamic int8 (CPU)

    @property
    def label(self) -> str:
        """The model's name, and how it runs when that changes its outputs."""
        return f"{self.name} (int8)" if self.int8 else self.name

    def to_tokenizer_ids(self, generated: Any) -> Any:
        return generated if self.output_ids is None else self.output_ids[generated]


def choose_device(preference: str) -> str:
    """'auto' picks CUDA, then Apple MPS, then the CPU."""
    import torch

    if preference != "auto":
        return preference
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def choose_dtype(device: str, allow_half: bool) -> Any:
    """bf16 on a GPU that supports it, fp32 elsewhere; fp16 never (mT5 overflows to NaN, transformers#10819)."""
    import torch

    if allow_half and device == "cuda" and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float32


def _resolve(role: str, name: str, config_key: str) -> str:
    """A local folder for `name`: as given, from the cache, or freshly downloaded."""
    if not name:
        raise ModelUnavailable(role, "", "no model is configured", config_key)
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    if name.startswith((".", "/", "~")):
        raise ModelUnavailable(role, name, "no such folder", config_key)
    from huggingface_hub import model_info, snapshot_download
    from huggingface_hub.errors import HFValidationError

    try:
        return snapshot_download(name, local_files_only=True)
    except HFValidationError as exc:
        raise ModelUnavailable(role, name, f"not a folder nor a valid hub id ({exc})", config_key) from None
    except Exception:
        pass  # not in the cache: try the hub below
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        raise ModelUnavailable(role, name, "not in the local Hugging Face cache and HF_HUB_OFFLINE is set",
                               config_key)
    try:
        files = [s.rfilename for s in model_info(name, timeout=HUB_TIMEOUT_S).siblings or []]
    except Exception as exc:
        raise ModelUnavailable(role, name, f"not in the local cache and the hub is unreachable or refuses it "
                                           f"({type(exc).__name__}: {str(exc)[:160]})", config_key) from None
    # Weights as safetensors where the repo has them; legacy repos (the XL-Sum mT5) only ship pytorch_model.bin,
    # which transformers reads with torch.load(weights_only=True).
    weights = "*.safetensors" if any(f.endswith(".safetensors") for f in files) else "pytorch_model*.bin"
    try:
        return snapshot_download(name, allow_patterns=["*.json", "*.model", "*.txt", "*.spm", weights])
    except Exception as exc:
        raise ModelUnavailable(role, name, f"download failed ({type(exc).__name__}: {str(exc)[:160]})",
                               config_key) from None


# A model that could not be loaded is remembered by its reason only (role, name, reason, config key),
# never as the exception: a raised exception keeps its traceback, and through it every frame (and the
# documents and embeddings of the request) that it passed through, for as long as it is kept.
_cache: dict[tuple, LoadedModel | tuple[str, str, str, str]] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class LoadOptions:
    """How to load and run a model (the `models` section of the config)."""
    device: str = "auto"
    allow_half: bool = True
    threads: int | None = None
    attn_implementation: str | None = None
    quantize_int8: bool | str = False   # True, False, or "auto": on the CPU only
    arabic_vocabulary: bool = False


def load_seq2seq(role: str, name: str, config_key: str, options: LoadOptions = LoadOptions()) -> LoadedModel:
    """The model and tokenizer for `name`, loaded once per process (per set of options)."""
    with _cache_lock:
        key = (name, options)          # ("auto" picks the same device for the whole process)
        if key not in _cache:
            try:
                _cache[key] = _load(role, name, config_key, options)
            except ModelUnavailable as exc:   # remembered: a failing hub look-up is not repeated per story
                _cache[key] = (exc.role, exc.name, exc.reason, exc.config_key)
        cached = _cache[key]
    if isinstance(cached, tuple):
        raise ModelUnavailable(*cached)       # a fresh exception each time, holding no earlier request
    return cached


def _load(role: str, name: str, config_key: str, options: LoadOptions) -> LoadedModel:
    path = _resolve(role, name, config_key)   # before torch is imported: a missing model costs no second
    try:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        if options.threads:
            torch.set_num_threads(options.threads)
        device = choose_device(options.device)
        dtype = choose_dtype(device, options.allow_half)
        tokenizer = AutoTokenizer.from_pretrained(path, trust_remote_code=False)
        extra = {"attn_implementation": options.attn_implementation} if options.attn_implementation else {}
        model = AutoModelForSeq2SeqLM.from_pretrained(path, trust_remote_code=False, dtype=dtype, **extra)
        model.to(device).eval()
        output_ids = restrict_to_arabic_output(model, tokenizer) if options.arabic_vocabulary else None
        int8 = device == "cpu" and options.quantize_int8 in (True, "auto")
        if int8:
            model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    except ImportError as exc:
        raise ModelUnavailable(role, name, f"a library is missing ({exc})", config_key) from None
    except (OSError, ValueError, RuntimeError) as exc:  # bad files, wrong architecture, out of memory
        raise ModelUnavailable(role, name, f"{type(exc).__name__}: {str(exc)[:200]}", config_key) from None
    return LoadedModel(name=name, tokenizer=tokenizer, model=model, device=device, dtype=dtype,
                       output_ids=output_ids, int8=int8)


_ARABIC_OUTPUT = re.compile(r"^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF0-9.,:;!?()\[\]\"'«»%/\-–—…]*$")


def arabic_token_ids(tokenizer: Any, vocab_size: int) -> list[int]:
    """Ids of the special tokens and of the pieces made only of Arabic script, digits and punctuation."""
    special = set(tokenizer.all_special_ids)
    pieces = tokenizer.convert_ids_to_tokens(list(range(min(len(tokenizer), vocab_size))))
    return [i for i, piece in enumerate(pieces)
            if i in special or _ARABIC_OUTPUT.match(piece.replace("\u2581", ""))]


def restrict_to_arabic_output(model: Any, tokenizer: Any) -> Any:
    """Shrink the decoder's vocabulary to the Arabic pieces; returns the reduced-id -> tokenizer-id map.

    The LM head is the largest matrix of every decoding step (768 x 250,112 for mT5-base), and
    decoding on a CPU is bound by reading weights. Opt-in: softmax runs over fewer tokens, so
    beam scores, and sometimes the output, change.
    """
    return restrict_output_vocabulary(model, arabic_token_ids(tokenizer, model.config.vocab_size))


def restrict_output_vocabulary(model: Any, token_ids: list[int]) -> Any:
    """Keep only `token_ids` in the decoder's input embeddings and LM head (special ids remapped)."""
    import torch

    keep = torch.tensor(token_ids)
    position = {int(t): k for k, t in enumerate(keep)}
    decoder = model.get_decoder()
    weights = decoder.get_input_embeddings().weight[keep].detach().clone()
    decoder.set_input_embeddings(torch.nn.Embedding.from_pretrained(weights, freeze=True))
    head = torch.nn.Linear(weights.shape[1], len(keep), bias=False)
    head.weight = torch.nn.Parameter(model.get_output_embeddings().weight[keep].detach().clone(),
                                     requires_grad=False)
    model.set_output_embeddings(head)
    for holder in (model.config, model.generation_config):
        for attr in ("decoder_start_token_id", "eos_token_id", "pad_token_id", "bos_token_id"):
            value = getattr(holder, attr, None)
            if isinstance(value, int):
                setattr(holder, attr, position.get(value, value))
    return keep
