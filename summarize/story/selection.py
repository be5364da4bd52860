"""Choosing the points of the extractive summary: weighted concept coverage under a word budget.

Follows the ICSI summarizer (Gillick & Favre 2009, "A Scalable Global Model for Summarization";
Gillick et al., TAC 2008-2009): the content units of a story are its concepts, here stemmed word
bigrams and numbers. A concept weighs more the more independent sources state it (copies count
once; background articles count less) and when it is in an article's lead. The summary is the set
of points that covers the most concept weight within the word budget, each concept counted once,
so repeating a fact earns nothing. It is solved exactly as an integer program
(`scipy.optimize.milp`, HiGHS), greedily when the solver gives no answer in time.

As in ICSI, the units chosen are sentences: a point (one report, told by several sources) may
enter the summary through any of its sentences, at most one, so a concise wording beats the long
one that happens to come first; a sentence may also be stated without a trailing adjunct clause
('..., مؤكدا أن ...'), the first cut of sentence compression, and one article alone may state a
sentence by its head up to any clause mark (`clause_heads`). Priors join the coverage: news puts
the main facts first (a sentence earns a bonus that decays with its place in its article, times
the article's recency), a point reported by more sources earns more, and paraphrases that share
few words are kept apart by the embedding (two points closer than `redundancy_cosine` are never
both chosen, nor two close sentences giving the same number). Sentences that state an outdated
value of an evolving figure are left out (`figures.py`), and the latest value of a figure is a
concept of its own, worth a sentence's words (one sentence stating it earns it, a second nothing).
Two constraints come from the claims (`claims.py`): a figure is stated at most once (two sentences
giving a value of one figure are never both chosen), and a disputed claim enters only with the other
side (`disputes.py`): a sentence of one side of a dispute requires one of each other side.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ..config import Config
from ..text.arabic import PUNCTUATION, STOPWORDS, light_stem, normalize, rarity, words, zipf
from ..text.dates import story_reference
from ..text.documents import Document, Sentence, SentenceKey
from ..text.deadline import check_deadline
from ..text.sentences import ends_sentence
from ..text.temporal import anchor_relative_days
from .figures import count_reader
from .redundancy import Point, independent_id
from .salience import is_timeline, sentence_salience


WORD, BIGRAM, NUMBER, LATEST = "word", "bigram", "number", "latest"


class Concept(NamedTuple):
    """A content unit of the story (ICSI's concept), covered once however many sentences state it:
    a stemmed content WORD, a BIGRAM of stems (not both stopwords), a NUMBER as written in digits, or
    the LATEST value of an evolving figure (`text` is then the figure's id)."""
    kind: str
    text: str


@lru_cache(maxsize=1 << 16)        # a point's concepts are read for its score, the scale and the solver
def concepts(text: str) -> frozenset[Concept]:
    """The content units of a sentence: its stemmed content words, word bigrams and numbers."""
    tokens = words(text)
    stems = [light_stem(t) for t in tokens]
    units = {Concept(NUMBER, t) for t in tokens if t.isdigit()}
    units |= {Concept(WORD, s) for t, s in zip(tokens, stems) if t not in STOPWORDS and len(s) > 2 and not t.isdigit()}
    for (a, b), (sa, sb) in zip(zip(tokens, tokens[1:]), zip(stems, stems[1:])):
        if not (a in STOPWORDS and b in STOPWORDS):
            units.add(Concept(BIGRAM, f"{sa} {sb}"))
    return frozenset(units)


def concept_weights(docs: list[Document], cfg: Config) -> dict[Concept, float]:
    """Each concept's weight: summed over the independent articles that state it, with more for
    repetition inside an article (log) and for a place in its lead; background articles count less."""
    c = cfg.selection
    per_source: dict[Concept, dict[str, float]] = defaultdict(dict)
    for doc in docs:
        if doc.duplicate_of:
            continue
        counts: dict[Concept, int] = defaultdict(int)
        lead: set[Concept] = set()
        candidates = [s for s in doc.sentences if s.is_point_candidate]
        for rank, sentence in enumerate(candidates):
            units = concepts(sentence.text)
            for unit in units:
                counts[unit] += 1
            if rank < c.lead_sentences:
                lead |= units
        scale = c.background_weight if doc.background else 1.0
        for unit, n in counts.items():
            weight = scale * (1 + c.repeat_weight * math.log(n)) * (1 + c.lead_boost * (unit in lead))
            if unit.kind == WORD:
                weight *= c.word_weight
            per_source[unit][independent_id(doc)] = max(weight, per_source[unit].get(independent_id(doc), 0))
    sources = {independent_id(d) for d in docs}
    min_sources = c.min_sources if len(sources) >= c.min_sources_from_articles else 1
    weights = {unit: sum(by.values()) for unit, by in per_source.items() if len(by) >= min_sources}
    if c.rarity_weight:        # names, places and numbers are what a reader cannot guess
        rare = _rarity_of_stems(docs, cfg)
        for unit in weights:
            if unit.kind == NUMBER:
                r = 1.0
            elif unit.kind == WORD:
                r = rare.get(unit.text, 0.0)
            else:
                r = max(rare.get(t, 0.0) for t in unit.text.split(" "))
            weights[unit] *= 1 + c.rarity_weight * r
    return weights


def _rarity_of_stems(docs: list[Document], cfg: Config) -> dict[str, float]:
    """How rare each stem is in Arabic, 0 (common: 'الرئيس') to 1 (rare: names, places), from the
    wordfreq Zipf frequency of its most common written form in the story."""
    c = cfg.selection
    frequency: dict[str, float] = {}
    for doc in docs:
        for sentence in doc.sentences:
            if sentence.is_point_candidate:
                for raw in sentence.text.split():
                    raw = raw.strip(PUNCTUATION)
                    for w in words(raw)[:1]:
                        stem = light_stem(w)
                        frequency[stem] = max(frequency.get(stem, 0.0), zipf(raw))
    return {stem: rarity(z, c.common_zipf, c.rare_zipf, 0.0) for stem, z in frequency.items()}


def _recency(docs: list[Document], half_life: float) -> dict[str, float]:
    """1 for the latest articles, halving every `half_life` days before them: the lead of the newest
    report tells where the story stands. In a story whose articles are spread wider than that (a
    topic followed over months), it halves every typical spacing instead, the median distance of the
    articles' dates from the story's date, so that the summary still covers the earlier reports. An
    undated article gets the dated articles' mean (1 when none is dated): it may be any of them."""
    dates = [d.published for d in docs if d.published and not d.duplicate_of]
    if not dates:
        return {d.id: 1.0 for d in docs}
    middle = story_reference(dates)
    half_life = max(half_life, statistics.median(abs((d - middle).days) for d in dates))
    latest = max(d.published for d in docs if d.published)
    dated = {d.id: 0.5 ** ((latest - d.published).days / half_life) for d in docs if d.published}
    unknown = sum(dated.values()) / len(dated)
    return {d.id: dated.get(d.id, unknown) for d in docs}


@dataclass
class _Option:
    """One way to state a point in the summary: one of its sentences, whole or without a trailing adjunct."""
    point: int
    sentence: Sentence
    words: str                    # the source words stated: the sentence, or its head (`trimmed_head`)
    figures: frozenset[Concept]   # the LATEST values of evolving figures it states
    stated: str                   # as the summary would state them (relative days dated)
    length: int
    coverage: float
    prior: float
    needs: SentenceKey | None = None   # the sentence (doc id, index) it may only follow

    @property
    def score(self) -> float:
        return self.coverage + self.prior


def trimmed_head(text: str, cfg: Config) -> str | None:
    """The sentence without its trailing adjunct clause, or None when it has none: '..., مؤكدا أن ...',
    '..., حيث ...' (a comma, then one of `lexicon.participial_adjuncts` or `selection.trailing_adjuncts`)
    adds a detail to a statement that is complete without it, the classic first cut of sentence compression (Dorr et al. 2003,
    Hedge Trimmer). The head keeps at least `trim_min_words` words and stands alone (`_head_stands`)."""
    c = cfg.selection
    adjuncts = _adjuncts((*cfg.lexicon.participial_adjuncts, *c.trailing_adjuncts))
    for comma in re.finditer(r"\s*[،,]\s*", text):
        following = words(text[comma.end():])[:2]
        if not following or following[0].removeprefix("و") not in adjuncts and following[0] not in adjuncts \
                and " ".join(following) not in adjuncts:
            continue
        head = text[:comma.start()]
        if len(head.split()) < c.trim_min_words:
            continue
        return _with_period(head) if _head_stands(head, tuple(cfg.lexicon.reporting_verbs)) else None
    return None


def clause_heads(text: str, cfg: Config) -> list[str]:
    """Every head of the sentence that ends at a clause mark (a comma or semicolon) with at least
    `trim_min_words` words and stands alone (`_head_stands`, a verb of announcing counting as one of
    saying), shortest first. One article summarized alone (`selection.clause_heads`) may state a sentence
    by such a head where the whole does not fit: the room left is spent on the first clauses of the
    next sentence in turn instead of on a short later sentence or on nothing (the lead cut at the
    budget, at a clause rather than a word: Hedge Trimmer's cut, Dorr et al. 2003, at any clause)."""
    saying = (*cfg.lexicon.reporting_verbs, *cfg.lexicon.announcing_verbs)
    heads = []
    for mark in re.finditer(r"\s*[،,؛;]\s*", text):
        head = text[:mark.start()]
        if len(head.split()) >= cfg.selection.trim_min_words and words(text[mark.end():]) \
                and _head_stands(head, saying):
            heads.append(_with_period(head))
    return heads


def _head_stands(head: str, saying: tuple[str, ...]) -> bool:
    """A head closes every quotation and bracket it opens, and one that only reports speaking
    ('علقت الوزارة على الافتتاح'), one of the verbs `saying` without what was said (no 'أن' clause or
    colon), is not cut from what was said."""
    if head.count('"') % 2 or any(head.count(a) != head.count(b) for a, b in ("«»", "“”", "()", "[]")):
        return False
    speech = _adjuncts(saying)
    return words(head)[0].removeprefix("و") not in speech or bool(_SAID.search(head.translate(_ALEF)))


@lru_cache(maxsize=8)
def _adjuncts(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(e) for e in entries)


def _options(points: list[Point], docs: list[Document], cfg: Config, weights: dict[Concept, float], per_word: float,
             outdated: set[SentenceKey], latest: dict[SentenceKey, set[str]], clauses: bool = False) -> list[_Option]:
    """Every Arabic sentence of every point that may stand in the summary (the summary is Arabic: a point
    only stated in English stays in the table, with score 0), whole or its head (`trimmed_head`; with
    `clauses`, also every `clause_heads`), with what it covers (the latest value of
    an evolving figure included) and its priors, in units of `per_word`: its own place in its article
    (times the article's recency) and the point's support across sources."""
    c = cfg.selection
    ranks = {s.key: r for d in docs
             for r, s in enumerate(x for x in d.sentences if x.is_point_candidate)}
    background = {d.id for d in docs if d.background}
    recency = _recency(docs, c.recency_half_life_days)
    others = max(len({independent_id(d) for d in docs}) - 1, 1)
    leaning = _leaning_sentences(docs, cfg)
    published = {d.id: d.published for d in docs}
    options = []
    for n, point in enumerate(points):
        check_deadline()
        for sentence in point.sentences:
            key = sentence.key
            if sentence.language != "ar" or key in outdated or key not in ranks or \
                    (key in leaning and leaning[key] is None):
                continue
            heads = [head] if (head := trimmed_head(sentence.text, cfg)) else []
            heads += [h for h in clause_heads(sentence.text, cfg) if h != head] if clauses else []
            for text in (sentence.text, *heads):
                length = len(text.split())        # the dates added in brackets come on top of the budget
                # Per word, like the coverage: a bonus per sentence would favour many short sentences.
                scale = per_word * length
                prior = c.position_weight * scale * math.exp(-ranks[key] / c.position_decay) * recency[sentence.doc_id]
                prior += c.support_weight * scale * (point.support - 1) / others
                if all(source in background for source in point.sources):
                    prior *= c.background_weight
                figures = frozenset(Concept(LATEST, kind) for kind in latest.get(key, ())
                                    if _numbers(text) == _numbers(sentence.text))    # the figure is still stated
                coverage = sum(weights.get(u, 0.0) for u in concepts(text)) + sum(weights[f] for f in figures)
                stated = anchor_relative_days(_closed(text), published[sentence.doc_id], cfg)
                options.append(_Option(n, sentence, text, figures, stated, length, coverage, prior, leaning.get(key)))
    return options


def _figure_weights(points: list[Point], cfg: Config, per_word: float,
                    latest: dict[SentenceKey, set[str]]) -> dict[Concept, float]:
    """The latest value of an evolving figure is a concept of its own (LATEST), counted once like
    the others: `figure_weight` times the weight (`per_word` each) of the words of an average sentence that
    states it."""
    lengths: dict[Concept, list[int]] = defaultdict(list)
    for point in points:
        for sentence in point.sentences:
            for kind in latest.get(sentence.key, ()):
                lengths[Concept(LATEST, kind)].append(len(sentence.text.split()))
    return {unit: cfg.selection.figure_weight * per_word * float(np.mean(n)) for unit, n in lengths.items()}


_CLAUSE_END = " ،,؛;:-–—"


def _with_period(text: str) -> str:
    """`text` ending with a period instead of a comma or dash (a closing quote or bracket stays)."""
    return text.rstrip(_CLAUSE_END) + "."


def _closed(text: str) -> str:
    """A sentence cut at a comma (a long one split at `sentences.max_words`) ends with a period in the summary."""
    return _with_period(text) if text.rstrip().endswith(tuple(_CLAUSE_END.strip())) else text


def _numbers(text: str) -> set[str]:
    return {w for w in words(text) if w.isdigit()}


def _mean_word_weight(points: list[Point], weights: dict[Concept, float]) -> float:
    """The concept weight of an average word of the story's points: the unit of the priors."""
    total = sum(sum(weights.get(u, 0.0) for u in concepts(p.text)) for p in points)
    return total / max(sum(len(p.text.split()) for p in points), 1)


def select_points(points: list[Point], docs: list[Document], cfg: Config, budget_words: int | None = None,
                  max_points: int | None = None, outdated: set[SentenceKey] | None = None,
                  latest: dict[SentenceKey, set[str]] | None = None,
                  stated: dict[SentenceKey, set[str]] | None = None,
                  sides: list[list[set[SentenceKey]]] | None = None) -> list[Point]:
    """The points that cover the most concept weight within the budget, in story order, marked `selected`.

    Each point may be stated by any of its sentences: the solver picks at most one per point, and the
    point's `text` becomes the sentence chosen. Sentences (doc id, index) in `outdated` state an
    outdated value of an evolving figure and are never chosen; those in `latest` state the latest value
    (or another fact of the event covered once: `claims.RESPONSIBILITY`, who carried it out).
    `stated` gives the figures each sentence states a value of (at most one sentence per figure); `sides`
    the sentences of each side of each dispute (one side chosen, one of every other side with it).
    Every point's `score` is that of its best sentence (the points table).
    """
    c = cfg.selection
    budget = c.budget_words if budget_words is None else budget_words
    limit = (c.max_points or len(points)) if max_points is None else max_points
    timeline = is_timeline(docs, cfg)
    if timeline:
        points[:] = _one_point_per_day(points, docs)
    weights = concept_weights(docs, cfg)
    latest = latest or {}
    per_word = _mean_word_weight(points, weights)        # the unit of the priors and of the figure concepts
    weights.update(_figure_weights(points, cfg, per_word, latest))
    single = len({independent_id(d) for d in docs}) == 1
    options = _options(points, docs, cfg, weights, per_word, outdated or set(), latest,
                       clauses=single and not timeline and c.clause_heads)
    for point in points:
        point.score = 0.0
    for option in options:
        points[option.point].score = max(points[option.point].score, option.score)
    if single or timeline:   # no support across sources to count
        days = {d.id: d.published for d in docs} if timeline else None
        # A budget for a large share of one article: its own order (`lead_budget_share`, chosen on training data).
        in_order = not timeline and _budget_share(docs, budget) >= c.lead_budget_share
        salience = _in_article_order(docs) if in_order else sentence_salience(docs, cfg)
        chosen = _most_salient_first(options, points, salience, budget, limit, cfg, days)
    else:
        pool = sorted(options, key=lambda o: -o.score)[:c.max_candidates]
        chosen = _solve(pool, points, weights, budget, limit, cfg, stated or {}, sides or [])
    for option in chosen:
        point = points[option.point]
        point.text, point.stated, point.selected = option.sentence.text, option.stated, True
    ordered = story_order([points[o.point] for o in chosen], docs)
    # A sentence that leans on the one before it comes right after it.
    # (found by the sentence chosen, not by the point's text: two sources may print that sentence alike)
    stating = {o.sentence.key: points[o.point] for o in chosen}
    for option in sorted((o for o in chosen if o.needs in stating), key=lambda o: o.sentence.index):
        after = stating[option.needs]
        ordered.remove(points[option.point])
        ordered.insert(ordered.index(after) + 1, points[option.point])
    return ordered


def _one_point_per_day(points: list[Point], docs: list[Document]) -> list[Point]:
    """A topic's reports of different days are different events, however alike their words ('North Korea
    said ...'): a point stated on several days becomes one point per day, with that day's sentences."""
    by_id = {d.id: d for d in docs}
    out = []
    for point in points:
        days: dict[date | None, list[Sentence]] = defaultdict(list)
        for sentence in point.sentences:
            days[by_id[sentence.doc_id].published].append(sentence)
        if len(days) == 1:
            out.append(point)
            continue
        for sentences in days.values():
            text = point.text if any(s.text == point.text for s in sentences) else sentences[0].text
            sources = list(dict.fromkeys(s.doc_id for s in sentences))
            out.append(replace(point, sentences=sentences, text=text, sources=sources,
                               support=len({independent_id(by_id[d]) for d in sources})))
    return out


def _budget_share(docs: list[Document], budget: int) -> float:
    """The budget as a share of the words of the original articles' candidate sentences."""
    length = sum(len(s.text.split()) for d in docs if not d.duplicate_of for s in d.sentences if s.is_point_candidate)
    return budget / max(length, 1)


def _in_article_order(docs: list[Document]) -> dict[SentenceKey, float]:
    """Each candidate sentence -> a score falling with its place in its article: the lead first."""
    return {s.key: 1 / (1 + rank) for d in docs if not d.duplicate_of
            for rank, s in enumerate(s for s in d.sentences if s.is_point_candidate)}


def _most_salient_first(options: list[_Option], points: list[Point], salience: dict[SentenceKey, float],
                        budget: int, limit: int, cfg: Config,
                        days: dict[str, date | None] | None = None) -> list[_Option]:
    """One article, or a topic told one event per article: there is no support across sources to count, and what an
    editor would say first is what the salience learned from human standfirsts (`salience.py`) ranks first. The
    articles' sentences in turns, most salient first, each whole or its head (`_options`) when only that fits. A
    timeline (`days`: each article's date) tells its events each once: its articles' best sentences only, and
    only what was said on the same day can restate (a topic's days share its words), or a sentence printed again
    word for word (the background every report repeats: neutral on the ANT timelines, 1.032 and 1.037 below). A
    sentence that does not fit where the room left is less than the last sentence taken ends its article: a less
    salient short sentence is not taken because it fits what is left over (filling that room instead costs 2 R-2
    points against BBC standfirsts, 41.7 to 39.7, and 0.1 on EASC's longer human extracts, training halves, with
    `clause_heads` on). A sentence leaning on one not taken, or restating one taken (`_restates`), is passed
    over. The lead of one article given room for a large share of it is told the same way, `salience` then
    ranking by place.

    Tried on the training timelines (salience_eval.py --tune --timelines 21, R-2 of ours / lead of each article,
    1.032 with `is_timeline`'s weekly gap; May-June validation in brackets, 1.037) and dropped: a timeline's
    sentences stated by a clause head where the whole does not fit (`clause_heads`) 1.037 [1.036]; with those,
    an article whose best sentence cannot be taken told by its next one 1.037 (without them 1.028 [1.034]); room
    kept for the shortest statement of every less salient article's lead, so that every event is told (longer
    leads cut to a head) 1.018; a second sentence per article in the room left 1.031 (0.974 before the weekly
    gap, 0.983); a lead skipped for the article's next sentence when the summary already covers half (a third)
    of its bigrams, the background each report restates, 1.030 (0.968); each article's own value of an evolving
    figure kept (no `outdated` in a timeline) 1.038 [1.038]. Each article's first sentence alone, in date order,
    reaches 1.017 of lead of each article on the same topics: what is left to win is which sentence of an
    article an editor's standfirst says (oracle-each 1.20 [1.14])."""
    by_sentence: dict[SentenceKey, list[_Option]] = defaultdict(list)
    for option in options:
        by_sentence[option.sentence.key].append(option)
    turns: dict[str, int] = defaultdict(int)
    order = []
    for key in sorted(by_sentence, key=lambda k: -salience.get(k, 0.0)):
        order.append((turns[key[0]], -salience.get(key, 0.0), key))
        turns[key[0]] += 1
    numbers = dict(zip(map(id, options), _restatable(options, cfg)))

    def restates(a: _Option, b: _Option) -> bool:
        same_day = days is None or days[a.sentence.doc_id] == days[b.sentence.doc_id]
        verbatim = words(a.words) == words(b.words)       # background each report prints again
        return verbatim or same_day and _restates(a, b, numbers[id(a)], numbers[id(b)], points, cfg)

    chosen: list[_Option] = []
    ended: set[str] = set()
    used = 0
    for turn, _, key in sorted(order):
        if len(chosen) >= limit or (days is not None and turn > 0):
            break
        if key[0] in ended or (days is not None and any(o.sentence.doc_id == key[0] for o in chosen)):
            continue
        taken = {o.sentence.key for o in chosen}
        fitting = [o for o in sorted(by_sentence[key], key=lambda o: -o.length) if used + o.length <= budget]
        if not fitting:
            if chosen and budget - used < chosen[-1].length:
                ended.add(key[0])
            continue
        option = fitting[0]
        if (option.needs and option.needs not in taken) or any(restates(o, option) for o in chosen):
            continue
        chosen.append(option)
        used += option.length
    return chosen


def _restatable(options: list[_Option], cfg: Config) -> list[set]:
    """What each option states that a second sentence would restate: its distinctive numbers and counts
    (in digits or words) and the figures whose latest value it gives."""
    reader = count_reader(cfg)
    return [reader.distinctive(o.words) | reader.amounts(o.words) | o.figures for o in options]


def _restates(a: _Option, b: _Option, numbers_a: set, numbers_b: set, points: list[Point], cfg: Config) -> bool:
    """The two say one thing: one point, near-paraphrases, or close sentences giving the same number
    or the same figure's latest value (the pairs `_solve` never takes together)."""
    cosine = float(points[a.point].embedding @ points[b.point].embedding)
    return a.point == b.point or cosine >= cfg.selection.redundancy_cosine or \
        bool(numbers_a & numbers_b) and cosine >= cfg.redundancy.same_number_cosine


def _leaning_sentences(docs: list[Document], cfg: Config) -> dict[SentenceKey, SentenceKey | None]:
    """Sentences that cannot stand alone in a summary, each with the sentence it needs before it (or
    None: it may never go in). Those that open by leaning on the previous one ('موضحا أن ...',
    'جاء ذلك ...', 'حسبما أفاد ...') or by pointing back to it ('وأصيب هؤلاء الأشخاص ...',
    'وفي هذا السياق ...', a speaker left unnamed: 'وأضاف: ...', 'وقال إن ...', or named as one already named
    (`selection.given_speakers`, definite: 'وقالت المنظمة الحقوقية', 'وأكد المسؤول'), the end of a quotation
    begun earlier; an article's first sentence may point to its headline) need their article's
    previous sentence; quotes cut by an ellipsis (ending their paragraph) and an article's last sentence left
    unfinished (no final punctuation where the article's other sentences have it: a cut page) never go in, nor does a
    sentence that only names a speaker ('وقال المتحدث باسم الحكومة، فلان.': what was said is elsewhere)."""
    c = cfg.selection
    openers = tuple(normalize(w) + " " for w in (*cfg.lexicon.participial_adjuncts, *c.leaning_openers))
    pointers = {normalize(w) for w in c.anaphora_words}
    verbs = "|".join(re.escape(v.translate(_ALEF)) for v in (*cfg.lexicon.reporting_verbs, *cfg.lexicon.announcing_verbs))
    unnamed_speaker = re.compile(rf"^\s*و?(?:{verbs})\s*(?:[:«\"“]|(?:ان|بان)\s)")     # on alef-folded text
    reporting = "|".join(re.escape(v.translate(_ALEF)) for v in c.speech_verbs)
    speaker_only = re.compile(rf"^\s*و?(?:{reporting})\s[^:«\"“”]*$")    # 'وقال المتحدث باسم الحكومة، فلان.'
    given = "|".join(re.escape(w.translate(_ALEF)) for w in c.given_speakers)
    saying = "|".join(re.escape(v.translate(_ALEF)) for v in (*c.speech_verbs, *cfg.lexicon.announcing_verbs))
    given_speaker = re.compile(rf"^\s*و?(?:{saying})\s+(?:{given})(?![\w])(?!\s+باسم)")   # 'وقالت المنظمة الحقوقية'
    leaning: dict[SentenceKey, SentenceKey | None] = {}
    for doc in docs:
        candidates = [s for s in doc.sentences if s.is_point_candidate]
        for k, sentence in enumerate(candidates):
            text = sentence.text.rstrip()
            head = [w if w in pointers else w.removeprefix("و")
                    for w in words(sentence.normalized)[:c.anaphora_window]]
            # 'هذا وقد ...' opens a paragraph without pointing back
            folded = text.translate(_ALEF)
            pointing = k > 0 and ((any(w in pointers for w in head) and head[:1] != [normalize("هذا")])
                                   or bool(unnamed_speaker.match(folded))             # 'وأضاف: ...'
                                   or bool(given_speaker.match(folded)))     # a speaker named before: 'وأكد المسؤول'
            before = (doc.id, candidates[k - 1].index) if k > 0 else None
            # (an ellipsis with the paragraph going on after it ends a sentence, in some sites' style: 'غير واضحي
            # المعالم… ويعد الهجوم')
            cut = text.endswith(("…", "...")) and not (k + 1 < len(candidates)
                                                       and candidates[k + 1].line_no == sentence.line_no)
            if cut or (speaker_only.match(folded) and not _SAID.search(folded)):
                leaning[(doc.id, sentence.index)] = None     # (a speaker named, what was said left to the next line)
            elif (sentence.normalized + " ").startswith(openers) or pointing or _quote_tail(text):
                leaning[(doc.id, sentence.index)] = before
        finished = sum(ends_sentence(s.text) for s in candidates[:-1])
        if candidates and not ends_sentence(candidates[-1].text) and finished >= len(candidates[:-1]) / 2 > 0:
            leaning[(doc.id, candidates[-1].index)] = None
    return leaning


_ALEF = str.maketrans("أإآ", "ااا")          # scraped news often drops the hamza: 'اضافت أن'
_SAID = re.compile(r"(?:^|\s)(?:ان|بان|انه|انها|بانه|بانها)\s|:")     # what was said (alef-folded text)


def _quote_tail(text: str) -> bool:
    """The end of a quotation whose start (and speaker) is in an earlier sentence: 'نريد السلام".'"""
    if any(text.count(close) > text.count(start) for start, close in (("«", "»"), ("“", "”"))):
        return True
    return text.count('"') % 2 == 1 and text.rstrip().rstrip(".").endswith('"')


@dataclass
class ConceptProgram:
    """The integer program of `_solve`, as both solvers read it: option j covers `units[j]`, costs
    `lengths[j]` words and earns `prior[j]`; each concept earns its weight once."""
    units: list[list[Concept]]               # the weighted concepts each option covers
    weights: dict[Concept, float]
    lengths: np.ndarray
    prior: np.ndarray
    budget: int                              # words
    limit: int                               # options
    pairs: np.ndarray                        # (k, 2): options never both chosen
    requires: list[tuple[int, int | None]]   # option j only with option i (None: never)
    disputes: list[list[list[int]]]          # per dispute, the options of each side

    @property
    def vocabulary(self) -> list[Concept]:
        return sorted({u for us in self.units for u in us})


def _solve(pool: list[_Option], points: list[Point], weights: dict[Concept, float], budget: int, limit: int,
           cfg: Config, stated: dict[SentenceKey, set[str]],
           sides: list[list[set[SentenceKey]]]) -> list[_Option]:
    """max sum(w_i c_i) + sum(prior_j s_j)  s.t.  sum(len_j s_j) <= budget, sum(s_j) <= limit,
    c_i <= sum(s_j for j stating i), at most one sentence per point, s_a + s_b <= 1 for sentences of
    near-paraphrase points or of one figure, sum(s_j, j in side A) <= |A| sum(s_k, k in side B) for
    the sides of a dispute; binary s, c."""
    if not pool:
        return []
    close = cfg.selection.redundancy_cosine
    vectors = np.array([points[o.point].embedding for o in pool])
    same = np.array([o.point for o in pool])
    # Never both: two near-paraphrases, two sentences of one point, two close sentences (a paraphrase's
    # cosine) that give the same distinctive number or the same figure's latest value (one report told twice).
    numbers = _restatable(pool, cfg)
    cosine = vectors @ vectors.T
    restated = np.array([[bool(a & b) for b in numbers] for a in numbers], dtype=bool) & \
        (cosine >= cfg.redundancy.same_number_cosine)
    figures = [stated.get(o.sentence.key, set()) if _numbers(o.words) else set() for o in pool]
    one_figure = np.array([[bool(a & b) for b in figures] for a in figures], dtype=bool)
    # (a leaning sentence follows the whole sentence it leans on, not its trimmed head)
    at = {o.sentence.key: j for j, o in enumerate(pool) if o.words == o.sentence.text}
    keys = [o.sentence.key for o in pool]
    disputes = [[[j for j, key in enumerate(keys) if key in side] for side in dispute] for dispute in sides]
    program = ConceptProgram(
        units=[[u for u in (*concepts(o.words), *o.figures) if u in weights] for o in pool], weights=weights,
        lengths=np.array([o.length for o in pool], dtype=float), prior=np.array([o.prior for o in pool]),
        budget=budget, limit=limit,
        pairs=np.argwhere(np.triu((cosine >= close) | (same[:, None] == same[None, :]) | restated | one_figure, k=1)),
        requires=[(j, at.get(o.needs)) for j, o in enumerate(pool) if o.needs],   # None: it can never go in
        disputes=[d for d in disputes if any(d)])
    try:
        picked = _milp(program, cfg.selection.solver_seconds, cfg.selection.solver_nodes)
    except RuntimeError:
        picked = None
    if picked is None:
        picked = _greedy(program)
    return [pool[j] for j in picked]


def _milp(program: ConceptProgram, seconds: float, nodes: int) -> list[int] | None:
    """The exact answer (HiGHS branch and bound, through scipy), or the best one found within `nodes` nodes:
    a bound on work, so that the answer does not depend on the machine's load; `seconds` only stops a solver
    that runs away."""
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, milp

    vocab = program.vocabulary
    index = {u: k for k, u in enumerate(vocab)}
    n, m = len(program.units), len(vocab)
    objective = -np.concatenate([program.prior, [program.weights[u] for u in vocab]])     # milp minimizes
    rows, cols, vals = [], [], []
    for j, us in enumerate(program.units):          # c_i - sum_j s_j <= 0
        for u in us:
            rows.append(index[u]); cols.append(j); vals.append(-1.0)
    for i in range(m):
        rows.append(i); cols.append(n + i); vals.append(1.0)
    coverage = sparse.csr_matrix((vals, (rows, cols)), shape=(m, n + m))
    budget_row = sparse.csr_matrix(np.concatenate([program.lengths, np.zeros(m)]))
    count_row = sparse.csr_matrix(np.concatenate([np.ones(n), np.zeros(m)]))
    constraints = [LinearConstraint(coverage, -np.inf, 0), LinearConstraint(budget_row, 0, program.budget),
                   LinearConstraint(count_row, 0, program.limit)]
    pairs = program.pairs
    if len(pairs):
        k = len(pairs)
        pair_rows = sparse.csr_matrix((np.ones(2 * k), (np.repeat(np.arange(k), 2), pairs.ravel())),
                                      shape=(k, n + m))
        constraints.append(LinearConstraint(pair_rows, 0, 1))
    if len(program.requires):                        # s_j <= s_needed (s_j = 0 when it is not in the pool)
        rows, cols, vals = [], [], []
        for r, (j, needed) in enumerate(program.requires):
            rows.append(r); cols.append(j); vals.append(1.0)
            if needed is not None:
                rows.append(r); cols.append(needed); vals.append(-1.0)
        constraints.append(LinearConstraint(sparse.csr_matrix((vals, (rows, cols)),
                                                              shape=(len(program.requires), n + m)), -np.inf, 0))
    rows, cols, vals, r = [], [], [], 0              # sum_A s - |A| sum_B s <= 0 for sides A, B of a dispute
    for dispute in program.disputes:
        for a in dispute:
            for b in dispute:
                if a is b or not a:
                    continue
                r += 1
                for j in a:
                    rows.append(r - 1); cols.append(j); vals.append(1.0)
                for j in b:
                    rows.append(r - 1); cols.append(j); vals.append(-float(len(a)))
    if r:
        constraints.append(LinearConstraint(sparse.csr_matrix((vals, (rows, cols)), shape=(r, n + m)),
                                            -np.inf, 0))
    result = milp(objective, constraints=constraints, integrality=np.ones(n + m), bounds=Bounds(0, 1),
                  options={"time_limit": seconds, "node_limit": nodes})
    if result.x is None:
        return None
    return [j for j in range(n) if result.x[j] > 0.5]


def _greedy(program: ConceptProgram) -> list[int]:
    """Best gain per word first (the classic approximation of the same objective); a sentence that
    needs another one is only taken after it; a side of a dispute only stays with every other side."""
    needs = dict(program.requires)
    weights, lengths, prior = program.weights, program.lengths, program.prior
    covered: set[Concept] = set()
    chosen: list[int] = []
    blocked = defaultdict(set)
    for a, b in program.pairs:
        blocked[int(a)].add(int(b)); blocked[int(b)].add(int(a))
    used = 0.0
    while len(chosen) < program.limit:
        check_deadline()
        best, best_gain = None, 0.0
        for j, us in enumerate(program.units):
            if j in chosen or used + lengths[j] > program.budget or blocked[j] & set(chosen) or \
                    (j in needs and needs[j] not in chosen):
                continue
            gain = (sum(weights[u] for u in us if u not in covered) + prior[j]) / max(lengths[j], 1)
            if gain > best_gain:
                best, best_gain = j, gain
        if best is None:
            break
        chosen.append(best)
        covered |= set(program.units[best])
        used += lengths[best]
    return [j for j in chosen if all(not any(j in side for side in d) or all(set(side) & set(chosen) for side in d)
                                     for d in program.disputes)]


def story_order(chosen: list[Point], docs: list[Document]) -> list[Point]:
    """Earliest publication among a point's sources, then its place in that article."""
    published = {d.id: d.published or date.max for d in docs}
    given_order = {d.id: n for n, d in enumerate(docs)}

    def key(point: Point) -> tuple:
        first: Sentence = min(point.sentences, key=lambda s: (published[s.doc_id], s.index))
        return (published[first.doc_id], first.index, given_order[first.doc_id])

    return sorted(chosen, key=key)
