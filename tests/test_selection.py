from datetime import date

from summarize.text.documents import Document
from summarize.text.temporal import anchors


def test_summary_is_the_selected_points_within_budget(seed_result, cfg):
    chosen = seed_result.selected_points
    assert len(chosen) >= 2 and cfg.selection.max_points is None     # no cap by default: the budget decides
    assert seed_result.summary_ar == " ".join(p.stated for p in chosen)
    stated = " ".join(p.stated for p in chosen)
    for added in anchors(stated, cfg):                       # the dates added to relative days come on top
        stated = stated.replace(added, "", 1)
    assert len(stated.split()) <= cfg.selection.budget_words
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
    assert len(_words_chosen(short)) <= 40


def _words_chosen(result):
    """The summary's words from the articles (the dates added to relative days are not counted)."""
    return " ".join(p.text for p in result.selected_points).split()


def test_english_only_point_never_enters_the_arabic_summary(summarizer):
    english = "The meeting between the two leaders took place in the Oval Office on Monday afternoon."
    arabic = "واجتمع الرئيس الأمريكي ورئيس الوزراء العراقي في المكتب البيضاوي بعد ظهر يوم الاثنين."
    result = summarizer([Document(id="en", text=english), Document(id="ar", text=arabic)], max_points=5)
    assert result.summary_ar == arabic


def test_exact_solver_beats_greedy_where_greedy_is_short_sighted():
    from summarize.story.selection import _greedy, _milp
    program = _program([["a", "b"], ["c"], ["d"]], {"a": 5.0, "b": 1.0, "c": 3.5, "d": 3.5}, [6.0, 5.0, 5.0])
    assert _greedy(program) == [0]
    assert sorted(_milp(program, 2.0, 2000)) == [1, 2]


def _program(units, weights, lengths, requires=()):
    """A concept program of word concepts named by letters, no prior, no pairs, budget 10, at most 5."""
    import numpy as np
    from summarize.story.selection import WORD, Concept, ConceptProgram
    as_concept = {u: Concept(WORD, u) for u in weights}
    return ConceptProgram(units=[[as_concept[u] for u in us] for us in units],
                          weights={as_concept[u]: w for u, w in weights.items()},
                          lengths=np.array(lengths), prior=np.zeros(len(units)), budget=10, limit=5,
                          pairs=np.zeros((0, 2), dtype=int), requires=list(requires), disputes=[])


def test_a_fact_reported_by_several_sources_is_chosen_over_a_lone_detail(summarizer):
    shared = ["أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى مستويات قياسية.",
              "قالت وزارة الصحة إن عدد المصابين بالحمى في المحافظة الجنوبية بلغ مستويات قياسية هذا الأسبوع.",
              "ذكرت وزارة الصحة أن المصابين بالحمى في المحافظة الجنوبية بلغوا مستويات قياسية غير مسبوقة."]
    lone = "وافتتح المحافظ صباح اليوم معرضا للكتاب في قاعة المدينة الكبرى بحضور عدد من الأدباء والفنانين."
    docs = [Document(id=f"s{n}", text=f"{lone if n == 0 else ''}\n{text}") for n, text in enumerate(shared)]
    result = summarizer(docs, budget_words=16, max_points=1)
    assert "الحمى" in result.summary_ar and "معرضا" not in result.summary_ar


def test_rare_words_and_numbers_weigh_more_than_common_ones(cfg):
    from summarize import load_config
    from summarize.story.selection import BIGRAM, NUMBER, Concept, concept_weights
    from summarize.text.sentences import segment_document
    from summarize.text.cleaning import clean_document

    text = "قال الرئيس الجديد إن عبد المنعم الغيثي زار درنة مع 450 مسعفا في الصباح الباكر."
    docs = [Document(id=n, text=text) for n in "ab"]
    for doc in docs:
        clean_document(doc, cfg)
        segment_document(doc, cfg)
    flat = concept_weights(docs, load_config(cfg, {"selection": {"rarity_weight": 0.0}}))
    rare = concept_weights(docs, cfg)
    name, common = Concept(BIGRAM, "منعم غيثي"), Concept(BIGRAM, "رييس جديد")
    assert flat[name] == flat[common]          # stated alike: same weight without rarity
    assert rare[name] > rare[common] and rare[Concept(NUMBER, "450")] > rare[common]


