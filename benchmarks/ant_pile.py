"""The whole ANT file (22,241 articles, January-June 2018) clustered in one run: a real pile at real scale.

Reads ../shared/data/ant/ant-2018-h1.jsonl.gz (third-party text, never copied into the repository), gives
each article its feed date (`published`), clusters the pile as `python -m summarize cluster` does (reading,
cleaning and dating included) and prints the wall time, each stage's seconds, the peak resident memory, the
topics and events found and their sizes. It samples same-event pairs (seeded) and writes them, titles and
dates, to a file outside the repository (the texts stay in shared/), to be judged by reading.

Run: python benchmarks/ant_pile.py [--limit N] [--pairs /work/notes/ant_pairs.txt] [--sample 200]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ANT = ROOT.parent / "shared" / "data" / "ant" / "ant-2018-h1.jsonl.gz"

from summarize import load_config  # noqa: E402
from summarize.many.clustering import ClusterStats, cluster_articles  # noqa: E402
from summarize.models.embeddings import load_embedder  # noqa: E402


def read_ant(limit: int | None) -> list[dict]:
    """Records in the form the clustering reads, with the feed's date (its day, UTC)."""
    records = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            records.append({"id": row["id"], "title": row["title"], "url": row["url"],
                            "date": row["published"][:10], "text": row["text"]})
            if limit and len(records) >= limit:
                break
    return records


def sizes(counts: list[int]) -> str:
    bins = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 50), (51, 100), (101, 10 ** 9)]
    parts = [f"{lo}-{hi if hi < 10 ** 9 else ''}: {sum(lo <= n <= hi for n in counts)}".replace("1-1:", "1:")
             .replace("2-2:", "2:") for lo, hi in bins]
    return ", ".join(parts)


def sample_pairs(stories, count: int, seed: int) -> list[tuple]:
    """`count` same-event pairs: events drawn in proportion to their pairs, then a pair within one."""
    weighted = [(s, len(s.documents) * (len(s.documents) - 1) // 2) for s in stories if len(s.documents) > 1]
    rng = random.Random(seed)
    chosen = set()
    while len(chosen) < min(count, sum(w for _, w in weighted)):
        story = rng.choices([s for s, _ in weighted], weights=[w for _, w in weighted])[0]
        a, b = sorted(rng.sample(range(len(story.documents)), 2))
        chosen.add((story.id, a, b))
    by_id = {s.id: s for s in stories}
    return [(by_id[sid], by_id[sid].documents[a], by_id[sid].documents[b]) for sid, a, b in sorted(chosen)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--pairs", type=Path, help="write sampled same-event pairs here (outside the repository)")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not ANT.is_file():
        print(f"the ANT file is missing: expected {ANT} (it stays in shared/, never in the repository)",
              file=sys.stderr)
        return 2
    if args.pairs and ROOT in args.pairs.resolve().parents:
        print("--pairs must be outside the repository: the pairs quote third-party titles", file=sys.stderr)
        return 2
    started = time.perf_counter()
    records = read_ant(args.limit)
    cfg = load_config()
    embedder = load_embedder(cfg)
    loaded = time.perf_counter()
    stats = ClusterStats()
    stories = cluster_articles(records, embedder, cfg, stats)
    done = time.perf_counter()
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2 ** 20
    topics = Counter(s.topic.id for s in stories)
    topic_sizes = {s.topic.id: s.topic.size for s in stories}
    event_sizes = [len(s.documents) for s in stories]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{stats.articles} articles in {done - started:.1f} s wall (reading the file and loading the embedder "
          f"{loaded - started:.1f} s; stages: " + ", ".join(f"{k} {v:.1f}" for k, v in stats.seconds.items())
          + f"), peak RSS {peak_gb:.2f} GB")
    # On a shared machine wall time counts other jobs too: the process's own CPU time bounds the wall time
    # on 2 free cores between CPU/2 (both busy throughout) and CPU (one at a time).
    print(f"  CPU time {usage.ru_utime + usage.ru_stime:.1f} s (stages: "
          + ", ".join(f"{k} {v:.1f}" for k, v in stats.cpu_seconds.items()) + ")")
    print(f"{stats.topics} topics ({sum(n > 1 for n in topic_sizes.values())} of 2+ articles), {stats.stories} events "
          f"({sum(n > 1 for n in event_sizes)} of 2+ articles); largest event {max(event_sizes)} articles, "
          f"largest topic {max(topic_sizes.values())} articles in {topics.most_common(1)[0][1]} events")
    print(f"  event sizes: {sizes(event_sizes)}")
    print(f"  topic sizes: {sizes(list(topic_sizes.values()))}")
    print(f"  articles in events of 2+: {sum(n for n in event_sizes if n > 1)} of {stats.articles}; "
          f"candidate pairs {stats.candidate_pairs}, copies {stats.copy_pairs}")
    spans = [(s.end - s.start).days for s in stories if s.start and len(s.documents) > 1]
    print(f"  event spans in days (2+ articles): median {sorted(spans)[len(spans) // 2]}, max {max(spans)}")
    if args.pairs:
        pairs = sample_pairs(stories, args.sample, args.seed)
        args.pairs.parent.mkdir(parents=True, exist_ok=True)
        with args.pairs.open("w", encoding="utf-8") as out:
            for n, (story, a, b) in enumerate(pairs, start=1):
                out.write(f"{n}\t{story.id} ({len(story.documents)} articles, {story.topic.id} of "
                          f"{story.topic.size})\n  A {a.published} {a.id}: {a.title}\n"
                          f"  B {b.published} {b.id}: {b.title}\n")
        print(f"{len(pairs)} same-event pairs written to {args.pairs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
