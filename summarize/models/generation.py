"""The abstractive Arabic summary: mT5 rewrites the selected points.

preprocess (chunks that fit the window) -> forward (batched `generate`) ->
postprocess (special tokens out, whitespace normalized), kept apart so that the
model call is one narrow place. When the points do not fit mT5's 512-token
window, each chunk is summarized and the joined partial summaries are
summarized again (map-reduce).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..config import Config
from ..text.deadline import check_deadline, deadline_passed
from .loading import LoadedModel

_SPECIAL = re.compile(r"<extra_id_\d+>|<pad>|</s>|<unk>")


@dataclass
class Generation:
    text: str
    rounds: list[list[list[int]]] = field(default_factory=list)   # token ids of every input, per round


def plan_chunks(texts: list[str], tokenizer, max_tokens: int) -> list[list[str]]:
    """Greedy groups of consecutive texts whose tokens (plus </s>) fit `max_tokens`; a text too long alone
    is its own chunk and gets truncated by the tokenizer."""
    chunks: list[list[str]] = []
    size = 0
    for text in texts:
        n = len(tokenizer(text, add_special_tokens=False)["input_ids"]) + 1
        if chunks and size + n <= max_tokens:
            chunks[-1].append(text)
            size += n
        else:
            chunks.append([text])
            size = n
    return chunks


def past_deadline() -> list:
    """A `stopping_criteria` list that ends decoding at the next step once the request's time budget is
    spent (`check_deadline` after the batch then says so): a request stops within one decoding step."""
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class PastDeadline(StoppingCriteria):
        def __call__(self, input_ids, scores, **kwargs):
            return torch.full((input_ids.shape[0],), deadline_passed(), dtype=torch.bool, device=input_ids.device)

    return StoppingCriteriaList([PastDeadline()])


def _forward(loaded: LoadedModel, inputs: list[str], cfg: Config) -> tuple[list[str], list[list[int]]]:
    import torch

    g = cfg.generation
    tokenizer, model = loaded.tokenizer, loaded.model
    outputs, encoded = [], []
    for start in range(0, len(inputs), g.batch_size):
        batch = tokenizer(inputs[start:start + g.batch_size], return_tensors="pt", padding=True,
                          truncation=True, max_length=g.max_input_tokens).to(loaded.device)
        encoded += [ids[mask.bool()].tolist() for ids, mask in zip(batch["input_ids"], batch["attention_mask"])]
        with loaded.lock, torch.inference_mode():
            ids = model.generate(**batch, num_beams=g.num_beams, no_repeat_ngram_size=g.no_repeat_ngram_size,
                                 length_penalty=g.length_penalty, max_length=g.max_length,
                                 min_length=g.min_length, stopping_criteria=past_deadline())
        check_deadline()
        outputs += [postprocess(t) for t in tokenizer.batch_decode(loaded.to_tokenizer_ids(ids),
                                                                   skip_special_tokens=True)]
    return outputs, encoded


def postprocess(text: str) -> str:
    return " ".join(_SPECIAL.sub(" ", text).split())


def generate_summaries(stories: list[list[str]], loaded: LoadedModel, cfg: Config) -> list[Generation]:
    """One Arabic abstract per story's points. Each round sends every unfinished story's chunks
    through the model together; a story whose points do not fit the window is map-reduced."""
    g = cfg.generation
    results = [Generation(text="") for _ in stories]
    texts = [[" ".join(p.split()) for p in points] for points in stories]
    active = [i for i, t in enumerate(texts) if t]
    for _ in range(g.max_reduce_rounds + 1):
        if not active:
            break
        plans = {i: plan_chunks(texts[i], loaded.tokenizer, g.max_input_tokens) for i in active}
        inputs = [" ".join(chunk) for i in active for chunk in plans[i]]
        outputs, encoded = _forward(loaded, inputs, cfg)
        start, still = 0, []
        for i in active:
            n = len(plans[i])
            results[i].rounds.append(encoded[start:start + n])
            texts[i] = [o for o in outputs[start:start + n] if o]
            start += n
            if n > 1 and texts[i]:
                still.append(i)
        active = still
    for result, parts in zip(results, texts):
        result.text = " ".join(parts)
    return results


def generate_summary(points: list[str], loaded: LoadedModel, cfg: Config) -> Generation:
    """One Arabic abstract of the points, map-reduced when they do not fit the window."""
    return generate_summaries([points], loaded, cfg)[0]