def test_concepts_are_stemmed_bigrams_words_and_numbers():
    from summarize.story.selection import BIGRAM, NUMBER, WORD, Concept, concepts
    units = concepts("وأعلنت الوزارة مقتل 150 شخصا")
    assert {Concept(NUMBER, "150"), Concept(WORD, "وزاره"), Concept(BIGRAM, "وزاره مقتل")} <= units
    assert concepts("والوزارة") == concepts("الوزارة") == {Concept(WORD, "وزاره")}


LEAD = "أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى مستويات قياسية هذا الأسبوع."
LEANING = ["موضحا أن الحمى انتشرت في المحافظة الجنوبية بسرعة كبيرة بين المصابين هذا الأسبوع.",
           "وأصيب هؤلاء المرضى بالحمى في المحافظة الجنوبية بعد انتشار العدوى بين المصابين.",
           "وأضاف: \"الحمى في المحافظة الجنوبية تنتشر بين المصابين بسرعة كبيرة هذا الأسبوع\".",
           "ونريد أن تبقى المحافظة الجنوبية آمنة من الحمى بين المصابين هذا الأسبوع\"."]
CUT = "وقال الوزير إن الحمى في المحافظة الجنوبية \"تنتشر بين الأطفال والمسنين بسرعة…"


def test_a_sentence_that_leans_on_the_previous_one_never_stands_alone(summarizer):
    docs = [Document(id=f"s{n}", text=f"{LEAD}\n{text}") for n, text in enumerate([*LEANING, CUT])]
    result = summarizer(docs, budget_words=100)
    assert result.summary_ar.startswith(LEAD) and CUT not in result.summary_ar   # a cut quote: never
    stated = [p.text for p in result.selected_points]
    for n, text in enumerate(LEANING):
        if text in stated:   # only right after the sentence it leans on, its own article's lead
            k = stated.index(text)
            assert k > 0 and stated[k - 1] == LEAD and result.selected_points[k - 1].text == LEAD
            assert any(s.doc_id == f"s{n}" and s.text == LEAD for s in result.selected_points[k - 1].sentences)
    # With room for one sentence only, the summary is the lead, never a sentence that leans on it.
    tight = summarizer(docs, budget_words=len(LEAD.split()))
    assert tight.summary_ar == LEAD


def test_an_ellipsis_ends_a_sentence_when_its_paragraph_goes_on_and_cuts_one_that_ends_it(summarizer, cfg):
    from summarize.story.selection import _leaning_sentences
    styled = ("أعلنت وزارة الصحة ارتفاع عدد القتلى في المحافظة الجنوبية إلى 292 شخصا… "
              "ويعد الهجوم الأكثر دموية منذ سنوات.")
    docs = summarizer([Document(id="a", text=f"{LEAD}\n{styled}"), Document(id="b", text=f"{LEAD}\n{CUT}")]).documents
    leaning = _leaning_sentences(docs, cfg)
    [ellipsis] = [s for s in docs[0].sentences if s.text.endswith("…")]
    assert ellipsis.key not in leaning                     # the paragraph goes on: a sentence of its own
    [cut] = [s for s in docs[1].sentences if s.text.endswith("…")]
    assert leaning.get(cut.key, "absent") is None          # the quote ends its paragraph cut: never


def test_an_unnamed_speaker_leans_on_the_sentence_before_however_the_hamza_is_written(summarizer, cfg):
    from summarize.story.selection import _leaning_sentences
    spellings = ["وأضافت أن الحمى انتشرت في المحافظة الجنوبية بين المصابين هذا الأسبوع.",
                 "واضافت ان الحمى انتشرت في المحافظة الجنوبية بين المصابين هذا الأسبوع.",   # no hamza
                 "اضاف: \"الحمى انتشرت في المحافظة الجنوبية بين المصابين هذا الأسبوع\"."]
    named = "وأضاف الوزير أن الحمى انتشرت في المحافظة الجنوبية بين المصابين هذا الأسبوع."
    docs = summarizer([Document(id=f"d{n}", text=f"{LEAD}\n{t}") for n, t in enumerate([*spellings, named])]).documents
    leaning = _leaning_sentences(docs, cfg)
    for doc in docs:
        lead, second = [s for s in doc.sentences if s.is_point_candidate]
        expected = None if doc.id == "d3" else (doc.id, lead.index)       # a named speaker stands alone
        assert leaning.get((doc.id, second.index)) == expected, second.text


