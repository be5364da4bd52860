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
