"""Train the line classifier of summarize/text/furniture.py on the labelled dev pages, evaluated leave-one-site-out.

Reads ../shared/data/dev-clusters/ and ../shared/data/dev-pages-2/ (third-party text, never copied into the
repository): every non-blank line of 171 pages is labelled body or furniture. The hand rules run first
(`clean_document`); the features of each line (furniture.FEATURES) and the label of its first physical line
make one example. The model is LightGBM's gradient-boosted trees (seeded, one thread); the probability threshold
is chosen inside the training data by an inner cross-validation grouped by site, so that a held-out site
never tunes it. Prints, for every site held out in turn: furniture removed and body lines lost by the rules
alone, by rules + model ('add': the model only removes more) and by the model alone ('decide', the rules'
verdicts as features), and a logistic regression beside the trees; then fits on every site and writes the
trees as JSON (summarize/text/furniture_model.json).

Run: .venv/bin/python benchmarks/train_furniture.py [--seed 0] [--out summarize/text/furniture_model.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
SETS = ("dev-clusters", "dev-pages-2")

from summarize import load_config  # noqa: E402
from summarize.text.cleaning import clean_document  # noqa: E402
from summarize.text.documents import load_documents  # noqa: E402
from summarize.text.furniture import FEATURES, MODEL_PATH, pile_features  # noqa: E402

# How much worse a body line lost is than a furniture line left: the threshold maximizes
# furniture removed - BODY_WEIGHT * body lost (shares), so that losing text costs more than leaving furniture.
BODY_WEIGHT = 4.0
SECOND_LEVEL = {"com", "co", "net", "org", "gov", "edu", "ac"}     # example.co.za, example.com.lb
TREES = {"n_estimators": 100, "num_leaves": 8, "learning_rate": 0.1, "min_child_samples": 5, "subsample": 0.8,
         "subsample_freq": 1, "colsample_bytree": 0.8}
INNER_FOLDS = 3


def site_of(url: str) -> str:
    """The registered domain of a page's address (how the data's READMEs count sites)."""
    labels = (urlparse(url).hostname or url).lower().split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled_pages() -> list[dict]:
    """Every labelled page of both dev sets, with `set`, `site` and `labels` (line number -> label)."""
    pages = []
    for name in SETS:
        lines = {row["id"]: row["lines"] for row in read_jsonl(DATA / name / "lines.jsonl")}
        for page in read_jsonl(DATA / name / "clusters.jsonl"):
            numbers = [i for i, line in enumerate(page["text"].split("\n")) if line.strip()]
            labels = lines[page["id"]]
            if len(numbers) != len(labels):
                raise SystemExit(f"{name}/{page['id']}: labels and text disagree")
            pages.append({**page, "set": name, "site": site_of(page["url"]), "labels": dict(zip(numbers, labels))})
    return pages


def stories_of(pages: list[dict]) -> dict[str, list[dict]]:
    stories = defaultdict(list)
    for page in pages:
        stories[f"{page['set']}/{page['cluster']}"].append(page)
    return stories


@dataclass
class Example:
    site: str
    page: str
    line_no: int
    row: list[float]
    furniture: bool
    rule_removed: bool


def examples(pages: list[dict], cfg) -> list[Example]:
    """One example per line the rules saw, story by story (the pile features need the story's pages)."""
    out = []
    for members in stories_of(pages).values():
        docs = load_documents([{"id": p["id"], "url": p["url"], "text": p["text"]} for p in members],
                              max_bytes=cfg.input.max_bytes_per_document, max_documents=cfg.input.max_documents)
        for doc in docs:
            clean_document(doc, cfg)
        by_id = {p["id"]: p for p in members}
        for doc, rows in zip(docs, pile_features(docs, cfg)):
            page = by_id[doc.id]
            for unit, row in rows:
                out.append(Example(page["site"], doc.id, unit.line_no, row,
                                   page["labels"][unit.line_no]["label"] == "furniture", unit.removed is not None))
    return out


def removed(probability: np.ndarray, rule_removed: np.ndarray, threshold: float, mode: str) -> np.ndarray:
    return probability >= threshold if mode == "decide" else rule_removed | (probability >= threshold)


def score(is_removed: np.ndarray, furniture: np.ndarray) -> tuple[float, float]:
    """Furniture removed and body lost, as shares."""
    return is_removed[furniture].mean(), is_removed[~furniture].mean()


def best_threshold(probability: np.ndarray, rule_removed: np.ndarray, furniture: np.ndarray, mode: str) -> float:
    def objective(t: float) -> float:
        got, lost = score(removed(probability, rule_removed, t, mode), furniture)
        return got - BODY_WEIGHT * lost
    return max(np.linspace(0.05, 0.95, 91), key=objective)


def _trees(seed: int):
    from lightgbm import LGBMClassifier
    return LGBMClassifier(random_state=seed, n_jobs=1, verbose=-1, **TREES)


def _logistic(seed: int):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000, random_state=seed))


