"""The learned salience on data it was not trained on: ANT BBC validation months (May-June 2018).

Two measures, read from ../shared/data/ant (never copied into the repository), beside the baselines of
benchmarks/quality.py on the same cleaned sentences, each with a 95 % bootstrap interval:
- one article: each BBC article of the validation months against its editor's standfirst, at
  `--words` words (35), ROUGE-1/2/L F1;
- topic timelines: groups of 6-8 BBC articles of the validation months on one topic (a headline word
  or pair of words rare in ANT's headlines, and bodies alike: see `timelines`), spread over two weeks or
  more; the reference is their standfirsts in date order and the budget its length.
- EASC (`--easc`), test half: its articles split in two by a seeded shuffle (EASC_SEED); the train half
  serves `--choose-share` and `--tune`. `--show-easc N` prints the N articles where lead-fit beats ours
  most, both summaries beside the first human extract.
Methods: ours (the product, model steps off), lead (first sentences, a too long first one kept; on
EASC the first words), lead-fit (first sentences that fit), lead-each (first sentence of each article
in turn), LexRank. On the timelines also oracle-each, a ceiling and not a method (it reads the
references): each article's one sentence closest to its own standfirst (ROUGE-2), in date order, what
telling one event per article could reach with perfect salience. Each ratio of ours to an anchor
comes with a paired 95 % bootstrap interval (topics or articles resampled, both sums over the same
sample). Settings are tried on the training months (`--tune`: February-April, e.g. their timelines)
and reported on May-June. The other figures (dev clusters, all of EASC, seeds) are benchmarks/quality.py's.

`--choose-share` picks selection.lead_budget_share on training data only (EASC's train half and the
first N articles of ANT's training months, N = --articles): the share of its words the budget must
reach for one article to keep its sentences in order (the lead within the budget) rather than the
learned salience's ranking; the threshold with the highest sum of the two corpora's mean R-2 (each
corpus counts once: two shapes of input, not their sizes).

    .venv/bin/python benchmarks/salience_eval.py [--articles N] [--timelines N] [--easc] [--json out.json]
    .venv/bin/python benchmarks/salience_eval.py --choose-share --articles 400
    .venv/bin/python benchmarks/salience_eval.py --tune --articles 0 --timelines 0 --easc --show-easc 10
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as Q  # noqa: E402
import train_salience as T  # noqa: E402

from summarize import Summarizer, load_config  # noqa: E402
from summarize.many.evaluation import ROUGE_TYPES, bootstrap  # noqa: E402
from summarize.story import selection  # noqa: E402
from summarize.text.arabic import STOPWORDS, light_stem, words  # noqa: E402

METHODS = ("ours", "lead", "lead-fit", "lead-each", "lexrank")
EASC_SEED = 0      # EASC's articles shuffled with this seed: the first half train, the rest test


def summaries(summarizer: Summarizer, records: list[dict], budget: int,
              standfirsts: dict[str, str] | None = None) -> dict[str, str] | None:
    """Every method's summary of one story (None when the input holds no sentence); with each article's
    standfirst (by id), the oracle-each ceiling too."""
    outcome = summarizer.summarize_many([records], budget_words=budget, max_points=1000)[0]
    if isinstance(outcome, Exception):
        return None
    docs = outcome.documents
    earliest = min((d for d in docs if not d.duplicate_of), key=lambda d: d.published or T.SPLIT)
    texts = {"ours": " ".join(p.stated or p.text for p in outcome.selected_points),
             "lead-fit": " ".join(s.text for s in Q._fill(Q._candidates(docs)[earliest.id], budget, True))}
    for method in ("lead", "lead-each", "lexrank"):
        texts[method] = " ".join(s.text for s in Q.BASELINES[method](docs, budget))
    if standfirsts is not None:
        texts["oracle-each"] = oracle_each(docs, standfirsts)
    return texts


def oracle_each(docs: list, standfirsts: dict[str, str]) -> str:
    """Each original article's candidate sentence with the highest ROUGE-2 F1 against its own standfirst,
    the articles in date order: the most one sentence per article can say of the reference."""
    candidates = Q._candidates(docs)
    ordered = sorted((d for d in docs if d.id in candidates and candidates[d.id] and d.id in standfirsts),
                     key=lambda d: (d.published or T.SPLIT, d.id))
    return " ".join(max(candidates[d.id], key=lambda s: Q.rouge_multi(s.text, [standfirsts[d.id]])["rouge2"]).text
                    for d in ordered)


def run_articles(summarizer: Summarizer, rows: list[dict], budget: int) -> dict[str, list[dict]]:
    scores: dict[str, list[dict]] = {m: [] for m in METHODS}
    for row in rows:
        texts = summaries(summarizer, [T.record(row)], budget)
        if texts is None:
            continue
        for method, text in texts.items():
            scores[method].append(Q.rouge_multi(text, [row["abstract"]]))
    return scores


def _title_keys(row: dict) -> set[str]:
    """A headline's topic keys: its content words and its pairs of adjacent content words."""
    tokens = [w for w in words(row["title"]) if not w.isdigit()]
    content = [w if w not in STOPWORDS and len(w) > 2 else None for w in tokens]
    return {w for w in content if w} | {f"{a} {b}" for a, b in zip(content, content[1:]) if a and b}


