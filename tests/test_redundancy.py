from conftest import SEEDS, seed_id
from summarize.story.redundancy import mark_duplicate_documents
from summarize.text.documents import Document


def _point_with(result, fragment):
    hits = [p for p in result.points if any(fragment in s.text for s in p.sentences)]
    assert len(hits) == 1, fragment
    return hits[0]


def test_reworded_visit_under_attacks_is_one_point_with_two_sources(seed_result):
    point = _point_with(seed_result, "تأتي زيارة الكاظمي إلى واشنطن في وقت تتعرض")
    assert any("وجاءت زيارة الكاظمي إلى واشنطن في وقت تتعرّض" in s.text for s in point.sentences)
    assert [s[:3] for s in point.sources] == ["003", "004"]
    assert point.support == 2


def test_english_tweet_and_its_arabic_translation_are_one_point(seed_result):
    point = _point_with(seed_result, "I look forward to strengthening the strategic partnership")
    assert any(s.text.startswith("أتطلع إلى تعزيز الشراكة الاستراتيجية") for s in point.sentences)
    assert {s.language for s in point.sentences} == {"ar", "en"}
    assert point.text.startswith("أتطلع")            # the Arabic sentence represents the point


def test_unrelated_sentences_stay_apart(seed_result):
    point = _point_with(seed_result, "وتبنت هذه الأخيرة هجوما داميا")   # the Sadr City bombing, only in 003
    assert point.support == 1 and len(point.sentences) == 1


def test_every_candidate_sentence_is_in_exactly_one_point(seed_result):
    in_points = [(s.doc_id, s.index) for p in seed_result.points for s in p.sentences]
    candidates = [(s.doc_id, s.index) for d in seed_result.documents for s in d.sentences if s.is_point_candidate]
    assert sorted(in_points) == sorted(candidates)


def test_syndicated_copy_is_grouped_and_counts_once(summarizer):
    original = (SEEDS / "003_bdb0ef1f55d75d44.txt").read_text(encoding="utf-8")
    body = original.split("3084 مشاهدة")[1].split("البوم الصور")[0]
    copy = "• facebook\n• twitter\nموقع آخر ينقل الخبر\n" + body + "\nاقرأ أيضا\nخبر آخر"
    result = summarizer([SEEDS, {"id": "copy", "text": copy}])
    docs = {d.id: d for d in result.documents}
    assert docs["copy"].duplicate_of == "003_bdb0ef1f55d75d44"
    assert docs["003_bdb0ef1f55d75d44"].duplicate_of is None
    point = _point_with(result, "وتبنت هذه الأخيرة هجوما داميا")
    assert set(point.sources) == {"003_bdb0ef1f55d75d44", "copy"} and point.support == 1
    assert any("copy of 003" in w for w in result.warnings)


def test_original_of_copies_is_the_earliest_published(cfg):
    from datetime import date
    text = " ".join(f"جملة رقم {i} عن زيارة رئيس الوزراء إلى العاصمة الأمريكية واشنطن." for i in range(10))
    late = Document(id="late", text=text, published=date(2021, 7, 27))
    early = Document(id="early", text=text, published=date(2021, 7, 26))
    from summarize.text.cleaning import clean_document
    from summarize.text.sentences import segment_document
    for d in (late, early):
        clean_document(d, cfg)
        segment_document(d, cfg)
    mark_duplicate_documents([late, early], cfg)
    assert late.duplicate_of == "early" and early.duplicate_of is None


def test_paraphrased_reports_of_one_figure_are_one_point(seed_result):
    """Three seed articles give the 2,500 US troops in their own words: one point, three sources."""
    [point] = [p for p in seed_result.points if any("2500" in s.text for s in p.sentences)]
    assert sorted(point.sources) == sorted(seed_id(prefix) for prefix in ("001", "003", "004"))
    assert point.support == 3


def test_distinctive_numbers_read_thousands_and_multipliers(cfg):
    from summarize.text.numbers import NumberReader
    distinctive_numbers = NumberReader(cfg).distinctive
    assert distinctive_numbers("تشريد أكثر من 40 ألفا") == {40000}
    assert distinctive_numbers("نزوح 40000 شخص") == {40000}
    assert distinctive_numbers("نحو 2,500 جندي في عام 2023") == {2500}   # a year is not one
    assert distinctive_numbers("مقتل 56 شخصا") == set()                  # too common to link
    assert distinctive_numbers("قيمة سوقية تبلغ 1.88 تريليون دولار، والسهم عند 35.2 ريال") == \
        {1_880_000_000_000}                                                            # a decimal is one number


def _sentence(doc_id: str, index: int, text: str):
    from summarize.text.arabic import normalize
    from summarize.text.documents import Sentence
    return Sentence(text, doc_id, index, index, normalize(text), "ar", True)


FAIRUZ = ["غنت فيروز أغاني الأخوين رحباني في مهرجانات بعلبك الدولية.",
          "غنت فيروز أغاني الأخوين رحباني في مسرحيات بيروت الغنائية.",
          "غنت فيروز أغاني الأخوين رحباني في مهرجانات بعلبك الدولية الكبرى."]


def _fairuz_points(cfg, other_article: bool):
    import numpy as np
    from summarize.story.redundancy import group_points
    sentences = [_sentence("a", k, text) for k, text in enumerate(FAIRUZ)]
    vectors = [[1.0, 0.0, 0.0], [0.98, 0.2, 0.0], [1.0, 0.02, 0.0]]
    docs = [Document(id="a", text="")]
    if other_article:
        sentences.append(_sentence("b", 0, "أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة الشمالية اليوم."))
        vectors.append([0.0, 0.0, 1.0])
        docs.append(Document(id="b", text=""))
    embeddings = np.array(vectors) / np.linalg.norm(vectors, axis=1, keepdims=True)
    points = group_points(sentences, embeddings, docs, cfg)
    return {s.index: n for n, p in enumerate(points) for s in p.sentences if s.doc_id == "a"}


def test_one_article_told_alone_keeps_two_facts_on_one_subject_apart(cfg):
    """A story of one article: two of its sentences sharing its names (close embeddings, shared words)
    are two points, a nearly verbatim repeat is one; with another source, the cross-source grouping
    stands (an article's lead and its restatement are one report)."""
    alone = _fairuz_points(cfg, other_article=False)
    assert alone[0] != alone[1] and alone[0] == alone[2]
    with_another = _fairuz_points(cfg, other_article=True)
    assert with_another[0] == with_another[1] == with_another[2]
