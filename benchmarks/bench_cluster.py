"""Story clustering at scale: synthetic piles of 1k to 10k articles, each clustered by
`python -m summarize cluster` in a new process (imports, embedder load and writing included).

    python benchmarks/bench_cluster.py [--sizes 1000 2000 5000 10000] [--json FILE]

Reports wall time, the stages' seconds, candidate pairs per article (sub-quadratic when
flat) and B-cubed precision/recall against the generator's stories. The synthetic text
is word salad from the seeds' vocabulary plus made-up words: it measures cost (an all-Arabic
pile embeds nothing: terms decide) but says little about quality on real news; for that, see
`pooled_stories.py` and `ant_pile.py`.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import make_corpus, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def bcubed(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    by_pred, by_truth = Counter(predicted.values()), Counter(truth.values())
    both = Counter((predicted[i], truth[i]) for i in truth)
    precision = sum(both[(predicted[i], truth[i])] / by_pred[predicted[i]] for i in truth) / len(truth)
    recall = sum(both[(predicted[i], truth[i])] / by_truth[truth[i]] for i in truth) / len(truth)
    return precision, recall


def run(size: int, folder: Path) -> dict:
    records = make_corpus(size, seed=size)
    corpus = write_jsonl(records, folder / f"pile-{size}.jsonl")
    out = folder / f"clusters-{size}.jsonl"
    script = (
        "import json, sys, time; t0 = time.perf_counter()\n"
        "from pathlib import Path\n"
        "from summarize.config import load_config\n"
        "from summarize.models.embeddings import load_embedder\n"
        "from summarize.many.clustering import ClusterStats, cluster_articles, write_stories\n"
        "cfg = load_config(); t1 = time.perf_counter(); embedder = load_embedder(cfg); t2 = time.perf_counter()\n"
        "stats = ClusterStats(); stories = cluster_articles([Path(sys.argv[1])], embedder, cfg, stats)\n"
        "with open(sys.argv[2], 'w', encoding='utf-8') as f: write_stories(stories, f)\n"
        "print(json.dumps({'imports': t1 - t0, 'embedder_load': t2 - t1, 'stages': stats.seconds,\n"
        "                  'candidate_pairs': stats.candidate_pairs, 'copy_pairs': stats.copy_pairs,\n"
        "                  'stories': stats.stories}))\n")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, str(corpus), str(out)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    report = json.loads(done.stdout.strip().splitlines()[-1])
    predicted = {d["id"]: line["id"] for line in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                 for d in line["documents"]}
    precision, recall = bcubed({r["id"]: r["story"] for r in records}, predicted)
    return {"articles": size, "true_stories": len({r["story"] for r in records}), "wall_s": round(wall, 2),
            **report, "pairs_per_article": round(report["candidate_pairs"] / size, 1),
            "bcubed_precision": round(precision, 4), "bcubed_recall": round(recall, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            row = run(size, Path(tmp))
            rows.append(row)
            stages = ", ".join(f"{k} {v:.1f}" for k, v in row["stages"].items())
            print(f"{size:>6} articles: {row['wall_s']:6.1f} s wall (imports {row['imports']:.1f}, embedder load "
                  f"{row['embedder_load']:.1f}; {stages}); {row['pairs_per_article']} candidate pairs/article; "
                  f"{row['stories']} stories for {row['true_stories']} true; B-cubed P {row['bcubed_precision']:.3f} "
                  f"R {row['bcubed_recall']:.3f}", flush=True)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
