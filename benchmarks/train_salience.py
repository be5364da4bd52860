"""Train the sentence salience model (summarize/story/salience.py) on ANT BBC article -> standfirst pairs.

Each BBC Arabic article of ANT (../shared/data/ant, never copied into the repository) is read and cut
into sentences by the pipeline's own stages, so that the features are those it computes at run time.
A sentence's label is how much of the editor's standfirst it says: the mean of its ROUGE-1 and
ROUGE-2 F1 against it (graded, not only the best sentence: the score is also a prior among many). Split by date: articles published before
`--split` (January-April 2018) train, the later ones (May-June) are validation and are only read by
benchmarks/salience_eval.py. A logistic regression (scikit-learn, lbfgs, deterministic) on
standardized features, with the labels as target probabilities; the coefficients go to summarize/story/salience_model.json.

    .venv/bin/python benchmarks/train_salience.py [--out summarize/story/salience_model.json]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ANT = ROOT.parent / "shared" / "data" / "ant" / "ant-2018-h1.jsonl.gz"
SPLIT = date(2018, 5, 1)          # train before, validation from this day on
TUNE = date(2018, 2, 1)           # training months, where settings are tried (salience_eval.py --tune)
MODEL = ROOT / "summarize" / "story" / "salience_model.json"

from summarize import Summarizer, load_config  # noqa: E402
from summarize.many.evaluation import ArabicTokenizer  # noqa: E402
from summarize.pipeline import FindCopies, ReadDocuments, Story  # noqa: E402
from summarize.story.salience import FEATURES, SalienceModel, feature_table  # noqa: E402
from summarize.text.documents import Document, InputError  # noqa: E402

EXTRACTIVE = {"generation": {"enabled": False}, "translation": {"enabled": False}}


def read_ant(source: str | None = "BBC") -> list[dict]:
    """ANT's articles (of one outlet, or all), in publication order."""
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return sorted((r for r in rows if source is None or r["src"] == source), key=lambda r: r["published"])


def published(row: dict) -> date:
    return date.fromisoformat(row["published"][:10])


def record(row: dict) -> dict:
    """An ANT article as the pipeline's input record (title and date from the feed)."""
    return {"id": row["id"], "title": row["title"], "text": row["text"], "date": row["published"][:10]}


def read_documents(summarizer: Summarizer, records: list[dict]) -> list[Document]:
    """The pipeline's documents and sentences for a story, without embeddings or selection."""
    story = Story(inputs=records)
    ReadDocuments(summarizer).annotate(story)
    FindCopies(summarizer).annotate(story)
    return story.docs


def _scorer():
    from rouge_score.rouge_scorer import RougeScorer
    return RougeScorer(["rouge1", "rouge2"], tokenizer=ArabicTokenizer(True))


def overlap_labels(texts: list[str], reference: str, scorer) -> np.ndarray:
    """How much of the standfirst each sentence says: the mean of its ROUGE-1 and ROUGE-2 F1 with it."""
    scores = [scorer.score(reference, text) for text in texts]
    return np.array([(s["rouge1"].fmeasure + s["rouge2"].fmeasure) / 2 for s in scores])


def training_table(rows: list[dict], summarizer: Summarizer) -> tuple[np.ndarray, np.ndarray]:
    scorer = _scorer()
    tables, labels = [], []
    for row in rows:
        try:
            docs = read_documents(summarizer, [record(row)])
        except InputError:
            continue
        sentences, table = feature_table(docs, summarizer.config)
        if not sentences:
            continue
        tables.append(table)
        labels.append(overlap_labels([s.text for s in sentences], row["abstract"], scorer))
    return np.vstack(tables), np.concatenate(labels)


def fit(table: np.ndarray, labels: np.ndarray, seed: int = 0) -> SalienceModel:
    """Logistic regression on soft labels (each row once as a positive weighted by its label, once as
    a negative weighted by 1 - label: the cross-entropy with the overlap as target probability)."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = table.mean(axis=0), table.std(axis=0)
    scale = np.where(scale == 0, 1.0, scale)
    x = (table - mean) / scale
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=seed).fit(
        np.vstack([x, x]), np.concatenate([np.ones(len(x)), np.zeros(len(x))]),
        sample_weight=np.concatenate([labels, 1 - labels]))
    return SalienceModel(FEATURES, mean, scale, model.coef_[0], float(model.intercept_[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(MODEL), help="where the model's JSON goes")
    args = parser.parse_args(argv)
    if not ANT.is_file():
        print(f"the ANT corpus is missing: expected {ANT} (it stays in shared/, never in the repository)",
              file=sys.stderr)
        return 2
    import sklearn

    summarizer = Summarizer(load_config(None, EXTRACTIVE))
    train = [r for r in read_ant() if published(r) < SPLIT and r.get("abstract_is_human")]
    table, labels = training_table(train, summarizer)
    model = fit(table, labels)
    payload = {"about": "salience of a sentence: logistic regression (summarize/story/salience.py), "
                        "trained by benchmarks/train_salience.py",
               "data": f"ANT v2.1 BBC Arabic articles published before {SPLIT} with their standfirsts",
               "articles": len(train), "sentences": int(len(labels)), "mean_label": round(float(labels.mean()), 4),
               "scikit_learn": sklearn.__version__, "model": model.to_dict()}
    Path(args.out).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"{len(train)} articles, {len(labels)} sentences, mean label {labels.mean():.3f}")
    for name, c in zip(FEATURES, model.coef):
        print(f"  {name:<16} {c:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
