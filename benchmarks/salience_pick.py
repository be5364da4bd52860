"""Can a learned model pick an article's one sentence better than its place? ANT BBC standfirsts.

A topic timeline is told one sentence per article (selection._most_salient_first), so what it can
say of the editors' standfirsts is bounded by how well that one sentence is chosen. This measures
the choice alone: for each BBC article of ANT (../shared/data/ant, never copied into the repository),
the ROUGE-2 F1 of the sentence a picker chooses against the article's own standfirst, for
- first: the article's first candidate sentence;
- shipped: the product's learned salience (summarize/story/salience_model.json, a logistic model);
- ranker: a LightGBM lambdarank model (Burges 2010, "From RankNet to LambdaRank to LambdaMART"),
  seeded, on the shipped features;
- ranker+: the same with three more general features: the sentence opens with a reporting verb
  (lexicon.reporting_verbs: 'وقال التلفزيون الرسمي إن ...' is what a standfirst often restates),
  its word overlap (Jaccard) with the article's first sentence, the article's number of sentences;
- switch: the first sentence unless a later one is predicted to say more of the standfirst by more
  than a margin (SWITCH_MARGINS): a seeded LightGBM regression of each later sentence's ROUGE-2 gain
  over the article's first, on the features of ranker+ and their difference from the first sentence's
  (the first sentence is the best one in about 79 % of articles: a ranker learns to pick it; this
  asks only where to leave it);
- oracle: the best sentence of each article (a ceiling: it reads the standfirst).
The rankers are fitted on January-March 2018 and measured on April (training months, where settings
would be tried) and on May-June (validation), each mean with a 95 % bootstrap interval and the share
of articles where the pick is the first sentence.

    .venv/bin/python benchmarks/salience_pick.py
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as Q  # noqa: E402
import train_salience as T  # noqa: E402

from summarize import Summarizer, load_config  # noqa: E402
from summarize.config import Config  # noqa: E402
from summarize.story.salience import feature_table, shipped_model  # noqa: E402
from summarize.text.arabic import normalize, words  # noqa: E402
from summarize.text.documents import InputError  # noqa: E402

FIT_BEFORE = date(2018, 4, 1)     # rankers fitted on January-March; April is the training months' tail
SEED = 0
GRADES = 10                       # lambdarank grades: ROUGE-2 F1 in tenths
SWITCH_MARGINS = (0.0, 0.05)      # predicted ROUGE-2 gain over the first sentence needed to leave it


@dataclass
class Article:
    published: date
    shipped: np.ndarray           # the shipped features, one row per candidate sentence
    extra: np.ndarray             # the three more features
    rouge2: np.ndarray            # each sentence's ROUGE-2 F1 against the standfirst


def extra_features(texts: list[str], cfg: Config) -> np.ndarray:
    """Opens with a reporting verb, Jaccard word overlap with the first sentence, sentences in the article."""
    verbs = {normalize(v).removeprefix("و") for v in cfg.lexicon.reporting_verbs}
    lead = set(words(texts[0]))
    rows = []
    for rank, text in enumerate(texts):
        tokens = words(normalize(text))
        own = set(words(text))
        rows.append([float(bool(tokens) and tokens[0].removeprefix("و") in verbs),
                     len(own & lead) / max(len(own | lead), 1) if rank else 1.0, float(len(texts))])
    return np.array(rows)


def read_articles(summarizer: Summarizer) -> list[Article]:
    articles = []
    for row in T.read_ant():
        if not row.get("abstract_is_human"):
            continue
        try:
            docs = T.read_documents(summarizer, [T.record(row)])
        except InputError:
            continue
        sentences, table = feature_table(docs, summarizer.config)
        if not sentences:
            continue
        texts = [s.text for s in sentences]
        articles.append(Article(T.published(row), table, extra_features(texts, summarizer.config),
                                np.array([Q.rouge_multi(t, [row["abstract"]])["rouge2"] for t in texts])))
    return articles


def fit_ranker(articles: list[Article], extra: bool):
    import lightgbm as lgb

    x = np.vstack([np.hstack([a.shipped, a.extra]) if extra else a.shipped for a in articles])
    grades = np.concatenate([np.minimum((a.rouge2 * GRADES).astype(int), GRADES) for a in articles])
    model = lgb.LGBMRanker(n_estimators=200, learning_rate=0.05, num_leaves=15, min_child_samples=20,
                           random_state=SEED, deterministic=True, n_jobs=1, verbose=-1,
                           label_gain=list(range(GRADES + 1)))
    model.fit(x, grades, group=[len(a.rouge2) for a in articles])
    return lambda a: model.predict(np.hstack([a.shipped, a.extra]) if extra else a.shipped)


def fit_switch(articles: list[Article], margin: float):
    """The first sentence, or the later one with the highest predicted gain over it when that exceeds `margin`."""
    import lightgbm as lgb

    def pairs(a: Article) -> np.ndarray:
        x = np.hstack([a.shipped, a.extra])
        return np.hstack([x[1:], x[1:] - x[0]])

    model = lgb.LGBMRegressor(n_estimators=300, learning_rate=0.03, num_leaves=7, min_child_samples=30,
                              random_state=SEED, deterministic=True, n_jobs=1, verbose=-1)
    model.fit(np.vstack([pairs(a) for a in articles if len(a.rouge2) > 1]),
              np.concatenate([a.rouge2[1:] - a.rouge2[0] for a in articles if len(a.rouge2) > 1]))

    def score(a: Article) -> np.ndarray:       # the first sentence scores the margin, a later one its gain
        return np.concatenate([[margin], model.predict(pairs(a)) if len(a.rouge2) > 1 else []])
    return score


def main() -> int:
    if not T.ANT.is_file():
        print(f"the ANT corpus is missing: expected {T.ANT}", file=sys.stderr)
        return 2
    summarizer = Summarizer(load_config(None, T.EXTRACTIVE))
    articles = read_articles(summarizer)
    fitted = [a for a in articles if a.published < FIT_BEFORE]
    shipped = shipped_model()
    pickers = {"first": lambda a: -np.arange(len(a.rouge2)), "shipped": lambda a: shipped.probability(a.shipped),
               "ranker": fit_ranker(fitted, False), "ranker+": fit_ranker(fitted, True),
               **{f"switch>{m:g}": fit_switch(fitted, m) for m in SWITCH_MARGINS},
               "oracle": lambda a: a.rouge2}
    print(f"rankers fitted on {len(fitted)} articles (January-March 2018); ROUGE-2 F1 % of the one sentence "
          "picked, against the article's standfirst")
    for name, start, end in (("April (training months)", FIT_BEFORE, T.SPLIT), ("May-June (validation)", T.SPLIT, date.max)):
        part = [a for a in articles if start <= a.published < end]
        print(f"{name}: {len(part)} articles")
        for picker, score in pickers.items():
            picks = [int(np.argmax(score(a))) for a in part]
            values = [a.rouge2[k] for a, k in zip(part, picks)]
            print(f"  {picker:<11} {Q.interval(values)}  first sentence picked in "
                  f"{100 * np.mean([k == 0 for k in picks]):.0f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
