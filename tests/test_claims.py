"""Claims, the figures and disputes built from them, and what the summary does with them (made-up texts)."""
from datetime import date

from summarize.story.claims import ASSERTS, CLAIMS, DENIES, UNCONFIRMED, read_claims
from summarize.text.documents import Document, Line
from summarize.text.sentences import segment_document


def _claims(text, cfg, published=None):
    doc = Document(id="d", text=text, published=published)
    doc.lines = [Line(line, n) for n, line in enumerate(text.split("\n"))]
    segment_document(doc, cfg)
    return read_claims([doc], doc.sentences, cfg)


def _story(summarizer, texts_dates, **options):
    docs = [Document(id=f"a{n}", text=text, published=day) for n, (text, day) in enumerate(texts_dates)]
    return summarizer(docs, **options)


def test_a_count_is_read_with_its_qualifier_who_and_update_cue(cfg):
    [claim] = _claims("وبحسب وزارة الصحة، ارتفع عدد القتلى إلى 850 على الأقل في المدينة.", cfg)
    [count] = claim.counts
    assert (count.kind, count.value, count.qualifier, count.scope) == ("dead", 850, "at_least", None)
    assert claim.who == "وزارة الصحة" and claim.update and claim.stance == ASSERTS
    [claim] = _claims("قال المتحدث باسم الدفاع المدني إن نحو 40 شخصا أصيبوا في الحريق.", cfg)
    assert claim.who == "المتحدث باسم الدفاع المدني"
    assert [(c.kind, c.qualifier, c.event) for c in claim.counts] == [("injured", "about", "fire")]


def test_stances_denied_claimed_unconfirmed_and_a_negated_denial(cfg):
    stances = [c.stance for c in _claims(
        "نفت وزارة الدفاع استهداف السفينة في البحر الأحمر.\n"
        "وزعمت الجماعة أنها أسقطت طائرة مسيرة فوق المدينة.\n"
        "وتحدثت أنباء غير مؤكدة عن سقوط طائرة الرئيس في منطقة جبلية.\n"
        "ولم ينف المتحدث وقوع الانفجار في الميناء صباح اليوم.", cfg)]
    assert stances == [DENIES, CLAIMS, UNCONFIRMED, ASSERTS]


def test_a_count_in_a_place_alone_is_a_part_of_the_whole_toll(summarizer):
    text = ("أعلنت السلطات ارتفاع حصيلة ضحايا الفيضانات في البلاد إلى 5300 قتيل، منهم 3100 في درنة وحدها.\n"
            "وقالت السلطات إن فرق الإنقاذ تواصل البحث عن المفقودين في الأحياء المنكوبة.")
    earlier = ("أعلنت السلطات مقتل 2600 شخص في الفيضانات التي ضربت البلاد ليلة الأحد.\n"
               "وقالت السلطات إن فرق الإنقاذ تواصل البحث عن المفقودين في الأحياء المنكوبة.")
    result = _story(summarizer, [(earlier, date(2023, 9, 11)), (text, date(2023, 9, 13))])
    [whole] = [f for f in result.figures if f.what == "dead" and f.scope is None]
    assert whole.latest == 5300 and [v.value for v in whole.values] == [2600, 5300]   # 3100 is no value of it
    assert "5300" in result.summary_ar and "2600 شخص" not in result.summary_ar
    [claim] = [c for c in _claims(text, summarizer.config) if c.counts]
    assert ("dead", 3100, "درنه") in [(c.kind, c.value, c.scope) for c in claim.counts]


def test_counts_of_two_events_never_form_one_figure(summarizer):
    strikes = ("وتوعد قائد الفصيل بالانتقام لمقتل أربعة من مقاتليه في غارات جوية استهدفت مواقعه قرب الحدود.\n"
               "وقال الفصيل إن الغارات دمرت مخازن للسلاح في المنطقة الحدودية.")
    market = ("وأسفر تفجير انتحاري في سوق شعبي بالعاصمة عن 36 قتيلا على الأقل بحسب مصادر طبية.\n"
              "وقالت المصادر إن معظم الضحايا من النساء والأطفال الذين كانوا في السوق.")
    result = _story(summarizer, [(strikes, date(2021, 7, 16)), (market, date(2021, 7, 26))])
    assert result.figures == []                                       # no evolving figure: 4 and 36 are apart
    both = ("قتل 5 أشخاص في غارة جوية على القرية صباح اليوم، فيما قتل 12 آخرون في تفجير سيارة مفخخة في السوق.")
    assert {(c.value, c.event) for c in _claims(both, summarizer.config)[0].counts} == {(5, "airstrike"), (12, "bombing")}


