import math
from datetime import date, timedelta

import numpy as np
import pytest


HEADLINE = "فيضانات تضرب مدينة درنة الليبية"
LEAD = "ضربت فيضانات عارمة مدينة درنة الليبية بعد أن انهار سدان على الوادي خلال عاصفة قوية ليلة الأحد."
MIDDLE = ["وقال شهود إن المياه جرفت أحياء كاملة على ضفتي الوادي قبل أن تصل إلى البحر.",
          "وأرسلت دول مجاورة فرق إنقاذ وطائرات محملة بالمساعدات الطبية والغذائية إلى المنطقة.",
          "وكانت السلطات قد حذرت السكان من العاصفة قبل يومين من وصولها إلى الساحل الشرقي."]
TAIL = "وتابعت: \"لم نر شيئا كهذا من قبل\"."


def _docs(summarizer, records):
    return summarizer(records, budget_words=200).documents


def test_the_shipped_model_is_data_with_the_features_the_code_computes():
    from summarize.story.salience import FEATURES, SalienceModel, shipped_model
    model = shipped_model()
    assert model.features == FEATURES and model.coef.shape == (len(FEATURES),)
    with pytest.raises(ValueError, match="retrain"):
        SalienceModel.from_dict({**model.to_dict(), "features": ["first"]})


def test_the_headline_sentence_in_the_lead_outscores_a_late_quote(summarizer, cfg):
    from summarize.story.salience import sentence_salience
    docs = _docs(summarizer, [{"id": "a", "title": HEADLINE, "text": "\n".join([LEAD, *MIDDLE, TAIL])}])
    sentences = {s.text: (s.doc_id, s.index) for s in docs[0].sentences if s.is_point_candidate}
    scores = sentence_salience(docs, cfg)
    assert set(scores) == set(sentences.values()) and all(0 < p < 1 for p in scores.values())
    assert scores[sentences[LEAD]] == max(scores.values())
    assert scores[sentences[LEAD]] > scores[sentences[TAIL]]


FILLER = "وعاد الهدوء أخيرا إلى المدينة."             # min_words: a candidate


def _share_summarizer(embedder, share: float):
    from conftest import EXTRACTIVE_ONLY
    from summarize import Summarizer
    return Summarizer({**EXTRACTIVE_ONLY, "selection": {"lead_budget_share": share}}, embedder=embedder)


def test_one_article_is_told_by_its_most_salient_sentence_without_a_filler(embedder):
    """Room for the lead and a short late sentence: the short one is not taken only because it fits
    (a budget under lead_budget_share of the article: the learned ranking)."""
    ranked = _share_summarizer(embedder, math.inf)
    text = "\n".join([LEAD, *MIDDLE, FILLER])
    budget = len(LEAD.split()) + 5
    result = ranked([{"id": "a", "title": HEADLINE, "text": text}], budget_words=budget)
    assert result.summary_ar == LEAD
    # With room for two sentences, the second is stated too.
    wider = ranked([{"id": "a", "title": HEADLINE, "text": text}],
                   budget_words=len(LEAD.split()) + max(len(m.split()) for m in MIDDLE))
    assert wider.summary_ar.startswith(LEAD) and len(wider.selected_points) == 2


def test_a_budget_for_a_large_share_of_one_article_keeps_the_lead_within_it(embedder, cfg):
    """At or over lead_budget_share of the article's words: its sentences in order while they fit, and,
    as the ranking does, no later short sentence taken only because it fits what is left over."""
    from summarize.story.selection import _budget_share
    text = "\n".join([LEAD, *MIDDLE, FILLER])
    records = [{"id": "a", "title": HEADLINE, "text": text}]
    in_order = _share_summarizer(embedder, 0.0)
    wide = len(LEAD.split()) + len(MIDDLE[0].split()) + len(MIDDLE[1].split())
    assert [p.text for p in in_order(records, budget_words=wide).selected_points] == [LEAD, *MIDDLE[:2]]
    narrow = len(LEAD.split()) + 5
    result = in_order(records, budget_words=narrow)
    assert [p.text for p in result.selected_points] == [LEAD]
    assert _budget_share(result.documents, narrow) == pytest.approx(narrow / len(text.split()))


