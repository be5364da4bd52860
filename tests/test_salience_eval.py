"""benchmarks/salience_eval.py: the timeline ceiling (oracle-each) and the paired ratio intervals it reports."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

FIRST = ["افتتح الرئيس معرضا دوليا للكتاب في العاصمة بمشاركة ثلاثمئة دار نشر عربية وأجنبية.",
         "فاز منتخب الناشئين بكأس البطولة الإقليمية لكرة السلة بعد مباراة نهائية مثيرة."]
SECOND = ["وحضر الحفل عدد من الوزراء والسفراء المعتمدين لدى البلاد في قاعة المعارض الكبرى.",
          "واحتفل المشجعون في الشوارع حتى ساعة متأخرة من الليل بعد عودة الفريق إلى المدينة."]


def test_oracle_each_tells_each_article_by_its_sentence_closest_to_its_standfirst_in_date_order(summarizer):
    from salience_eval import oracle_each
    records = [{"id": "late", "text": f"{FIRST[1]}\n{SECOND[1]}", "date": "2018-05-20"},
               {"id": "early", "text": f"{FIRST[0]}\n{SECOND[0]}", "date": "2018-05-01"}]
    docs = summarizer(records, budget_words=100).documents
    assert [d.published for d in sorted(docs, key=lambda d: d.id)] == [date(2018, 5, 1), date(2018, 5, 20)]
    standfirsts = {"early": "حضر الوزراء والسفراء المعتمدون لدى البلاد الحفل",     # the second sentence's words
                   "late": "فاز منتخب الناشئين بكأس البطولة الإقليمية"}           # the first sentence's
    assert oracle_each(docs, standfirsts) == f"{SECOND[0]} {FIRST[1]}"
    assert oracle_each(docs, {"late": standfirsts["late"]}) == FIRST[1]     # an article without one is left out


def test_the_ratio_interval_resamples_both_methods_on_the_same_items():
    from salience_eval import ratio_interval
    ours, base = [0.2, 0.4, 0.6, 0.8], [0.1, 0.2, 0.3, 0.4]
    assert ratio_interval(ours, base) == pytest.approx((2.0, 2.0, 2.0))   # twice as good on every item
    ratio, low, high = ratio_interval([0.3, 0.1, 0.5, 0.2], [0.2, 0.2, 0.2, 0.2])
    assert ratio == pytest.approx(1.375) and low < ratio < high


def test_easc_cases_show_the_articles_where_the_lead_beats_ours_most_beside_the_human_extract(summarizer, tmp_path,
                                                                                               monkeypatch):
    import json

    import quality
    from salience_eval import easc_cases
    rows = [{"id": f"a{n}", "documents": [{"text": f"{FIRST[n]}\n{SECOND[n]}"}], "references": [FIRST[n]]}
            for n in range(2)]
    (tmp_path / "easc.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    monkeypatch.setattr(quality, "EASC", tmp_path)
    lines = easc_cases(summarizer, {"a0", "a1"}, 1)
    headers = [line for line in lines if line.startswith("== ")]
    assert len(headers) == 1 and headers[0].split(",")[0] in ("== a0", "== a1")
    article = int(headers[0].split(",")[0][-1])
    budget = len(FIRST[article].split())
    assert f"    [{budget}] {FIRST[article]}" in lines                      # lead-fit: the first sentence fits
    assert lines[-1] == f"  first human extract: {FIRST[article]}"
    assert easc_cases(summarizer, {"a1"}, 5)[0].startswith("== a1,")      # only the articles asked for
