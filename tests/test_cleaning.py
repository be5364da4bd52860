import pytest

from summarize import load_config
from summarize.text.arabic import normalize
from summarize.text.cleaning import clean_document, cut_glued_labels, remove_cross_document_furniture
from summarize.text.documents import Document

# Scraping noise seen in the seeds, with the reason each line must be removed for.
SEED_BOILERPLATE = {
    "000": {"camera icon": "image caption", "tag icon ع ع ع": "page widget", "مقالات متعلقة": "end-of-article",
            "ادعم عنب بلدي": "after 'مقالات متعلقة'", "اضغط هنا للمساهمة": "after 'مقالات متعلقة'",
            "دولار واحد شهريًا يصنع الفرق": "after 'مقالات متعلقة'"},
    "001": {"• facebook": "share", "• rss": "share", "أحدث الأخبار|": "ticker label",
            "ماكرون وبوتين يناقشان": "headlines listed under", "الجمعة 23/07/2021 - 03:53": "dateline",
            "المصدر / وكالات - هيا": "source credit", "التعليقات": "end-of-article"},
    "002": {"كلمات مفتاحية": "end-of-article", "مصطفى الكاظمي جو بايدن محاربة داعش": "after 'كلمات مفتاحية'",
            "تعرف على أسباب الهجمات الصاروخية على المنطقة الخضراء": "after 'كلمات مفتاحية'",
            "المصدر | الخليج الجديد": "source credit"},
    "003": {"عناوین:": "label", "3084 مشاهدة": "view counter", "البوم الصور": "end-of-article",
            "PM:12:36:26/07/2021": "dateline"},
    "004": {"(موسوعة هذا اليوم للاخبار | اخبار العراق )-": "site label", "(@POTUS)": "tweet signature",
            "(أرشيفية)": "image caption"},
}


def _removed(result, prefix):
    doc = next(d for d in result.documents if d.id.startswith(prefix))
    return doc.removed


@pytest.mark.parametrize("prefix", sorted(SEED_BOILERPLATE))
def test_seed_boilerplate_is_removed_with_its_reason(seed_result, prefix):
    removed = _removed(seed_result, prefix)
    for fragment, reason in SEED_BOILERPLATE[prefix].items():
        hits = [r for r in removed if fragment in r.line]
        assert hits, f"{fragment!r} was not removed from {prefix}"
        assert all(reason in r.reason for r in hits), (fragment, [r.reason for r in hits])


def test_no_boilerplate_reaches_any_point(seed_result):
    fragments = [f for group in SEED_BOILERPLATE.values() for f in group] + ["facebook", "twitter", "مشاهدة"]
    for point in seed_result.points:
        for sentence in point.sentences:
            for fragment in fragments:
                assert normalize(fragment) not in normalize(sentence.text), (fragment, sentence.text)


def test_every_seed_line_is_kept_or_removed_with_a_reason(seed_result):
    for doc in seed_result.documents:
        kept = {line.line_no: line.text for line in doc.lines}
        removed = {}
        for r in doc.removed:
            removed.setdefault(r.line_no, []).append(r.line)
        for n, raw in enumerate(doc.text.split("\n")):
            if raw.strip():
                parts = removed.get(n, []) + ([kept[n]] if n in kept else [])
                assert parts, f"{doc.id} line {n} vanished: {raw!r}"
                assert "".join(parts).replace(" ", "") == raw.strip().replace(" ", "")


def test_the_repeated_title_is_removed_once_and_kept_once(seed_result):
    doc = next(d for d in seed_result.documents if d.id.startswith("001"))
    title = "الكاظمي إلى واشنطن.. محادثات تبحث الوجود العسكري"
    assert [line.text for line in doc.lines].count(title) == 1
    assert [r.reason for r in doc.removed if r.line == title] == ["repeated line within the article"]
    assert doc.title == title


