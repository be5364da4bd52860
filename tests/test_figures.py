from datetime import date

from summarize.text.documents import Document
from summarize.story.figures import CountRules, Figure, sentence_figures
from summarize.text.sentences import segment_document


def _figures_of(text, cfg):
    doc = Document(id="d", text=text)
    from summarize.text.documents import Line
    doc.lines = [Line(text, 0)]
    segment_document(doc, cfg)
    return [f for s in doc.sentences for f in sentence_figures(s, CountRules(cfg))]


def test_counts_are_read_with_their_kind(cfg):
    assert _figures_of("أعلن مسؤول بوزارة الصحة مقتل 7 أشخاص وإصابة 140 في الاحتجاجات.", cfg) == \
        [("dead", 7.0), ("injured", 140.0)]
    assert _figures_of("ارتفع عدد الوفيات إلى 850 حالة وفاة، و3 آلاف و394 إصابة.", cfg) == \
        [("dead", 850.0), ("injured", 3394.0)]
    assert _figures_of("ارتفعت حصيلة الوفيات إلى ألف و301 حاج هذا الموسم.", cfg) == [("dead", 1301.0)]


def test_a_count_of_one_group_is_a_figure_of_its_own(cfg):
    assert _figures_of("ما يرفع عدد المصريين المتوفين في الموسم الحالي إلى 658 على الأقل.", cfg) == \
        [("dead (مصريين)", 658.0)]
    assert _figures_of("أعلنت النقابة ارتفاع عدد القتلى بين المدنيين إلى 850 منذ بدء الاشتباكات.", cfg) == \
        [("dead (مدنيين)", 850.0)]
    assert _figures_of("أعلنت السلطات السعودية ارتفاع عدد الوفيات إلى 1301 حاج.", cfg) == [("dead", 1301.0)]


def test_a_group_toll_below_the_whole_toll_is_not_outdated(summarizer):
    whole = ("أعلنت وزارة الصحة ارتفاع عدد الوفيات بين الحجاج إلى 1301 حالة بسبب الحر الشديد هذا الموسم.\n"
             "وقالت الوزارة إن معظم المتوفين لم يحصلوا على تصاريح رسمية لأداء المناسك هذا العام.")
    group = ("وقال دبلوماسي إن عدد الأردنيين المتوفين في الموسم الحالي ارتفع إلى 41 حاجا على الأقل.\n"
             "وأضاف أن السلطات الأردنية تعمل على نقل جثامين الحجاج إلى عمان خلال الأيام المقبلة.")
    result = _story(summarizer, [(group, date(2024, 6, 20)), (whole, date(2024, 6, 23))])
    assert {f.what for f in result.figures} <= {"dead"}                 # one value each: nothing evolves
    assert "41" in result.summary_ar and "1301" in result.summary_ar


def test_counts_written_in_words_are_read(cfg):
    assert _figures_of("أعلنت الشرطة مقتل ثلاثة أشخاص وإصابة عشرة آخرين في الانفجار.", cfg) == \
        [("dead", 3.0), ("injured", 10.0)]
    assert _figures_of("وارتفعت الحصيلة إلى ألفي قتيل في المدينة المنكوبة.", cfg) == [("dead", 2000.0)]
    assert _figures_of("وارتفع عدد القتلى إلى ثلاثة آلاف وخمسمائة في المدينة.", cfg) == [("dead", 3500.0)]
    assert _figures_of("وسقط آلاف القتلى والجرحى في المدينة خلال الأيام الماضية.", cfg) == []   # 'thousands of'


def test_numbers_from_eleven_to_nineteen_and_two_hundred_in_construct_are_read(cfg):
    """'ثلاثة عشر' is 13 (not 3), 'أحد عشر' 11, 'اثنا عشر' 12, 'مائتا' 200 (the dual before its noun)."""
    assert _figures_of("وأعلنت الشرطة مقتل ثلاثة عشر شخصا في الهجوم.", cfg) == [("dead", 13.0)]
    assert _figures_of("وأصيب أحد عشر شخصا بجروح.", cfg) == [("injured", 11.0)]
    assert _figures_of("ولقي اثنا عشر شخصا حتفهم.", cfg) == [("dead", 12.0)]
    assert _figures_of("وقتل مائتا شخص في الانفجار.", cfg) == [("dead", 200.0)]
    assert _figures_of("واعتقلت الشرطة خمسة عشر ألف متظاهر.", cfg) == [("arrested", 15000.0)]
    assert _figures_of("وقال إن أحد المصابين نقل إلى المستشفى.", cfg) == []       # 'أحد' alone: someone
    assert 200.0 not in {v for _, v in _figures_of("وأشار البيان إلى أن أصغر الضحايا طفل ولد ميتا.", cfg)}   # no 200


def test_fractions_of_a_multiplier_are_read(cfg):
    assert _figures_of("وقال الوزير إن عدد المتظاهرين يقترب من نصف مليون متظاهر في البلاد.", cfg) == \
        [("protesters", 500000.0)]
    assert _figures_of("وشارك مليون ونصف المليون متظاهر في المسيرات.", cfg) == [("protesters", 1500000.0)]
    assert _figures_of("وقالت الأمم المتحدة إن ربع مليون نازح فروا من المدينة.", cfg) == [("displaced", 250000.0)]
    assert _figures_of("وكان نصف القتلى من الأطفال.", cfg) == []             # half of them: no number


def test_a_range_and_those_who_took_part_in_a_march_are_read(cfg):
    # 'بين 12 و15 ألف': twelve thousand to fifteen, one count (its upper end); '12 ألفا و15 ألف' two numbers,
    # never 27 thousand
    assert _figures_of("وقالت الوزارة إن عدد المتظاهرين يقدر ما بين 12 و15 ألف متظاهر.", cfg) == \
        [("protesters", 15000.0)]
    from summarize.text.numbers import NumberReader, tokens_of
    reader = NumberReader(cfg)
    assert [v for _, _, v in reader.numbers(tokens_of("يقدر ما بين 12 و15 ألف متظاهر."))] == [12000.0, 15000.0]
    assert [v for _, _, v in reader.numbers(tokens_of("ما بين 12 ألفا و15 ألف متظاهر شاركوا في المسيرة."))] == \
        [12000.0, 15000.0]
    assert _figures_of("وقدرت اللجنة المنظمة عدد المشاركين في المسيرة بزهاء 100 ألف مشارك.", cfg) == \
        [("protesters", 100000.0)]
    assert _figures_of("وقال رئيس الهيئة إن عدد المشاركين في الاستفتاء بلغ 27 مليون ناخب.", cfg) == []   # votes: no figure
    assert _figures_of("وأصيب مليون و200 ألف شخص بالمرض خلال العام.", cfg) == [("injured", 1200000.0)]