def test_missing_counts_can_fall_and_are_never_taken_for_the_highest(summarizer):
    first = ("قالت السلطات إن 120 شخصا في عداد المفقودين بعد انهيار السد في الوادي.\n"
             "وتواصل فرق الإنقاذ البحث في الوادي منذ ليلة الأحد بمساعدة الجيش.")
    later = ("قالت السلطات إن 45 شخصا ما زالوا في عداد المفقودين بعد انهيار السد في الوادي.\n"
             "وتواصل فرق الإنقاذ البحث في الوادي منذ ليلة الأحد بمساعدة الجيش.")
    dated = _story(summarizer, [(first, date(2023, 9, 11)), (later, date(2023, 9, 14))])
    [missing] = [f for f in dated.figures if f.what == "missing"]
    assert (missing.latest, missing.latest_from) == (45, "date")
    assert "120 شخصا" not in dated.summary_ar
    undated = _story(summarizer, [(first, None), (later, None)])
    [missing] = [f for f in undated.figures if f.what == "missing"]
    assert missing.latest_from == "unknown"                            # a toll would take 120, the highest


def test_a_claim_and_its_denial_make_a_dispute_and_the_summary_gives_both_sides(summarizer):
    claim = ("أعلنت جماعة الحوثي استهداف السفينة التجارية أوشن جاز بصاروخ باليستي في خليج عدن.\n"
             "وقالت الجماعة إن الهجوم جاء ردا على الغارات الأمريكية على مواقعها.")
    denial = ("نفت القيادة المركزية الأمريكية تعرض السفينة التجارية أوشن جاز لأي هجوم صاروخي في خليج عدن.\n"
              "وقالت القيادة إن السفينة واصلت رحلتها بشكل طبيعي دون أي أضرار.")
    result = _story(summarizer, [(claim, date(2024, 5, 1)), (denial, date(2024, 5, 1))])
    [dispute] = result.disputes
    sides = {s.stance: s for s in dispute.sides}
    assert set(sides) == {"asserts", "denies"}
    assert sides["denies"].who == "القيادة المركزية الأمريكية" and sides["denies"].sources == ["a1"]
    assert sides["asserts"].sources == ["a0"] and "أوشن جاز" in sides["asserts"].text
    as_json = result.to_dict()["disputes"][0]
    assert {s["stance"] for s in as_json["sides"]} == {"asserts", "denies"}
    said = [s.text in result.summary_ar for s in dispute.sides]
    assert all(said) or not any(said)                                   # both sides, or neither
    for point in result.points:                                         # no point credits the other side
        assert len({s.doc_id for s in point.sentences if "أوشن جاز" in s.text}) <= 1


def test_two_sources_counting_differently_on_one_day_make_a_dispute(summarizer):
    ministry = ("قالت وزارة الداخلية إن 1.28 مليون متظاهر شاركوا في الإضراب، واعتقلت الشرطة 43 شخصا.\n"
                "وشهدت المدن الكبرى مسيرات حاشدة ضد قانون التقاعد الجديد.")
    union = ("قالت النقابات إن الشرطة اعتقلت 120 شخصا خلال الإضراب في المدن الكبرى.\n"
             "وشهدت المدن الكبرى مسيرات حاشدة ضد قانون التقاعد الجديد.")
    result = _story(summarizer, [(ministry, date(2023, 3, 7)), (union, date(2023, 3, 7))])
    [dispute] = [d for d in result.disputes if d.figure]
    assert {(s.stance, s.value, s.who) for s in dispute.sides} == {("counts", 43, "وزارة الداخلية"),
                                                                    ("counts", 120, "النقابات")}


def test_sentences_giving_different_values_of_one_count_are_never_one_point(summarizer):
    a = "أعلنت وزارة الصحة مقتل 36 شخصا في تفجير السوق الشعبي وسط العاصمة مساء الأحد."
    b = "أعلنت وزارة الصحة مقتل 41 شخصا في تفجير السوق الشعبي وسط العاصمة مساء الأحد."
    result = _story(summarizer, [(a, date(2021, 7, 19)), (b, date(2021, 7, 20))])
    for point in result.points:
        assert len({s.text for s in point.sentences if "السوق" in s.text}) == 1