def test_site_label_prefix_is_cut_and_the_text_kept(seed_result):
    doc = next(d for d in seed_result.documents if d.id.startswith("004"))
    assert doc.lines[0].text.startswith("وقع الرئيس الأميركي جو بايدن")


def test_sources_are_read_from_credit_lines(seed_result):
    sources = {d.id[:3]: d.source for d in seed_result.documents}
    assert sources["002"] == "الخليج الجديد"
    assert sources["004"] == "العربية"


def test_trailing_related_headlines_without_a_marker():
    cfg = load_config(None, {"cleaning": {"related_run_min_lines": 3}})     # (off by default: the model judges)
    text = "\n".join([
        "وقال المتحدث إن المحادثات بين البلدين ستستمر الأسبوع المقبل في العاصمة بغداد.",
        "وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة الملفات العالقة بينهما.",
        "الثالث خلال 24 ساعة.. مهاجمة رتل للتحالف الدولي جنوبي العراق",
        "تعرف على أسباب الهجمات الصاروخية على المنطقة الخضراء",
        "أول مكالمة مع مسؤول عربي.. دلالات اتصال بايدن برئيس الوزراء العراقي",
    ])
    doc = Document(id="d", text=text)
    clean_document(doc, cfg)
    assert len(doc.lines) == 2
    assert [r.reason for r in doc.removed] == ["related headlines at the end of the page"] * 3


def test_short_line_on_several_independent_sites_is_furniture(cfg):
    body = "وقال المتحدث إن المحادثات بين البلدين ستستمر الأسبوع المقبل في العاصمة بغداد."
    docs = [Document(id=f"d{i}", text=f"{body} {i}\nنشرة الطقس اليومية\nخبر {i} عن موضوع آخر تماما هنا.")
            for i in range(3)]
    for doc in docs:
        clean_document(doc, cfg)
    remove_cross_document_furniture(docs, cfg)
    for doc in docs:
        assert "نشرة الطقس اليومية" not in [line.text for line in doc.lines]
        assert any(r.line == "نشرة الطقس اليومية" and "repeated verbatim" in r.reason for r in doc.removed)


def _clean(text, cfg):
    doc = Document(id="page", text=text)
    clean_document(doc, cfg)
    return [line.text for line in doc.lines], {r.line: r.reason for r in doc.removed}


LEAD = "القاهرة: أعلنت الهيئة الوطنية للانتخابات اليوم فوز المرشح بولاية ثانية بعد فرز جميع الأصوات في اللجان."


def test_page_header_items_go_and_the_headline_stays(cfg):
    kept, removed = _clean("رئيس التحرير\nمحمد أحمد\nسياسة\nالهيئة تعلن فوز المرشح بولاية ثانية بنسبة كبيرة\n"
                           + LEAD + "\nإعلان\nوأضافت الهيئة أن نسبة المشاركة بلغت أربعين في المئة من الناخبين.", cfg)
    assert kept[0] == "الهيئة تعلن فوز المرشح بولاية ثانية بنسبة كبيرة"
    assert all("page header item" in removed[line] for line in ("رئيس التحرير", "محمد أحمد"))
    assert "lone word" in removed["سياسة"] and "lone word" in removed["إعلان"]


def test_a_label_glued_to_the_lead_is_cut_and_accounted_for(cfg):
    kept, removed = _clean(LEAD, cfg)
    assert kept == [LEAD.removeprefix("القاهرة: ")]
    assert removed["القاهرة:"].startswith("site label or dateline")
    kept, _ = _clean("date 2023-09 " + LEAD.removeprefix("القاهرة: "), cfg)
    assert kept == [LEAD.removeprefix("القاهرة: ")]
    kept, removed = _clean("أخبار البلد -   أخبار البلد - " + LEAD.removeprefix("القاهرة: "), cfg)   # printed twice
    assert kept == [LEAD.removeprefix("القاهرة: ")] and "أخبار البلد -   أخبار البلد -" in removed


