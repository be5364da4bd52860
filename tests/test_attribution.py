import summarize.pipeline as pipeline
from conftest import SEEDS
from summarize import Summarizer
from summarize.story.attribution import unsupported_terms
from summarize.models.generation import Generation


def test_each_extractive_sentence_is_attributed_to_the_articles_of_its_point(seed_result):
    assert len(seed_result.sentences) == len(seed_result.selected_points)
    for sentence, point in zip(seed_result.sentences, seed_result.selected_points):
        assert sentence.ar == point.stated             # the sentence, relative days dated
        assert set(point.sources) <= set(sentence.sources)
        assert sentence.support > 0.99
        assert sentence.evidence[0].text == point.text


def test_invented_numbers_and_names_are_unsupported(seed_result, cfg):
    docs = seed_result.documents
    text = "وقال الرئيس الأمريكي جو بايدن إن 2500 جندي باقون، وأكد الوزير كلوني أن 7300 جندي سيغادرون بحسب Reuters."
    assert unsupported_terms(text, docs, cfg) == ["7300", "Reuters", "كلوني"]
    assert unsupported_terms("وكان الرئيس دونالد ترامب أمر بالضربة عام 2020.", docs, cfg) == []


def test_invented_number_in_an_abstract_is_flagged_in_the_result(monkeypatch, tiny_config, embedder):
    # A faithful paraphrase of seed 004's lead, except for the year.
    invented = "وقع بايدن والكاظمي اتفاقا ينهي المهمة القتالية الأميركية في العراق بنهاية عام 2029."
    monkeypatch.setattr(pipeline, "generate_summaries",
                        lambda stories, loaded, cfg: [Generation(text=invented) for _ in stories])
    result = Summarizer(tiny_config, embedder=embedder)([SEEDS])
    assert result.method == "abstractive" and result.summary_ar == invented
    assert result.unsupported == ["2029"]
    assert any("no source contains: 2029" in w for w in result.warnings)
    (sentence,) = result.sentences
    assert sentence.sources[0] == "004_6afea4c6e43b9a86" and sentence.en   # supported overall, and translated


def test_sentence_about_something_else_has_no_support(monkeypatch, tiny_config, embedder):
    unrelated = "طريقة تحضير الكبسة باللحم تبدأ بغسل الأرز ونقعه في الماء البارد."
    monkeypatch.setattr(pipeline, "generate_summaries",
                        lambda stories, loaded, cfg: [Generation(text=unrelated) for _ in stories])
    result = Summarizer(tiny_config, embedder=embedder)([SEEDS])
    assert result.sentences[0].evidence == []
    assert any("no supporting sentence" in w for w in result.warnings)


def test_abstractive_sentences_are_translated_one_to_one(tiny_config, embedder):
    result = Summarizer(tiny_config, embedder=embedder)([SEEDS])
    data = result.to_dict()["summary"]
    assert data["sentences"]
    assert all(set(s) == {"ar", "en", "sources", "support", "evidence"} for s in data["sentences"])
    assert " ".join(s["en"] for s in data["sentences"]) == data["en"]


def test_points_are_translated_on_request(tiny_config, embedder):
    summarizer = Summarizer(tiny_config, embedder=embedder)
    plain = summarizer([SEEDS])
    assert all(p.text_en is None for p in plain.points)
    asked = summarizer([SEEDS], translate_points=True)
    assert all(p.text_en for p in asked.selected_points)
    assert all(p.text_en is None for p in asked.points if not p.selected)
    assert asked.summary_en == " ".join(s.en for s in asked.sentences)


def test_cli_report_lists_abstract_sentences_with_sources_and_unsupported(monkeypatch, tiny_config, embedder):
    from summarize.cli import render_text

    invented = "وقع بايدن والكاظمي اتفاقا ينهي المهمة القتالية الأميركية في العراق بنهاية عام 2029."
    monkeypatch.setattr(pipeline, "generate_summaries",
                        lambda stories, loaded, cfg: [Generation(text=invented) for _ in stories])
    text = render_text(Summarizer(tiny_config, embedder=embedder)([SEEDS]))
    assert "Summary (abstractive):" in text
    assert "1. [العربية; support" in text and "Found in no source: 2029" in text      # 004_6afea4c6e43b9a86
