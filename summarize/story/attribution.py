"""Attribution and faithfulness of the final summary.

Each summary sentence is linked to the source sentences that support it (embedding
cosine blended with the share of its stemmed terms that the source sentence
contains), with a support score. Abstractive models invent facts, so numbers,
Latin-script names and names after a title word ("الرئيس ...") that no source
contains are listed as unsupported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..config import Config
from ..text.arabic import ASCII_DIGITS, content_terms, light_stem, normalize
from ..text.deadline import check_deadline
from ..text.documents import Document, Sentence

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_NAME = re.compile(r"\b[A-Z][a-zA-Z\-']+")


@dataclass
class Evidence:
    doc_id: str
    index: int
    text: str
    score: float


@dataclass
class SummarySentence:
    ar: str
    en: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(e.doc_id for e in self.evidence))

    @property
    def support(self) -> float:
        return max((e.score for e in self.evidence), default=0.0)

    def to_dict(self) -> dict:
        return {"ar": self.ar, "en": self.en, "sources": self.sources, "support": round(self.support, 4),
                "evidence": [{"doc": e.doc_id, "index": e.index, "text": e.text, "score": round(e.score, 4)}
                             for e in self.evidence]}


def attribute(summary: list[SummarySentence], summary_vectors: np.ndarray, sources: list[Sentence],
              source_vectors: np.ndarray, cfg: Config, known: list[list[Sentence]] | None = None) -> None:
    """Fill `evidence` of every summary sentence from the candidate source sentences.

    `known[n]`, when given, are source sentences known to report summary sentence n (the sentences of
    the point an extractive summary sentence stands for: paraphrases in other articles); they are
    always part of its evidence."""
    c = cfg.attribution
    if not summary or not sources:
        return
    cosine = summary_vectors @ source_vectors.T
    source_terms = [content_terms(s.text) for s in sources]
    position = {s.key: k for k, s in enumerate(sources)}
    for row, sentence in enumerate(summary):
        check_deadline()
        terms = content_terms(sentence.ar)
        coverage = np.array([len(terms & t) / max(len(terms), 1) for t in source_terms])
        score = c.embedding_weight * cosine[row] + (1 - c.embedding_weight) * coverage
        best = [int(k) for k in np.argsort(-score)[:c.max_evidence] if score[k] >= c.min_support]
        if known is not None and row < len(known):
            best += [k for k in (position[s.key] for s in known[row]
                                 if s.key in position) if k not in best]
            best.sort(key=lambda k: -score[k])
        sentence.evidence = [Evidence(sources[k].doc_id, sources[k].index, sources[k].text, float(score[k]))
                             for k in best]


def unsupported_terms(summary: str, docs: list[Document], cfg: Config) -> list[str]:
    """Numbers and names in `summary` that appear in no source article, in order of appearance."""
    source_text = " ".join(s.text for d in docs for s in d.sentences)
    source_numbers = {_plain_number(n) for n in _NUMBER.findall(source_text.translate(ASCII_DIGITS))}
    source_words = {light_stem(w) for w in normalize(source_text).split()}
    titles = {normalize(t) for t in cfg.attribution.title_words}
    found: list[str] = []
    for number in _NUMBER.findall(summary.translate(ASCII_DIGITS)):
        if _plain_number(number) not in source_numbers:
            found.append(number)
    for name in _LATIN_NAME.findall(summary):
        if light_stem(normalize(name)) not in source_words:
            found.append(name)
    words = summary.split()
    for n, title in enumerate(words):
        if normalize(title) not in titles:
            continue
        for word in words[n + 1:n + 3]:   # "الرئيس ترامب", "الرئيس الأمريكي ترامب"
            norm = normalize(word)
            if norm and not norm.isdigit() and light_stem(norm) not in source_words:
                found.append(word.strip("،,.:؛\"«»()"))
    return list(dict.fromkeys(found))


def _plain_number(number: str) -> str:
    return number.replace(",", "").rstrip(".")
