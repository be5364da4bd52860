"""Stories in one pooled pile of labelled pages: B-cubed and pages in another language.

Pools ../shared/data/dev-clusters (76 Arabic pages, 10 stories), ../shared/data/dev-pages-2 (95 pages,
12 stories, 9 of them English or French) and the seeds with tests/fixtures/other_story into one pile,
clusters it once as `python -m summarize cluster` does, and reports B-cubed precision / recall / F1 over
the whole pile and over each set's pages (the clustering is the same; only the pages scored differ), the
stories split or merged, and where each English or French page landed: with pages of its own story or not.

The term-linking settings were tuned on dev-clusters and the seeds, so dev-pages-2 is held out for them;
the cross-language settings (`cross_language_*`) could only be set on dev-pages-2, the one set with pages
in other languages, so its 9 English and French pages are in-sample for them. Events split topics by
dates (`event_*`), which the labelled stories do not separate: both levels are scored against them.
`--leave-one-story-out` also picks, for each story, the best of a small grid of the four linking
thresholds on every other story (min_group_names 1.0: names never join two groups), and scores that
story's pages with it (the held-out grid figure), then lists each story's errors under its own held-out
settings (stories merged with it, pages split off it, its other-language pages left alone) with the dates
of the pages involved: a missing or wrong date is what most of them share.
`--without-own-story` clusters, for each English or French page, the pile without its story's other pages:
it should then stand alone, and where it joins a story that is a false join the dev pile cannot show.

Run: python benchmarks/pooled_stories.py [--leave-one-story-out] [--without-own-story] [--json FILE]
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter, defaultdict
from itertools import product
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
SETS = ("dev-clusters", "dev-pages-2")

from summarize import load_config  # noqa: E402
from summarize.many.clustering import cluster_documents, read_articles  # noqa: E402
from summarize.models.embeddings import load_embedder  # noqa: E402


class CachedEmbedder:
    """The configured embedder, remembering each text's vector across runs of a grid."""

    def __init__(self, inner):
        self.inner, self.name, self.cache = inner, inner.name, {}

    def encode(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            self.cache.update(zip(missing, self.inner.encode(missing)))
        return np.stack([self.cache[t] for t in texts]) if texts else self.inner.encode([])


def pile() -> tuple[list[dict], dict[str, str], dict[str, str], dict[str, str]]:
    """Records, and per id: its story, its set, its language."""
    records, story, origin, lang = [], {}, {}, {}
    for name in SETS:
        for line in (DATA / name / "clusters.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                page = json.loads(line)
                records.append({"id": page["id"], "url": page["url"], "text": page["text"]})
                story[page["id"]], origin[page["id"]] = page["cluster"], name
                lang[page["id"]] = page.get("lang") or "ar"
    for folder, name in ((ROOT / "seeds", "seeds"), (ROOT / "tests" / "fixtures" / "other_story", "heat")):
        for path in sorted(folder.glob("*.txt")):
            records.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
            story[path.stem], origin[path.stem], lang[path.stem] = name, "seeds", "ar"
    story["002_1b35a13412cf49fa"] = "seeds-february"          # the February phone call: its own event
    return records, story, origin, lang


def bcubed(assigned: dict[str, str], truth: dict[str, str], items: list[str]) -> dict:
    """B-cubed over `items` (clusters and stories counted over the whole pile)."""
    by_cluster, by_story = defaultdict(set), defaultdict(set)
    for item in truth:
        by_cluster[assigned[item]].add(item)
        by_story[truth[item]].add(item)
    p = sum(len(by_cluster[assigned[i]] & by_story[truth[i]]) / len(by_cluster[assigned[i]]) for i in items)
    r = sum(len(by_cluster[assigned[i]] & by_story[truth[i]]) / len(by_story[truth[i]]) for i in items)
    p, r = p / len(items), r / len(items)
    stories = {truth[i] for i in items}
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3),
            "stories_split": sum(len({assigned[i] for i in by_story[s]}) > 1 for s in stories),
            "clusters_merging": sum(len({truth[i] for i in by_cluster[c]}) > 1
                                    for c in {assigned[i] for i in items})}


