"""Cleaning, dates and copies on real scraped pages, in-sample and leave-one-site-out; stories in one pile.

Reads ../shared/data/dev-clusters/ and ../shared/data/dev-pages-2/ (third-party text, never copied into the
repository): 171 pages in 22 stories from 156 sites, every non-blank line labelled body or furniture, with the
publication date the page itself shows (or none), near-identical copies and story membership. The hand rules
were written on dev-clusters, so dev-pages-2 is their held-out set; the learned line classifier
(summarize/text/furniture.py) is measured leave-one-site-out: for each site in turn a model is trained on every
other site (and the weakly labelled BBC lines; benchmarks/train_furniture.py) and the site's pages are read
with it. Reports, for the rules alone,
rules + the shipped model (trained on every site: in-sample) and rules + the model of each held-out site:
- cleaning: furniture lines removed, body lines lost (a line joined to the one before it counts as kept);
- dates: per page, right / missed (a labelled date we did not find) / none (no date, rightly) / wrong (a date
  that is not the page's), read story by story as the pipeline reads them; pages that print no date but get one
  inferred from their lead (marked so) are counted apart; also each page read alone and every page pooled
  in one pile as `cluster` reads it (no other page to confirm a stamp: the hard case) and as it writes it out
  (each page's stamps checked again against the story it was put in); beside ours, dateparser (search_dates,
  Arabic, English and French) and htmldate (find_date on the page and its address) on the same pages;
- copies: labelled copy pairs grouped, and pairs grouped that are not copies;
- stories: every page pooled into one pile and clustered (`python -m summarize cluster`), B-cubed
  precision / recall / F1, stories merged (two labelled stories sharing a cluster) and split; also with
  the seeds and tests/fixtures/other_story added to the pile.

Run: .venv/bin/python benchmarks/real_pages.py [--other-readers] [--no-loso] [--no-stories] [--list-lines] [--json FILE]
(leave-one-site-out: one model per site, about 10 minutes on 2 cores; --list-lines prints the held-out run's
furniture lines kept and body lines lost, to read what the model misses)
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from summarize import load_config  # noqa: E402
from summarize.many.clustering import cluster_articles  # noqa: E402
from summarize.models.embeddings import load_embedder  # noqa: E402
from summarize.pipeline import FindCopies, ReadDocuments, Story  # noqa: E402
from summarize.text.documents import Document  # noqa: E402
from train_furniture import DATA, SETS, examples, fit, labelled_pages, stories_of, to_json, weak_examples  # noqa: E402

RULES = {"cleaning": {"learned": {"mode": "off"}}}
LISTED = 90                                         # characters of a line shown by --list-lines


def record(page: dict) -> dict:
    return {"id": page["id"], "url": page["url"], "text": page["text"]}


def read_story(members: list[dict], cfg) -> list[Document]:
    """The pages of one story read as the pipeline reads them (documents, then copies)."""
    story = Story(inputs=[record(p) for p in members])
    host = SimpleNamespace(config=cfg)              # the two stages only read the config
    ReadDocuments(host).annotate(story)
    FindCopies(host).annotate(story)
    return story.docs


def score(members: list[dict], docs: list[Document], only: set[str]) -> dict:
    """Cleaning, dates and copies of the pages of `only` (copy pairs: counted with their first page)."""
    out = {"cleaning": Counter(), "dates": Counter(), "copies": Counter(), "wrong_dates": [], "missed_dates": [],
           "inferred_dates": [], "false_copies": [], "missed_copies": [], "furniture_kept": [], "body_lost": []}
    found = {d.id: d for d in docs}
    for page in members:
        if page["id"] not in only:
            continue
        doc = found[page["id"]]
        kept = {line.line_no + k for line in doc.lines for k in range(line.spans)}
        for line_no, label in page["labels"].items():
            if label["label"] == "furniture":
                out["cleaning"]["furniture"] += 1
                out["cleaning"]["furniture_removed"] += line_no not in kept
                if line_no in kept:
                    out["furniture_kept"].append(f"{page['id']}:{line_no}: {label['text'][:LISTED]}")
            else:
                out["cleaning"]["body"] += 1
                out["cleaning"]["body_lost"] += line_no not in kept
                if line_no not in kept:
                    out["body_lost"].append(f"{page['id']}:{line_no}: {label['text'][:LISTED]}")
        got, truth = doc.published, page["date"]
        out["dates"]["printed"] += truth is not None
        if (doc.published_from or "").startswith("inferred") and not truth:
            out["dates"]["inferred"] += 1
            out["inferred_dates"].append(f"{page['id']}: {got} ({doc.published_from})")
        else:
            verdict = date_verdict(got.isoformat() if got else None, truth)
            out["dates"][verdict] += 1
            if verdict in ("wrong", "missed"):
                out[f"{verdict}_dates"].append(f"{page['id']}: {got} (label {truth})")
    labelled = {frozenset((p["id"], p["dup_of"])) for p in members if p["dup_of"]}
    root = {d.id: d.duplicate_of or d.id for d in docs}
    grouped = {frozenset((a, b)) for a, b in combinations(root, 2) if root[a] == root[b]}
    for pair in labelled | grouped:
        if min(pair) not in only:
            continue
        out["copies"]["labelled"] += pair in labelled
        out["copies"]["found"] += pair in labelled and pair in grouped
        out["copies"]["false"] += pair in grouped and pair not in labelled
        if pair in grouped and pair not in labelled:
            out["false_copies"].append(" ~ ".join(sorted(pair)))
        if pair in labelled and pair not in grouped:
            out["missed_copies"].append(" ~ ".join(sorted(pair)))
    return out


def date_verdict(got: str | None, truth: str | None) -> str:
    if truth and got == truth:
        return "right"
    if truth and not got:
        return "missed"
    return "none" if not truth and not got else "wrong"


def merge(parts: list[dict]) -> dict:
    total = {}
    for part in parts:
        for key, value in part.items():
            total[key] = total.get(key, Counter() if isinstance(value, Counter) else []) + value
    return total


def in_sample(pages: list[dict], cfg) -> dict[str, dict]:
    """Every story read with one configuration; the figures per dev set."""
    by_set = defaultdict(list)
    for members in stories_of(pages).values():
        docs = read_story(members, cfg)
        by_set[members[0]["set"]].append(score(members, docs, {p["id"] for p in members}))
    return {name: merge(parts) for name, parts in by_set.items()}


def dates_apart(pages: list[dict], cfg) -> dict[str, dict]:
    """Dates where no other page can confirm a stamp: each page read as a story of its own; every page pooled
    in one pile as `cluster` reads a pile (clustering.read_articles: no story date to check against); and
    the dates `cluster` writes out, each page's stamps checked again against the other pages of the story
    it was put in."""
    from summarize.many.clustering import read_articles
    pile = [record(p) for p in pages]
    clustered = {d.id: d for s in cluster_articles(pile, load_embedder(cfg), cfg) for d in s.documents}
    out = {}
    for name, docs in (("each page alone", [read_story([p], cfg)[0] for p in pages]),
                       ("in one pile, read", read_articles(pile, cfg)),
                       ("in one pile, clustered", [clustered[p["id"]] for p in pages])):
        counts, wrong = Counter(), []
        for page, doc in zip(pages, docs):
            got, truth = doc.published, page["date"]
            counts["printed"] += truth is not None
            verdict = "inferred" if (doc.published_from or "").startswith("inferred") and not truth \
                else date_verdict(got.isoformat() if got else None, truth)
            counts[verdict] += 1
            if verdict in ("wrong", "missed", "inferred"):
                wrong.append(f"{verdict}: {page['id']}: {got} ({doc.published_from}; label {truth})")
        out[name] = {"dates": dict(counts), "not_right": wrong}
    return out


def leave_one_site_out(pages: list[dict], seed: int, mode: str) -> dict[str, dict]:
    """Each site's pages read with a furniture model trained on every other site (`mode`: see
    cleaning.learned.mode)."""
    rules_cfg = load_config(None, RULES)
    data = examples(pages, rules_cfg)
    weak = weak_examples(rules_cfg)
    stories = stories_of(pages)
    by_set = defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        for n, site in enumerate(sorted({p["site"] for p in pages})):
            model, threshold = fit([e for e in data if e.site != site], seed, mode, weak=weak)
            path = Path(folder) / f"fold{n}.json"
            path.write_text(json.dumps(to_json(model, threshold)), encoding="utf-8")
            cfg = load_config(None, {"cleaning": {"learned": {"mode": mode, "model_path": str(path)}}})
            for members in stories.values():
                held = {p["id"] for p in members if p["site"] == site}
                if held:
                    by_set[members[0]["set"]].append(score(members, read_story(members, cfg), held))
    return {name: merge(parts) for name, parts in by_set.items()}


def other_readers(pages: list[dict], header_lines: int) -> dict[str, Counter]:
    """dateparser and htmldate on the same pages: the first date each finds in the page's header."""
    import logging

    from dateparser.search import search_dates
    from htmldate import find_date
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    out = {"dateparser": Counter(), "htmldate": Counter()}
    for page in pages:
        head = "\n".join([line for line in page["text"].split("\n") if line.strip()][:header_lines])
        hits = search_dates(head, languages=["ar", "en", "fr"]) or []
        first = next((d.date().isoformat() for _, d in hits if 1990 <= d.year <= 2030), None)
        out["dateparser"][date_verdict(first, page["date"])] += 1
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in page["text"].split("\n")) + "</body></html>"
        try:
            found = find_date(html, url=page["url"], outputformat="%Y-%m-%d", extensive_search=True)
        except ValueError:
            found = None
        out["htmldate"][date_verdict(found, page["date"])] += 1
    return out


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


