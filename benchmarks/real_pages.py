"""Dates, copies and stories on real scraped pages, against the labels of the dev clusters.

Reads ../shared/data/dev-clusters/ (third-party text, never copied into the repository): 76 pages in
10 stories, labelled with the publication date the page itself shows (or none), syndicated copies
and story membership. Reports:
- dates: per page, right / missed (a labelled date we did not find) / none (no date, rightly) /
  wrong (a date that is not the page's), read as the single-story pipeline reads them, story by story;
  pages that print no date but get one inferred from their lead (marked so) are counted apart;
- copies: labelled copy pairs grouped, and pairs grouped that are not copies;
- stories: every page pooled into one pile and clustered (`python -m summarize cluster`), B-cubed
  precision / recall / F1, stories merged (two labelled stories sharing a cluster) and split; also with
  the seeds and tests/fixtures/other_story added to the pile.

Run: .venv/bin/python benchmarks/real_pages.py [--json benchmarks/results/real_pages.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CLUSTERS = ROOT.parent / "shared" / "data" / "dev-clusters"

from summarize import Summarizer, load_config  # noqa: E402
from summarize.many.clustering import cluster_articles  # noqa: E402
from summarize.models.embeddings import load_embedder  # noqa: E402

EXTRACTIVE = {"generation": {"enabled": False}, "translation": {"enabled": False}}


def read_pages() -> list[dict]:
    return [json.loads(line) for line in (CLUSTERS / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def record(page: dict) -> dict:
    return {"id": page["id"], "url": page["url"], "text": page["text"]}


def dates_and_copies(pages: list[dict], summarizer: Summarizer) -> dict:
    stories = defaultdict(list)
    for page in pages:
        stories[page["cluster"]].append(page)
    dates = Counter()
    wrong, missed, inferred_dates = [], [], []
    copies = Counter()
    false_copies = []
    for members in stories.values():
        result = summarizer([record(p) for p in members])
        found = {d.id: d for d in result.documents}
        for page in members:
            got = found[page["id"]].published
            truth = page["date"]
            inferred = (found[page["id"]].published_from or "").startswith("inferred")
            if inferred and not truth:            # the page prints no date; ours is marked as inferred
                dates["inferred"] += 1
                inferred_dates.append(f"{page['id']}: {got} ({found[page['id']].published_from})")
            elif truth and got and got.isoformat() == truth:
                dates["right"] += 1
            elif truth and not got:
                dates["missed"] += 1
                missed.append(page["id"])
            elif not truth and not got:
                dates["none"] += 1
            else:
                dates["wrong"] += 1
                wrong.append(f"{page['id']}: {got} (label {truth})")
        labelled = {frozenset((p["id"], p["dup_of"])) for p in members if p["dup_of"]}
        root = {d.id: d.duplicate_of or d.id for d in result.documents}
        grouped = {frozenset((a, b)) for a, b in combinations(root, 2) if root[a] == root[b]}
        copies["labelled"] += len(labelled)
        copies["found"] += len(labelled & grouped)
        copies["false"] += len(grouped - labelled)
        false_copies += [" ~ ".join(sorted(pair)) for pair in grouped - labelled]
    return {"dates": dict(dates), "wrong_dates": wrong, "missed_dates": missed, "inferred_dates": inferred_dates,
            "copies": dict(copies),
            "false_copies": false_copies}


def bcubed(assigned: dict[str, str], truth: dict[str, str]) -> dict:
    """B-cubed precision, recall and F1 over the items of `truth`; merged and split stories."""
    by_cluster, by_story = defaultdict(set), defaultdict(set)
    for item in truth:
        by_cluster[assigned[item]].add(item)
        by_story[truth[item]].add(item)
    precision = sum(len(by_cluster[assigned[i]] & by_story[truth[i]]) / len(by_cluster[assigned[i]])
                    for i in truth) / len(truth)
    recall = sum(len(by_cluster[assigned[i]] & by_story[truth[i]]) / len(by_story[truth[i]])
                 for i in truth) / len(truth)
    merged = sum(len({truth[i] for i in members}) > 1 for members in by_cluster.values())
    split = sum(len({assigned[i] for i in members}) > 1 for members in by_story.values())
    return {"precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / (precision + recall), 3), "clusters_merging_stories": merged,
            "stories_split": split}


def clustering(pages: list[dict], extra: bool, overrides: dict | None = None) -> dict:
    cfg = load_config(None, overrides)
    inputs = [record(p) for p in pages]
    truth = {p["id"]: p["cluster"] for p in pages}
    if extra:
        for folder, story in ((ROOT / "seeds", "seeds"), (ROOT / "tests" / "fixtures" / "other_story", "heat")):
            for path in sorted(folder.glob("*.txt")):
                inputs.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
                truth[path.stem] = story
        truth["002_1b35a13412cf49fa"] = "seeds-february"     # the February phone call: its own event
    stories = cluster_articles(inputs, load_embedder(cfg), cfg)
    assigned = {d.id: s.id for s in stories for d in s.documents}
    out = bcubed(assigned, truth)
    out["clusters"] = len(stories)
    out["mixed"] = [sorted(Counter(truth[d.id] for d in s.documents).items()) for s in stories
                    if len({truth[d.id] for d in s.documents}) > 1]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the figures as JSON")
    args = parser.parse_args(argv)
    if not CLUSTERS.is_dir():
        print(f"the development data is missing: expected {CLUSTERS} (it stays in shared/, never in the "
              "repository)", file=sys.stderr)
        return 2
    pages = read_pages()
    report = dates_and_copies(pages, Summarizer(load_config(None, EXTRACTIVE)))
    report["clustering"] = clustering(pages, extra=False)
    report["clustering_with_seeds"] = clustering(pages, extra=True)
    d, c = report["dates"], report["copies"]
    printed = sum(p["date"] is not None for p in pages)
    print(f"Dates ({len(pages)} pages, {printed} print their date): right {d.get('right', 0)}, "
          f"missed {d.get('missed', 0)}, rightly none {d.get('none', 0)}, wrong {d.get('wrong', 0)}")
    print(f"  and {d.get('inferred', 0)} pages that print no date given one inferred from their lead "
          "(marked as inferred)")
    for line in report["wrong_dates"]:
        print(f"  wrong: {line}")
    for line in report["inferred_dates"]:
        print(f"  inferred: {line}")
    print(f"Copies: {c['found']} of {c['labelled']} labelled pairs grouped, {c['false']} false pairs "
          + (f"({', '.join(report['false_copies'])})" if report["false_copies"] else ""))
    for name in ("clustering", "clustering_with_seeds"):
        r = report[name]
        print(f"Stories ({name.replace('_', ' ')}): B-cubed P {r['precision']} R {r['recall']} F1 {r['f1']}, "
              f"{r['clusters']} clusters, {r['clusters_merging_stories']} merging stories, "
              f"{r['stories_split']} stories split")
        for mixed in r["mixed"]:
            print(f"  mixed: {mixed}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