def fresh(docs) -> list:
    """Copies of the pages as read: clustering dates pages again within their stories, and each run of a grid
    starts from the pile's own reading."""
    return [copy.copy(d) for d in docs]


def run(docs, embedder, truth, origin, lang, overrides=None) -> dict:
    """One clustering of the pile, scored at both levels: topics and their events (the stories written)."""
    cfg = load_config(None, overrides)
    stories = cluster_documents(fresh(docs), embedder, cfg)
    report = {"topics": len({s.topic.id for s in stories}), "events": len(stories)}
    for level, key in (("topic", lambda s: s.topic.id), ("event", lambda s: s.id)):
        assigned = {d.id: key(s) for s in stories for d in s.documents}
        report[level] = score(assigned, truth, origin, lang)
    return report


def score(assigned: dict[str, str], truth, origin, lang) -> dict:
    members = defaultdict(list)
    for i, s in assigned.items():
        members[s].append(i)
    report = {"all": bcubed(assigned, truth, list(truth))}
    for name in SETS:
        report[name] = bcubed(assigned, truth, [i for i in truth if origin[i] == name])
    report["other_language"] = {
        i: sum(truth[j] == truth[i] and lang[j] == "ar" for j in members[assigned[i]])
        for i in truth if lang[i] != "ar"}      # Arabic pages of its own story in its cluster
    report["mixed"] = [sorted(Counter(truth[i] for i in m).items()) for m in members.values()
                       if len({truth[i] for i in m}) > 1]
    report["split"] = {s: sorted(Counter(assigned[i] for i in truth if truth[i] == s).values(), reverse=True)
                       for s in set(truth.values()) if len({assigned[i] for i in truth if truth[i] == s}) > 1}
    report["assigned"] = assigned
    return report


def show(report: dict) -> None:
    for name in ("all", *SETS):
        r = report[name]
        print(f"  {name:>13}: B-cubed P {r['precision']} R {r['recall']} F1 {r['f1']}, "
              f"{r['stories_split']} stories split, {r['clusters_merging']} clusters merging stories")
    joined = sum(n > 0 for n in report["other_language"].values())
    print(f"  pages in English or French with Arabic pages of their story: {joined} of "
          f"{len(report['other_language'])}"
          + "".join(f"\n    alone or misplaced: {i}" for i, n in report["other_language"].items() if n == 0))
    for mixed in report["mixed"]:
        print(f"    mixed: {mixed}")
    for story, sizes in report["split"].items():
        print(f"    split: {story} {sizes}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leave-one-story-out", action="store_true")
    parser.add_argument("--without-own-story", action="store_true")
    parser.add_argument("--json", help="write the figures as JSON")
    args = parser.parse_args(argv)
    if not all((DATA / name / "clusters.jsonl").is_file() for name in SETS):
        print(f"the development data is missing under {DATA} (it stays in shared/, never in the repository)",
              file=sys.stderr)
        return 2
    records, truth, origin, lang = pile()
    cfg = load_config()
    docs = read_articles(records, cfg)
    embedder = CachedEmbedder(load_embedder(cfg))
    report = run(docs, embedder, truth, origin, lang)
    print(f"{len(truth)} pages, {len(set(truth.values()))} labelled stories: {report['topics']} topics, "
          f"{report['events']} events")
    for level in ("topic", "event"):
        print(f"{level}s against the labelled stories:")
        show(report[level])
    if args.leave_one_story_out:
        report["leave_one_story_out"] = leave_one_story_out(docs, embedder, truth, origin, lang)
    if args.without_own_story:
        report["without_own_story"] = without_own_story(docs, embedder, truth, lang)
    if args.json:
        for level in ("topic", "event"):
            report[level].pop("assigned")
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def without_own_story(docs, embedder, truth, lang) -> dict[str, list[str]]:
    """Per page in another language: the stories it joins in the pile without its own story's other pages."""
    cfg = load_config()
    joined = {}
    for doc in docs:
        if lang[doc.id] == "ar":
            continue
        pile = [d for d in docs if d is doc or truth[d.id] != truth[doc.id]]
        stories = cluster_documents(fresh(pile), embedder, cfg)
        topic = next(s.topic.id for s in stories if any(d.id == doc.id for d in s.documents))
        joined[doc.id] = sorted({truth[d.id] for s in stories if s.topic.id == topic for d in s.documents
                                 if d.id != doc.id})
    wrong = {i: stories for i, stories in joined.items() if stories}
    print(f"without their own story, {len(joined) - len(wrong)} of {len(joined)} pages in English or French stand "
          "alone" + "".join(f"\n  {i} joins {', '.join(stories)}" for i, stories in wrong.items()))
    return joined


