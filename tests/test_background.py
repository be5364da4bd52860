def test_february_article_is_flagged_as_background(seed_result):
    flagged = {d.id[:3]: d.background for d in seed_result.documents}
    assert flagged["002"] and "2021-02-24" in flagged["002"]
    assert all(flagged[k] is None for k in ("000", "001", "003", "004"))
    assert any("002" in w and "background" in w for w in seed_result.warnings)


def test_off_topic_article_is_flagged_by_content(summarizer):
    from conftest import SEEDS
    recipe = ("طريقة تحضير الكبسة باللحم خطوة بخطوة في المنزل.\n"
              "اغسلي الأرز جيدا وانقعيه في الماء البارد لمدة نصف ساعة قبل الطبخ.\n"
              "ضعي اللحم في قدر كبير مع البصل والبهارات واتركيه على نار هادئة حتى ينضج.\n"
              "أضيفي الأرز إلى المرق واتركيه حتى يمتص الماء ثم قدميه ساخنا مع السلطة.")
    result = summarizer([SEEDS, {"id": "recipe", "text": recipe}])
    doc = next(d for d in result.documents if d.id == "recipe")
    assert doc.background and "content is far" in doc.background
    assert not any(p.sources == ["recipe"] for p in result.selected_points)


def test_the_majority_of_a_story_is_never_background(summarizer):
    from datetime import date

    from summarize.text.documents import Document
    bodies = ["أعلنت الهيئة الوطنية للانتخابات موعد الاقتراع في الانتخابات الرئاسية المقبلة.",
              "بدأت الحملات الانتخابية للمرشحين في الانتخابات الرئاسية وسط اهتمام واسع.",
              "أدلى الناخبون بأصواتهم في الانتخابات الرئاسية على مدى ثلاثة أيام متتالية.",
              "أعلنت الهيئة الوطنية للانتخابات النتيجة النهائية للانتخابات الرئاسية وفوز المرشح."]
    days = [date(2023, 1, 1), date(2023, 3, 1), date(2023, 6, 1), date(2023, 9, 1)]
    docs = [Document(id=f"d{n}", text=body, published=day) for n, (body, day) in enumerate(zip(bodies, days))]
    result = summarizer(docs)
    assert not any(d.duplicate_of for d in result.documents)
    assert not any(d.background for d in result.documents)


def test_the_warning_names_the_evidence(seed_result):
    warning = next(w for w in seed_result.warnings if "002" in w and "background" in w)
    assert "(dateline)" in warning and "median of 5 dated articles" in warning
