import json

import pytest

from summarize import load_config
from summarize.config import ConfigError
from summarize.text.cleaning import clean_document
from summarize.text.documents import Document
from summarize.text.furniture import (FEATURES, FurnitureModel, apply_model, load_model, names_site, pile_features,
                                      site_skeleton, skeleton)

BODY = [
    "وقال المتحدث باسم الوزارة إن المحادثات بين البلدين ستستمر الأسبوع المقبل في العاصمة بغداد.",
    "وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة الملفات العالقة بينهما منذ سنوات.",
    "وأشار إلى أن اللجنة ستعقد أول اجتماعاتها في نهاية الشهر الجاري بحضور ممثلين عن الحكومتين.",
]


def _stump(feature: str, threshold: float, below: float, above: float, cut: float = 0.5) -> FurnitureModel:
    """One split: lines with `feature` <= threshold score `below`, the others `above` (log-odds)."""
    return FurnitureModel.from_dict({
        "features": list(FEATURES), "base": 0.0, "rate": 1.0, "threshold": cut,
        "trees": [{"feature": [FEATURES.index(feature), -2, -2], "threshold": [threshold, 0.0, 0.0],
                   "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, below, above]}]})


def _cleaned(texts, cfg):
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    for doc in docs:
        clean_document(doc, cfg)
    return docs


def test_a_model_removes_lines_with_its_reason_and_probability():
    cfg = load_config(None, {"cleaning": {"learned": {"mode": "add"}}})
    short_lines_go = _stump("log_words", 1.5, below=3.0, above=-3.0)     # up to 3 words: p = 0.95
    (doc,) = _cleaned(["\n".join(BODY[:1] + ["خبر عاجل هنا"] + BODY[1:])], cfg)
    apply_model([doc], cfg, short_lines_go)
    assert [line.text for line in doc.lines] == BODY
    (removed,) = [r for r in doc.removed if r.line == "خبر عاجل هنا"]
    assert removed.reason == "furniture (learned, p=0.95)" and removed.line_no == 1


def test_a_page_longer_than_max_lines_or_max_chars_is_left_to_the_rules_and_says_so():
    """Some features compare every line of a page with every other: a very long page is not read by the model."""
    cfg = load_config(None, {"cleaning": {"learned": {"mode": "add", "max_lines": 3}}})
    short_lines_go = _stump("log_words", 1.5, below=3.0, above=-3.0)
    long_page, short_page = _cleaned(["\n".join(BODY[:1] + ["خبر عاجل هنا"] + BODY[1:]),
                                      "\n".join(["خبر عاجل هنا", BODY[0]])], cfg)
    apply_model([long_page, short_page], cfg, short_lines_go)
    assert "خبر عاجل هنا" in [line.text for line in long_page.lines]          # 4 lines: the rules' verdict stands
    assert any("cleaning.learned.max_lines" in note for note in long_page.notes)
    assert [line.text for line in short_page.lines] == BODY[:1] and not short_page.notes
    by_chars = load_config(None, {"cleaning": {"learned": {"mode": "add", "max_chars": len(BODY[0]) + 20}}})
    long_page, short_page = _cleaned(["\n".join(BODY[:1] + ["خبر عاجل هنا"] + BODY[1:]),
                                      "\n".join(["خبر عاجل هنا", BODY[0]])], by_chars)
    apply_model([long_page, short_page], by_chars, short_lines_go)
    assert "خبر عاجل هنا" in [line.text for line in long_page.lines] and long_page.notes
    assert [line.text for line in short_page.lines] == BODY[:1]


def test_mode_off_keeps_the_rules_verdict_and_decide_restores():
    text = "\n".join(BODY + ["شارك"])                  # 'شارك' alone: a share button for the rules
    keep_all = _stump("log_words", 0.0, below=-3.0, above=-3.0)
    off = load_config(None, {"cleaning": {"learned": {"mode": "off"}}})
    (doc,) = _cleaned([text], off)
    apply_model([doc], off, keep_all)
    assert "شارك" in [r.line for r in doc.removed]
    decide = load_config(None, {"cleaning": {"learned": {"mode": "decide"}}})
    (doc,) = _cleaned([text], decide)
    apply_model([doc], decide, keep_all)
    assert [line.text for line in doc.lines] == BODY + ["شارك"] and doc.removed == []


def test_lines_printed_by_other_independent_pages_are_counted():
    cfg = load_config(None)
    shared = "نشرة الطقس اليومية"
    texts = [f"{BODY[0]} {i}\n{shared}\nخبر {i} عن موضوع آخر تماما هنا وهناك في كل مكان." for i in range(3)]
    rows = pile_features(_cleaned(texts, cfg), cfg)
    counts = {unit.text: row[FEATURES.index("other_pages_printing")] for unit, row in rows[0]}
    assert counts[shared] == 2.0
    assert counts[f"{BODY[0]} 0"] == 0.0


def test_the_shipped_model_keeps_plain_paragraphs_and_removes_a_share_bar():
    cfg = load_config(None)
    pages = ["\n".join(["فيسبوك تويتر واتساب", "انفجار في ميناء المدينة", *BODY, "اقرأ أيضا: أسعار الذهب اليوم"]),
             "\n".join(["الرئيسية أخبار", "اجتماع اللجنة المشتركة في بغداد", *reversed(BODY)])]
    docs = _cleaned(pages, cfg)
    apply_model(docs, cfg)
    for doc in docs:
        assert set(BODY) <= {line.text for line in doc.lines}
    assert "فيسبوك تويتر واتساب" in [r.line for r in docs[0].removed]


def test_a_model_for_other_features_or_a_missing_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"features": ["words"], "base": 0, "rate": 1, "trees": [], "threshold": 0.5}))
    with pytest.raises(ConfigError, match="other features"):
        load_model(str(bad))
    with pytest.raises(ConfigError, match="cannot use the furniture model"):
        load_model(str(tmp_path / "missing.json"))
    cfg = load_config(None, {"cleaning": {"learned": {"mode": "sometimes"}}})
    with pytest.raises(ConfigError, match="mode"):
        apply_model(_cleaned(["\n".join(BODY)], cfg), cfg)


def test_each_line_sees_its_neighbours_features_and_the_headline_is_marked():
    cfg = load_config(None)
    (rows,) = pile_features(_cleaned(["\n".join(["اجتماع اللجنة المشتركة في بغداد اليوم", *BODY])], cfg), cfg)
    names = {name: FEATURES.index(name) for name in ("is_headline",
                                                     "prev_ends_sentence", "next_ends_sentence")}
    (_, first), (_, second), *_, (_, last) = rows
    assert len(set(FEATURES)) == len(FEATURES)
    assert first[names["is_headline"]] == 1.0 and second[names["is_headline"]] == 0.0
    assert second[names["prev_ends_sentence"]] == 0.0 and first[names["next_ends_sentence"]] == 1.0
    assert first[names["prev_ends_sentence"]] == -1.0 and last[names["next_ends_sentence"]] == -1.0


def test_a_model_of_several_members_averages_their_scores():
    one = _stump("log_words", 1.5, below=3.0, above=-3.0)
    tree = one.trees[0]
    both = FurnitureModel.from_dict({"features": list(FEATURES), "base": 0.0, "rate": 0.5, "threshold": 0.5,
                                     "trees": [tree, {**tree, "value": [0.0, 1.0, -1.0]}]})
    short = [0.0] * len(FEATURES)
    assert both.probability(short) == pytest.approx(1 / (1 + 2.718281828459045 ** -2.0))


def test_a_line_naming_the_site_is_seen_in_arabic_or_latin_letters():
    assert site_skeleton("https://www.almadarnet.com/2024/x") == skeleton("المدارنت") == "lmdrnt"
    assert names_site("“المدارنت”..", site_skeleton("https://almadarnet.com/")) == 1.0
    assert names_site("Get exclusive content with Gulf News WhatsApp channel", site_skeleton("https://gulfnews.com/a")) == 1.0
    assert names_site(BODY[0], site_skeleton("https://almadarnet.com/")) <= 0.5     # chance: a word or two in common
    assert site_skeleton("https://www.alwasat.ly/x") == "" and site_skeleton(None) == ""   # too short / no address
    assert names_site("الوسط", "") == 0.0
    cfg = load_config(None)
    doc = Document(id="d", text="\n".join(["“المدارنت”..", *BODY]), url="https://almadarnet.com/p/1")
    clean_document(doc, cfg)
    (rows,) = pile_features([doc], cfg)
    named = {unit.text: row[FEATURES.index("names_site")] for unit, row in rows}
    assert named["“المدارنت”.."] == 1.0 and named[BODY[1]] <= 0.5


def test_a_caption_printed_twice_echoes_forward_and_back_and_a_glued_headline_run_has_no_marks():
    cfg = load_config(None)
    caption = "منظر للحشد في المدينة قبل لحظات من التدافع الكبير"
    run = " ".join(["وزير الخارجية يلتقي نظيره الفرنسي في باريس"] * 4)
    (rows,) = pile_features(_cleaned(["\n".join([BODY[0], caption, BODY[1], caption, run, BODY[2]])], cfg), cfg)
    later, earlier, marks = (FEATURES.index(n) for n in ("echo_later", "echo_share", "words_per_mark"))
    first, second = [row for unit, row in rows if unit.text == caption]
    assert first[later] == 1.0 and first[earlier] == 0.0
    assert second[earlier] == 1.0 and second[later] == 0.0
    by_text = {unit.text: row for unit, row in rows}
    assert by_text[run][marks] > by_text[BODY[0]][marks] + 1.0


def test_a_caption_ending_with_an_agency_and_a_french_time_are_features():
    cfg = load_config(None)
    caption = "Relatives attend the funeral of victims of the fire in Qaraqosh.—AFP"
    stamp = "Publié le 6 février 2022 à 12h29"
    page = "\n".join([stamp, caption, "The fire ripped through a crowded wedding hall, killing more than 100 people.",
                      "Officials said the hall was built of flammable materials, and the toll could rise further."])
    (rows,) = pile_features(_cleaned([page], cfg), cfg)
    by_text = {unit.text: row for unit, row in rows}
    ends, time = FEATURES.index("ends_credit"), FEATURES.index("has_time")
    assert by_text[caption][ends] == 1.0
    assert all(row[ends] == 0.0 for text, row in by_text.items() if not text.endswith("AFP"))
    assert by_text[stamp][time] == 1.0


def test_a_ticker_shares_no_words_with_the_story_and_a_paragraph_shares_them_with_another_page():
    """story_word_share: a line's words found in the page's other kept lines or in the other pages of the pile.
    A run of other stories' headlines shares none; a paragraph shares the story's names with another page
    even where its own page has no other paragraph."""
    cfg = load_config(None)
    ticker = "الأقصر تترقب وصول ملك إسبانيا لزيارة المناطق السياحية جامعة حلوان تختتم فعاليات هاكاثون الأمن السيبراني"
    lead = "أعلن محافظ نينوى ارتفاع عدد ضحايا حريق قاعة الأعراس في الحمدانية إلى مئة وسبعة أشخاص"
    other = "قال محافظ نينوى إن ضحايا حريق قاعة الأعراس في الحمدانية بلغوا مئة شخص بحسب الإحصاءات الرسمية."
    rows = pile_features(_cleaned(["\n".join([ticker, lead]), other], cfg), cfg)
    share = FEATURES.index("story_word_share")
    by_text = {unit.text: row[share] for unit, row in rows[0]}
    assert by_text[ticker] == 0.0
    assert by_text[lead] >= 0.5


def test_a_line_beside_a_photo_label_the_rules_removed_is_marked():
    cfg = load_config(None)
    caption = "منظر للحشد في المدينة قبل لحظات من التدافع"
    (rows,) = pile_features(_cleaned(["\n".join([BODY[0], caption, "صورة:", BODY[1], BODY[2]])], cfg), cfg)
    near = FEATURES.index("caption_near")
    by_text = {unit.text: row for unit, row in rows}
    assert by_text["صورة:"][FEATURES.index("rule_caption")] == 1.0          # the rules' verdict on the label
    assert by_text[caption][near] == 1.0 and by_text[BODY[1]][near] == 1.0
    assert by_text[BODY[0]][near] == 0.0 and by_text[BODY[2]][near] == 0.0


def test_a_lines_words_count_as_the_bodys_only_where_another_kept_line_uses_them():
    """body_word_share: a kept line's own words do not count for it; a removed line's words count wherever a
    kept line uses them (a word used twice by the same line is still its own)."""
    cfg = load_config(None)
    alone = "مهرجان مهرجان الزهور الربيعي"                     # its words nowhere else on the page
    shared = "تشكيل لجنة مشتركة"                             # all three words in BODY[1]
    (rows,) = pile_features(_cleaned(["\n".join([BODY[0], alone, BODY[1], shared, "لجنة"])], cfg), cfg)
    share = FEATURES.index("body_word_share")
    by_text = {unit.text: (unit, row[share]) for unit, row in rows}
    assert by_text[alone][1] == 0.0 and by_text[shared][1] == 1.0
    assert by_text[BODY[1]][1] > 0.0                              # 'تشكيل لجنة مشتركة' is printed again
    lone, lone_share = by_text["لجنة"]
    assert lone.removed is not None and lone_share == 1.0         # removed by the rules, its word in BODY[1]