GRID = {"min_lexical": [0.10, 0.12, 0.14], "min_lexical_undated": [0.10, 0.12, 0.14],
        "min_group_lexical": [0.10, 0.115, 0.13], "min_group_names": [0.08, 0.10, 0.12, 1.0]}


def leave_one_story_out(docs, embedder, truth, origin, lang) -> dict:
    """Per story, the grid point best on all other stories (B-cubed F1 over their pages) scores this one."""
    points = [dict(zip(GRID, values)) for values in product(*GRID.values())]
    runs = [run(docs, embedder, truth, origin, lang, {"clustering": point}) for point in points]
    stories = sorted(set(truth.values()))
    held = {}
    for story in stories:
        rest = [i for i in truth if truth[i] != story]
        best = max(range(len(points)), key=lambda k: bcubed(runs[k]["topic"]["assigned"], truth, rest)["f1"])
        held[story] = (best, [i for i in truth if truth[i] == story])
    # The held-out pile: each story's pages scored on the run its held-out choice made.
    p = r = 0.0
    for story, (best, items) in held.items():
        scores = bcubed(runs[best]["topic"]["assigned"], truth, items)
        p += scores["precision"] * len(items)
        r += scores["recall"] * len(items)
    p, r = p / len(truth), r / len(truth)
    chosen = Counter(json.dumps(points[b]) for b, _ in held.values())
    print(f"leave-one-story-out over the grid {GRID}: B-cubed P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}; "
          f"chosen settings: {dict(chosen)}")
    confusions = held_out_confusions(docs, {s: runs[b]["topic"]["assigned"] for s, (b, _) in held.items()},
                                     truth, lang)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3),
            "chosen": dict(chosen), "confusions": confusions}


def held_out_confusions(docs, assigned_for: dict[str, dict[str, str]], truth, lang) -> list[str]:
    """Each story's errors under its own held-out settings: the stories it shares a topic with, the pages
    split off it, its pages in another language without an Arabic page of it, each with its pages'
    dates (a missing or wrong date is the usual cause)."""
    day = {d.id: d.published for d in docs}

    def dates(ids) -> str:
        known = sorted(str(day[i]) for i in ids if day[i])
        return f"{len(ids)} pages, {len(known)} dated" + (f" {known[0]}..{known[-1]}" if known else "")

    lines = []
    for story, assigned in sorted(assigned_for.items()):
        own = [i for i in truth if truth[i] == story]
        topics = Counter(assigned[i] for i in own)
        for topic in topics:
            others = sorted({truth[i] for i in assigned if assigned[i] == topic} - {story})
            lines += [f"merged: {story} ({dates([i for i in own if assigned[i] == topic])}) with {other} "
                      f"({dates([i for i in assigned if assigned[i] == topic and truth[i] == other])})"
                      for other in others]
        main = topics.most_common(1)[0][0]
        lines += [f"split off {story}: {i} ({lang[i]}, dated {day[i]}; its story's other pages: "
                  f"{dates([j for j in own if j != i])})" for i in own if assigned[i] != main]
        lines += [f"alone or misplaced: {i} ({lang[i]}) of {story}" for i in own if lang[i] != "ar" and not any(
            assigned[j] == assigned[i] and lang[j] == "ar" for j in own)]
    print("held-out confusions:" + "".join(f"\n  {line}" for line in lines))
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