def test_a_leaning_sentence_can_follow_the_sentence_it_leans_on(summarizer):
    quote = ("وأضافت: \"ارتفع عدد الوفيات بين المدنيين في المحافظة الجنوبية إلى 850 حالة، "
             "و3 آلاف و394 إصابة منذ بداية العدوى\".")
    statement = "وقالت نقابة الأطباء في بيان إن العدوى في المحافظة الجنوبية أدت إلى سقوط مزيد من الضحايا."
    docs = [Document(id="a", text=f"{LEAD}\n{statement}\n{quote}"),
            Document(id="b", text=f"{LEAD}\nوأغلقت السلطات المدارس في ثلاث مدن كبرى لمنع انتشار العدوى.")]
    result = summarizer(docs, budget_words=200)
    stated = [p.text for p in result.selected_points]
    assert quote in stated and stated[stated.index(quote) - 1] == statement


def test_a_leaning_sentence_follows_its_own_article_s_copy_of_a_sentence_two_sources_print_alike(summarizer):
    """The sentence leaned on is found as chosen, not by its point's text, which another source prints too."""
    quote = ("وأضافت: \"ارتفع عدد الوفيات بين المدنيين في المحافظة الجنوبية إلى 850 حالة، "
             "و3 آلاف و394 إصابة منذ بداية العدوى\".")
    statement = "وقالت نقابة الأطباء في بيان إن العدوى في المحافظة الجنوبية أدت إلى سقوط مزيد من الضحايا."
    docs = [Document(id="a", text=f"{LEAD}\n{statement}"), Document(id="b", text=f"{LEAD}\n{statement}\n{quote}")]
    result = summarizer(docs, budget_words=200)
    stated = [p.text for p in result.selected_points]
    assert quote in stated and stated[stated.index(quote) - 1] == statement


def test_a_longer_budget_gets_a_longer_summary(summarizer):
    from conftest import SEEDS
    short, long = summarizer([SEEDS], budget_words=60), summarizer([SEEDS], budget_words=250)
    assert len(_words_chosen(short)) <= 60 < len(_words_chosen(long)) <= 250
    assert len(long.selected_points) > 6          # more points than the old fixed cap when the budget asks for them


def test_a_point_is_stated_by_whichever_of_its_sentences_fits_best(summarizer):
    verbose = ("أعلنت وزارة الصحة في بيان مطول نشرته مساء اليوم على موقعها الرسمي وصفحاتها على مواقع التواصل "
               "الاجتماعي أن الحمى انتشرت في المحافظة الجنوبية وأصابت 450 شخصا خلال أسبوع واحد.")
    concise = "قالت وزارة الصحة إن الحمى أصابت 450 شخصا في المحافظة الجنوبية خلال أسبوع."
    schools = "أغلقت السلطات المدارس في ثلاث مدن كبرى لمنع انتشار العدوى بين الأطفال الصغار والمسنين."
    docs = [Document(id="a", text=f"{verbose}\nو{schools}"), Document(id="b", text=f"{schools}\n{concise}")]
    result = summarizer(docs, budget_words=len(concise.split()))
    fever = next(p for p in result.points if "الحمى" in p.text)
    assert {s.text for s in fever.sentences} == {verbose, concise}      # one point, told two ways
    # The article that reports it first does so at length (too long for the budget); the other's
    # shorter sentence states the point in the summary.
    assert fever.selected and fever.text == concise and result.summary_ar == concise


