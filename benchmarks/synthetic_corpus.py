"""A synthetic pile of Arabic news articles with known stories, for the clustering benchmark.

Common words follow a Zipf law over a news-sized vocabulary: the seed articles'
words, most frequent first, then made-up words for the long tail. Each story
draws its own names and topic words; each article mixes them with common words,
carries a date within a few days of its story's, page furniture around the text,
and now and then is a copy of another article of its story. The `story` field is
the truth the benchmark scores against; the summarizer ignores it.
"""
from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HEADER = ["شارك", "فيسبوك تويتر واتساب", "طباعة", "الرئيسية"]


LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def vocabulary(rng: random.Random, size: int = 30_000) -> tuple[list[str], list[float]]:
    """The seeds' words by frequency, padded with made-up words; Zipf weights 1/rank."""
    counts = Counter(w for p in SEEDS.glob("*.txt") for w in p.read_text(encoding="utf-8").split()
                     if len(w) >= 3 and all("\u0621" <= ch <= "\u064a" for ch in w))
    vocab = [w for w, _ in counts.most_common()]
    while len(vocab) < size:
        vocab.append("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 8))))
    return vocab, [1.0 / rank for rank in range(1, len(vocab) + 1)]


def make_corpus(articles: int, mean_story_size: int = 10, copy_rate: float = 0.05,
                seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    vocab, weights = vocabulary(rng)
    cum_weights = list(itertools.accumulate(weights))
    start = date(2021, 7, 1)
    records: list[dict] = []
    story = 0
    while len(records) < articles:
        story += 1
        names = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7))) for _ in range(4)]
        topic = rng.sample(vocab[:5000], 25) + names
        day = start + timedelta(days=rng.randint(0, 90))
        members: list[dict] = []
        for _ in range(min(max(1, int(rng.expovariate(1 / mean_story_size))), articles - len(records))):
            if members and rng.random() < copy_rate:
                original = rng.choice(members)
                text = rng.choice(HEADER) + "\n" + original["text"]
            else:
                sentences = []
                for _ in range(rng.randint(6, 14)):
                    length = rng.randint(10, 20)
                    common = iter(rng.choices(vocab, cum_weights, k=length))
                    words = [rng.choice(topic) if rng.random() < 0.3 else next(common) for _ in range(length)]
                    sentences.append(" ".join(words) + ".")
                title = " ".join(rng.choice(topic) for _ in range(8))
                related = " ".join(rng.choices(vocab, cum_weights, k=7))
                text = "\n".join([rng.choice(HEADER), title, *sentences, "اقرأ أيضا", related])
            members.append({"id": f"a{len(records) + len(members):06d}", "story": f"s{story:05d}",
                            "date": (day + timedelta(days=rng.randint(0, 3))).isoformat(), "text": text})
        records.extend(members)
    return records


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