def test_a_toll_first_written_in_words_is_outdated_by_a_later_one(summarizer):
    first = ("أعلنت السلطات في المدينة الساحلية مقتل ثلاثة أشخاص جراء الفيضانات التي ضربت المنطقة ليلة الأحد.\n"
             "وقال مسؤولون إن فرق الإنقاذ تواصل البحث عن المفقودين بين الأنقاض في الأحياء المنكوبة.")
    result = _story(summarizer, [(first, date(2023, 9, 11)), (LATER, date(2023, 9, 13))])
    [dead] = [f for f in result.figures if f.what == "dead"]
    assert [v.value for v in dead.values] == [3, 2300]
    assert "ثلاثة أشخاص" not in result.summary_ar and "2300" in result.summary_ar


def test_dates_percentages_years_and_estimates_are_not_counts(cfg):
    assert _figures_of("قتل المسلحون الرهائن في 15 أبريل 2023 بعد أن قتلوا 20% من الحراس.", cfg) == []
    assert _figures_of("وقال رئيس البلدية إن عدد القتلى قد يصل إلى 20 ألفا في المدينة.", cfg) == []
    assert _figures_of("ونقل الجرحى إلى 29 مستشفى في العاصمة.", cfg) == []        # hospitals, not the injured
    assert _figures_of("ومن المنتظر أن يخرج 900 ألف متظاهر وفق وزارة الداخلية.", cfg) == []   # a forecast
    assert _figures_of("وتوقع المنظمون أن تجتذب المسيرة أكثر من نصف مليون متظاهر.", cfg) == []   # an expectation
    assert _figures_of("وقالت المنظمة إنها لا تزال تحقق في 17091 حالة وفاة محتملة.", cfg) == []   # possible deaths
    # a year after its month, before a comma, is a date even when a count word follows the comma
    assert _figures_of("وأعلنت الوزارة، السبت 15 يونيو 2024، وفاة 6 حجاج من مواطنيها إثر ضربة شمس.", cfg) == \
        [("dead", 6.0)]


def test_amounts_are_read_whatever_their_kind_and_spelling(cfg):
    from summarize.story.figures import amount_reader
    amounts = amount_reader(cfg)
    assert amounts("وصل عدد الحجاج إلى ألف و301 حاج، و3 آلاف و394 زائرا، و2,500 جندي") == {1301, 3394, 2500}
    assert amounts("في 15 أبريل 2023 ارتفع السهم 10% إلى 35 ريالا بعد 150 يوما") == set()   # date, share, price, days


def test_parts_of_a_total_are_not_tolls(cfg):
    assert _figures_of("وارتفع عدد الوفيات إلى 658 على الأقل، بينهم 630 لا يحملون تصاريح.", cfg) == [("dead", 658.0)]
    assert _figures_of("وسجلت 58 حالة وفاة إضافية في صفوف الحجاج خلال يوم واحد.", cfg) == []
    assert _figures_of("وأعلنت الوزارة تشخيص 14 جنديا إضافيا مصابين بارتجاج في المخ.", cfg) == []
    assert _figures_of("أعلن مسؤول مقتل 7 أشخاص وإصابة 140 آخرين في الاحتجاجات.", cfg) == \
        [("dead", 7.0), ("injured", 140.0)]          # 'آخرين': the others hurt, a count of its own


def _story(summarizer, texts_dates):
    docs = [Document(id=f"a{n}", text=text, published=day) for n, (text, day) in enumerate(texts_dates)]
    return summarizer(docs)


FIRST = ("أعلنت السلطات في المدينة الساحلية مقتل 150 شخصا جراء الفيضانات التي ضربت المنطقة ليلة الأحد.\n"
         "وقال مسؤولون إن فرق الإنقاذ تواصل البحث عن المفقودين بين الأنقاض في الأحياء المنكوبة.")
LATER = ("ارتفعت حصيلة ضحايا الفيضانات في المدينة الساحلية إلى 2300 قتيل بحسب وزارة الصحة في آخر بيان لها.\n"
         "وتواصل فرق الإنقاذ البحث عن المفقودين بين الأنقاض في الأحياء المنكوبة منذ ليلة الأحد.")


def test_summary_states_the_latest_toll_and_the_result_lists_its_evolution(summarizer):
    result = _story(summarizer, [(FIRST, date(2023, 9, 11)), (LATER, date(2023, 9, 13))])
    assert "2300" in result.summary_ar and "150" not in result.summary_ar
    [dead] = [f for f in result.figures if f.what == "dead"]
    assert dead.latest == 2300
    assert [(v.value, v.doc) for v in dead.values] == [(150, "a0"), (2300, "a1")]
    as_json = result.to_dict()["figures"][0]
    assert as_json["latest"] == 2300 and as_json["values"][0]["published"] == "2023-09-11"


def test_without_dates_the_highest_count_is_the_latest(summarizer):
    result = _story(summarizer, [(LATER, None), (FIRST, None)])
    assert [f.latest for f in result.figures if f.what == "dead"] == [2300]
    assert "150" not in result.summary_ar


