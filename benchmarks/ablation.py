"""What each ingredient of the selection adds, on the dev clusters, the seeds and EASC.

Runs benchmarks/quality.py's measures once with the default settings and once per ingredient turned
off (a config override), model steps off, and prints one row each: dev ROUGE-2 and key facts, latest
and stale figures, the seeds' analyst facts, and EASC ROUGE-2. The baselines of the same run are in
the first rows. Reads ../shared/data (never copied into the repository).

    .venv/bin/python benchmarks/ablation.py [--easc N]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as Q  # noqa: E402

from summarize import Summarizer, load_config  # noqa: E402

VARIANTS = {
    "defaults": {},
    "no position prior": {"selection": {"position_weight": 0.0}},
    "no recency (all articles newest)": {"selection": {"recency_half_life_days": 1e9}},
    "no support prior": {"selection": {"support_weight": 0.0}},
    "no word rarity": {"selection": {"rarity_weight": 0.0}},
    "no lead boost of concepts": {"selection": {"lead_boost": 0.0}},
    "single-source concepts count": {"selection": {"min_sources": 1}},
    "no latest-figure concept": {"selection": {"figure_weight": 0.0}},
    "no anaphora filter": {"selection": {"anaphora_words": []}},
    "no trimming of trailing adjuncts": {"selection": {"trim_min_words": 10**6}},
}


def row(name: str, clusters: dict, seeds: dict, easc: dict, method: str = "ours") -> str:
    t = clusters["totals"][method]
    r2 = 100 * np.mean([r["rouge2"] for r in clusters["per_method"][method]["rouge"]])
    e2 = 100 * np.mean([r["rouge2"] for r in easc[method]])
    return (f"{name:<34} {r2:6.1f} {t['facts']:>3}/{t['fact_total']:<3} {t['latest']:>3}/{t['latest_total']:<3}"
            f" {t['stale']:>5} {len(seeds['covered'][method]):>6} {e2:7.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--easc", type=int, default=None, help="only the first N EASC articles")
    args = parser.parse_args(argv)
    if not Q.CLUSTERS.is_dir() or not Q.EASC.is_dir():
        print(f"the development data is missing: expected {Q.CLUSTERS} and {Q.EASC}", file=sys.stderr)
        return 2
    print(f"{'':<34} {'dev R-2':>6} {'facts':>7} {'latest':>7} {'stale':>5} {'seeds':>6} {'EASC R-2':>7}")
    for n, (name, override) in enumerate(VARIANTS.items()):
        summarizer = Summarizer(load_config(load_config(None, Q.EXTRACTIVE), override))
        clusters, seeds = Q.run_clusters(summarizer), Q.run_seeds(summarizer)
        easc = Q.run_easc(summarizer, args.easc)
        if n == 0:
            for method in Q.METHODS[1:]:
                print(row(f"baseline: {method}", clusters, seeds, easc, method))
        print(row(name, clusters, seeds, easc), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
