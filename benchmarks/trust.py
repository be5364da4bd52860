"""Can an analyst trust what the summary claims? Figures, credits and disputes, beside lead-of-each.

Sets: the dev clusters and dev-pages-2 (../shared/data, labelled key facts and outdated figures), the
seeds (hand label: the 4 militiamen killed in airstrikes and the 36 victims of the market bombing are
two events), and blind stories gathered after the code was written (a folder given as argument, by
default ../blind when present; never copied into the repository): each story a folder of page .txt
files (`URL:` and `DATE:` lines, a blank line, the text) and a facts.json written before any run
(key facts in English, figures with scopes and their values in time order, disputes with their sides'
pages, outdated values).

Per set and method (ours: the product's extractive summary at default settings; lead-each: the first
sentence of every article in turn, then the second ...), with the same word budget:
- outdated: dev sets, the references' `stale` strings stated; blind, a labelled figure's earlier value
  stated as a count (and no labelled figure's latest value, nor a value a labelled dispute's side states);
- stated twice: a figure of ours (kind, scope, event) whose summary states two of its values (its
  parts aside); blind, also a labelled figure two of whose own values are stated;
- contradicting credits (ours only: lead-each credits nobody): a source sentence credited to a chosen
  point whose claim disagrees with the point's (another value of the same count, the opposite stance),
  read by our claim reader, and on blind stories by the labels (a value of one labelled figure other
  than the one the point states);
- false joins: a figure of ours whose values belong to different labelled figures (blind; seeds), apart from
  values that are different sides of one of our disputes over it;
- disputes: a labelled dispute is shown when one of ours has sides whose sources include pages of two
  of its sides, and in the summary when both those sides are stated; strictly shown when two of our sides
  each hold a sentence saying what one of two of its sides (of different parties) says (a dispute over
  many pages shows any of their disputes by pages alone);
- latest right (blind): our evolving figures whose latest value is the labelled latest, of those whose values
  include it (a figure is the labelled figure most of its values belong to);
- key facts: dev sets, the references' facts (as quality.py); seeds, quality.SEED_FACTS; blind facts
  are English prose: `--show` prints them beside the summaries, to be judged by hand.

Run: .venv/bin/python benchmarks/trust.py [BLIND_FOLDER ...] [--no-dev] [--show] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT.parent / "shared" / "data"
DEV_SETS = ("dev-clusters", "dev-pages-2")

from quality import EXTRACTIVE, SEED_FACTS, _read_jsonl, dev_normalize, lead_each, states  # noqa: E402
from summarize import Summarizer, load_config  # noqa: E402
from summarize.result import Result  # noqa: E402
from summarize.story.claims import ClaimRules, disagree  # noqa: E402
from summarize.story.figures import parts_of, amount_reader, count_spans  # noqa: E402
from summarize.text.arabic import content_terms  # noqa: E402
from summarize.text.documents import Sentence  # noqa: E402
from summarize.text.numbers import tokens_of  # noqa: E402

METHODS = ("ours", "lead-each")
SEED_EVENTS = {4: "militiamen killed in US airstrikes", 36: "victims of the Sadr City market bombing"}


@dataclass
class Story:
    """One story to summarize, with whatever labels its set has."""
    name: str
    records: list[dict]
    facts: list[dict] = field(default_factory=list)        # dev: {"all": [[alternatives]]}
    stale: list[str] = field(default_factory=list)         # dev: normalized outdated figures
    labels: dict | None = None                             # blind: facts.json
    seed_facts: bool = False


# ---- reading the sets ------------------------------------------------------------------------------

def dev_stories(name: str) -> list[Story]:
    root = DATA / name
    refs = {r["cluster"]: r for r in _read_jsonl(root / "references.jsonl")}
    pages: dict[str, list[dict]] = {}
    for a in _read_jsonl(root / "clusters.jsonl"):
        pages.setdefault(a["cluster"], []).append({"id": a["id"], "url": a["url"], "text": a["text"]})
    return [Story(n, recs, refs[n]["facts"], refs[n]["stale"]) for n, recs in pages.items()]


def seed_story() -> Story:
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return Story("seeds", records, seed_facts=True)


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def blind_stories(folder: Path) -> list[Story]:
    stories = []
    for story in sorted(p for p in folder.iterdir() if (p / "facts.json").is_file()):
        records = []
        for page in sorted(story.glob("*.txt")):
            head, _, text = page.read_text(encoding="utf-8").partition("\n\n")
            fields = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
            record = {"id": page.stem, "url": fields.get("URL", "").strip() or None, "text": text}
            day = _ISO.match(fields.get("DATE", "").strip())
            if day:
                record["date"] = day.group(0)
            records.append(record)
        labels = json.loads((story / "facts.json").read_text(encoding="utf-8"))
        stories.append(Story(story.name, records, labels=labels))
    return stories


# ---- measures -------------------------------------------------------------------------------------

class Reader:
    """Counts and amounts a summary states, read as the product reads them."""

    def __init__(self, summarizer: Summarizer):
        self.rules = ClaimRules(summarizer.config)
        self.amounts = amount_reader(summarizer.config)

    def numbers(self, text: str) -> set[float]:
        counts = {c.value for c in count_spans(tokens_of(text), self.rules.figures)}
        return counts | {float(a) for a in self.amounts(text)}


def chosen_sentences(result: Result, method: str, budget: int) -> list[Sentence]:
    if method == "ours":
        return [p.representative for p in result.selected_points]
    return lead_each(result.documents, budget)


def stated_twice(result: Result, story_figures: list, keys: set) -> int:
    """Figures of ours (all of them, evolving or not) two of whose values the chosen sentences state, apart
    from the sides of one of our disputes over it (each party's count, given together)."""
    twice = 0
    sides = {d.figure: {s.value for s in d.sides} for d in result.disputes if d.figure}
    for figure in story_figures:
        parts = parts_of(figure)
        values = {v.value for v in figure.values
                  if (v.sentence.doc_id, v.sentence.index) in keys and (v.sentence.doc_id, v.sentence.index) not in parts}
        twice += len(values - sides.get(figure.id, set())) + bool(values & sides.get(figure.id, set())) > 1
    return twice


def contradicting_credits(result: Result, claims: dict, reader: Reader, labels: dict | None) -> tuple[int, int, int]:
    """(credited source sentences, those whose claim disagrees with the point's by our reader, by the labels)."""
    credited = ours = labelled = 0
    owner = _label_owner(labels) if labels else {}
    for point in result.selected_points:
        rep = point.representative
        rep_claim = claims.get((rep.doc_id, rep.index))
        rep_values = {owner[v]: v for v in reader.numbers(rep.text) if v in owner}
        for s in point.sentences:
            if s is rep:
                continue
            credited += 1
            claim = claims.get((s.doc_id, s.index))
            ours += bool(rep_claim and claim and disagree(rep_claim, claim))
            values = {owner[v]: v for v in reader.numbers(s.text) if v in owner}
            labelled += any(f in rep_values and rep_values[f] != v for f, v in values.items())
    return credited, ours, labelled


_LABEL_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|m\b|thousand|k\b)?", re.IGNORECASE)
_SCALE = {"million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}


def label_numbers(value: Any) -> set[float]:
    """A labelled value: a number, or a text giving one or more ('81,000 (prefecture) vs 700,000 (CGT)',
    '1.28 million')."""
    if isinstance(value, (int, float)):
        return {float(value)}
    found = set()
    for digits, scale in _LABEL_NUMBER.findall(str(value)):
        found.add(round(float(digits.replace(",", "")) * _SCALE.get(scale.lower(), 1), 2))
    return found


def _values(figure: dict) -> set[float]:
    """A labelled figure's values, each written {"value", "page", "date"} or [value, page, date]."""
    return {n for v in figure.get("values_in_time_order", [])
            for n in label_numbers(v.get("value") if isinstance(v, dict) else v[0])}


def _label_owner(labels: dict) -> dict[float, int]:
    """Each value that belongs to exactly one labelled figure -> that figure's index."""
    seen: dict[float, set[int]] = {}
    for n, f in enumerate(labels.get("figures", [])):
        for value in _values(f):
            seen.setdefault(value, set()).add(n)
    return {value: next(iter(owners)) for value, owners in seen.items() if len(owners) == 1}


def false_joins(story_figures: list, labels: dict | None, seed: bool, disputes: list = ()) -> int | None:
    """Figures of ours joining values of different labelled figures; values that are different sides of one
    of our disputes over that figure (the labels give each party's count its own figure) are shown apart."""
    if seed:
        return sum(len({SEED_EVENTS[int(v.value)] for v in f.values if v.value in SEED_EVENTS}) > 1
                   for f in story_figures)
    if not labels or not labels.get("figures"):
        return None
    owner = _label_owner(labels)
    sides = {d.figure: {s.value for s in d.sides} for d in disputes if d.figure}
    return sum(len({owner[v.value] for v in f.values if v.value in owner and v.value not in sides.get(f.id, ())}) > 1
               for f in story_figures)


def latest_right(story_figures: list, labels: dict) -> tuple[int, int]:
    """(our evolving figures whose latest value is the labelled latest, those among whose values the labelled
    latest is at all): a figure is the labelled figure most of its values belong to."""
    owner = _label_owner(labels)
    labelled = labels.get("figures", [])
    right = reachable = 0
    for figure in story_figures:
        owners = Counter(owner[v.value] for v in figure.values if v.value in owner)
        if not figure.evolving or figure.recalled or not owners:
            continue
        latest = label_numbers(labelled[owners.most_common(1)[0][0]].get("latest"))
        if latest & {v.value for v in figure.values}:
            reachable += 1
            right += figure.latest in latest
    return right, reachable


def labelled_outdated(text: str, labels: dict, reader: Reader) -> tuple[set[float], int]:
    """(earlier values of labelled figures stated, labelled figures two of whose own values are stated); a
    value a side of a labelled dispute states (one party's count) is no earlier value."""
    stated = reader.numbers(text)
    latest = {n for f in labels.get("figures", []) for n in label_numbers(f.get("latest"))}
    disputed = {n for d in labels.get("disputes", []) for side in d.get("sides", []) for n in reader.numbers(side["text"])}
    latest |= disputed
    owner = _label_owner(labels)
    outdated: set[float] = set()
    twice = 0
    for n, f in enumerate(labels.get("figures", [])):
        values = _values(f)
        outdated |= {v for v in values if v not in latest and v in stated}
        own = {v for v in values if owner.get(v) == n and v in stated and v not in disputed}
        twice += len(own) > 1
    return outdated, twice


def disputes_shown(result: Result, labels: dict, summary_keys: set,
                   texts: dict | None = None) -> tuple[int, int, int, int]:
    """(labelled disputes, shown by ours, with both sides in the summary, shown strictly). Shown: two of our
    sides hold pages of two of its sides (lenient: one dispute over many pages shows any dispute of them);
    strictly: two of our sides each hold a sentence that says what one of two of its sides (with different
    parties) says: `STRICT_OVERLAP` of the shorter's content words in the other (`texts`: key -> sentence)."""
    total = shown = in_summary = strict = 0
    for dispute in labels.get("disputes", []):
        total += 1
        sides = dispute.get("sides", [])
        pages = [_pages(side.get("page", "")) for side in sides]
        hit = False
        for ours in result.disputes:
            covered = [[k for k, side_pages in enumerate(pages) if side_pages & set(side.sources)] for side in ours.sides]
            matched = {k for ks in covered for k in ks}
            if len(matched) >= 2 and sum(bool(ks) for ks in covered) >= 2:
                hit = True
                both = sum(any(key in summary_keys for key in side.sentences) for side in ours.sides) >= 2
                in_summary += both
                break
        shown += hit
        strict += texts is not None and any(_strictly(ours, sides, texts) for ours in result.disputes)
    return total, shown, in_summary, strict


STRICT_OVERLAP = 0.6


def _strictly(ours, sides: list[dict], texts: dict) -> bool:
    said = [content_terms(side.get("text", "")) for side in sides]
    found = []
    for side in ours.sides:
        terms = [content_terms(texts[key]) for key in side.sentences if key in texts] or [content_terms(side.text)]
        found.append({k for k, words in enumerate(said) if words for t in terms if t and
                      len(words & t) >= STRICT_OVERLAP * min(len(words), len(t))})
    return any(a != b and (sides[a].get("who") or a) != (sides[b].get("who") or b)
               for i, x in enumerate(found) for y in found[i + 1:] for a in x for b in y)


def _page(name: str) -> str:
    return name.removesuffix(".txt")


def _pages(labelled: str | list[str]) -> set[str]:
    """The pages a labelled side names: a list, or one string that may list several ('03_a.txt, 07_b.txt')."""
    names = labelled if isinstance(labelled, list) else [labelled]
    return {_page(p.strip()) for name in names for p in re.split(r"[,،;]", name) if p.strip()}


def dev_facts(text: str, story: Story) -> tuple[int, int, int]:
    norm = dev_normalize(text)
    if story.seed_facts:
        covered = sum(all(any(a in norm for a in g) for g in groups) for groups in SEED_FACTS.values())
        return covered, len(SEED_FACTS), 0
    covered = sum(all(any(a in norm for a in g) for g in f["all"]) for f in story.facts)
    return covered, len(story.facts), sum(states(norm, s) for s in story.stale)


def run(stories: list[Story], summarizer: Summarizer, show: bool) -> dict[str, Any]:
    reader = Reader(summarizer)
    budget = summarizer.config.selection.budget_words
    totals = {m: Counter() for m in METHODS}
    shown_text = []
    for story in stories:
        result = summarizer(story.records)
        # every figure (evolving or not) and every claim, as the pipeline read them
        internal = summarizer.internal_story
        claims = {c.key: c for c in internal.claims}
        for method in METHODS:
            sentences = chosen_sentences(result, method, budget)
            keys = {(s.doc_id, s.index) for s in sentences}
            text = (" ".join(p.stated or p.text for p in result.selected_points) if method == "ours"
                    else " ".join(s.text for s in sentences))
            t = totals[method]
            t["stories"] += 1
            t["stated_twice"] += stated_twice(result, internal.figures, keys)
            if story.labels is not None:
                outdated, twice = labelled_outdated(text, story.labels, reader)
                t["outdated"] += len(outdated)
                if show and outdated:
                    shown_text.append(f"   {story.name} [{method}] outdated stated: {sorted(outdated)}")
                t["stated_twice_labelled"] += twice
                texts = {key: c.sentence.text for key, c in claims.items()}
                total, shown, both, strict = disputes_shown(result, story.labels, keys, texts)
                t["disputes"] += total
                if method == "ours":
                    t["disputes_shown"] += shown
                    t["disputes_strict"] += strict
                t["disputes_in_summary"] += both
                t["blind_facts"] += len(story.labels.get("key_facts", []))
            else:
                covered, facts, stale = dev_facts(text, story)
                t["facts"] += covered
                t["fact_total"] += facts
                t["outdated"] += stale
                if show and stale:
                    norm = dev_normalize(text)
                    shown_text.append(f"   {story.name} [{method}] outdated stated: "
                                      f"{[s for s in story.stale if states(norm, s)]}")
            if method == "ours":
                credited, ours, labelled = contradicting_credits(result, claims, reader, story.labels)
                t["credited"] += credited
                t["contradicting"] += ours
                t["contradicting_labelled"] += labelled
                joins = false_joins(internal.figures, story.labels, story.seed_facts, internal.disputes)
                if show and joins:
                    owner = _label_owner(story.labels or {})
                    shown_text += [f"   {story.name} false join: {f.label} [{f.event}] "
                                   f"{sorted({(v.value, owner[v.value]) for v in f.values if v.value in owner})}"
                                   for f in internal.figures
                                   if len({owner[v.value] for v in f.values if v.value in owner}) > 1]
                if joins is not None:
                    t["false_joins"] += joins
                    t["labelled_joins"] += 1
                if story.labels is not None and story.labels.get("figures"):
                    right, reachable = latest_right(internal.figures, story.labels)
                    t["latest_right"] += right
                    t["latest_reachable"] += reachable
                t["evolving"] += len(result.figures)
                t["our_disputes"] += len(result.disputes)
            if show:
                shown_text.append(f"== {story.name} [{method}] (twice {stated_twice(result, internal.figures, keys)}) "
                                  f"{text}")
                if method == "ours":
                    shown_text += [f"   figure: {f.label} [{f.event}] latest {f.latest:g} ({f.latest_from}); "
                                   f"values {[v.value for v in f.values]}" for f in result.figures]
                    shown_text += [f"   dispute: {d.about} | " + " || ".join(
                        f"{s.stance}{f' [{s.agent}]' if s.agent else ''} said by {s.who} {s.sources}"
                        for s in d.sides) for d in result.disputes]
                    if story.labels is not None:
                        shown_text += [f"   key fact: {k}" for k in story.labels.get("key_facts", [])]
    return {"totals": {m: dict(t) for m, t in totals.items()}, "shown": shown_text}


def report(name: str, out: dict[str, Any], blind: bool) -> list[str]:
    lines = [f"{name}: {out['totals']['ours'].get('stories', 0)} stories",
             f"  {'method':<10} {'outdated':>8} {'twice':>6} {'contradicting credits':>22} {'false joins':>11} "
             f"{'disputes shown/labelled':>34} {'key facts':>10} {'evolving':>8} {'disputes':>8} {'latest right':>12}"]
    for method in METHODS:
        t = out["totals"][method]
        twice = f"{t.get('stated_twice', 0)}" + (f"+{t.get('stated_twice_labelled', 0)}L" if blind else "")
        credits = (f"{t.get('contradicting', 0)}/{t.get('credited', 0)}"
                   + (f" ({t.get('contradicting_labelled', 0)}L)" if blind else "")) if method == "ours" else "-"
        joins = f"{t.get('false_joins', 0)} of {t.get('labelled_joins', 0)}" if method == "ours" and \
            t.get("labelled_joins") else "-"
        disputes = (f"{t.get('disputes_shown', 0)}/{t.get('disputes', 0)} ({t.get('disputes_strict', 0)} strict, "
                    f"{t.get('disputes_in_summary', 0)} in sum.)" if blind and method == "ours" else "-")
        facts = "by hand" if blind else f"{t.get('facts', 0)}/{t.get('fact_total', 0)}"
        evolving = str(t.get("evolving", 0)) if method == "ours" else "-"
        ours_disputes = str(t.get("our_disputes", 0)) if method == "ours" else "-"
        latest = f"{t.get('latest_right', 0)}/{t.get('latest_reachable', 0)}" \
            if blind and method == "ours" and t.get("latest_reachable") else "-"
        lines.append(f"  {method:<10} {t.get('outdated', 0):>8} {twice:>6} {credits:>22} {joins:>11} "
                     f"{disputes:>34} {facts:>10} {evolving:>8} {ours_disputes:>8} {latest:>12}")
    return lines


class _Keeping(Summarizer):
    """The product's Summarizer, keeping the last story's internal annotations (all figures, claims)."""
    internal_story = None

    def _result(self, story):
        self.internal_story = story
        return super()._result(story)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("blind", nargs="*", default=[str(ROOT.parent / "blind")],
                        help="folders of blind stories (default ../blind; skipped with a note when absent)")
    parser.add_argument("--no-dev", action="store_true", help="only the blind folders (not the dev sets, the seeds)")
    parser.add_argument("--show", action="store_true", help="print the summaries, figures, disputes and key facts")
    parser.add_argument("--json", help="write the counts as JSON")
    args = parser.parse_args(argv)
    summarizer = _Keeping(load_config(None, EXTRACTIVE))
    sets: list[tuple[str, list[Story], bool]] = []
    for name in () if args.no_dev else DEV_SETS:
        if (DATA / name).is_dir():
            sets.append((name, dev_stories(name), False))
        else:
            print(f"note: {DATA / name} is missing; skipped", file=sys.stderr)
    if not args.no_dev:
        sets.append(("seeds", [seed_story()], False))
    for blind in map(Path, args.blind):
        if blind.is_dir():
            sets.append((f"blind ({blind.name})", blind_stories(blind), True))
        else:
            print(f"note: no blind stories at {blind}; skipped", file=sys.stderr)
    lines = ["outdated: outdated figures stated; twice: figures stated with two values (L: labelled figures); "
             "contradicting credits: of the credited source sentences (L: by the labels); "
             "evolving/disputes: in the Result"]
    results = {}
    for name, stories, is_blind in sets:
        out = run(stories, summarizer, args.show)
        results[name] = out["totals"]
        if args.show:
            print("\n".join(out["shown"]))
        lines += [""] + report(name, out, is_blind)
    print("\n".join(lines))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