def test_both_solvers_take_a_leaning_sentence_only_with_the_one_it_needs():
    from summarize.story.selection import _greedy, _milp
    units = [["a"], ["b", "c"], ["d"]]            # sentence 1 is the richest, but it leans on sentence 0
    weights = {"a": 1.0, "b": 5.0, "c": 5.0, "d": 3.0}
    assert sorted(_milp(_program(units, weights, [5.0, 5.0, 5.0]), 2.0, 2000)) == [1, 2]
    for requires in ([(1, 0)], [(1, None)]):     # needs sentence 0; needs a sentence outside the pool
        program = _program(units, weights, [5.0, 5.0, 5.0], requires)
        bound, greedy = sorted(_milp(program, 2.0, 2000)), sorted(_greedy(program))
        assert bound == ([0, 1] if requires[0][1] == 0 else [0, 2])
        assert 1 not in greedy or 0 in greedy           # greedy: short-sighted, but never the lone sentence 1
    assert sorted(_greedy(_program(units, weights, [5.0, 5.0, 5.0], [(1, None)]))) == [0, 2]


def test_recency_follows_the_spread_of_a_story_over_months():
    """A week-long half-life would silence every report of a topic followed for half a year; the decay
    stretches to the story's own spacing of dates, and stays a week for an event reported over days."""
    from datetime import timedelta

    from summarize.story.selection import _recency

    def story(days_apart):
        start = date(2024, 1, 1)
        return [Document(id=f"d{k}", text="x", published=start + timedelta(days=days_apart * k)) for k in range(4)]

    spread = _recency(story(60), half_life=7)
    assert spread["d3"] == 1.0 and spread["d0"] > 0.1         # 180 days before the newest: 1/8, not 1e-8
    assert spread["d0"] < spread["d1"] < spread["d2"] < 1.0   # still the newest first
    tight = _recency(story(1), half_life=7)
    assert abs(tight["d0"] - 0.5 ** (3 / 7)) < 1e-9


def test_a_trailing_adjunct_can_be_left_out(cfg):
    from summarize.story.selection import trimmed_head
    said = "أكد رئيس الحكومة أسامة حماد أن الوضع في مدينة درنة «كارثي»"
    assert trimmed_head(f"{said}، منوهًا إلى أن عدد الضحايا تجاوز الألفين.", cfg) == f"{said}."
    assert trimmed_head(f"{said}، وذلك بعد انهيار سدين.", cfg) == f"{said}."
    assert trimmed_head(f"{said}، وأن عدد الضحايا تجاوز الألفين.", cfg) is None          # not an adjunct
    assert trimmed_head("قال الوزير، مؤكدا أن عدد الضحايا تجاوز الألفين في المدينة.", cfg) is None  # head too short
    assert trimmed_head("وقال رئيس الحكومة في بيان: «إن الوضع في المدينة صعب جدا، مؤكدا أن الضحايا كثر».",
                        cfg) is None                                                     # the quote would be cut


def test_a_sentence_too_long_for_the_budget_is_stated_without_its_adjunct(summarizer):
    head = "أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى 450 مصابا هذا الأسبوع"
    full = f"{head}، مشيرة إلى أن فرقها الطبية تعمل على مدار الساعة في المستشفيات الحكومية والخاصة."
    docs = [Document(id="a", text=full), Document(id="b", text=full.replace("أعلنت", "وأعلنت"))]
    result = summarizer(docs, budget_words=len(head.split()) + 2)
    [point] = result.selected_points
    assert result.summary_ar == f"{head}." and point.text in (full, full.replace("أعلنت", "وأعلنت"))
    roomy = summarizer(docs, budget_words=60)
    assert roomy.summary_ar in (full, full.replace("أعلنت", "وأعلنت"))      # room for the detail: stated whole


def test_a_run_on_sentence_cut_at_a_comma_is_stated_with_a_period(summarizer):
    clause = "أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى 450 مصابا خلال أسبوع واحد"
    other = "وأغلقت السلطات المدارس في ثلاث مدن كبرى لمنع انتشار العدوى بين الأطفال الصغار والمسنين"
    run_on = "، ".join([clause] * 3 + [other] * 3) + "."           # longer than sentences.max_words
    assert len(run_on.split()) > summarizer.config.sentences.max_words
    result = summarizer([Document(id="a", text=run_on)], budget_words=60)
    assert result.selected_points and all(p.stated.endswith(".") for p in result.selected_points)
    assert any(p.text.endswith("،") for p in result.selected_points)        # the source words keep their comma