def test_cli_lists_the_evolving_figures(tmp_path, capsys):
    from summarize.cli import main
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    assert main([str(tmp_path), "--config", str(_extractive_config(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Evolving figures" in out and "dead [flood]: 2300 (latest, by highest); reported: 150 (a.txt, " in out
    assert "2300 (b.txt, وزارة الصحة)" in out


def test_cli_names_a_kind_in_words(tmp_path, capsys):
    from summarize.cli import main
    first = ("غرق قارب يقل مهاجرين قبالة سواحل المدينة فجر اليوم، وعلى متنه نحو 300 مهاجر بحسب الشرطة.\n"
             "وقالت الشرطة إن فرق الإنقاذ انتشلت عشرات الجثث من المياه قبالة سواحل المدينة.")
    later = ("وقال ناجون من القارب الذي غرق قبالة سواحل المدينة إن 450 مهاجرا كانوا على متنه عند غرقه.\n"
             "وتواصل فرق الإنقاذ البحث عن المفقودين في المياه قبالة سواحل المدينة لليوم الثاني.")
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(later, encoding="utf-8")
    assert main([str(tmp_path), "--config", str(_extractive_config(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "  on board [sinking]: " in out and "aboard" not in out       # ('غرق قارب': the boat sank)


def _extractive_config(tmp_path):
    path = tmp_path / "extractive.yaml"
    path.write_text("generation: {enabled: false}\ntranslation: {enabled: false}\n", encoding="utf-8")
    return path


def test_a_number_after_the_word_for_number_names_a_thing_and_one_before_a_place_noun_counts_places(cfg):
    assert _figures_of("ارتفع عدد الوفيات في حادث اصطدام الحافلة بالقطار رقم 165 إلى 50 قتيلا.", cfg) == \
        [("dead", 50.0)]
    assert _figures_of("وقالت المنظمة إنها سجلت 789 حالة وفاة في 19 محافظة حتى اليوم.", cfg) == [("dead", 789.0)]


def test_people_in_critical_condition_are_injured_people_in_a_dangerous_place_are_not(cfg):
    assert _figures_of("توفي طفل لم يتسن إنقاذه، بينما 6 آخرون في حالة حرجة.", cfg) == [("dead", 1.0), ("injured", 6.0)]
    assert _figures_of("ونقل 7 عمال إلى المستشفى بجروح خطيرة.", cfg) == [("injured", 7.0)]
    assert _figures_of("وقال الوزير إن الانفجار تسبب في محاصرة 49 شخصا بالمنطقة الخطرة داخل المنجم.", cfg) == []
    # cases of suffocation listed after a toll are people hurt, not more dead
    assert _figures_of("ارتفعت الحصيلة إلى 150 قتيلا وأكثر من ألف حالة اختناق بين المدنيين.", cfg) == \
        [("dead", 150.0), ("injured", 1000.0)]


def test_those_who_departed_life_are_the_dead_a_margin_is_no_count(cfg):
    assert _figures_of("وقالت السلطات إن 13 مهاجرا فارقوا الحياة في المستشفى.", cfg) == [("dead", 13.0)]
    assert _figures_of("وفاز المرشح في الدائرة الثانية بفارق 5 أصوات عن منافسه.", cfg) == []


def test_one_written_after_its_noun_in_either_gender_is_a_count_of_one_but_one_of_the_worst_is_none(cfg):
    assert _figures_of("وقالت الشرطة إن هناك حالة وفاة واحدة في المدينة.", cfg) == [("dead", 1.0)]
    assert _figures_of("وسجلت المستشفيات قتيلا واحدا و12 جريحا.", cfg) == [("dead", 1.0), ("injured", 12.0)]
    assert _figures_of("قتل 50 شخصا في واحدة من أسوأ الكوارث في البلاد.", cfg) == [("dead", 50.0)]


def test_people_on_board_are_counted_and_what_befell_passengers_is_their_kind(cfg):
    assert _figures_of("وكان القارب انطلق من طبرق متوجها إلى إيطاليا، وعلى متنه قرابة 700 شخص.", cfg) == \
        [("aboard", 700.0)]
    assert _figures_of("وأفادت السلطات أن عدد الركاب لا يقل عن 750 شخصا.", cfg) == [("aboard", 750.0)]
    assert _figures_of("وأسفر الحادث عن مقتل 150 راكبا وإصابة 20 راكبا آخرين.", cfg) == \
        [("dead", 150.0), ("injured", 20.0)]
    assert _figures_of("ولقي 150 راكبا حتفهم في الحادث.", cfg) == [("dead", 150.0)]
    assert _figures_of("وتحطمت الطائرة وعلى متنها 150 راكبا لقوا حتفهم جميعا.", cfg) == [("dead", 150.0)]
    assert _figures_of("ونجا 12 راكبا من الحادث.", cfg) == [("rescued", 12.0)]
    assert _figures_of("وقال إن 3 مهربين اتفقوا مع مجموعات ركاب القارب.", cfg) == []      # smugglers, not passengers
    # an aircraft's model is no count ('بوينغ 737', 'إيرباص آيه 333')
    assert _figures_of("وكانت طائرة بوينغ 737 تقل 149 راكبا وأفراد الطاقم.", cfg) == [("aboard", 149.0)]
    assert _figures_of("وأظهر فيديو نشره راكب داخل طائرة إيرباص آيه 333 دخانا في المقصورة.", cfg) == []


def test_a_hedge_opening_its_own_clause_with_wa_leaves_the_count_before_it(cfg):
    assert _figures_of("قال خفر السواحل إن 59 مهاجرا على الأقل غرقوا اليوم ويخشى أن يكون هناك مزيد من المفقودين.",
                       cfg) == [("dead", 59.0)]
    assert _figures_of("وارتفعت الحصيلة إلى 70 قتيلا ومن المتوقع أن ترتفع إلى 100.", cfg) == [("dead", 70.0)]
    assert _figures_of("وقال المسؤول إن الحصيلة قد تصل إلى 100 قتيل.", cfg) == []


def test_a_count_broken_down_into_kinds_that_add_up_to_it_is_their_sum_not_a_toll(cfg):
    assert _figures_of("وقال الوزير إن العدد الأخير من الضحايا هو 642 (358 قتيلا و228 جريحا و56 مفقودا).", cfg) == \
        [("dead", 358.0), ("injured", 228.0), ("missing", 56.0)]
    # (a breakdown that does not add up leaves the count: 'بينهم' parts are another matter)
    assert _figures_of("وقال الوزير إن عدد الضحايا 650 (358 قتيلا و228 جريحا).", cfg) == \
        [("dead", 650.0), ("dead", 358.0), ("injured", 228.0)]


def test_a_count_in_a_clause_and_opens_after_a_comma_takes_no_kind_word_from_before_it(cfg):
    """'، بجروح وإصابات خطيرة، وتمكن حوالي 58 عاملا من الخروج': the 58 who got out are not injured."""
    assert _figures_of("وأكد الوزير مصرع 40 عاملا وإصابة 11 آخرين بجروح وإصابات خطيرة، وتمكن حوالي 58 عاملا من "
                       "الخروج بمفردهم.", cfg) == [("dead", 40.0), ("injured", 11.0)]
    # (a subject before a comma still names the count of a clause that no 'و' opens)
    assert _figures_of("وقالت الوزارة إن حصيلة قتلى الهجمات التي وقعت الأحد، بلغت 253 شخصا.", cfg) == [("dead", 253.0)]


def test_all_but_a_few_is_a_part_not_a_toll(cfg):
    assert _figures_of("وقال الحزب إن الانفجارين أسفرا عن مقتل 128 شخصا، وإنه تعرف على كافة القتلى باستثناء 8.", cfg) \
        == [("dead", 128.0)]


def test_a_number_glued_to_the_article_is_read(cfg):
    assert _figures_of("بلغ عدد الشهداء الذين سقطوا في التفجيرين ال42 شهيدا.", cfg) == [("dead", 42.0)]
    assert _figures_of("وارتفع عدد القتلى إلى الـ50 قتيلا.", cfg) == [("dead", 50.0)]


def test_rescue_without_the_article_counts_the_rescued_and_rescue_teams_count_nothing(cfg):
    assert _figures_of("وقال الوزير إن طفلة لقيت حتفها، لكن تم إنقاذ أكثر من 40 شخصا من المركب.", cfg) == \
        [("rescued", 40.0)]
    assert _figures_of("وتواصل فرق الإنقاذ البحث عن 20 مفقودا في المنطقة.", cfg) == [("missing", 20.0)]


def test_a_count_of_2000_is_not_a_year(cfg):
    assert _figures_of("ارتفعت الحصيلة في المدينة إلى أكثر من 2000 وفاة وآلاف المفقودين منذ عام 2023.", cfg) == \
        [("dead", 2000.0)]
    assert _figures_of("ارتفعت حصيلة ضحايا الفيضانات إلى أكثر من 2000 حالة وفاة وآلاف المفقودين.", cfg) == \
        [("dead", 2000.0)]


def test_a_sentence_giving_the_latest_value_beside_an_older_one_is_not_outdated(summarizer):
    from summarize.story.figures import outdated_and_latest

    rise = ("وقالت وزارة الصحة إن حصيلة قتلى الفيضانات في المدينة الساحلية ارتفعت من 150 إلى 2300 قتيل "
            "خلال يومين، فيما أصيب 40 شخصا.")
    older = "وكانت السلطات أعلنت مقتل 150 شخصا وإصابة 40 آخرين في الفيضانات التي ضربت المدينة الساحلية."
    result = _story(summarizer, [(FIRST, date(2023, 9, 11)), (f"{LATER}\n{rise}\n{older}", date(2023, 9, 13))])
    outdated, latest = outdated_and_latest(result.figures)
    sentences = {s.text: (s.doc_id, s.index) for d in result.documents for s in d.sentences}
    assert sentences[rise] in latest and sentences[rise] not in outdated       # 'rose from 150 to 2300'
    assert sentences[older] in outdated            # its 40 injured are current, its 150 dead are not


def test_a_smaller_count_beside_the_latest_in_one_article_is_a_part_not_outdated(summarizer):
    from summarize.story.figures import outdated_and_latest

    part = ("وأشار التقرير إلى أن نحو 170 شخصا لقوا حتفهم في مناطق أخرى من البلاد، "
            "كما أدت الفيضانات إلى تشريد أكثر من 40 ألفا.")
    result = _story(summarizer, [(FIRST, date(2023, 9, 11)), (f"{LATER}\n{part}", date(2023, 9, 13))])
    outdated, latest = outdated_and_latest(result.figures)
    sentences = {s.text: (s.doc_id, s.index) for d in result.documents for s in d.sentences}
    assert sentences[part] not in outdated                       # 170 in other areas: a part of the 2300
    assert sentences[FIRST.splitlines()[0]] in outdated          # the earlier article's 150 is outdated


def test_a_count_of_dead_and_injured_together_is_a_count_of_neither(cfg):
    assert _figures_of("أعلنت الدائرة ارتفاع حصيلة الحريق إلى 114 بين شهيد وجريح.", cfg) == [("casualties", 114.0)]
    assert _figures_of("وقدر الهلال الأحمر عدد القتلى والجرحى بأكثر من 450 شخصا.", cfg) == [("casualties", 450.0)]
    assert _figures_of("وبلغ عدد القتلى والمفقودين 30 شخصا.", cfg) == []     # no combined kind of these two
    assert _figures_of("وتم رصد 64 حالة إصابة ووفاة نقلها الأهالي إلى المستشفيات، منهم 20 حالة غيبوبة.", cfg)[0] == \
        ("casualties", 64.0)
    # a list of two counts, each with its own kind, is no such pair
    assert _figures_of("ارتفعت الحصيلة إلى 120 قتيلا والمصابين إلى 340.", cfg) == [("dead", 120.0), ("injured", 340.0)]


def test_a_kind_word_is_not_taken_across_a_comma_after_the_number_nor_from_the_count_before(cfg):
    assert _figures_of("وتمت زيادة سيارات الإسعاف إلى 74، مشيرا إلى نقل حالات الوفاة إلى المستشفيات.", cfg) == []
    assert _figures_of("ارتفعت حصيلة الحريق إلى 66 ضحية و100 حالة إصابة.", cfg) == [("dead", 66.0), ("injured", 100.0)]


def test_a_kind_word_before_a_comma_does_not_name_a_new_item_after_it(cfg):
    assert _figures_of("ووجه الرئيس بصرف 200 ألف جنيه لأسرة كل شهيد، و50 ألفا لكل مصاب.", cfg) == []
    assert _figures_of("كشفت الحصيلة سقوط مئات الجرحى، و20 آخرين في المدينة.", cfg) == []
    # a subject before the comma still names the count
    assert _figures_of("أعلنت السلطات أن حصيلة قتلى الهجمات التي وقعت الأحد الماضي، بلغت 253 تقريبا.", cfg) == \
        [("dead", 253.0)]


def test_a_singular_nisba_right_after_the_number_names_a_group(cfg):
    assert _figures_of("وقال رئيس الوزراء إن الحادث أسفر عن مقتل 63 كنديا.", cfg) == [("dead (كندي)", 63.0)]
    assert _figures_of("قتل 20 مدنيا في القصف.", cfg) == [("dead", 20.0)]      # people, not a group
    assert _figures_of("نعت السفارة 3 فلسطينيات لقين حتفهن في الحريق.", cfg) == [("dead (فلسطيني)", 3.0)]


def test_a_kind_word_after_a_verb_of_saying_names_who_speaks_not_what_is_counted(cfg):
    # (the survivors speak: the 450 are those on board, no count of the rescued)
    assert _figures_of("وقال ناجون إن نحو 450 مهاجرا كانوا على متن الزورق حين غرق.", cfg) == [("aboard", 450.0)]
    assert _figures_of("وكان الزورق يقل، بحسب ناجين، قرابة 450 مهاجرا.", cfg) == []
    assert _figures_of("وتم إنقاذ 163 شخصا من ركاب الزورق.", cfg) == [("rescued", 163.0)]


def test_the_dead_of_an_idiom_with_its_pronoun_are_no_pair_with_the_injured_verb_after_it(cfg):
    assert _figures_of("لقي 17 شخصا على الأقل حتفهم وجرح عشرات الآخرين في اعتداء على المعهد.", cfg) == \
        [("dead", 17.0)]
    assert _figures_of("سقط 114 بين قتيل وجريح في الاعتداء على المعهد.", cfg) == [("casualties", 114.0)]


def test_a_range_is_one_count_its_upper_end_of_the_kind_named_before_it(cfg):
    assert _figures_of("وقال المتحدث إن حصيلة القتلى الآن تتراوح بين 90 و100 وهناك عشرات الجرحى.", cfg) == \
        [("dead", 100.0)]
    assert _figures_of("ارتفع عدد الضحايا إلى ما بين 90 و100 قتيل.", cfg) == [("dead", 100.0)]
    assert _figures_of("قتل 90 شخصا وأصيب 100 آخرون في القصف.", cfg) == [("dead", 90.0), ("injured", 100.0)]


def test_a_newer_value_far_below_what_two_earlier_articles_gave_is_not_the_latest(summarizer):
    a = "أعلن الدفاع المدني أن عدد قتلى الغارة الجوية على المدرسة ارتفع إلى 93 شخصا."
    b = "قالت السلطات إن أكثر من 100 شخص قتلوا في الغارة الجوية على المدرسة."
    later = "أعلن الدفاع المدني مقتل 12 شخصا في غارة جوية على مدرسة غرب المدينة."
    result = _story(summarizer, [(a, date(2024, 8, 10)), (b, date(2024, 8, 10)), (later, date(2024, 8, 20))])
    [dead] = [f for f in result.figures if f.what == "dead"]
    assert dead.latest != 12 and 12 in {v.value for v in dead.values}
    fell = "أعلنت الوزارة تراجع عدد قتلى الغارة الجوية على المدرسة إلى 12 شخصا بعد التدقيق."    # a correction: latest
    result = _story(summarizer, [(a, date(2024, 8, 10)), (b, date(2024, 8, 10)), (fell, date(2024, 8, 20))])
    assert [f.latest for f in result.figures if f.what == "dead"] == [12]


def test_one_person_killed_or_injured_is_a_count_of_one(cfg):
    assert _figures_of("وأعلنت وزارة الصحة مقتل طفل وإصابة 16 آخرين في انهيار المبنى.", cfg) == \
        [("dead", 1.0), ("injured", 16.0)]
    assert _figures_of("أسفر الحادث عن مقتل شخص واحد.", cfg) == [("dead", 1.0)]      # 'واحد' read once
    assert _figures_of("وشيع الأهالي جثمان الطفل في القرية.", cfg) == []                # no kind word before it


def test_two_people_told_by_a_dual_are_a_count_of_two(cfg):
    """Arabic says 'two people' with the dual, no numeral: 'قتل شخصان' is 2 dead, 'قتيلان' 2 dead wherever it stands;
    not a dual that is also a plural ('المواطنين'), nor one a numeral follows ('مواطنان اثنان', read once)."""
    assert _figures_of("قتل شخصان على الأقل في غرق العبارة صباح اليوم.", cfg) == [("dead", 2.0)]
    assert _figures_of("وأسفر الحادث عن مقتل طفلين وإصابة 16 آخرين.", cfg) == [("dead", 2.0), ("injured", 16.0)]
    assert _figures_of("وسقط في الاشتباكات قتيلان من الجانبين.", cfg) == [("dead", 2.0)]
    assert _figures_of("واستشهد مواطنان اثنان في القصف.", cfg) == [("dead", 2.0)]
    assert _figures_of("وأصيب عدد من المواطنين بجروح.", cfg) == []
    assert _figures_of("كما استشهد مواطنان تونسيان في الهجوم.", cfg) == [("dead (تونسي)", 2.0)]   # two of a group
    # two more who died, raising the toll the sentence gives: an increment, no value of the toll
    assert _figures_of("وصلت حصيلة القتلى إلى 91 بعد وفاة شخصين من المصابين في المستشفى.", cfg) == [("dead", 91.0)]


def test_a_count_of_people_is_never_a_count_of_buildings(cfg):
    text = "ولا تتوافر معلومات بشأن 99 شخصا فقدوا إثر انهيار مبنى سكني قرب المدينة."
    assert _figures_of(text, cfg) == []
    assert _figures_of("وأدى الزلزال إلى انهيار 120 مبنى في المدينة.", cfg) == [("buildings_destroyed", 120.0)]


def test_an_undated_article_with_a_toll_above_every_dated_one_is_newer_for_a_count_that_falls(summarizer):
    early = "ارتفع عدد القتلى جراء انهيار المبنى السكني إلى 54 شخصا، فيما لا يزال 86 شخصا في عداد المفقودين."
    undated = "ارتفعت حصيلة القتلى جراء انهيار المبنى السكني إلى 79 شخصا، ولا يزال 61 شخصا في عداد المفقودين."
    result = summarizer([Document(id="a", text=early, published=date(2021, 7, 8)), Document(id="b", text=undated)])
    [missing] = [f for f in result.figures if f.what == "missing"]
    assert (missing.latest, missing.latest_from) == (61, "newer")
    lower = undated.replace("79", "50")        # a toll below the dated one's: not known to be newer
    result = summarizer([Document(id="a", text=early, published=date(2021, 7, 8)), Document(id="b", text=lower)])
    [missing] = [f for f in result.figures if f.what == "missing"]
    assert missing.latest == 86
    later = "وأكدت الجمعية أن عدد المفقودين في عداد المفقودين بلغ 76 شخصا بعد أشهر من البحث."   # months later, the
    result = summarizer([Document(id="a", text=early, published=date(2021, 7, 8)), Document(id="b", text=undated),
                         Document(id="c", text=later, published=date(2022, 2, 4))])    # missing alone, dated
    [missing] = [f for f in result.figures if f.what == "missing"]
    assert missing.latest == 76
    # several undated articles above the dated ones: the one with the highest toll is the newest
    undated_later = "وارتفعت حصيلة القتلى جراء انهيار المبنى السكني إلى 97 شخصا، ولا يزال 12 شخصا في عداد المفقودين."
    for order in ([undated, undated_later], [undated_later, undated]):
        docs = [Document(id=f"u{n}", text=text) for n, text in enumerate(order)]
        result = summarizer([Document(id="a", text=early, published=date(2021, 7, 8)), *docs])
        [missing] = [f for f in result.figures if f.what == "missing"]
        assert (missing.latest, missing.latest_from) == (12, "newer")


def test_a_toll_that_names_no_kind_counts_the_dead(cfg):
    assert _figures_of("أعلنت الوزيرة ازدياد حصيلة تفجير السوق الذي تبناه التنظيم الى 292 شخصا.", cfg) == \
        [("dead", 292.0)]
    assert _figures_of("ارتفعت حصيلة المصابين في التفجير إلى 20 شخصا.", cfg) == [("injured", 20.0)]
    assert _figures_of("ارتفعت حصيلة الخسائر في المدينة إلى 20 مليون دولار.", cfg) == []


def test_a_nisba_after_the_counted_noun_names_a_group_and_one_of_another_clause_none(cfg):
    assert _figures_of("وأعلنت الوزارة وفاة 41 حاجا أردنيا خلال أداء المناسك.", cfg) == [("dead (اردني)", 41.0)]
    # the Westerners are among the 37 hostages, not the 29 attackers of the next clause
    assert _figures_of("وأعلنت السلطات مقتل 37 رهينة من بينهم عدد كبير من الغربيين، وقتل 29 مهاجما في العملية.", cfg) \
        == [("dead", 37.0), ("dead", 29.0)]
    # a subject before a comma still names the count's group
    assert _figures_of("وأعلن البنتاغون أن عدد القتلى الأمريكيين، ارتفع إلى 13.", cfg) == [("dead (امريكيين)", 13.0)]


def test_each_count_of_a_list_is_of_the_group_nearest_to_it(cfg):
    assert _figures_of("وأفادت تقارير بإصابة 7 سعوديين و5 إيرانيين في الهجوم.", cfg) == \
        [("injured (سعوديين)", 7.0), ("injured (ايرانيين)", 5.0)]


def test_a_hedge_governs_its_clause_and_what_follows_not_the_counts_before_it(cfg):
    assert _figures_of("ارتفع عدد ضحايا العبارة إلى 70 قتيلا، حسب الدفاع المدني، مع احتمال زيادة العدد.", cfg) == \
        [("dead", 70.0)]
    assert _figures_of("قال رئيس البلدية إن عدد القتلى قد يصل، بحسب تقديراته، إلى 20 ألفا.", cfg) == []
    assert _figures_of("بلغ عدد القتلى 50 قتيلا، ويتوقع أن يرتفع إلى 80 قتيلا.", cfg) == [("dead", 50.0)]
    assert _figures_of("وقال الوزير إن 284 عاملا قتلوا، وإن الحصيلة النهائية سترتفع إلى 302 قتيل.", cfg) == \
        [("dead", 284.0)]                                                 # a rise in the future tense


def test_the_noun_right_after_a_number_is_its_own_even_when_a_kind_word_before_named_it(cfg):
    assert _figures_of("علما أن جملة الإصابات 4599 حالة إصابة و528 حالة وفاة تم تسجيلها بكل المستشفيات.", cfg) == \
        [("injured", 4599.0), ("dead", 528.0)]


def test_a_total_named_before_to_names_the_count_over_a_nearer_word_of_a_place_name(cfg):
    assert _figures_of("أعلنت الحكومة ارتفاع حصيلة المصابين جراء الانفجار الذي هز ميناء الشهيد رجائي في بندر عباس "
                       "إلى 1139 شخصا، بينما بلغ عدد القتلى حتى الآن 18 شخصا.", cfg) == [("injured", 1139.0), ("dead", 18.0)]


def test_a_total_names_the_first_kind_word_after_it_not_a_later_adjective_of_the_event(cfg):
    # 'المدمر' (destructive) describes the earthquake: the victims are counted, not destroyed buildings
    assert _figures_of("أعلنت الوكالة ارتفاع حصيلة ضحايا الزلزال المدمر الذي ضرب جنوب البلاد إلى 920 شخصًا.", cfg) == \
        [("dead", 920.0)]
    assert _figures_of("وقالت الحكومة إن عدد المنازل المدمرة جراء الإعصار ارتفع إلى 500.", cfg) == \
        [("buildings_destroyed", 500.0)]


def test_a_kind_word_glued_to_wa_after_a_number_begins_the_next_item(cfg):
    # 'وإصابة آخرين' has no number of its own: the 20 are dead, not injured
    assert _figures_of("أسفر الانفجار عن مقتل أكثر من 20 شخصا وإصابة آخرين، بحسب الصليب الأحمر.", cfg) == \
        [("dead", 20.0)]
    assert _figures_of("سقط 24 قتيلا وجريحا في الهجوم.", cfg) == [("casualties", 24.0)]


def test_a_kind_word_after_a_count_is_not_taken_past_a_contrast(cfg):
    assert _figures_of("وأعلن المحافظ أن إجمالي عدد الذين استشهدوا اليوم 28 شخصا بينما أصيب 25 آخرين.", cfg) == \
        [("dead", 28.0), ("injured", 25.0)]
    assert _figures_of("وذكرت الوكالة أن عدد قتلى الزلزال قفز إلى 920 شخصا فيما أصيب 610 آخرون.", cfg) == \
        [("dead", 920.0), ("injured", 610.0)]


def test_bodies_recovered_that_raised_a_toll_are_an_increment(cfg):
    assert _figures_of("وقال مصدر رسمي إن الحصيلة ارتفعت إلى 1125 قتيلا، بعد العثور على 15 جثة تحت الأنقاض.", cfg) == \
        [("dead", 1125.0)]
    assert _figures_of("وتمكنت فرق الإنقاذ من انتشال 49 جثة حتى الآن.", cfg) == [("dead", 49.0)]   # no toll it raised
    # 'لـ' written apart is 'to' ('ارتفع لـ 204'), as 'إلى' is
    assert _figures_of("وقال المسؤول إن عدد الضحايا ارتفع لـ 204 غرقى بعد انتشال 33 جثة.", cfg) == [("dead", 204.0)]
    # bodies 'أخرى' (more of them) are an increment in any sentence; 'آخرون' after the injured are the injured
    assert _figures_of("وأوضحت أن فرق البحث عثرت الخميس على أربع جثث أخرى تحت الأنقاض.", cfg) == []
    assert _figures_of("قتل 5 أشخاص وأصيب 20 آخرون في الانهيار.", cfg) == [("dead", 5.0), ("injured", 20.0)]


def test_a_number_glued_to_the_word_after_it_is_read(cfg):
    assert _figures_of("وأعلنت اللجنة ارتفاع عدد القتلى إلى 117شخصًا منذ فض الاعتصام.", cfg) == [("dead", 117.0)]


def test_a_toll_told_of_a_group_is_outdated_once_the_whole_toll_rose_past_it(summarizer):
    # '9 civilians' is the toll an earlier report gave for everyone: once the toll rose to 12, it is outdated
    civilians = "قتل 9 مدنيين على الأقل في القصف على المنتجع السياحي شمال البلاد."
    first = "قتل 9 أشخاص في القصف على المنتجع السياحي شمال البلاد وأصيب آخرون بجروح."
    later = "ارتفع عدد قتلى القصف على المنتجع السياحي شمال البلاد إلى 12 شخصا بحسب مسؤولين محليين."
    result = _story(summarizer, [(first, date(2022, 7, 20)), (civilians, date(2022, 7, 20)),
                                 (later, date(2022, 7, 21))])
    assert "12" in result.summary_ar
    assert "9 مدنيين" not in result.summary_ar and "9 أشخاص" not in result.summary_ar


def test_a_hedge_after_a_token_of_two_words_governs_its_own_clause(cfg):
    # 'مارس/آذار' normalizes to two words: the hedge's clause is found by tokens, not by counting spaces
    # (a real sentence of this shape raised IndexError inside count reading)
    text = ("وجرت الانتخابات في الرابع من مارس/آذار 2018، وقتل فيها 12 شخصا، "
            "وحصلت الحركة على 32.6 في المئة من الأصوات كما تشير التقديرات.")
    assert _figures_of(text, cfg) == [("dead", 12.0)]
    hedged = "ارتفع عدد القتلى في يونيو/حزيران إلى 70 شخصا، وقد يصل عدد القتلى إلى 100 قتيل بحسب التقديرات."
    assert _figures_of(hedged, cfg) == [("dead", 70.0)]


def test_a_count_among_a_kind_is_of_that_kind_however_near_another_kind_word_is(cfg):
    assert _figures_of("وتلقت القنصلية بلاغات من أقارب المصابين حول خمس حالات في عداد المفقودين.", cfg) == \
        [("missing", 5.0)]
    assert _figures_of("قتل 5 أشخاص وأصيب 10 بينما لا يزال 4 في عداد المفقودين.", cfg) == \
        [("dead", 5.0), ("injured", 10.0), ("missing", 4.0)]


def test_a_side_of_one_figures_dispute_still_states_an_outdated_value_of_another(summarizer):
    from summarize.story.figures import outdated_and_latest

    early = "أعلنت السلطات ارتفاع عدد ضحايا الهجوم على قاعة الحفلات إلى 115 قتيلا وأكثر من 100 مصاب."
    later = "أعلنت لجنة التحقيق ارتفاع عدد قتلى الهجوم على قاعة الحفلات إلى 143 قتيلا."
    result = _story(summarizer, [(early, date(2024, 3, 23)), (later, date(2024, 3, 27))])
    key = next((s.doc_id, s.index) for d in result.documents for s in d.sentences if s.text == early)
    injured = Figure("injured", [], 100.0).id
    outdated, _ = outdated_and_latest(result.figures, {injured: frozenset({key})})
    assert key in outdated                      # a side of the injured dispute, but its 115 dead are outdated
    dead = next(f for f in result.figures if f.what == "dead" and f.scope is None)
    outdated, _ = outdated_and_latest(result.figures, {dead.id: frozenset({key})})
    assert key not in outdated                  # a side of a dispute over the dead is no outdated toll


FIRE = "ارتفعت حصيلة ضحايا الحريق في مستشفى المدينة إلى 66 قتيلا بحسب مصدر طبي في المستشفى.\n" \
       "وتواصل فرق الدفاع المدني البحث عن جثث تحت الأنقاض في الطابق العلوي من المبنى."


def test_a_toll_an_undated_article_recalls_as_earlier_is_never_the_latest_even_when_higher(summarizer):
    recalled = ("أعلنت وزارة الصحة أن حصيلة ضحايا الحريق في مستشفى المدينة بلغت 60 قتيلا حتى الآن.\n"
                "وكانت دائرة الصحة في المدينة أعلنت أمس ارتفاع حصيلة ضحايا الحريق إلى 92 قتيلا.")
    result = _story(summarizer, [(FIRE, date(2021, 7, 13)), (recalled, None)])
    [dead] = [f for f in result.figures if f.what == "dead" and f.scope is None]
    assert 92 in [v.value for v in dead.values] and dead.latest == 66


def test_a_count_a_correction_follows_is_the_value_it_corrected_to(summarizer):
    corrected = ("أعلنت وزارة الصحة أن الحريق في مستشفى المدينة أسفر عن وفاة 60 شخصا فقط، مقللة بذلك أرقاما أعلنت أمس.\n"
                 "وقالت الوزارة إن فرق الدفاع المدني أنهت البحث عن الجثث تحت الأنقاض في المبنى.")
    result = _story(summarizer, [(FIRE, date(2021, 7, 13)), (corrected, None)])
    [dead] = [f for f in result.figures if f.what == "dead" and f.scope is None]
    assert (dead.latest, dead.latest_from) == (60, "cue")


def test_survivors_are_counted_and_a_names_number_is_no_count(cfg):
    assert _figures_of("وأشار الوزير إلى أن عدد الناجين وصل إلى 19 شخصا حتى اللحظة.", cfg) == [("rescued", 19.0)]
    assert _figures_of("أعلن المرصد ارتفاع عدد ضحايا “مركب الموت -2” الذي غرق قبالة الساحل إلى 62.", cfg) == \
        [("dead", 62.0)]


def test_the_lower_end_of_a_range_of_ages_is_no_count(cfg):
    assert _figures_of("وأوضح أن الضحايا جلهم من التلاميذ تتراوح أعمارهم بين 11 الى 14 سنة.", cfg) == []
    assert _figures_of("قتل بين 20 إلى 30 شخصا في الانفجار.", cfg) == [("dead", 20.0)]


def test_the_group_a_total_names_is_the_groups_count_however_far_the_number(cfg):
    """'ارتفاع عدد المصريين الذين سقطوا ...، إلى 74': the Egyptians' count, not a smaller (outdated) whole toll."""
    assert _figures_of("أعلنت السلطات المصرية ارتفاع عدد المصريين الذين سقطوا في حادث التدافع بمشعر منى، إلى 74 "
                       "حالة وفاة.", cfg) == [("dead (مصريين)", 74.0)]
    assert ("dead (مصريين)", 126.0) in _figures_of(
        "أعلنت الوزارة ارتفاع حالات الوفيات بين صفوف الحجاج المصريين جراء حادث التدافع من 124 إلى 126 متوفيا.", cfg)
    # (not across a clause joined by 'و': the total there is the story's)
    assert _figures_of("ارتفع عدد القتلى المدنيين في القصف، وقالت الوزارة إن حصيلة الهجوم بلغت 50 قتيلا.", cfg) == \
        [("dead", 50.0)]


def test_vehicles_counted_beside_a_kind_word_are_no_count_of_people(cfg):
    assert _figures_of("وشاركت 70 سيارة إسعاف لنقل المصابين في هذا الحادث.", cfg) == []
    assert _figures_of("وأصيب 70 شخصا في الحادث.", cfg) == [("injured", 70.0)]


def test_a_kind_word_names_no_number_inside_a_relative_clause_after_it(cfg):
    """'حصيلة ضحايا الهجمات التي استهدفت أربعة فنادق': the hotels the attacks hit, not four dead; a total or the
    clause's own 'عددهم' still reaches its number."""
    assert _figures_of("وارتفعت حصيلة ضحايا الهجمات التي استهدفت أربعة فنادق في المدينة إلى 120 قتيلا.", cfg) == \
        [("dead", 120.0)]
    assert _figures_of("وقال المسؤول إن المصابين الذين بلغ عددهم 45 نقلوا إلى المستشفى.", cfg) == [("injured", 45.0)]
    assert ("missing", 30.0) in _figures_of("وتتواصل عملية البحث عن المفقودين الذين يقل عددهم عن 30 شخصا.", cfg)


def test_one_spelled_after_a_noun_counts_that_noun(cfg):
    """'نفذ مهاجم واحد هجمات قتلت 20': one attacker, not one dead; 'مقتل شخص واحد' is one dead."""
    assert _figures_of("ونفذ مهاجم واحد هجمات قتلت 20 شخصا في سوقين.", cfg) == [("dead", 20.0)]
    assert _figures_of("وأسفر الحادث عن مقتل شخص واحد.", cfg) == [("dead", 1.0)]
    assert _figures_of("وقال الطبيب إن فلسطينيين اثنين آخرين أصيبا بالرصاص.", cfg) == [("injured (فلسطينيين)", 2.0)]


def test_areas_weights_and_floors_are_no_count_of_people(cfg):
    """'مساحة ميناء الشهيد ... 2400 هكتار': an area (after a name that holds a kind word), 'عشر طبقات' floors."""
    assert _figures_of("وتبلغ مساحة ميناء الشهيد رجائي حوالي 2400 هكتار.", cfg) == []
    assert _figures_of("وانهارت أجزاء من المبنى المؤلف من عشر طبقات وقتل 5 أشخاص.", cfg) == [("dead", 5.0)]


def test_a_kind_word_in_a_relative_clause_of_a_thing_after_a_count_is_not_its(cfg):
    """'22 مشتبها بصلتهم بالانفجار الذي أسفر عن مقتل ستة': the six died, the 22 are suspects ('القبض على': arrested);
    '120 مهاجرا كانوا داخل العنبر الذي أصيب': no injured; 'الذين قتلوا' may still tell of those counted."""
    assert _figures_of("وألقت الشرطة القبض على 22 مشتبها بصلتهم بالانفجار الذي أسفر عن مقتل ستة أشخاص.", cfg) == \
        [("arrested", 22.0), ("dead", 6.0)]
    assert _figures_of("وأشار إلى أن 120 مهاجرا كانوا داخل العنبر الذي أصيب إصابة مباشرة في الغارة.", cfg) == []
    assert _figures_of("وقال إن 50 شخصا الذين كانوا في السوق قتلوا.", cfg) == [("dead", 50.0)]


def test_one_survivor_is_no_dead(cfg):
    """'77 قتيلا وناج واحد أصيب بجروح': the survivor ('ناج', a kind word of the rescued) is no 78th dead."""
    assert ("dead", 1.0) not in _figures_of("وقالت الوزارة إن الحادث أسفر عن 77 قتيلا وناج واحد أصيب بجروح خطرة.", cfg)


def test_a_count_given_as_one_value_or_another_is_one_count(cfg):
    """'5 أو 6 أشخاص', 'ثمانية أو تسعة عسكريين': one uncertain count (its upper end), as a range is."""
    assert _figures_of("وقتل 5 أو 6 أشخاص في الانفجار.", cfg) == [("dead", 6.0)]
    assert _figures_of("وقال المحافظ إن ثمانية أو تسعة أشخاص قتلوا في الهجوم.", cfg) == [("dead", 9.0)]


def test_a_percentage_written_with_alef_is_no_count(cfg):
    """'حروق منتشرة في 95 في المائة من جسمها': a share of a body, not 95 injured ('في المئة' was known)."""
    assert _figures_of("وأصيبت بحروق منتشرة في 95 في المائة من جسمها.", cfg) == []
    assert _figures_of("وأصيبت بحروق منتشرة في 95 في المئة من جسمها.", cfg) == []


def test_a_kind_word_the_count_before_took_names_no_count_past_the_next_clauses_verb(cfg):
    # the 721 taken to hospital are not dead, nor the 50 who went home injured
    assert _figures_of("21 رجل إطفاء بين القتلى ونقل 721 شخصا إلى المستشفيات.", cfg) == [("dead", 21.0)]
    assert _figures_of("وكانوا من بين 31 جريحا ما زالوا في المستشفى وخرج 50 شخصا.", cfg) == \
        [("injured", 31.0)]
    # ... but a list's next item glued to 'و' still takes it: seven Syrians and two Lebanese held
    assert _figures_of("وقال إن هناك سبعة سوريين موقوفين ولبنانيين اثنين.", cfg) == \
        [("arrested (سوريين)", 7.0), ("arrested (لبنانيين)", 2.0)]


def test_cases_of_something_no_kind_names_are_no_count_of_the_kind_before(cfg):
    # 76 poisoned (also glued: '70حالة'), 18 under observation: not more dead
    assert _figures_of("ارتفع عدد الضحايا إلى ثمانية وفيات و76 حالة تسمم، 20 منها تتلقى العلاج.", cfg) == \
        [("dead", 8.0)]
    assert _figures_of("ووصل عدد الوفيات 12 و70حالة تسمم البعض منها في وضعية حرجة.", cfg) == [("dead", 12.0)]
    assert _figures_of("وأفادت السلطات أن 3 أشخاص لقوا مصرعهم فيما وضع 18 آخرون تحت المراقبة الطبية.", cfg) == \
        [("dead", 3.0)]
    # cases of a kind are still that kind, and so are cases told with no noun of their own
    assert _figures_of("وسجلت 4599 حالة إصابة و528 حالة وفاة.", cfg) == [("injured", 4599.0), ("dead", 528.0)]
    assert _figures_of("وبلغت الوفيات في الميدان 90 حالة بالإضافة إلى 613 مصابا.", cfg) == \
        [("dead", 90.0), ("injured", 613.0)]
    assert _figures_of("وقال إن المصابين يبلغ عددهم 11 حالة في معهد ناصر.", cfg) == [("injured", 11.0)]
    assert _figures_of("وارتفع عدد المصابين لـ43 حالة حتى الآن.", cfg) == [("injured", 43.0)]


def test_what_a_toll_rose_by_is_no_toll_and_a_place_quoted_is_no_group(cfg):
    # 'rose by one victim to 158': one is the rise; 'إيتايون' ends like a plural nisba but names the place
    assert _figures_of('وقالت الحكومة إن حصيلة ضحايا التدافع في "إيتايون" ارتفع بمقدار ضحية واحدة ليصل إلى 158 قتيلا.',
                       cfg) == [("dead", 158.0)]
    assert _figures_of("وارتفع عدد القتلى بزيادة 5 ليصل إلى 40 قتيلا.", cfg) == [("dead", 40.0)]
    # a group named outside quotes still is one
    assert _figures_of("ارتفع عدد المصريين المتوفين إلى 658 على الأقل.", cfg) == [("dead (مصريين)", 658.0)]


def test_a_total_reaches_past_a_verb_of_arriving_and_the_dead_may_be_those_who_died(cfg):
    # 'إلى المشفى' reaches a place, not a count: the victims' number still names the 98
    assert _figures_of("وقال مدير المشفى إن عدد ضحايا المركب الغارق الذين وصلوا إلى المشفى، بلغ 98 شخصاً حتى الآن.",
                       cfg) == [("dead", 98.0)]
    assert _figures_of("ارتفع إلى 100 تعداد الأشخاص الذين ماتوا في حادثة غرق السفينة.", cfg) == [("dead", 100.0)]
    assert _figures_of("وقالت الوزارة إن 38 شخصا توفوا في المدينة ولفظ 13 آخرون أنفاسهم الأخيرة في الطريق.", cfg) == \
        [("dead", 38.0), ("dead", 13.0)]
    # ... but not past another count's own 'إلى'
    assert _figures_of("ارتفع عدد القتلى إلى 50 فيما بلغ 30 عدد المفقودين.", cfg) == [("dead", 50.0), ("missing", 30.0)]


def test_one_more_of_a_toll_is_no_count_but_the_other_one_hurt_is(cfg):
    assert _figures_of("وعثرت فرق الإنقاذ على جثة طفل آخر في المياه قبالة الساحل.", cfg) == []
    assert _figures_of("قتل أربعة أشخاص وأصيب 21 آخرون في الانهيار، ثم أعلن مصرع شخص آخر بعد ذلك.", cfg) == \
        [("dead", 4.0), ("injured", 21.0)]
    assert _figures_of("وأكدت الوزارة هلاك 77 شخصا في هذا الحادث وإصابة شخص آخر بجروح بليغة.", cfg) == \
        [("dead", 77.0), ("injured", 1.0)]
    # what raised the toll, however 'after' is said
    assert _figures_of("ارتفع عدد ضحايا الحادث إلى 72 ضحية عقب العثور على جثة امرأة في المياه.", cfg) == \
        [("dead", 72.0)]
