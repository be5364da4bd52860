"""Relative days in summary sentences get the date they name, from their article's publication date."""
from datetime import date

import pytest

from summarize.text.documents import Document
from summarize.text.temporal import anchor_relative_days, anchors

MONDAY = date(2021, 10, 25)


@pytest.mark.parametrize("text, expected", [
    ("أعلن البرهان، اليوم الاثنين، حالة الطوارئ.", "أعلن البرهان، اليوم الاثنين (25 أكتوبر 2021)، حالة الطوارئ."),
    ("وقال أمس الأحد إن الوضع هادئ.", "وقال أمس الأحد (24 أكتوبر 2021) إن الوضع هادئ."),
    ("وقال مساء اليوم إن الوضع هادئ.", "وقال مساء اليوم (25 أكتوبر 2021) إن الوضع هادئ."),
    ("وكان قد زار الخرطوم يوم السبت الماضي.", "وكان قد زار الخرطوم يوم السبت الماضي (23 أكتوبر 2021)."),
    ("وتعقد القمة الخميس المقبل في القاهرة.", "وتعقد القمة الخميس المقبل (28 أكتوبر 2021) في القاهرة."),
    ("ووقع الطرفان الاتفاق الجمعة في جدة.", "ووقع الطرفان الاتفاق الجمعة (22 أكتوبر 2021) في جدة."),
])
def test_relative_days_are_dated_from_the_publication_day(cfg, text, expected):
    assert anchor_relative_days(text, MONDAY, cfg) == expected


@pytest.mark.parametrize("text", [
    "أعلن البرهان، اليوم الثلاثاء، حالة الطوارئ.",          # the weekday disagrees: no date rather than a wrong one
    "سيلتقي الرئيسان الجمعة في جدة.",                        # a bare weekday in a sentence about the future
    "من المقرر أن يلتقي الرئيسان الجمعة في جدة.",
    "اليوم الاثنين 25 أكتوبر أعلن البرهان حالة الطوارئ.",     # a date follows already
    "وفي اليوم الثاني من المعرض أقيمت ورشة للخط.",           # a day, not 'today'
    "واستقبل الوزير عبد الأحد الحسني في مكتبه بالعاصمة.",     # a name, not Sunday
])
def test_no_date_is_added_where_it_could_be_wrong(cfg, text):
    assert anchor_relative_days(text, MONDAY, cfg) == text
    assert anchor_relative_days("أعلن البرهان، اليوم الاثنين، حالة الطوارئ.", None, cfg).count("(") == 0


def test_the_summary_dates_relative_days_and_the_points_keep_the_source_words(summarizer):
    lead = "أعلنت وزارة الصحة، اليوم الاثنين، ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى 450 مصابا."
    other = "أغلقت السلطات المدارس في ثلاث مدن كبرى لمنع انتشار العدوى بين الأطفال الصغار والمسنين."
    docs = [Document(id="a", text=f"{lead}\n{other}", published=MONDAY),
            Document(id="b", text=f"{other}\n{lead}", published=MONDAY)]
    result = summarizer(docs, budget_words=40)
    point = next(p for p in result.selected_points if "الحمى" in p.text)
    assert point.text == lead and point.stated == lead.replace("الاثنين،", "الاثنين (25 أكتوبر 2021)،")
    assert point.stated in result.summary_ar and anchors(result.summary_ar, summarizer.config)
    assert result.unsupported == []          # the added day and year are not facts the model invented


def test_turning_temporal_off_adds_no_date(cfg):
    from summarize import load_config
    text = "أعلن البرهان، اليوم الاثنين، حالة الطوارئ."
    assert "(" in anchor_relative_days(text, MONDAY, cfg)
    assert anchor_relative_days(text, MONDAY, load_config(cfg, {"temporal": {"enabled": False}})) == text


def test_the_day_a_sentence_speaks_of():
    from summarize.text.temporal import day_references, day_said
    wednesday = date(2021, 8, 11)
    assert day_said("وقالت الحكومة أمس الثلاثاء إن 42 لقوا حتفهم.", wednesday) == date(2021, 8, 10)
    assert day_said("ذكر التلفزيون اليوم الأربعاء أن 65 قتلوا.", wednesday) == wednesday
    assert day_said("لقي 50 شخصا حتفهم في الزلزال الذي ضرب ليل الجمعة.", wednesday) == wednesday
    assert day_said("وقالت الحكومة أمس إن 42 لقوا حتفهم.", None) is None
    assert day_references("وقالت الحكومة أمس الثلاثاء إن 42 لقوا حتفهم.") == {"day-1", "weekday1"}
    assert day_references("في اليوم الثاني من المعرض زار 50 ألفا الأجنحة.") == frozenset()