def test_the_subject_of_the_first_sentence_is_not_a_label(cfg):
    for text in ("الكريات الدموية الحمراء: هي خلايا مقعرة عديمة النواة تحمل الأكسجين إلى أنسجة الجسم.",
                 "التمويل (بالإنجليزية: Finance) يعنى تحديد احتياجات الأفراد والشركات من الأموال وطرق الحصول عليها."):
        kept, _ = _clean(text, cfg)
        assert kept == [text]


def test_a_headline_with_dots_is_not_taken_for_a_label(cfg):
    title = "البصرة تحت لهيب الصيف.. الحرارة تتجاوز 50 درجة والكهرباء تنقطع"
    kept, _ = _clean(title + "\n" + LEAD, cfg)
    assert kept[0] == title


def test_a_related_item_goes_and_the_article_goes_on(cfg):
    kept, removed = _clean(LEAD + "\nاقرأ أيضًا: ارتفاع عدد ضحايا الزلزال إلى 2497 قتيلا\n"
                           "وأضافت الهيئة أن نسبة المشاركة بلغت أربعين في المئة من الناخبين.", cfg)
    assert removed["اقرأ أيضًا: ارتفاع عدد ضحايا الزلزال إلى 2497 قتيلا"] == "related-news item"
    assert kept[-1].startswith("وأضافت الهيئة")


def test_short_latin_lines_in_an_arabic_page_are_page_elements(cfg):
    kept, removed = _clean(LEAD + "\nBack to top button\nThe post فوز المرشح appeared first on موقع.", cfg)
    assert "non-Arabic page element" in removed["Back to top button"]
    assert len(kept) == 1


def test_a_dateline_opening_a_paragraph_is_cut_off(cfg):
    kept, removed = _clean("الثلاثاء 20 سبتمبر 2005 اكتشفت الشرطة الإيطالية لوحة مسروقة في منزل قديم بروما.", cfg)
    assert kept == ["اكتشفت الشرطة الإيطالية لوحة مسروقة في منزل قديم بروما."]
    assert removed["الثلاثاء 20 سبتمبر 2005"].startswith("site label or dateline")


def test_bylines_calls_to_follow_and_see_also_blocks_go(cfg):
    kept, removed = _clean("كتب: أحمد علي\n" + LEAD + "\nشاهد أيضاً\nالوزير يشدد على ضرورة توحيد المسارات\n"
                           "شدد الوزير على ضرورة توحيد مسارات العمل المشترك لدعم …\n"
                           "وأضافت الهيئة أن نسبة المشاركة بلغت أربعين في المئة من الناخبين.\n"
                           "تابعوا آخر أخبارنا عبر تطبيق Google News", cfg)
    assert removed["كتب: أحمد علي"] == "byline or imprint"
    assert removed["الوزير يشدد على ضرورة توحيد المسارات"].startswith("related-news item")
    assert removed["تابعوا آخر أخبارنا عبر تطبيق Google News"] == "call to follow, share or subscribe"
    assert kept[-1].startswith("وأضافت الهيئة")


BODY = "أعلنت الهيئة الوطنية للانتخابات اليوم فوز المرشح بولاية ثانية بعد فرز جميع الأصوات في اللجان."
MORE = "وأضافت الهيئة أن نسبة المشاركة بلغت أربعين في المئة من الناخبين."


@pytest.mark.parametrize("credit", ["القاهرة - سمير خليل:", "موقع النهار – متابعة", "متابعات- وكالة الأنباء الإخبارية",
                                    "بيروت - سمير خليل، وكالات", "النهار نيوز: متابعة."])
def test_a_credit_line_opening_the_page_is_not_its_headline(cfg, credit):
    kept, removed = _clean(f"{credit}\n{BODY}\n{MORE}", cfg)
    assert kept == [BODY, MORE]
    assert credit in removed


def test_a_credit_line_inside_the_article_goes(cfg):
    kept, removed = _clean(f"{BODY}\nالشارقة 24 – أ. ف. ب:\n{MORE}", cfg)
    assert kept == [BODY, MORE] and removed["الشارقة 24 – أ. ف. ب:"] == "byline or imprint"


