from summarize.text.sentences import split_sentences

ABBREVIATIONS = frozenset(["د", "دبليو", "U.S", "Mr", "W"])


def split(text):
    return split_sentences(text, ABBREVIATIONS, max_words=80)


def test_arabic_terminators_split():
    assert split("قال الوزير ذلك. ثم غادر؟ نعم! وانتهى الاجتماع؛ وعاد الوفد") == [
        "قال الوزير ذلك.", "ثم غادر؟", "نعم!", "وانتهى الاجتماع؛", "وعاد الوفد"]


def test_no_split_inside_numbers_dates_and_abbreviations():
    text = "ارتفع المؤشر 3.5 في المئة يوم 23/07/2021 وقال د. أحمد إن الأمر انتهى. وعاد الرئيس جورج دبليو. بوش."
    assert split(text) == ["ارتفع المؤشر 3.5 في المئة يوم 23/07/2021 وقال د. أحمد إن الأمر انتهى.",
                           "وعاد الرئيس جورج دبليو. بوش."]


def test_headline_double_dot_is_not_a_boundary():
    assert split("الكاظمي إلى واشنطن.. محادثات تبحث الوجود العسكري") == [
        "الكاظمي إلى واشنطن.. محادثات تبحث الوجود العسكري"]


def test_closing_quotes_stay_with_their_sentence():
    assert split('وقال: "سنبقى هنا." ثم أضاف: «لن نغادر».') == ['وقال: "سنبقى هنا."', "ثم أضاف: «لن نغادر»."]


def test_english_sentences_and_abbreviations():
    text = "This afternoon, I'll host Mr. Al-Kadhimi. U.S. forces stay. I look forward to it."
    assert split(text) == ["This afternoon, I'll host Mr. Al-Kadhimi.", "U.S. forces stay.", "I look forward to it."]


def test_run_on_sentence_is_cut_at_commas():
    text = "، ".join(["كلمة " * 10] * 12) + "."
    pieces = split_sentences(text, ABBREVIATIONS, max_words=40)
    assert len(pieces) > 1 and all(len(p.split()) <= 40 for p in pieces)


def test_seed_line_broken_after_abbreviation_is_joined(seed_result):
    doc = next(d for d in seed_result.documents if d.id.startswith("004"))
    joined = [s.text for s in doc.sentences if s.text.endswith("جورج دبليو. بوش.")]
    assert len(joined) == 1
    assert "بوش." not in [s.text for s in doc.sentences]


def test_tweet_is_segmented_and_marked_english(seed_result):
    doc = next(d for d in seed_result.documents if d.id.startswith("004"))
    english = [s for s in doc.sentences if s.language == "en"]
    assert [s.text[:20] for s in english] == ["This afternoon, I’ll", "I look forward to st"]
    assert all(s.is_point_candidate for s in english)


def test_a_period_glued_between_arabic_words_ends_the_sentence():
    from summarize.text.sentences import split_sentences
    text = "سرقت اللوحة من قبل ايطاليا.المزعوم انه كان هناك. وبلغ الطول 3.5 متر."
    assert split_sentences(text, frozenset(), 80) == ["سرقت اللوحة من قبل ايطاليا.", "المزعوم انه كان هناك.",
                                                      "وبلغ الطول 3.5 متر."]


PUNCTUATED = ["أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى مستويات قياسية هذا الأسبوع.",
              "وقال الوزير إن فرقا طبية وصلت إلى القرى المتضررة وبدأت توزيع الأدوية على المرضى في المراكز الصحية.",
              "وأغلقت السلطات المدارس في ثلاث مدن كبرى لمدة أسبوع على الأقل لمنع انتشار العدوى بين الأطفال الصغار."]
HEADLINES = "الحمى تجتاح الجنوب.. الوزارة تعلن حالة الطوارئ وتغلق المدارس في ثلاث مدن كبرى وسط مخاوف من انتشار أوسع"


def _segmented(lines, cfg):
    from summarize.text.documents import Document, Line
    from summarize.text.sentences import segment_document

    doc = Document(id="d", text="\n".join(lines))
    doc.lines = [Line(text, n) for n, text in enumerate(lines)]
    segment_document(doc, cfg)
    return {s.text: s.is_point_candidate for s in doc.sentences}