def fit(train: list[Example], seed: int, mode: str, make=_trees):
    """A fitted classifier and its threshold, chosen by inner cross-validation grouped by site."""
    from sklearn.model_selection import GroupKFold
    X = np.array([e.row for e in train])
    y = np.array([e.furniture for e in train])
    rules = np.array([e.rule_removed for e in train])
    sites = np.array([e.site for e in train])
    oof = np.zeros(len(train))
    for inner_train, inner_test in GroupKFold(n_splits=INNER_FOLDS).split(X, y, sites):
        oof[inner_test] = make(seed).fit(X[inner_train], y[inner_train]).predict_proba(X[inner_test])[:, 1]
    model = make(seed).fit(X, y)
    return model, float(best_threshold(oof, rules, y, mode))


def to_json(model, threshold: float) -> dict:
    """LightGBM's trees as flat lists (furniture.FurnitureModel reads them); a leaf's value already holds
    the learning rate, and the first tree the prior."""
    trees = []
    for info in model.booster_.dump_model()["tree_info"]:
        tree = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}

        def add(node: dict) -> int:
            index = len(tree["feature"])
            for key, value in (("feature", -2), ("threshold", 0.0), ("left", -1), ("right", -1), ("value", 0.0)):
                tree[key].append(value)
            if "leaf_value" in node:
                tree["value"][index] = round(float(node["leaf_value"]), 8)
                return index
            if node["decision_type"] != "<=":
                raise ValueError(f"unexpected split {node['decision_type']}")
            tree["feature"][index], tree["threshold"][index] = node["split_feature"], float(node["threshold"])
            tree["left"][index] = add(node["left_child"])
            tree["right"][index] = add(node["right_child"])
            return index

        add(info["tree_structure"])
        trees.append(tree)
    return {"about": "summarize/text/furniture.py; written by benchmarks/train_furniture.py", "features": list(FEATURES),
            "base": 0.0, "rate": 1.0, "trees": trees, "threshold": round(threshold, 3)}


def leave_one_site_out(data: list[Example], seed: int, mode: str, make=_trees) -> np.ndarray:
    """Each example's removal decided by a model that never saw its site."""
    sites = np.array([e.site for e in data])
    X = np.array([e.row for e in data])
    rules = np.array([e.rule_removed for e in data])
    decided = np.zeros(len(data), dtype=bool)
    for site in sorted(set(sites)):
        held = sites == site
        model, threshold = fit([e for e, h in zip(data, held) if not h], seed, mode, make)
        decided[held] = removed(model.predict_proba(X[held])[:, 1], rules[held], threshold, mode)
    return decided


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mode", default="add", choices=("add", "decide"), help="the mode the written model is for")
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--skip-loso", action="store_true", help="only fit on every site and write the model")
    args = parser.parse_args(argv)
    if not all((DATA / name).is_dir() for name in SETS):
        print(f"the labelled pages are missing: expected {', '.join(str(DATA / n) for n in SETS)}", file=sys.stderr)
        return 2
    cfg = load_config(None, {"cleaning": {"learned": {"mode": "off"}}})
    data = examples(labelled_pages(), cfg)
    furniture = np.array([e.furniture for e in data])
    rules = np.array([e.rule_removed for e in data])
    sites = {e.site for e in data}
    print(f"{len(data)} lines ({furniture.sum()} furniture) on {len({e.page for e in data})} pages, {len(sites)} sites")
    if not args.skip_loso:
        got, lost = score(rules, furniture)
        print(f"{'rules':<28} furniture removed {100 * got:5.1f} %  body lost {100 * lost:4.1f} %")
        for label, mode, make in (("rules + trees (add)", "add", _trees), ("trees alone (decide)", "decide", _trees),
                                  ("rules + logistic (add)", "add", _logistic),
                                  ("logistic alone (decide)", "decide", _logistic)):
            got, lost = score(leave_one_site_out(data, args.seed, mode, make), furniture)
            print(f"{label:<28} furniture removed {100 * got:5.1f} %  body lost {100 * lost:4.1f} %  "
                  "(leave-one-site-out)")
    model, threshold = fit(data, args.seed, args.mode)
    Path(args.out).write_text(json.dumps(to_json(model, threshold)) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.mode}, threshold {threshold:.2f}, {model.n_estimators_} trees)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