@pytest.mark.parametrize("dateline", ["الخرطوم 25 أبريل 2023 (وال)- ", "واشنطن (رويترز) - ", "(CNN)-- ",
                                      "القاهرة-النهار نيوز:"])
def test_an_agency_dateline_glued_to_a_paragraph_is_cut_off(cfg, dateline):
    kept, removed = _clean(f"{BODY}\n{dateline}{MORE}" if "(" in dateline else f"{dateline}{BODY}\n{MORE}", cfg)
    assert kept == [BODY, MORE]
    assert removed[dateline.strip()].startswith("site label or dateline")


@pytest.mark.parametrize("label", ["المرصد- ", "الموقع-", "الصباح| ", "بغداد/ أحمد علي محمد - ",
                                   "بغداد (وكالة الخبر)ـــ ", "بيروت 14-10-2021 ومع- "])
def test_a_label_or_dateline_glued_to_a_lead_in_any_writing_is_cut_off(cfg, label):
    """A separator touching the label, '|', a city, a slash and a reporter, a tatweel dash, a date in figures."""
    lead = "أعلنت وزارة الصحة في بيان اليوم ارتفاع عدد القتلى في الانفجار الذي وقع صباح أمس إلى 30 شخصا."
    doc = Document(id="page", text=f"{label}{lead}\n{MORE}")
    clean_document(doc, cfg)
    cut_glued_labels(doc, cfg)                                   # (after the learned model, as the pipeline reads)
    assert [line.text for line in doc.lines] == [lead, MORE]
    assert {r.line: r.reason for r in doc.removed}[label.strip()].startswith("site label or dateline")


def test_a_photo_caption_that_opens_with_what_the_photo_is_goes(cfg):
    caption = "صورة ملتقطة من شريط فيديو وزعه المسلحون يظهر مبنى مدمرا بغارة في شمال البلاد"
    kept, removed = _clean(f"{BODY}\n{caption}\n{MORE}", cfg)
    assert kept == [BODY, MORE] and removed[caption] == "image caption"
    glued = f"{caption} (ا ف ب) صنعاء - {BODY} {MORE} {BODY}"       # (a caption glued to the text: the line stays)
    kept, _ = _clean(f"{BODY}\n{glued}\n{MORE}", cfg)
    assert glued in kept


def test_a_word_written_with_a_hyphen_is_no_label(cfg):
    text = "ثنائي-القطب مرض نفسي يصيب الملايين في العالم كل عام ويعالج بالأدوية والعلاج النفسي."
    doc = Document(id="page", text=f"{text}\n{MORE}")
    clean_document(doc, cfg)
    cut_glued_labels(doc, cfg)
    assert [line.text for line in doc.lines] == [text, MORE]


def test_a_time_or_a_quote_is_not_a_glued_label(cfg):
    text = "قال الوزير: إن الاجتماع سيعقد في الساعة 10:30 صباحا بمقر الوزارة في العاصمة."
    kept, _ = _clean(f"{text}\n{MORE}", cfg)
    assert kept == [text, MORE]
    kept, _ = _clean(f"{BODY}\nوأضاف الوزير (في مؤتمر صحفي) - بحسب الوكالة - أن المشاركة كانت واسعة.", cfg)
    assert kept[-1].startswith("وأضاف الوزير (في مؤتمر صحفي)")


def test_a_paragraph_rendered_again_cut_off_mid_word_is_a_repeat(cfg):
    long = "وأضافت الهيئة أن نسبة المشاركة في الانتخابات بلغت أربعين في المئة من الناخبين المسجلين في الداخل والخارج."
    cut = long[:long.index("المئة") + 3]                                  # '... في المئة' cut to '... في الم'
    kept, removed = _clean(f"{BODY}\n{long}\n{cut}\n{MORE}", cfg)
    assert kept == [BODY, long, MORE] and removed[cut] == "repeated line within the article"
    # a line that only opens like an earlier one and goes on is body
    other = "وأضافت الهيئة أن نسبة المشاركة في الانتخابات بلغت أربعين في المئة، وهي أعلى نسبة منذ عشرين عاما."
    kept, _ = _clean(f"{BODY}\n{long}\n{other}", cfg)
    assert kept == [BODY, long, other]