EVENTS = ["افتتح الرئيس معرضا دوليا للكتاب في العاصمة بمشاركة ثلاثمئة دار نشر عربية وأجنبية.",
          "فاز منتخب الناشئين بكأس البطولة الإقليمية لكرة السلة بعد مباراة نهائية مثيرة.",
          "أعلنت وزارة الزراعة موسما قياسيا لحصاد القمح بفضل الأمطار الغزيرة هذا الشتاء.",
          "وقعت الحكومة اتفاقية مع شركة صينية لبناء جسر جديد فوق النهر الكبير شمال البلاد.",
          "أطلقت جامعة المدينة برنامجا لتعليم البرمجة للطلاب في المدارس الثانوية الريفية."]
DETAILS = ["وحضر الحفل عدد من الوزراء والسفراء المعتمدين لدى البلاد.",
           "واحتفل المشجعون في الشوارع حتى ساعة متأخرة من الليل.",
           "ويتوقع المزارعون أن تنخفض أسعار الخبز في الأسواق المحلية.",
           "ويستغرق بناء الجسر ثلاث سنوات وفق الجدول الزمني المعلن.",
           "ويشارك في البرنامج مئات المعلمين المتطوعين من مختلف المحافظات."]


def _timeline(spacing_days: int) -> list[dict]:
    start = date(2018, 5, 1)
    return [{"id": f"e{k}", "text": f"{event}\n{detail}",
             "date": (start + timedelta(days=spacing_days * k)).isoformat()}
            for k, (event, detail) in enumerate(zip(EVENTS, DETAILS))]


def test_a_topic_followed_over_weeks_is_told_one_event_per_article_in_date_order(summarizer, cfg):
    from summarize.story.salience import is_timeline
    spread = _timeline(14)
    assert is_timeline(_docs(summarizer, spread), cfg)
    assert not is_timeline(_docs(summarizer, _timeline(0)), cfg)      # one day: an event told by many
    result = summarizer(spread, budget_words=200)
    stated = [p.text for p in result.selected_points]
    assert stated == EVENTS                        # each event once, in date order, no second sentence


BACKGROUND = ("وتشهد المحافظة الشمالية منذ سنوات مشاريع تنموية واسعة تمولها الحكومة المركزية والبنك الدولي "
              "ضمن خطة إعمار المدن الساحلية المتضررة من الحرب الأهلية الطويلة.")


def test_reports_a_week_apart_are_a_timeline_whatever_background_they_share(summarizer, cfg):
    """Each report restating the topic's background shares many words with the others: days apart they
    may be one event's follow-ups, a week apart (`timeline_weekly_gap_days`) each tells its own, and the
    background they all print is stated at most once."""
    from summarize.story.salience import is_timeline

    def restating(spacing_days: int) -> list[dict]:
        return [{**r, "text": f"{r['text']}\n{BACKGROUND}"} for r in _timeline(spacing_days)]

    weekly = cfg.selection.timeline_weekly_gap_days
    assert not is_timeline(_docs(summarizer, restating(weekly - 1)), cfg)     # the overlap: one event
    assert is_timeline(_docs(summarizer, restating(weekly)), cfg)
    stated = [p.text for p in summarizer(restating(weekly), budget_words=200).selected_points]
    assert stated.count(BACKGROUND) <= 1 and len(set(stated)) == len(stated)
    headlined = [{**r, "title": " ".join(event.split()[:5])} for r, event in zip(restating(weekly), EVENTS)]
    assert [p.text for p in summarizer(headlined, budget_words=200).selected_points] == EVENTS


