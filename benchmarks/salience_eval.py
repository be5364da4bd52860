"""The learned salience on data it was not trained on: ANT BBC validation months (May-June 2018).

Two measures, read from ../shared/data/ant (never copied into the repository), beside the baselines of
benchmarks/quality.py on the same cleaned sentences, each with a 95 % bootstrap interval:
- one article: each BBC article of the validation months against its editor's standfirst, at
  `--words` words (35), ROUGE-1/2/L F1;
- topic timelines: groups of 6-10 BBC articles of the validation months on one topic (they share rare
  headline terms: see `timelines`), dated weeks apart; the reference is their standfirsts in date order
  and the budget its length.
Methods: ours (the product, model steps off), lead (first sentences, a too long first one kept),
lead-fit (first sentences that fit), lead-each (first sentence of each article in turn), LexRank.
The other figures (dev clusters, EASC, seeds) are benchmarks/quality.py's.

    .venv/bin/python benchmarks/salience_eval.py [--articles N] [--timelines N] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as Q  # noqa: E402
import train_salience as T  # noqa: E402

from summarize import Summarizer, load_config  # noqa: E402
from summarize.many.evaluation import ROUGE_TYPES, bootstrap  # noqa: E402
from summarize.text.arabic import STOPWORDS, words, zipf  # noqa: E402

METHODS = ("ours", "lead", "lead-fit", "lead-each", "lexrank")


def summaries(summarizer: Summarizer, records: list[dict], budget: int) -> dict[str, str] | None:
    """Every method's summary of one story (None when the input holds no sentence)."""
    outcome = summarizer.summarize_many([records], budget_words=budget, max_points=1000)[0]
    if isinstance(outcome, Exception):
        return None
    docs = outcome.documents
    earliest = min((d for d in docs if not d.duplicate_of), key=lambda d: d.published or T.SPLIT)
    texts = {"ours": " ".join(p.stated or p.text for p in outcome.selected_points),
             "lead-fit": " ".join(s.text for s in Q._fill(Q._candidates(docs)[earliest.id], budget, True))}
    for method in ("lead", "lead-each", "lexrank"):
        texts[method] = " ".join(s.text for s in Q.BASELINES[method](docs, budget))
    return texts


def run_articles(summarizer: Summarizer, rows: list[dict], budget: int) -> dict[str, list[dict]]:
    scores: dict[str, list[dict]] = {m: [] for m in METHODS}
    for row in rows:
        texts = summaries(summarizer, [T.record(row)], budget)
        if texts is None:
            continue
        for method, text in texts.items():
            scores[method].append(Q.rouge_multi(text, [row["abstract"]]))
    return scores


def _title_terms(row: dict) -> set[str]:
    return {w for w in words(row["title"]) if w not in STOPWORDS and len(w) > 2 and not w.isdigit()}