def _vectors(rows: list[dict], everything: list[dict], chars: int = 1500) -> dict[str, dict[str, float]]:
    """Unit TF-IDF vectors (stems of the headline and the body's first `chars` characters, IDF over
    the whole corpus) of `rows`, by id."""
    def stems(row: dict) -> list[str]:
        return [light_stem(w) for w in words(row["title"] + " " + row["text"][:chars])
                if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]
    df = Counter(t for row in everything for t in set(stems(row)))
    out = {}
    for row in rows:
        weights = {t: n * math.log(len(everything) / df[t]) for t, n in Counter(stems(row)).items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        out[row["id"]] = {t: v / norm for t, v in weights.items()}
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def timelines(rows: list[dict], everything: list[dict], count: int, smallest: int = 6, largest: int = 8,
              min_days: int = 14, rare_share: float = 0.02, cohesion: float = 0.1) -> list[list[dict]]:
    """Topics followed over weeks. A topic is a headline key (a content word or a pair of adjacent ones:
    'الحديدة', 'كأس العالم') in at most `rare_share` of all ANT headlines (`everything`), and its articles
    among `rows` that tell of one subject: the least cohesive article (mean TF-IDF cosine with the others)
    leaves while that cosine is under `cohesion` ('وفاة' gathers unrelated deaths). A topic keeps at
    least `smallest` articles spread over at least `min_days` days; the largest (then most cohesive)
    first, each article in one topic only, up to `largest` of them evenly spaced in time."""
    frequency = Counter(k for row in everything for k in _title_keys(row))
    by_key: dict[str, list[dict]] = {}
    for row in rows:
        for key in _title_keys(row):
            if frequency[key] <= rare_share * len(everything):
                by_key.setdefault(key, []).append(row)
    vectors = _vectors([r for members in by_key.values() if len(members) >= smallest for r in members], everything)

    def spread(members: list[dict]) -> int:
        return (T.published(members[-1]) - T.published(members[0])).days

    topics = []
    for key, members in by_key.items():
        while len(members) >= smallest:
            closeness = [sum(_cosine(vectors[a["id"]], vectors[b["id"]]) for b in members if b is not a)
                         / (len(members) - 1) for a in members]
            weakest = min(range(len(members)), key=closeness.__getitem__)
            if closeness[weakest] >= cohesion:
                topics.append((-len(members), -sum(closeness) / len(members), key,
                               sorted(members, key=lambda r: r["published"])))
                break
            members = members[:weakest] + members[weakest + 1:]
    taken: set[str] = set()
    groups = []
    for *_, members in sorted(topics):
        members = [r for r in members if r["id"] not in taken]
        if len(members) < smallest or spread(members) < min_days:
            continue
        step = len(members) / min(len(members), largest)
        chosen = [members[math.floor(k * step)] for k in range(min(len(members), largest))]
        taken |= {r["id"] for r in chosen}
        groups.append(chosen)
        if len(groups) == count:
            break
    return groups


def run_timelines(summarizer: Summarizer, groups: list[list[dict]]) -> dict[str, list[dict]]:
    scores: dict[str, list[dict]] = {m: [] for m in (*METHODS, "oracle-each")}
    for group in groups:
        reference = " ".join(r["abstract"] for r in group)
        texts = summaries(summarizer, [T.record(r) for r in group], len(reference.split()),
                          {r["id"]: r["abstract"] for r in group})
        if texts is None:
            continue
        for method, text in texts.items():
            scores[method].append(Q.rouge_multi(text, [reference]))
    return scores


def easc_split(seed: int = EASC_SEED) -> tuple[set[str], set[str]]:
    """EASC's article ids, split in two halves (train, test) by a seeded shuffle."""
    ids = sorted(r["id"] for r in Q._read_jsonl(Q.EASC / "easc.jsonl"))
    random.Random(seed).shuffle(ids)
    return set(ids[:len(ids) // 2]), set(ids[len(ids) // 2:])


def easc_cases(summarizer: Summarizer, ids: set[str], count: int) -> list[str]:
    """The `count` EASC articles of `ids` where the lead within the budget (lead-fit) beats ours most in
    R-2: both summaries sentence by sentence, with their words, beside the first human extract, to read
    what the people who chose EASC's sentences took that we leave out."""
    cases = []
    for row in Q._read_jsonl(Q.EASC / "easc.jsonl"):
        if row["id"] not in ids:
            continue
        references = row["references"]
        budget = int(round(np.mean([len(r.split()) for r in references])))
        result = summarizer([{"id": row["id"], "text": row["documents"][0]["text"]}], budget_words=budget,
                            max_points=1000)
        ours = [p.stated or p.text for p in result.selected_points]
        fit = [s.text for s in Q._fill(Q._candidates(result.documents)[row["id"]], budget, True)]
        r2 = {m: Q.rouge_multi(" ".join(t), references)["rouge2"] for m, t in (("ours", ours), ("lead-fit", fit))}
        cases.append((r2["lead-fit"] - r2["ours"], row["id"], budget, r2, ours, fit, references[0]))
    lines = []
    for _, article, budget, r2, ours, fit, reference in sorted(cases, reverse=True)[:count]:
        lines.append(f"== {article}, {budget} words: R-2 ours {100 * r2['ours']:.1f}, lead-fit {100 * r2['lead-fit']:.1f}")
        for method, sentences in (("ours", ours), ("lead-fit", fit)):
            lines += [f"  {method}:"] + [f"    [{len(s.split())}] {s}" for s in sentences]
        lines.append(f"  first human extract: {reference}")
    return lines


def _one_article(summarizer: Summarizer, record: dict, budget: int) -> tuple[str, float] | None:
    """Our summary of one article and the budget's share of the article's words (None: no sentence)."""
    outcome = summarizer.summarize_many([[record]], budget_words=budget, max_points=1000)[0]
    if isinstance(outcome, Exception):
        return None
    return (" ".join(p.stated or p.text for p in outcome.selected_points),
            selection._budget_share(outcome.documents, budget))


def choose_share(config: str | None, ant_rows: list[dict], easc_ids: set[str]) -> list[str]:
    """The lead_budget_share with the most R-2 over training articles (see the module's docstring):
    each article summarized both ways, then every threshold between two observed shares tried."""
    ways = {way: Summarizer(load_config(config, {**Q.EXTRACTIVE, "selection": {"lead_budget_share": share}}))
            for way, share in (("in order", 0.0), ("ranked", math.inf))}
    cases = [(T.record(r), 35, [r["abstract"]], "ANT") for r in ant_rows]
    cases += [({"id": r["id"], "text": r["documents"][0]["text"]},
               round(sum(len(x.split()) for x in r["references"]) / len(r["references"])), r["references"], "EASC")
              for r in Q._read_jsonl(Q.EASC / "easc.jsonl") if r["id"] in easc_ids]
    results = []      # (share, corpus, R-2 in order, R-2 ranked)
    for record, budget, references, corpus in cases:
        outputs = {way: _one_article(summarizer, record, budget) for way, summarizer in ways.items()}
        if None in outputs.values():
            continue
        scores = {way: Q.rouge_multi(text, references)["rouge2"] for way, (text, _) in outputs.items()}
        results.append((outputs["ranked"][1], corpus, scores["in order"], scores["ranked"]))
    shares = sorted({r[0] for r in results})
    thresholds = [(a + b) / 2 for a, b in zip(shares, shares[1:])] + [math.inf]

    def means(t: float) -> dict[str, float]:
        """Each corpus's mean R-2 with threshold t (each corpus counts once, whatever its size)."""
        return {c: float(np.mean([order if share >= t else ranked for share, corpus, order, ranked in results
                                  if corpus == c])) for c in ("ANT", "EASC")}

    best = max(thresholds, key=lambda t: (round(sum(means(t).values()), 9), t))   # ties: fewest in order
    lines = [f"lead_budget_share on {sum(r[1] == 'ANT' for r in results)} ANT training articles and "
             f"{sum(r[1] == 'EASC' for r in results)} EASC train articles (mean R-2 of each corpus): best {best:.3f}"]
    for t in sorted({best, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, math.inf}):
        lines.append(f"  {t:.3f}: " + ", ".join(f"{c} {100 * m:.2f}" for c, m in means(t).items()))
    return lines


def ratio_interval(ours: list[float], base: list[float], samples: int = 1000,
                   seed: int = 0) -> tuple[float, float, float]:
    """sum(ours) / sum(base) and its paired 95 % percentile-bootstrap interval (the same items resampled
    for both sums: a story hard for one method is hard for the other)."""
    a, b = np.asarray(ours, float), np.asarray(base, float)
    picks = np.random.default_rng(seed).integers(0, len(a), size=(samples, len(a)))
    ratios = a[picks].sum(axis=1) / np.maximum(b[picks].sum(axis=1), 1e-9)
    return float(a.sum() / max(b.sum(), 1e-9)), float(np.percentile(ratios, 2.5)), float(np.percentile(ratios, 97.5))


def report(title: str, scores: dict[str, list[dict]]) -> list[str]:
    lines = [title, f"{'method':<11} " + " ".join(f"{k:<20}" for k in ROUGE_TYPES)]
    for method, rows in scores.items():
        lines.append(f"{method:<11} " + " ".join(f"{Q.interval([r[k] for r in rows]):<20}" for k in ROUGE_TYPES))
    pairs = [("ours", "lead-fit"), ("ours", "lead-each")] + [("oracle-each", "lead-each")] * ("oracle-each" in scores)
    for method, anchor in pairs:
        ours, base = [r["rouge2"] for r in scores[method]], [r["rouge2"] for r in scores[anchor]]
        ratio, low, high = ratio_interval(ours, base)
        wins = sum(a > b for a, b in zip(ours, base)), sum(a < b for a, b in zip(ours, base))
        lines.append(f"R-2 {method} / {anchor}: {ratio:.3f} [{low:.3f}, {high:.3f}] "
                     f"(better on {wins[0]}, worse on {wins[1]})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N validation articles")
    parser.add_argument("--words", type=int, default=35, help="budget of a one-article summary")
    parser.add_argument("--timelines", type=int, default=20, help="how many topic timelines")
    parser.add_argument("--config", help="settings over configs/default.yaml (model steps stay off)")
    parser.add_argument("--tune", action="store_true",
                        help="read February-April 2018 (training months) and EASC's train half instead: for trying "
                             "settings, never for reporting")
    parser.add_argument("--easc", action="store_true",
                        help="also EASC's test half (EASC_SEED; its train half with --tune)")
    parser.add_argument("--show-easc", type=int, default=0, metavar="N",
                        help="with --easc, print the N articles where lead-fit beats ours most")
    parser.add_argument("--choose-share", action="store_true",
                        help="pick selection.lead_budget_share on training data only, then stop")
    parser.add_argument("--json", help="write every figure as JSON")
    args = parser.parse_args(argv)
    if not T.ANT.is_file():
        print(f"the ANT corpus is missing: expected {T.ANT}", file=sys.stderr)
        return 2
    if args.choose_share:
        training = [r for r in T.read_ant() if T.TUNE <= T.published(r) < T.SPLIT and r.get("abstract_is_human")]
        print("\n".join(choose_share(args.config, training[:args.articles], easc_split()[0])))
        return 0
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
    if args.easc:
        train, test = easc_split()
        half, ids = ("train", train) if args.tune else ("test", test)
        out["easc"] = Q.run_easc(summarizer, None, ids)
        print("\n" + "\n".join(report(f"EASC {half} half ({len(ids)} articles, seed {EASC_SEED}), each at its "
                                        "references' mean length; multi-reference F1 %", out["easc"])))
        if args.show_easc:
            print("\n" + "\n".join(easc_cases(summarizer, ids, args.show_easc)))
    if args.json:
        Path(args.json).write_text(json.dumps({part: {m: {k: bootstrap([r[k] for r in v]) for k in ROUGE_TYPES}
                                                      for m, v in scores.items()} for part, scores in out.items()},
                                              indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
