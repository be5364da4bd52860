"""Does the summary hold up when a story's articles are spread over months instead of days?

A followed topic (a war, an election campaign) gathers articles published weeks apart; the dev
clusters are events reported over a few days. This gives each dev story's articles publication dates
`--gap` days apart, in a fixed shuffled order, and compares the summaries with their real dates, with
one date for all, and spread out, at the configured budget and at 250 words: ROUGE-2 against the
reference and key facts covered, for ours and lead of each article (which ignores dates). The latest
figures are left out: with invented dates, the latest value is another one. Reads ../shared/data
(never copied into the repository).

    .venv/bin/python benchmarks/timeline.py [--gap 30]
"""
from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as Q  # noqa: E402

from summarize import Summarizer, load_config  # noqa: E402


def run(summarizer: Summarizer, stories: dict[str, list[dict]], references: dict, gap: int | None,
        budget: int) -> dict[str, tuple[float, int]]:
    scores: dict[str, list[float]] = {"ours": [], "lead-each": []}
    facts = dict.fromkeys(scores, 0)
    for name, members in sorted(stories.items()):
        records = [{"id": a["id"], "url": a["url"], "text": a["text"]} for a in members]
        if gap is not None:
            order = list(range(len(records)))
            random.Random(name).shuffle(order)
            for k, i in enumerate(order):
                records[i]["date"] = (date(2020, 1, 1) + timedelta(days=gap * k)).isoformat()
        result = summarizer(records, budget_words=budget)
        texts = {"ours": " ".join(p.stated or p.text for p in result.selected_points),
                 "lead-each": " ".join(s.text for s in Q.lead_each(result.documents, budget))}
        for method, text in texts.items():
            scores[method].append(Q.rouge_multi(text, [references[name]["reference_ar"]])["rouge2"])
            norm = Q.dev_normalize(text)
            facts[method] += sum(all(any(alt in norm for alt in group) for group in f["all"])
                                 for f in references[name]["facts"])
    return {m: (100 * float(np.mean(v)), facts[m]) for m, v in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gap", type=int, default=30, help="days between two articles of a spread story")
    args = parser.parse_args(argv)
    if not Q.CLUSTERS.is_dir():
        print(f"the development data is missing: expected {Q.CLUSTERS}", file=sys.stderr)
        return 2
    summarizer = Summarizer(load_config(None, Q.EXTRACTIVE))
    stories: dict[str, list[dict]] = {}
    for a in Q._read_jsonl(Q.CLUSTERS / "clusters.jsonl"):
        stories.setdefault(a["cluster"], []).append(a)
    references = {r["cluster"]: r for r in Q._read_jsonl(Q.CLUSTERS / "references.jsonl")}
    total = sum(len(r["facts"]) for r in references.values())
    print(f"{'dates':<24} {'budget':>6}   ours R-2  facts   lead-each R-2  facts   (of {total} facts)")
    for budget in (summarizer.config.selection.budget_words, 250):
        for label, gap in (("real", None), ("all the same day", 0), (f"{args.gap} days apart", args.gap)):
            out = run(summarizer, stories, references, gap, budget)
            print(f"{label:<24} {budget:>6}   {out['ours'][0]:8.1f} {out['ours'][1]:6}   "
                  f"{out['lead-each'][0]:13.1f} {out['lead-each'][1]:6}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