def timelines(rows: list[dict], everything: list[dict], count: int, smallest: int = 6, largest: int = 10,
              min_days: int = 14, rare_share: float = 0.005, max_zipf: float = 3.0) -> list[list[dict]]:
    """Topics followed over weeks: a headline term rare in the whole corpus (`everything`: in at most
    `rare_share` of all ANT headlines, and rare in Arabic, Zipf below `max_zipf`: a name, a place, an event)
    shared by at least `smallest` of `rows` spread over at least `min_days` days; most articles first,
    up to `largest` of them evenly spaced in time. A topic sharing an article with one taken is skipped."""
    frequency = Counter(t for row in everything for t in _title_terms(row))
    by_term: dict[str, list[dict]] = {}
    for row in rows:
        for term in _title_terms(row):
            if frequency[term] <= rare_share * len(everything) and zipf(term) < max_zipf:
                by_term.setdefault(term, []).append(row)
    taken: set[str] = set()
    groups = []
    for term, members in sorted(by_term.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        members = sorted(members, key=lambda r: r["published"])
        if len(members) < smallest or (T.published(members[-1]) - T.published(members[0])).days < min_days:
            continue
        step = len(members) / min(len(members), largest)
        chosen = [members[math.floor(k * step)] for k in range(min(len(members), largest))]
        if any(r["id"] in taken for r in chosen):
            continue
        taken |= {r["id"] for r in chosen}
        groups.append(chosen)
        if len(groups) == count:
            break
    return groups


def run_timelines(summarizer: Summarizer, groups: list[list[dict]]) -> dict[str, list[dict]]:
    scores: dict[str, list[dict]] = {m: [] for m in METHODS}
    for group in groups:
        reference = " ".join(r["abstract"] for r in group)
        texts = summaries(summarizer, [T.record(r) for r in group], len(reference.split()))
        if texts is None:
            continue
        for method, text in texts.items():
            scores[method].append(Q.rouge_multi(text, [reference]))
    return scores


def report(title: str, scores: dict[str, list[dict]]) -> list[str]:
    lines = [title, f"{'method':<10} " + " ".join(f"{k:<20}" for k in ROUGE_TYPES)]
    for method in METHODS:
        lines.append(f"{method:<10} " + " ".join(f"{Q.interval([r[k] for r in scores[method]]):<20}"
                                                  for k in ROUGE_TYPES))
    ours = [r["rouge2"] for r in scores["ours"]]
    for anchor in ("lead-fit", "lead-each"):
        base = [r["rouge2"] for r in scores[anchor]]
        ratio = sum(ours) / max(sum(base), 1e-9)
        wins = sum(a > b for a, b in zip(ours, base)), sum(a < b for a, b in zip(ours, base))
        lines.append(f"R-2 ours / {anchor}: {ratio:.3f} (better on {wins[0]}, worse on {wins[1]})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N validation articles")
    parser.add_argument("--words", type=int, default=35, help="budget of a one-article summary")
    parser.add_argument("--timelines", type=int, default=20, help="how many topic timelines")
    parser.add_argument("--config", help="settings over configs/default.yaml (model steps stay off)")
    parser.add_argument("--tune", action="store_true",
                        help="read February-April 2018 (training months) instead: for trying settings, never for reporting")
    parser.add_argument("--json", help="write every figure as JSON")
    args = parser.parse_args(argv)
    if not T.ANT.is_file():
        print(f"the ANT corpus is missing: expected {T.ANT}", file=sys.stderr)
        return 2
    summarizer = Summarizer(load_config(args.config, Q.EXTRACTIVE))
    first = T.TUNE if args.tune else T.SPLIT
    everything = T.read_ant(None)
    validation = [r for r in T.read_ant() if first <= T.published(r) < (T.SPLIT if args.tune else date.max)
                  and r.get("abstract_is_human")]
    months = "February-April 2018, training months" if args.tune else "May-June 2018"
    out = {}
    if args.articles != 0:
        articles = run_articles(summarizer, validation[:args.articles], args.words)
        out["articles"] = articles
        print("\n".join(report(f"ANT BBC ({months}): {len(articles['ours'])} articles, one at "
                               f"a time, {args.words} words, against the standfirst; F1 %", articles)), flush=True)
    if args.timelines:
        groups = timelines(validation, everything, args.timelines)
        sizes = Counter(len(g) for g in groups)
        spans = [(T.published(g[-1]) - T.published(g[0])).days for g in groups]
        lines = report(f"ANT BBC topic timelines ({months}): {len(groups)} topics of "
                       f"{min(sizes)}-{max(sizes)} articles over {min(spans)}-{max(spans)} days, against their "
                       "standfirsts in date order, at that length; F1 %",
                       out.setdefault("timelines", run_timelines(summarizer, groups)))
        print("\n" + "\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps({part: {m: {k: bootstrap([r[k] for r in v]) for k in ROUGE_TYPES}
                                                      for m, v in scores.items()} for part, scores in out.items()},
                                              indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