def test_a_long_unpunctuated_line_in_a_punctuated_article_is_not_a_point(cfg):
    candidates = _segmented([PUNCTUATED[0], HEADLINES, *PUNCTUATED[1:]], cfg)
    assert candidates[HEADLINES] is False and all(candidates[p] for p in PUNCTUATED)
    # an excerpt cut mid-sentence keeps its complete sentences
    cut = PUNCTUATED[1] + " وأكد أن الفرق الطبية ستبقى في القرى المتضررة حتى انتهاء موجة الحمى وتراجع"
    candidates = _segmented([*PUNCTUATED, cut], cfg)
    assert candidates[PUNCTUATED[1]] is True and candidates[cut[len(PUNCTUATED[1]) + 1:]] is False
    # in an article that puts no final stops anywhere, the same line is a sentence like the others
    bare = [p.rstrip(".") for p in PUNCTUATED]
    assert all(_segmented([bare[0], HEADLINES, *bare[1:]], cfg).values())


def test_a_long_headline_in_parts_opening_the_page_is_its_title(cfg):
    from summarize.text.cleaning import clean_document
    from summarize.text.documents import Document
    from summarize.text.sentences import segment_document, take_title

    headline = ("بعد إعلان فوزه رسميا بولاية جديدة في الانتخابات.. الرئيس يتحدث إلى الشعب: لا أسعى سوى إلى خدمة "
                "الوطن.. وتحقيق آمالكم وتطلعاتكم")
    assert len(headline.split()) > 20
    doc = Document(id="d", text="\n".join([headline, *PUNCTUATED]))
    clean_document(doc, cfg)
    take_title(doc)
    segment_document(doc, cfg)
    assert doc.title == headline
    assert not any(s.is_point_candidate for s in doc.sentences if s.text == headline)


def test_a_semicolon_before_what_the_source_says_does_not_end_the_sentence():
    text = "وبحسب وسائل الإعلام المحلية؛ فإن عدد الضحايا ارتفع إلى 153 قتيلا. وأعلنت الحكومة الحداد؛ وأغلقت المدارس."
    continuations = frozenset(["فإن", "فان"])
    assert split_sentences(text, frozenset(), 80, continuations) == [
        "وبحسب وسائل الإعلام المحلية؛ فإن عدد الضحايا ارتفع إلى 153 قتيلا.", "وأعلنت الحكومة الحداد؛",
        "وأغلقت المدارس."]


def test_a_relative_clause_or_a_consequence_after_a_semicolon_goes_on_with_the_sentence(cfg):
    """With the configured continuations, '؛ التي أدت إلى ...' and '؛ ما تسبب في ...' never stand alone."""
    continuations = frozenset(cfg.sentences.continuations)
    text = ("اتهم ناجون خفر السواحل بالتسبب بغرق قاربهم الأسبوع الماضي؛ التي أدت إلى مقتل 80 شخصا. "
            "وأضاف ناج آخر أن القارب انقلب عند سحبه؛ ما تسبب في غرق العشرات. وأعلنت الحكومة الحداد؛ وأغلقت المدارس.")
    assert split_sentences(text, frozenset(), 80, continuations) == [
        "اتهم ناجون خفر السواحل بالتسبب بغرق قاربهم الأسبوع الماضي؛ التي أدت إلى مقتل 80 شخصا.",
        "وأضاف ناج آخر أن القارب انقلب عند سحبه؛ ما تسبب في غرق العشرات.", "وأعلنت الحكومة الحداد؛",
        "وأغلقت المدارس."]


def test_a_question_is_no_point(cfg):
    """A page's poll or a teaser asks, it asserts nothing: never a point, whatever its length."""
    poll = "هل تؤيد دعوات مقاطعة بعض المطاعم التي ثبت دعمها للجنود في الحرب الأخيرة؟"
    quoted = "وتساءل أحد السكان: «لماذا لم تصل فرق الإنقاذ إلى القرية حتى الآن؟»"
    teaser = "تفجيرات العاصمة الدموية جاءت ردا على هجوم الشهر الماضي في المدينة الأخرى؟!"
    candidates = _segmented([PUNCTUATED[0], poll, quoted, teaser, *PUNCTUATED[1:]], cfg)
    assert not any(candidates[q] for q in (poll, quoted, teaser)) and all(candidates[p] for p in PUNCTUATED)