def test_a_figure_is_not_stated_twice(summarizer):
    """Two sentences of one article give the same toll in other words: with room for both, one goes in."""
    first = "أعلنت وزارة الصحة ارتفاع حصيلة ضحايا الحمى في المحافظة الجنوبية إلى 1301 حالة وفاة منذ بداية الشهر."
    again = "وقال الوزير في مؤتمر صحفي إن الحمى أودت بحياة 1301 شخص في المحافظة الجنوبية حتى الآن."
    schools = "وأغلقت السلطات المدارس في ثلاث مدن كبرى لمنع انتشار العدوى بين الأطفال الصغار والمسنين."
    result = summarizer([Document(id="a", text=f"{first}\n{schools}\n{again}")], budget_words=200)
    stated = " ".join(p.stated for p in result.selected_points)
    assert stated.count("1301") == 1 and "المدارس" in stated
    # ... nor when one of them spells the number in words ('ألف و301'), far from the word for deaths
    spelled = "وأعلنت الوزارة ارتفاع حصيلة ضحايا الحمى في المحافظة الجنوبية منذ بداية الشهر إلى ألف و301 شخص."
    result = summarizer([Document(id="a", text=f"{spelled}\n{schools}\n{again}")], budget_words=200)
    stated = " ".join(p.stated for p in result.selected_points)
    assert ("ألف و301" in stated) + ("1301" in stated) == 1 and "المدارس" in stated


def test_a_head_that_only_reports_speaking_keeps_what_was_said(cfg):
    from summarize.story.selection import trimmed_head
    bare = "علقت وزارة الخارجية الفرنسية في بيان اليوم على افتتاح المتحف الجديد في المدينة"
    assert trimmed_head(f"{bare}، مؤكدة أنه ثمرة التعاون بين البلدين.", cfg) is None
    said = "قالت وزارة الخارجية الفرنسية في بيان اليوم إن المتحف الجديد ثمرة التعاون بين البلدين"
    assert trimmed_head(f"{said}، مؤكدة أنه مشروع رمزي.", cfg) == f"{said}."


def test_a_sentence_that_only_names_a_speaker_or_goes_on_with_what_another_said_does_not_stand_alone(summarizer, cfg):
    from summarize.story.selection import _leaning_sentences
    speaker = "وقال المتحدث باسم الحكومة، ليجيسي تولو."
    went_on = "فإن عدد المصابين بالحمى في المحافظة الجنوبية ارتفع إلى مستويات قياسية هذا الأسبوع."
    named = "وقال الوزير إن الحمى انتشرت في المحافظة الجنوبية بين المصابين هذا الأسبوع."
    done = "وعلقت الوزارة الدراسة في مدارس المحافظة الجنوبية بسبب انتشار الحمى هذا الأسبوع."
    docs = summarizer([Document(id=f"d{n}", text=f"{LEAD}\n{t}")
                       for n, t in enumerate([speaker, went_on, named, done])]).documents
    leaning = _leaning_sentences(docs, cfg)
    second = {doc.id: [s for s in doc.sentences if s.is_point_candidate] for doc in docs}
    assert leaning[("d0", second["d0"][1].index)] is None                     # never: nothing was said
    assert leaning[("d1", second["d1"][1].index)] == ("d1", second["d1"][0].index)   # only after its lead
    assert ("d2", second["d2"][1].index) not in leaning and ("d3", second["d3"][1].index) not in leaning



def test_a_speaker_named_as_one_named_before_leans_on_the_sentence_before(summarizer, cfg):
    from summarize.story.selection import _leaning_sentences
    given = "وقالت المنظمة الحقوقية إن عدد المصابين بالحمى في المحافظة الجنوبية ارتفع هذا الأسبوع."
    named = "وقال المتحدث باسم المنظمة إن عدد المصابين بالحمى في المحافظة الجنوبية ارتفع هذا الأسبوع."
    docs = summarizer([Document(id=f"d{n}", text=f"{LEAD}\n{t}") for n, t in enumerate([given, named])]).documents
    leaning = _leaning_sentences(docs, cfg)
    second = {doc.id: [s for s in doc.sentences if s.is_point_candidate] for doc in docs}
    assert leaning[("d0", second["d0"][1].index)] == ("d0", second["d0"][0].index)   # 'the rights group': given
    assert ("d1", second["d1"][1].index) not in leaning                                # 'the spokesman of ...': named