def report_lines(name: str, figures: dict, listed: bool = False) -> list[str]:
    c, d, k = figures["cleaning"], figures["dates"], figures["copies"]
    lines = [f"{name:<34} furniture removed {c['furniture_removed']}/{c['furniture']} "
             f"({100 * c['furniture_removed'] / max(c['furniture'], 1):.1f} %), body lost {c['body_lost']}/{c['body']} "
             f"({100 * c['body_lost'] / max(c['body'], 1):.1f} %); dates read {d['right']}/{d['printed']}, "
             f"wrong {d['wrong']}, inferred {d['inferred']}; copies {k['found']}/{k['labelled']}, false {k['false']}"]
    lines += [f"    wrong date: {w}" for w in figures["wrong_dates"]]
    lines += [f"    missed date: {w}" for w in figures["missed_dates"]]
    lines += [f"    false copy: {w}" for w in figures["false_copies"]]
    lines += [f"    missed copy: {w}" for w in figures["missed_copies"]]
    if listed:
        lines += [f"    furniture kept: {w}" for w in figures["furniture_kept"]]
        lines += [f"    body lost: {w}" for w in figures["body_lost"]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the figures as JSON")
    parser.add_argument("--seed", type=int, default=0, help="seed of the leave-one-site-out models")
    parser.add_argument("--no-stories", action="store_true", help="skip clustering the pooled pages")
    parser.add_argument("--no-loso", action="store_true", help="skip the leave-one-site-out models (slow)")
    parser.add_argument("--list-lines", action="store_true",
                        help="list the furniture lines kept and body lines lost by the held-out run (the last one)")
    parser.add_argument("--other-readers", action="store_true", help="also read the dates with dateparser and htmldate")
    args = parser.parse_args(argv)
    if not all((DATA / name).is_dir() for name in SETS):
        print(f"the development data is missing: expected {', '.join(str(DATA / n) for n in SETS)} "
              "(it stays in shared/, never in the repository)", file=sys.stderr)
        return 2
    pages = labelled_pages()
    runs = {"rules alone": in_sample(pages, load_config(None, RULES)),
            "rules + model (in-sample)": in_sample(pages, load_config(None))}
    if not args.no_loso:
        mode = load_config(None).cleaning.learned.mode
        runs[f"rules + model ({mode}, leave-one-site-out)"] = leave_one_site_out(pages, args.seed, mode)
    report: dict = {}
    for run, by_set in runs.items():
        by_set["all"] = merge(list(by_set.values()))
        print(run)
        for name in (*SETS, "all"):
            held = {"dev-clusters": " (rules written here)", "dev-pages-2": " (held out for the rules)"}.get(name, "")
            listed = args.list_lines and run == list(runs)[-1] and name == "all"
            for line in report_lines(f"  {name}{held}", by_set[name], listed):
                print(line)
        report[run] = {name: {k: dict(v) if isinstance(v, Counter) else v for k, v in figures.items()}
                       for name, figures in by_set.items()}
    report["dates_apart"] = dates_apart(pages, load_config(None))
    for name, figures in report["dates_apart"].items():
        d = figures["dates"]
        print(f"dates, {name:<23} read {d.get('right', 0)}/{d.get('printed', 0)}, wrong {d.get('wrong', 0)}, "
              f"inferred {d.get('inferred', 0)}, rightly none {d.get('none', 0)}")
        for line in figures["not_right"]:
            print(f"    {line}")
    if args.other_readers:
        header_lines = load_config(None).dates.header_lines
        report["other_date_readers"] = {name: dict(c) for name, c in other_readers(pages, header_lines).items()}
        for name, c in report["other_date_readers"].items():
            print(f"{name:<12} dates read {c.get('right', 0)}, missed {c.get('missed', 0)}, rightly none "
                  f"{c.get('none', 0)}, wrong {c.get('wrong', 0)}")
    if not args.no_stories:
        dev = [p for p in pages if p["set"] == "dev-clusters"]
        report["clustering"] = clustering(dev, extra=False)
        report["clustering_with_seeds"] = clustering(dev, extra=True)
        for name in ("clustering", "clustering_with_seeds"):
            r = report[name]
            print(f"Stories, dev-clusters ({name.replace('_', ' ')}): B-cubed P {r['precision']} R {r['recall']} "
                  f"F1 {r['f1']}, {r['clusters']} clusters, {r['clusters_merging_stories']} merging stories, "
                  f"{r['stories_split']} stories split")
            for mixed in r["mixed"]:
                print(f"  mixed: {mixed}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