def test_the_article_goes_on_after_a_box_of_related_links(cfg):
    resumed = ("وكانت الهيئة قد أعلنت في وقت سابق أن عملية الفرز ستستغرق ثلاثة أيام على الأقل بسبب كثرة اللجان "
               "الانتخابية في المحافظات.")
    kept, removed = _clean(f"{BODY}\nأخبار ذات صلة\nالهيئة تبدأ فرز الأصوات في المحافظات\n{resumed}", cfg)
    assert kept == [BODY, resumed] and "after 'أخبار ذات صلة'" in removed["الهيئة تبدأ فرز الأصوات في المحافظات"]
    # comments never give the article back, and short lines after related links stay out
    kept, _ = _clean(f"{BODY}\nالتعليقات\n{resumed}", cfg)
    assert kept == [BODY]
    kept, _ = _clean(f"{BODY}\nمقالات متعلقة\nالإعلام الحر يحتاج إلى دعمكم المستمر..\nادعم موقعنا", cfg)
    assert kept == [BODY]
    # a 'read also' label on a line of its own, with a title under it, inside the article (BBC Arabic's pages)
    for label in ("اقرأ أيضاً:", "إقرأ أيضا", "أقرأ أيضا"):
        kept, removed = _clean(f"{BODY}\n{label}\nالهيئة تبدأ فرز الأصوات في المحافظات\n{resumed}", cfg)
        assert kept == [BODY, resumed] and "الهيئة تبدأ فرز الأصوات في المحافظات" in removed


def test_a_comment_counter_ends_the_article(cfg):
    kept, removed = _clean(f"{BODY}\n{MORE}\nالتعليقات 0\nمحمد: مقال رائع جدا", cfg)
    assert kept == [BODY, MORE] and "end-of-article" in removed["التعليقات 0"]
    assert "after" in removed["محمد: مقال رائع جدا"]


def test_a_headline_run_with_a_sentence_inside_is_body(cfg):
    line = ("قال الرئيس: أتحدث إليكم اليوم.. وقد غمرتني السعادة.. بمشهد اصطفافكم.. وانخراطكم في صفوف "
            "الناخبين.. من أجل الوطن والمستقبل والأجيال القادمة في كل المحافظات والمدن والقرى")
    kept, _ = _clean(line, cfg)
    assert kept == [line]


# A made-up article in three paragraphs, for the hard-wrap tests.
WRAPPED_PARAGRAPHS = [
    "افتتح وزير الثقافة مساء أمس معرضا للخط العربي في قاعة المدينة يضم أربعين لوحة لفنانين من عشر دول. "
    "وقال الوزير إن المعرض يستمر أسبوعين ويفتح أبوابه للطلبة مجانا طوال أيام الأسبوع.",
    "وأقام المنظمون في اليوم الثاني ورشة لتعليم الكتابة بالخط الكوفي حضرها عشرات الطلاب من المدارس "
    "الثانوية، وقدم فيها الخطاطون نصائح لتحسين الكتابة اليدوية السريعة.",
    "ولقي المعرض صدى طيبا لدى الزوار الأجانب الذين شد انتباههم تنوع الأساليب وتصميم الحروف والأسماء "
    "بطريقة فنية مشوقة.",
]


