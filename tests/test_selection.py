from datetime import date

from summarize.documents import Document


def test_summary_is_the_selected_points_within_budget(seed_result, cfg):
    chosen = seed_result.selected_points
    assert 2 <= len(chosen) <= cfg.selection.max_points
    assert seed_result.summary_ar == " ".join(p.text for p in chosen)
    assert len(seed_result.summary_ar.split()) <= cfg.selection.budget_words
    assert seed_result.points[:len(chosen)] == chosen


def test_nothing_is_said_twice(seed_result, cfg):
    chosen = seed_result.selected_points
    for i, a in enumerate(chosen):
        for b in chosen[i + 1:]:
            assert float(a.embedding @ b.embedding) < cfg.selection.redundancy_cosine


def test_points_follow_the_story_chronology(seed_result):
    docs = {d.id: d for d in seed_result.documents}
    firsts = [min((docs[s.doc_id].published or date.max) for s in p.sentences) for p in seed_result.selected_points]
    assert firsts == sorted(firsts)


def test_summary_covers_the_main_facts_of_the_story(seed_result):
    summary = seed_result.summary_ar
    assert "سيلتقي برئيس الوزراء العراقي" in summary           # the announced meeting
    assert "ينهي رسميا المهمة القتالية" in summary              # the agreement ending the combat mission


def test_background_article_does_not_lead_the_summary(seed_result):
    for point in seed_result.selected_points:
        assert not all(s.startswith("002") for s in point.sources)


def test_budget_and_point_limits_are_honoured(summarizer):
    from conftest import SEEDS
    short = summarizer([SEEDS], budget_words=40, max_points=2)
    assert 1 <= len(short.selected_points) <= 2
    assert len(short.summary_ar.split()) <= 40


def test_english_only_point_never_enters_the_arabic_summary(summarizer):
    english = "The meeting between the two leaders took place in the Oval Office on Monday afternoon."
    arabic = "واجتمع الرئيس الأمريكي ورئيس الوزراء العراقي في المكتب البيضاوي بعد ظهر يوم الاثنين."
    result = summarizer([Document(id="en", text=english), Document(id="ar", text=arabic)], max_points=5)
    assert result.summary_ar == arabic