def test_a_sentence_repeated_on_two_days_of_a_timeline_is_two_events(summarizer, cfg):
    from summarize.story.selection import _one_point_per_day
    repeated = "وقالت الحكومة إنها ستواصل العمل على تنفيذ خطتها خلال الأشهر المقبلة."
    records = _timeline(14)
    for k in (0, 2):
        records[k]["text"] += "\n" + repeated
    result = summarizer(records, budget_words=200)
    told = [p for p in result.points if p.text == repeated]
    assert len(told) == 2 and sorted(p.sources[0] for p in told) == ["e0", "e2"]
    assert all(p.support == 1 and len(p.sources) == 1 for p in told)
    assert _one_point_per_day(told, result.documents) == told    # one point a day: nothing left to split


def test_stories_of_one_event_are_not_timelines(summarizer, cfg):
    from conftest import SEEDS
    from summarize.story.salience import is_timeline
    assert not is_timeline(summarizer([SEEDS]).documents, cfg)


def test_a_logistic_model_applies_its_standardization():
    from summarize.story.salience import FEATURES, SalienceModel
    n = len(FEATURES)
    model = SalienceModel(FEATURES, np.ones(n), np.full(n, 2.0), np.eye(n)[0], 0.0)
    table = np.ones((2, n))
    table[1, 0] = 3.0                               # (3 - 1) / 2 = 1 on the only weighted feature
    assert np.allclose(model.probability(table), [0.5, 1 / (1 + np.exp(-1))])


def test_a_sentence_is_cut_only_at_a_clause_whose_head_stands_alone(cfg):
    from summarize.story.selection import clause_heads
    first = "ارتفع عدد المصابين بالحمى في المحافظة الجنوبية للبلاد"
    second = f"{first}، إلى 450 مصابا هذا الأسبوع"
    assert clause_heads(f"{second}؛ وفرقها تعمل على مدار الساعة.", cfg) == [f"{first}.", f"{second}."]
    assert clause_heads("وقالت الوزارة في بيان اليوم، إن الفرق الطبية تعمل ليلا ونهارا.", cfg) == []  # said cut off
    assert clause_heads("أكد رئيس الحكومة المكلفة أسامة حماد، أن الوضع في المدينة كارثي.", cfg) == []  # announced
    assert clause_heads("وقال الوزير: «الوضع صعب في المدينة الجنوبية، والفرق تعمل».", cfg) == []  # a quote cut
    assert clause_heads("قال الوزير، إن الوضع صعب.", cfg) == []                        # too short a head


LONG_LEAD = ("ضربت فيضانات عارمة مدينة درنة الليبية بعد أن انهار سدان على الوادي خلال عاصفة قوية ليلة الأحد، "
             "وجرفت المياه أحياء كاملة على ضفتي الوادي قبل أن تصل إلى البحر وسط صمت رسمي طويل.")


@pytest.mark.parametrize("share", [0.0, math.inf])        # the lead within the budget, and the learned ranking
def test_one_article_whose_lead_does_not_fit_states_the_lead_up_to_a_clause(embedder, share):
    """The whole lead is longer than the budget: its first clause is stated (the lead cut at a clause), not
    a later sentence in its place; a story of several sources is not cut so (`clause_heads` off there)."""
    head = LONG_LEAD.split("،")[0] + "."
    text = "\n".join([LONG_LEAD, *MIDDLE])
    budget = len(head.split()) + 4
    result = _share_summarizer(embedder, share)([{"id": "a", "title": HEADLINE, "text": text}], budget_words=budget)
    assert [p.stated for p in result.selected_points] == [head]
    from conftest import EXTRACTIVE_ONLY
    from summarize import Summarizer
    off = Summarizer({**EXTRACTIVE_ONLY, "selection": {"lead_budget_share": share, "clause_heads": False}},
                     embedder=embedder)
    assert head not in [p.stated for p in off([{"id": "a", "title": HEADLINE, "text": text}],
                                              budget_words=budget).selected_points]