def test_an_unconfirmed_report_later_confirmed_stays_out_of_the_summary(summarizer):
    early = ("تحدثت أنباء غير مؤكدة عن وفاة الرئيس في حادث تحطم المروحية في المنطقة الجبلية.\n"
             "وتواصل فرق الإنقاذ البحث عن حطام المروحية في المنطقة الجبلية وسط ضباب كثيف.")
    later = ("أكدت الحكومة وفاة الرئيس في حادث تحطم المروحية في المنطقة الجبلية.\n"
             "وأعلنت الحكومة الحداد العام خمسة أيام في أنحاء البلاد.")
    result = _story(summarizer, [(early, date(2024, 5, 19)), (later, date(2024, 5, 20))])
    assert "أنباء غير مؤكدة" not in result.summary_ar and "أكدت الحكومة وفاة الرئيس" in result.summary_ar


def test_the_cli_prints_the_disputes_with_who_says_each_side(tmp_path, capsys):
    from summarize.cli import main
    (tmp_path / "a.txt").write_text(
        "أعلنت جماعة الحوثي استهداف السفينة التجارية أوشن جاز بصاروخ باليستي في خليج عدن.\n"
        "وقالت الجماعة إن الهجوم جاء ردا على الغارات الأمريكية على مواقعها.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "نفت القيادة المركزية الأمريكية تعرض السفينة التجارية أوشن جاز لأي هجوم صاروخي في خليج عدن.\n"
        "وقالت القيادة إن السفينة واصلت رحلتها بشكل طبيعي دون أي أضرار.", encoding="utf-8")
    (tmp_path / "x.yaml").write_text("generation: {enabled: false}\ntranslation: {enabled: false}\n")
    assert main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--config", str(tmp_path / "x.yaml")]) == 0
    out = capsys.readouterr().out
    assert "Disputes (the sources disagree):" in out and "denies (القيادة المركزية الأمريكية; b.txt)" in out


def test_a_figure_is_stated_once_however_the_sources_word_it(summarizer):
    a = ("أعلنت وزارة الصحة ارتفاع حصيلة ضحايا الزلزال إلى 2946 قتيلا في أنحاء البلاد.\n"
         "وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض في القرى الجبلية.")
    b = ("لقي 2946 شخصا حتفهم جراء الزلزال المدمر الذي ضرب البلاد ليل الجمعة بحسب حصيلة رسمية.\n"
         "وأعلن الملك الحداد الوطني ثلاثة أيام في أنحاء البلاد.")
    c = ("قالت السلطات إن 2012 شخصا لقوا حتفهم في الزلزال الذي ضرب البلاد ليل الجمعة.\n"
         "وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض في القرى الجبلية.")
    result = _story(summarizer, [(c, date(2023, 9, 10)), (a, date(2023, 9, 13)), (b, date(2023, 9, 13))])
    assert result.summary_ar.count("2946") == 1 and "2012" not in result.summary_ar


def test_counts_listed_place_by_place_are_parts_each_with_its_place(cfg):
    [claim] = _claims("وأعلنت الوزارة ارتفاع الحصيلة إلى 2012 قتيلا، منها 1293 في إقليم الحوز و452 في إقليم تارودانت.", cfg)
    assert [(c.value, c.scope) for c in claim.counts] == [(2012, None), (1293, "الحوز"), (452, "تارودانت")]


def test_two_counts_of_one_sentence_each_with_its_source_make_a_dispute(summarizer):
    text = ("تظاهر 1.28 مليون متظاهر في أنحاء البلاد بحسب وزارة الداخلية و3.5 مليون متظاهر وفقا للنقابات.\n"
            "وشهدت المدن الكبرى مسيرات حاشدة ضد قانون التقاعد الجديد.")
    result = _story(summarizer, [(text, date(2023, 3, 8))])
    [dispute] = [d for d in result.disputes if d.figure]
    assert {(s.value, s.who) for s in dispute.sides} == {(1280000, "وزارة الداخلية"), (3500000, "النقابات")}