def test_hard_wrapped_text_is_read_as_whole_sentences(cfg):
    import textwrap

    from summarize.text.sentences import segment_document

    text = "\n".join(textwrap.fill(p, width=60) for p in WRAPPED_PARAGRAPHS)
    assert text.count("\n") >= 8                      # every sentence spans two lines or more
    doc = Document(id="wrapped", text=text)
    clean_document(doc, cfg)
    segment_document(doc, cfg)
    expected = [s.strip() + ("" if s.strip().endswith(".") else ".") for p in WRAPPED_PARAGRAPHS
                for s in p.split(". ")]
    assert [s.text for s in doc.sentences] == expected
    assert not doc.removed and all(s.is_point_candidate for s in doc.sentences)
    assert [line.spans for line in doc.lines] == [len(textwrap.wrap(p, width=60)) for p in WRAPPED_PARAGRAPHS]


def test_a_paragraph_broken_after_a_preposition_goes_on_in_the_next_line(cfg):
    broken = "وقالت المصادر إن 56 مدنيا على\nالأقل قتلوا وأصيب 595 آخرون منذ بدء الاشتباكات."
    kept, _ = _clean(f"{BODY}\n{broken}\n{MORE}", cfg)
    assert kept == [BODY, broken.replace("\n", " "), MORE]
    kept, _ = _clean(f"{BODY}\nالهيئة تعلن النتائج\n{MORE}", cfg)          # a line that may end stays a line
    assert kept == [BODY, "الهيئة تعلن النتائج", MORE]


def test_after_a_site_label_a_speaker_stays(cfg):
    line = "موقع النهار - الخارجية الفرنسية: المتحف الجديد مشروع رمزي ثمرة التعاون بين البلدين في الثقافة."
    kept, removed = _clean(f"{line}\n{MORE}", cfg)
    assert kept[0] == line.removeprefix("موقع النهار - ") and "موقع النهار -" in removed


def test_a_page_with_one_paragraph_per_line_is_not_unwrapped(cfg):
    lines = ["معرض للخط العربي", *WRAPPED_PARAGRAPHS, "شارك", "المصدر: وكالات"]
    doc = Document(id="page", text="\n".join(lines))
    clean_document(doc, cfg)
    assert all(line.spans == 1 for line in doc.lines)
    assert [line.text for line in doc.lines if len(line.text) > 100] == WRAPPED_PARAGRAPHS


@pytest.mark.parametrize("credit", ["وكالات.", "فرانس24/ رويترز", "ر.ق-ر.أ", "ي.أ/ خ.س (أ ف ب، رويترز، د ب أ)"])
def test_a_line_of_agencies_and_initials_is_a_credit(credit, cfg):
    lead = "أعلنت وزارة الصحة ارتفاع عدد الضحايا في الحادث إلى عشرين شخصا بحسب حصيلة رسمية جديدة."
    doc = Document(id="d", text=f"{lead}\n{credit}\n{lead} وتابعت.")
    clean_document(doc, cfg)
    assert [(r.line, r.reason) for r in doc.removed] == [(credit, "agency credit or initials")]


def test_a_sentence_naming_an_agency_stays(cfg):
    line = "ونقلت رويترز عن مصدر أمني قوله إن الهجوم وقع فجر اليوم."
    doc = Document(id="d", text=f"{line}\nوكالة رويترز")
    clean_document(doc, cfg)
    assert [line_.text for line_ in doc.lines] == [line]


def test_a_credit_label_glued_before_a_paragraph_goes_and_the_paragraph_stays(cfg):
    kept, removed = _clean("عنوان الخبر عن نتائج الانتخابات في البلاد\nصورة الهيئة\n" + MORE + "\n"
                           "وكالات : " + BODY + "\nكتب: أحمد علي", cfg)
    assert BODY in kept and removed["وكالات :"] == "site label or dateline before the text"
    assert removed["كتب: أحمد علي"] == "byline or imprint"


def test_a_breadcrumb_trail_goes_whole(cfg):
    title = "الهيئة تعلن فوز المرشح بولاية ثانية"
    kept, removed = _clean(f"الرئيسية / أخبار عربية / {title}\n{title}\n{BODY}", cfg)
    assert kept[-1] == BODY and not any("الرئيسية" in line for line in kept)
    assert removed[f"الرئيسية / أخبار عربية / {title}"].startswith("breadcrumb trail")
