"""Arabic -> English, sentence by sentence in batches.

Marian models silently drop sentences from long multi-sentence inputs
(Helsinki-NLP/Opus-MT#60), so each sentence is its own input and the English
keeps the sentence alignment of the Arabic.
"""
from __future__ import annotations

from ..config import Config
from ..text.deadline import check_deadline
from .generation import past_deadline, postprocess
from .loading import LoadedModel


def translate_sentences(sentences: list[str], loaded: LoadedModel, cfg: Config) -> list[str]:
    import torch

    t = cfg.translation
    english: list[str] = []
    for start in range(0, len(sentences), t.batch_size):
        batch = loaded.tokenizer(sentences[start:start + t.batch_size], return_tensors="pt", padding=True,
                                 truncation=True, max_length=t.max_length).to(loaded.device)
        with loaded.lock, torch.inference_mode():
            ids = loaded.model.generate(**batch, num_beams=t.num_beams, max_length=t.max_length,
                                        min_length=t.min_length, stopping_criteria=past_deadline())
        check_deadline()
        english += [postprocess(s) for s in loaded.tokenizer.batch_decode(loaded.to_tokenizer_ids(ids),
                                                                          skip_special_tokens=True)]
    return english
