"""What the summary says, measured on real articles against human summaries, beside baselines.

Two development sets, read from ../shared/data (third-party text: never copied into the repository):
- dev-clusters: 76 real scraped Arabic news pages in 10 stories, labelled line by line for page
  furniture, with key facts (the latest value of changing figures), outdated figures and a reference
  summary per story. Per story and method: ROUGE-1/2/L F1 against the reference, key facts covered,
  latest figures covered, outdated figures stated, furniture lines in the summary. Over all pages:
  furniture lines removed, body lines lost, glued prefixes cut.
- EASC: 153 Arabic articles with 5 human extractive summaries each. Per article, at the mean length of
  its references: multi-reference ROUGE (the mean F1 over the references).

Methods, all on the same cleaned sentences and the same word budget:
- ours: the product's extractive summary (default settings; the model steps are off);
- lead: the first sentences of the earliest article (on EASC: the article's first words);
- lead-each: the first sentence of every article in turn, then the second, ... (round robin);
  like lead, it keeps a first sentence longer than the whole budget (on EASC, lead-fit does not);
- lexrank: continuous LexRank (Erkan & Radev 2004) over TF-IDF cosines, redundant sentences skipped.
The ceiling beside them: the most key facts whole sentences can cover within the budget (`fact_oracle`).
Every figure comes with a 95 % percentile-bootstrap interval over stories (or articles).

Run: .venv/bin/python benchmarks/quality.py [--easc N] [--json benchmarks/results/quality.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
CLUSTERS = DATA / "dev-clusters"
EASC = DATA / "easc"

from summarize import Summarizer, load_config  # noqa: E402
from summarize.text.arabic import STOPWORDS, light_stem, words  # noqa: E402
from summarize.text.documents import Sentence  # noqa: E402
from summarize.many.evaluation import ROUGE_TYPES, ArabicTokenizer, bootstrap  # noqa: E402

EXTRACTIVE = {"generation": {"enabled": False}, "translation": {"enabled": False}}
METHODS = ("ours", "lead", "lead-each", "lexrank")

# The dev set's own normalization (its README): facts and outdated figures are matched on it.
_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       **{chr(0x0660 + i): str(i) for i in range(10)},
                       **{chr(0x06F0 + i): str(i) for i in range(10)}})


def dev_normalize(text: str) -> str:
    import unicodedata
    return _DIACRITICS.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD).lower()


def states(summary_norm: str, item: str) -> bool:
    """`item` occurs in the normalized summary, not as part of a longer number."""
    return re.search(rf"(?<![\d.,،]){re.escape(item)}(?![\d])", summary_norm) is not None


# ---- scoring -------------------------------------------------------------------------------------

_scorer = None


def rouge_multi(prediction: str, references: list[str]) -> dict[str, float]:
    """Mean F1 over the references (ROUGE-1.5.5's default averaging), with our Arabic tokens."""
    global _scorer
    if _scorer is None:
        from rouge_score.rouge_scorer import RougeScorer
        _scorer = RougeScorer(list(ROUGE_TYPES), tokenizer=ArabicTokenizer(False))
    rows = [_scorer.score(ref, prediction) for ref in references]
    return {k: float(np.mean([r[k].fmeasure for r in rows])) for k in ROUGE_TYPES}


def interval(values: list[float], scale: float = 100.0) -> str:
    mean, low, high = bootstrap(values)
    return f"{scale * mean:5.1f} [{scale * low:5.1f}, {scale * high:5.1f}]"


# ---- baselines on the same cleaned sentences -----------------------------------------------------

def _fill(sentences: list[Sentence], budget: int, strict: bool = False) -> list[Sentence]:
    """Sentences in the given order while they fit the budget (a first one that alone is too long is kept,
    unless `strict`: then it is skipped, as our summary skips it)."""
    chosen, used = [], 0
    for s in sentences:
        n = len(s.text.split())
        if used + n > budget:
            if chosen or strict:
                continue
        chosen.append(s)
        used += n
        if used >= budget:
            break
    return chosen


def _candidates(docs) -> dict[str, list[Sentence]]:
    return {d.id: [s for s in d.sentences if s.is_point_candidate and s.language == "ar"]
            for d in docs if not d.duplicate_of}


def lead(docs, budget: int) -> list[Sentence]:
    originals = [d for d in docs if not d.duplicate_of and any(s.is_point_candidate for s in d.sentences)]
    if not originals:
        return []
    earliest = min(originals, key=lambda d: (d.published is None, d.published or 0))
    return _fill(_candidates(docs)[earliest.id], budget)


def lead_each(docs, budget: int) -> list[Sentence]:
    per_doc = list(_candidates(docs).values())
    order = [doc[k] for k in range(max(map(len, per_doc), default=0)) for doc in per_doc if k < len(doc)]
    return _fill(order, budget)


def _tfidf(sentences: list[Sentence]) -> np.ndarray:
    terms = [[light_stem(w) for w in words(s.text) if w not in STOPWORDS] for s in sentences]
    vocab = {t: i for i, t in enumerate(sorted({t for ts in terms for t in ts}))}
    df = Counter(t for ts in terms for t in set(ts))
    matrix = np.zeros((len(sentences), max(len(vocab), 1)))
    for row, ts in enumerate(terms):
        for t, c in Counter(ts).items():
            matrix[row, vocab[t]] = c * np.log(len(sentences) / df[t] + 1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def lexrank(docs, budget: int, damping: float = 0.85, redundancy: float = 0.5) -> list[Sentence]:
    """Continuous LexRank: PageRank over the TF-IDF cosine graph; top sentences, novel ones only."""
    pool = [s for ss in _candidates(docs).values() for s in ss]
    if not pool:
        return []
    vectors = _tfidf(pool)
    sim = vectors @ vectors.T
    rows = sim.sum(axis=1, keepdims=True)
    transition = sim / np.where(rows == 0, 1, rows)
    rank = np.full(len(pool), 1 / len(pool))
    for _ in range(100):
        new = (1 - damping) / len(pool) + damping * transition.T @ rank
        if np.abs(new - rank).sum() < 1e-8:
            break
        rank = new
    chosen_idx: list[int] = []
    for k in np.argsort(-rank):
        if all(sim[k, j] < redundancy for j in chosen_idx):
            chosen_idx.append(int(k))
    chosen = _fill([pool[k] for k in chosen_idx], budget)
    position = {id(s): n for n, s in enumerate(pool)}
    return sorted(chosen, key=lambda s: position[id(s)])


BASELINES: dict[str, Callable] = {"lead": lead, "lead-each": lead_each, "lexrank": lexrank}


# ---- dev clusters --------------------------------------------------------------------------------

def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def line_labels(text: str, labelled: list[dict]) -> dict[int, dict]:
    """Our line numbers (indexes in text.split('\\n')) -> the label of that (non-blank) line."""
    numbers = [i for i, line in enumerate(text.split("\n")) if line.strip()]
    assert len(numbers) == len(labelled), "labels and text disagree"
    return dict(zip(numbers, labelled))


def furniture_in(sentences: list[Sentence], labels: dict[str, dict[int, dict]]) -> int:
    """Summary sentences taken from a furniture line, or still starting with a glued furniture prefix."""
    leaked = 0
    for s in sentences:
        label = labels[s.doc_id].get(s.line_no)
        if label is None:
            continue
        prefix = label.get("furniture_prefix")
        if label["label"] == "furniture" or (prefix and s.index == _first_index(s, prefix)):
            leaked += 1
    return leaked


def _first_index(s: Sentence, prefix: str) -> int:
    """s.index when the sentence still starts with the furniture prefix, else -1."""
    head = " ".join(words(prefix))
    return s.index if head and " ".join(words(s.text)).startswith(head) else -1


def run_clusters(summarizer: Summarizer) -> dict[str, Any]:
    articles = _read_jsonl(CLUSTERS / "clusters.jsonl")
    labelled = {row["id"]: row["lines"] for row in _read_jsonl(CLUSTERS / "lines.jsonl")}
    references = {row["cluster"]: row for row in _read_jsonl(CLUSTERS / "references.jsonl")}
    stories: dict[str, list[dict]] = {}
    for a in articles:
        stories.setdefault(a["cluster"], []).append(a)
    budget = summarizer.config.selection.budget_words
    per_method: dict[str, dict[str, list]] = {m: {"rouge": [], "facts": [], "latest": [], "stale": [],
                                                 "furniture": []} for m in METHODS}
    totals = {m: Counter() for m in METHODS}
    cleaning = Counter()
    seconds = []
    ceiling = 0                  # key facts whole sentences can cover at most (fact_oracle)
    summaries: dict[str, dict[str, str]] = {}
    for name, members in stories.items():
        ref = references[name]
        records = [{"id": a["id"], "url": a["url"], "text": a["text"]} for a in members]
        start = time.perf_counter()
        result = summarizer(records)
        seconds.append(time.perf_counter() - start)
        docs = result.documents
        labels = {d.id: line_labels(d.text, labelled[d.id]) for d in docs}
        for d in docs:
            kept = {line.line_no: line.text for line in d.lines}
            kept.update({line.line_no + k: "" for line in d.lines for k in range(1, line.spans)})   # joined lines
            for line_no, label in labels[d.id].items():
                if label["label"] == "furniture":
                    cleaning["furniture"] += 1
                    cleaning["furniture_removed"] += line_no not in kept
                else:
                    cleaning["body"] += 1
                    cleaning["body_lost"] += line_no not in kept
                    if label.get("furniture_prefix"):
                        cleaning["prefixes"] += 1
                        head = " ".join(words(label["furniture_prefix"])[:2])   # (a label cut once of two is not cut)
                        cleaning["prefixes_cut"] += line_no in kept and not " ".join(
                            words(kept[line_no])).startswith(head)
        chosen = {"ours": [_representative(p) for p in result.selected_points]}
        for method, baseline in BASELINES.items():
            chosen[method] = baseline(docs, budget)
        ceiling += fact_oracle(docs, ref["facts"], budget)
        summaries[name] = {}
        for method, sentences in chosen.items():
            text = " ".join(s.text for s in sentences)
            if method == "ours":              # as the summary states them (relative days dated)
                text = " ".join(p.stated or p.text for p in result.selected_points)
            summaries[name][method] = text
            norm = dev_normalize(text)
            facts = [all(any(alt in norm for alt in group) for group in f["all"]) for f in ref["facts"]]
            latest = [ok for ok, f in zip(facts, ref["facts"]) if f["latest"]]
            stale = sum(states(norm, item) for item in ref["stale"])
            leaked = furniture_in(sentences, labels)
            m = per_method[method]
            m["rouge"].append(rouge_multi(text, [ref["reference_ar"]]))
            m["facts"].append(sum(facts) / len(facts))
            if latest:
                m["latest"].append(sum(latest) / len(latest))
            m["stale"].append(stale)
            m["furniture"].append(leaked)
            totals[method].update(facts=sum(facts), fact_total=len(facts), latest=sum(latest),
                                  latest_total=len(latest), stale=stale, furniture=leaked,
                                  words=len(text.split()))
    return {"per_method": per_method, "totals": totals, "cleaning": cleaning, "seconds": seconds,
            "summaries": summaries, "stories": len(stories), "ceiling_facts": ceiling}


def fact_oracle(docs, facts: list[dict], budget: int) -> int:
    """The ceiling of extraction: the most key facts that whole cleaned sentences can cover within the
    budget, chosen by an integer program that knows the facts (a fact counts when one sentence holds
    all its parts, so this slightly underestimates)."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    sentences = [s for article in _candidates(docs).values() for s in article]
    if not sentences or not facts:
        return 0
    norms = [dev_normalize(s.text) for s in sentences]
    covers = np.array([[all(any(alt in t for alt in group) for group in f["all"]) for t in norms] for f in facts],
                      dtype=float)
    n, m = len(sentences), len(facts)
    lengths = np.array([len(s.text.split()) for s in sentences], dtype=float)
    rows = [np.concatenate([lengths, np.zeros(m)])] + [np.concatenate([-covers[i], np.eye(m)[i]]) for i in range(m)]
    result = milp(np.concatenate([np.zeros(n), -np.ones(m)]), integrality=np.ones(n + m), bounds=Bounds(0, 1),
                  constraints=LinearConstraint(np.array(rows), [0] + [-np.inf] * m, [budget] + [0] * m))
    return int(round(-result.fun)) if result.x is not None else 0


def _representative(point) -> Sentence:
    return next(s for s in point.sentences if s.text == point.text)


# ---- seeds ---------------------------------------------------------------------------------------

# The facts an analyst expects from the project's own seed story (alternatives in the dev normalization).
SEED_FACTS = {
    "meeting": [["بايدن"], ["الكاظمي"]],
    "combat mission ends": [["المهمه القتاليه", "المهام القتاليه", "مهمه قتاليه"]],
    "by the end of 2021": [["نهايه 2021", "نهايه العام"]],
    "2,500 US troops": [["2500"]],
    "training and advising": [["التدريب", "تدريب"], ["المشوره"]],
    "attacks by Iran-backed factions": [["هجمات", "هجوما"], ["ايران", "فصائل", "الميليشيات"]],
    "strategic dialogue": [["الحوار الاستراتيجي", "حوار استراتيجي"]],
    "coming elections": [["انتخابات", "للانتخابات"]],
}


def run_seeds(summarizer: Summarizer) -> dict[str, Any]:
    result = summarizer([ROOT / "seeds"])
    docs = result.documents
    budget = summarizer.config.selection.budget_words
    outputs = {"ours": result.summary_ar}
    for method, baseline in BASELINES.items():
        outputs[method] = " ".join(s.text for s in baseline(docs, budget))
    covered = {}
    for method, text in outputs.items():
        norm = dev_normalize(text)
        covered[method] = [name for name, groups in SEED_FACTS.items()
                           if all(any(alt in norm for alt in group) for group in groups)]
    multi = sum(p.support > 1 for p in result.points)
    return {"covered": covered, "multi_source_points": multi, "points": len(result.points)}


# ---- EASC ----------------------------------------------------------------------------------------

def run_easc(summarizer: Summarizer, limit: int | None,
             ids: set[str] | None = None) -> dict[str, list[dict[str, float]]]:
    """Every method on the first `limit` EASC articles (or those of `ids`, a split's)."""
    rows = [r for r in _read_jsonl(EASC / "easc.jsonl") if ids is None or r["id"] in ids][:limit]
    scores: dict[str, list] = {m: [] for m in (*METHODS, "lead-fit")}
    for row in rows:
        refs = row["references"]
        budget = int(round(np.mean([len(r.split()) for r in refs])))
        result = summarizer([{"id": row["id"], "text": row["documents"][0]["text"]}], budget_words=budget,
                            max_points=1000)
        outputs = {"ours": " ".join(p.stated or p.text for p in result.selected_points),
                   "lead": " ".join(row["documents"][0]["text"].split()[:budget])}
        for method in ("lead-each", "lexrank"):
            outputs[method] = " ".join(s.text for s in BASELINES[method](result.documents, budget))
        # the first sentences that fit the budget, never over it (a long first sentence skipped)
        outputs["lead-fit"] = " ".join(s.text for s in _fill(_candidates(result.documents)[row["id"]], budget, True))
        for method, text in outputs.items():
            scores[method].append(rouge_multi(text, refs))
    return scores


# ---- report --------------------------------------------------------------------------------------

def report_clusters(out: dict[str, Any]) -> list[str]:
    lines = [f"Dev clusters: {out['stories']} stories, budget as configured; mean [95% bootstrap interval]",
             f"{'method':<10} {'ROUGE-1':<20} {'ROUGE-2':<20} {'ROUGE-L':<20} {'key facts %':<20} "
             f"{'latest figs %':<20} stale  furniture  words"]
    for method in METHODS:
        m, t = out["per_method"][method], out["totals"][method]
        rouge_cells = " ".join(f"{interval([r[k] for r in m['rouge']]):<20}" for k in ROUGE_TYPES)
        lines.append(f"{method:<10} {rouge_cells} {interval(m['facts']):<20} {interval(m['latest']):<20} "
                     f"{t['stale']:>5}  {t['furniture']:>9}  {t['words'] / out['stories']:5.0f}")
        lines.append(f"{'':<10} key facts {t['facts']}/{t['fact_total']}, latest figures "
                     f"{t['latest']}/{t['latest_total']}")
    c = out["cleaning"]
    lines.append(f"Cleaning: furniture removed {c['furniture_removed']}/{c['furniture']} "
                 f"({100 * c['furniture_removed'] / max(c['furniture'], 1):.1f} %), body lines lost "
                 f"{c['body_lost']}/{c['body']} ({100 * c['body_lost'] / max(c['body'], 1):.1f} %), glued "
                 f"prefixes cut {c['prefixes_cut']}/{c['prefixes']}")
    lines.append(f"Ceiling: whole sentences within the budget cover at most {out['ceiling_facts']}/"
                 f"{out['totals']['ours']['fact_total']} key facts (an integer program that knows them)")
    lines.append(f"Time per story (extractive, warm): mean {np.mean(out['seconds']):.2f} s, "
                 f"max {max(out['seconds']):.2f} s")
    return lines


def report_easc(scores: dict[str, list]) -> list[str]:
    n = len(scores["ours"])
    lines = [f"EASC: {n} articles, each at its references' mean length; multi-reference F1 %",
             f"{'method':<10} " + " ".join(f"{k:<20}" for k in ROUGE_TYPES)]
    for method in (*METHODS, "lead-fit"):
        lines.append(f"{method:<10} " + " ".join(f"{interval([r[k] for r in scores[method]]):<20}"
                                                  for k in ROUGE_TYPES))
    lines.append("(lead: the first words, cut at the budget; lead-each: the first sentences, the first one kept "
                 "even when longer than the budget; lead-fit: only sentences that fit, as ours)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--easc", type=int, default=None, help="only the first N EASC articles")
    parser.add_argument("--config", help="settings over configs/default.yaml (model steps stay off)")
    parser.add_argument("--json", help="write every figure (and the summaries) as JSON")
    parser.add_argument("--show", action="store_true", help="print each story's summaries")
    args = parser.parse_args(argv)
    if not CLUSTERS.is_dir() or not EASC.is_dir():
        print(f"the development data is missing: expected {CLUSTERS} and {EASC} (they stay in shared/, "
              "never in the repository)", file=sys.stderr)
        return 2
    summarizer = Summarizer(load_config(args.config, EXTRACTIVE))
    clusters = run_clusters(summarizer)
    lines = report_clusters(clusters)
    if args.show:
        for name, methods in clusters["summaries"].items():
            print(f"== {name}")
            for method, text in methods.items():
                print(f"  [{method}] {text}")
    seeds = run_seeds(summarizer)
    lines += ["", f"Seeds: facts an analyst expects, of {len(SEED_FACTS)}; points with more than one source: "
                  f"{seeds['multi_source_points']} of {seeds['points']}"]
    lines += [f"{method:<10} {len(names)}  ({', '.join(names)})" for method, names in seeds["covered"].items()]
    easc = run_easc(summarizer, args.easc)
    lines += [""] + report_easc(easc)
    print("\n".join(lines))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        summary = {"clusters": {m: {"rouge": {k: bootstrap([r[k] for r in v["rouge"]]) for k in ROUGE_TYPES},
                                    "facts": bootstrap(v["facts"]), "latest": bootstrap(v["latest"]),
                                    "totals": dict(clusters["totals"][m])}
                                for m, v in clusters["per_method"].items()},
                   "cleaning": dict(clusters["cleaning"]), "ceiling_facts": clusters["ceiling_facts"],
                   "seconds": clusters["seconds"],
                   "easc": {m: {k: bootstrap([r[k] for r in v]) for k in ROUGE_TYPES} for m, v in easc.items()},
                   "seeds": seeds, "summaries": clusters["summaries"]}
        Path(args.json).write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
