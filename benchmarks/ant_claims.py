"""Disputes and evolving figures on real multi-outlet events nobody here chose: ANT, one month at a time.

Reads ../shared/data/ant/ant-2018-h1.jsonl.gz (third-party text, never copied into the repository), keeps one
month's middleEast and internationalNews articles with their feed dates, clusters them as `python -m summarize
cluster` does, takes the events of at least --min-articles articles from at least two outlets, shuffles them
(seeded) and summarizes the first --events at default settings (extractive, as the benchmarks run). It prints how
many disputes and evolving figures the Results hold and writes each event's summary, disputes (sides with who,
value, sources, sentence) and evolving figures (values with date, article, who, qualifier) to --out, a file outside
the repository, to be judged by reading: a dispute is right when its sides disagree about one thing, a figure when
its values count one thing. One month can tune a rule and another report it (stop 37: April to find errors, May
held out).

Run: .venv/bin/python benchmarks/ant_claims.py --month 2018-05 --out /work/notes/ant_may.txt [--events 80]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
ANT = ROOT.parent / "shared" / "data" / "ant" / "ant-2018-h1.jsonl.gz"

from quality import EXTRACTIVE  # noqa: E402
from summarize import Summarizer, load_config  # noqa: E402
from summarize.many.clustering import cluster_articles  # noqa: E402
from summarize.models.embeddings import load_embedder  # noqa: E402


def month_articles(month: str) -> list[dict]:
    """The month's news articles (middleEast, internationalNews) in the form the clustering reads, with the outlet."""
    found = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["published"].startswith(month) and row["cat"] in ("middleEast", "internationalNews"):
                found.append({"id": row["id"], "title": row["title"], "url": row["url"],
                              "date": row["published"][:10], "text": row["text"], "src": row["src"]})
    return found


def dump(n: int, articles: list[dict], result) -> list[str]:
    """One event's summary, disputes and evolving figures, for reading (dispute E3.1: event 3's first, an id a
    judgement file can name)."""
    lines = [f"\n=== EVENT {n} ({len(articles)} articles) "
             + " | ".join(f"{a['date']} {a['id']}: {a['title']}" for a in articles[:6]),
             "SUMMARY: " + result.summary_ar.replace("\n", " ")]
    for k, dispute in enumerate(result.disputes, start=1):
        lines.append(f"  DISPUTE E{n}.{k} about={dispute.about!r} figure={dispute.figure}")
        lines += [f"    - {s.stance} who={s.who} value={s.value} sources={s.sources}: {s.text}" for s in dispute.sides]
    for figure in (f for f in result.figures if f.evolving):
        lines.append(f"  FIGURE {figure.id} latest={figure.latest} ({figure.latest_from}) part_of={figure.part_of}")
        lines += [f"    * {v.value} {v.qualifier or ''} {v.published} {v.doc} who={v.who} claimed={v.claimed}: {v.text}"
                  for v in figure.values]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--month", default="2018-05", help="YYYY-MM, January to June 2018")
    parser.add_argument("--events", type=int, default=80)
    parser.add_argument("--min-articles", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="the dump to read (outside the repository)")
    args = parser.parse_args(argv)
    if not ANT.is_file():
        print(f"the ANT file is missing: expected {ANT} (it stays in shared/, never in the repository)",
              file=sys.stderr)
        return 2
    if ROOT in args.out.resolve().parents:
        print("--out must be outside the repository: the dump quotes third-party text", file=sys.stderr)
        return 2
    started = time.perf_counter()
    articles = month_articles(args.month)
    by_id = {a["id"]: a for a in articles}
    cfg = load_config()
    stories = cluster_articles(articles, load_embedder(cfg), cfg)
    events = [s for s in stories if len(s.documents) >= args.min_articles
              and len({by_id[d.id]["src"] for d in s.documents}) >= 2]
    print(f"{len(articles)} articles, {len(stories)} events, {len(events)} of {args.min_articles}+ articles from 2+ "
          f"outlets ({time.perf_counter() - started:.0f} s)")
    random.Random(args.seed).shuffle(events)
    summarizer = Summarizer(load_config(None, EXTRACTIVE))
    disputes = evolving = 0
    lines: list[str] = []
    for n, story in enumerate(events[:args.events]):
        chosen = [{k: by_id[d.id][k] for k in ("id", "title", "date", "text")} for d in story.documents]
        result = summarizer.summarize(chosen)
        disputes += len(result.disputes)
        evolving += sum(f.evolving for f in result.figures)
        lines += dump(n, chosen, result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{min(args.events, len(events))} events summarized: {disputes} disputes, {evolving} evolving figures "
          f"({time.perf_counter() - started:.0f} s); written to {args.out} to be read")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
