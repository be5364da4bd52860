"""Wall time of everything up to the extractive summary.

1. The seed cluster in a fresh process, embedder load included, per stage.
2. Synthetic clusters of 5..50 articles built from the seeds (reordered and
   perturbed sentences, fresh ids), to show how time grows with the cluster.

Run: python benchmarks/bench_extractive.py   (prints a table; JSON with --json FILE)
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# Everything up to the extractive summary: the model steps are benchmarked on their own.
EXTRACTIVE = {"generation": {"enabled": False}, "translation": {"enabled": False}}

COLD = """
import time, json
t0 = time.perf_counter()
from summarize import Summarizer
s = Summarizer({extractive})
t1 = time.perf_counter()
r = s(["{seeds}"])
t2 = time.perf_counter()
print(json.dumps({{"import_s": t1 - t0, "total_s": t2 - t0, "stages": r.stats["seconds"]}}))
"""


def cold_seed_run() -> dict:
    """A new interpreter, so the import and embedder load are counted as a user would see them."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", COLD.format(seeds=SEEDS, extractive=EXTRACTIVE)],
                          capture_output=True, text=True,
                          check=True, cwd=ROOT)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["process_wall_s"] = time.perf_counter() - start
    return data


def synthetic_cluster(n: int, rng: random.Random) -> list[dict]:
    """n articles: each a seed with its paragraphs shuffled, some dropped and a word swapped."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs = []
    for i in range(n):
        lines = [line for line in seeds[i % len(seeds)].split("\n") if line.strip()]
        head, body = lines[:3], lines[3:]
        rng.shuffle(body)
        body = [line.replace("الأميركية", "الأمريكية") if rng.random() < 0.3 else line
                for line in body if rng.random() > 0.2]
        docs.append({"id": f"syn{i:03d}", "text": "\n".join(head + body)})
    return docs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    from summarize import Summarizer

    report = {"seeds_cold": cold_seed_run()}
    print(f"seeds, new process: {report['seeds_cold']['process_wall_s']:.2f} s wall "
          f"(imports {report['seeds_cold']['import_s']:.2f} s; the embedder loads inside the embeddings stage); stages: {report['seeds_cold']['stages']}")
    summarizer = Summarizer(EXTRACTIVE)
    summarizer([SEEDS])  # warm: embedder loaded
    rng = random.Random(0)
    report["scaling"] = []
    print(f"{'articles':>8} {'sentences':>9} {'seconds':>8}  stages")
    for n in (5, 10, 20, 30, 40, 50):
        docs = synthetic_cluster(n, rng)
        start = time.perf_counter()
        result = summarizer(docs)
        elapsed = time.perf_counter() - start
        row = {"articles": n, "sentences": result.stats["candidate_sentences"], "seconds": elapsed,
               "stages": result.stats["seconds"]}
        report["scaling"].append(row)
        print(f"{n:>8} {row['sentences']:>9} {elapsed:>8.2f}  {row['stages']}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
