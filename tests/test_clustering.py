"""Story clustering: a pile of articles -> stories by content and publication date."""
import json
import sys
from datetime import date

import pytest

from conftest import EXTRACTIVE_ONLY, ROOT, SEEDS, seed_id
from summarize.cli import main
from summarize.many.clustering import ClusterStats, cluster_articles, read_articles, tfidf_matrix

OTHER_STORY = ROOT / "tests" / "fixtures" / "other_story"   # the Iraqi heatwave, July 2021


def members(stories):
    return sorted(sorted(d.id for d in s.documents) for s in stories)


def test_seeds_and_another_story_form_three_stories(cfg, embedder):
    stats = ClusterStats()
    stories = cluster_articles([SEEDS, OTHER_STORY], embedder, cfg, stats)
    july = sorted(seed_id(p) for p in ("000", "001", "003", "004"))
    assert members(stories) == sorted([july, [seed_id("002")], ["heat1", "heat2", "heat3"]])
    background = next(s for s in stories if s.documents[0].id == seed_id("002"))
    assert background.id == "story-1" and background.start.isoformat() == "2021-02-24"   # February: its own story
    story = next(s for s in stories if len(s.documents) == 4)
    assert (story.start.isoformat(), story.end.isoformat()) == ("2021-07-16", "2021-07-26")
    assert stats.articles == 8 and stats.stories == 3 and 0 < stats.candidate_pairs <= 28


def test_the_sub_quadratic_candidate_search_finds_the_same_stories(cfg, embedder):
    """Small piles compare every pair of articles sharing terms; big ones on their heavier terms only."""
    from summarize import load_config
    from summarize.many.clustering import _lexical_pairs
    exact = cluster_articles([SEEDS, OTHER_STORY], embedder, cfg)
    sampled = cluster_articles([SEEDS, OTHER_STORY], embedder, load_config(cfg, {"clustering": {"exact_pairs_max": 0}}))
    assert members(sampled) == members(exact)
    matrix = tfidf_matrix([["a", "b"], ["a", "b"], ["c", "d"], ["a", "c"]])
    left, right, cosine = _lexical_pairs(matrix, 0.9)
    assert list(zip(left.tolist(), right.tolist())) == [(0, 1)] and cosine == pytest.approx([1.0])
    # Candidates on heavy terms only, scored on whole rows: the same pairs and cosines, none missed
    whole = _lexical_pairs(matrix, 0.1)
    heavy = _lexical_pairs(matrix, 0.1, min_weight=0.5, candidate_floor=0.2)
    assert [a.tolist() for a in heavy[:2]] == [a.tolist() for a in whole[:2]] == [[0, 0, 1, 2], [1, 3, 3, 3]]
    assert heavy[2] == pytest.approx(whole[2])


class CountingEmbedder:
    """The test embedder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.texts, self.seen = inner, inner.name, 0, []

    def encode(self, texts):
        self.texts += len(texts)
        self.seen.extend(texts)
        return self.inner.encode(texts)


def test_a_pile_in_one_language_embeds_nothing(cfg, embedder):
    """Terms decide among Arabic pages: only a page in another language needs embeddings, with its
    candidate Arabic pages."""
    counting = CountingEmbedder(embedder)
    stories = cluster_articles([SEEDS, OTHER_STORY], counting, cfg)
    assert len(stories) == 3 and counting.texts == 0
    records = ([article(f"flood{i}", t) for i, t in enumerate(FLOOD_AR)] + [article("flood-en", FLOOD_EN)])
    cluster_articles(records, counting, cfg)
    assert counting.texts > 0


def test_a_dated_page_in_another_language_embeds_only_its_date_window(cfg, embedder):
    """The Arabic leads embedded for an English page are those of its days (and undated ones)."""
    counting = CountingEmbedder(embedder)
    records = ([article(f"flood{i}", t, "2024-03-05") for i, t in enumerate(FLOOD_AR)]
               + [article("flood-en", FLOOD_EN, "2024-03-06")]
               + [article(f"market{i}", t, "2023-01-10") for i, t in enumerate(MARKET)])
    stories = cluster_articles(records, counting, cfg)
    assert ["flood-en", "flood0", "flood1"] in members(stories)
    assert any(FLOOD_AR[0][0] in text for text in counting.seen)
    assert not any(title in text for title, _ in MARKET for text in counting.seen)


def test_copy_pairs_count_only_the_n_grams_few_articles_print(cfg):
    """Copies are found by the n-grams they share; an n-gram every article prints is no evidence."""
    from summarize import load_config
    from summarize.many.clustering import _copy_pairs

    phrase = {("قال", "المتحدث", "باسم", "الوزارة", "إن")}
    own = [{(f"w{k}", str(i), "a", "b", "c") for i in range(10)} for k in range(3)]
    grams = [phrase | own[0], phrase | own[0] | {("x", "y", "z", "t", "u")}, phrase | own[1], phrase | own[2]]
    assert _copy_pairs(grams, cfg) == {(0, 1)}
    # The phrase alone is most of two short articles; as a phrase of the trade it does not make them copies
    short = [phrase | {("p", "q", "r", "s", str(k))} for k in range(3)]
    strict = load_config(cfg, {"clustering": {"copy_max_articles": 2}})
    assert _copy_pairs(short, strict) == set()


def test_a_copy_joins_its_original_whatever_its_date(cfg, embedder):
    original = (SEEDS / f"{seed_id('003')}.txt").read_text(encoding="utf-8")
    copy = {"id": "copy", "date": "2021-12-30", "text": "شارك\nفيسبوك\n" + original}
    stats = ClusterStats()
    stories = cluster_articles([SEEDS, OTHER_STORY, copy], embedder, cfg, stats)
    home = next(s for s in stories if any(d.id == "copy" for d in s.documents))
    assert seed_id("003") in {d.id for d in home.documents} and stats.copy_pairs == 1


def test_without_the_copy_rule_the_late_copy_would_stand_alone(cfg, embedder):
    from summarize import load_config

    strict = load_config(cfg, {"redundancy": {"duplicate_containment": 1.01}})   # nothing counts as a copy
    original = (SEEDS / f"{seed_id('003')}.txt").read_text(encoding="utf-8")
    stories = cluster_articles([SEEDS, {"id": "copy", "date": "2021-12-30", "text": original}], embedder, strict)
    assert ["copy"] in members(stories)


def test_every_article_lands_in_exactly_one_story(cfg, embedder):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_corpus import make_corpus

    records = make_corpus(150, seed=3)
    stories = cluster_articles(records, embedder, cfg)
    ids = [d.id for s in stories for d in s.documents]
    assert sorted(ids) == sorted(r["id"] for r in records)
    truth = {r["id"]: r["story"] for r in records}
    pure = sum(len({truth[d.id] for d in s.documents}) == 1 for s in stories)
    assert pure / len(stories) >= 0.95            # the synthetic stories are lexically distinct


def test_tfidf_rows_are_unit_length_and_rare_terms_weigh_more():
    matrix = tfidf_matrix([["بايدن", "العراق"], ["العراق", "الكهرباء"], ["العراق"]])
    norms = (matrix.multiply(matrix).sum(axis=1)).A.ravel()
    assert norms == pytest.approx([1, 1, 1])
    row = matrix[0].toarray().ravel()
    assert row[0] > row[1] > 0                    # بايدن (1 article) outweighs العراق (all 3)


def test_a_pile_infers_a_year_only_where_a_weekday_pins_it(cfg):
    """A pile holds many stories: its median date gives a year only to a date whose weekday checks it."""
    pile = [SEEDS, {"id": "no-weekday", "text": "عنوان الخبر هنا\n20 يوليو\nوقال المتحدث إن المحادثات ستستمر."}]
    docs = {d.id: d for d in read_articles(pile, cfg)}
    assert docs[seed_id("001")].published.isoformat() == "2021-07-23"
    assert docs[seed_id("000")].published.isoformat() == "2021-07-16"   # lead: "الجمعة في 16 من تموز"
    assert docs["no-weekday"].published is None


def test_a_pile_over_years_infers_the_one_year_its_dates_allow_for_a_weekday(cfg):
    """A pile of pages from 2016 to 2025: its median is no page's story, but a lead's weekday and day fall on
    that weekday once in those years (16 July was a Friday in 2021 only) or several times (15 July, a Friday
    in 2016 and 2022: no date)."""
    dated = [{"id": f"dated{n}", "text": f"نشر في {day}\nعنوان خبر قديم عن المعرض\nافتتح المعرض أبوابه للزوار."}
             for n, day in enumerate(("10-01-2016", "12-01-2016", "10-01-2025"))]
    leads = [{"id": f"lead{day}", "text": f"لقاء مرتقب في البيت الأبيض\nوأكد بيان البيت الأبيض، الجمعة في {day} من "
              "تموز، أن الاجتماع سيعقد في وقت لاحق من الشهر."} for day in (16, 15)]
    docs = {d.id: d for d in read_articles(dated + leads, cfg)}
    assert docs["lead16"].published == date(2021, 7, 16)
    assert docs["lead16"].published_from.startswith("inferred")
    assert docs["lead15"].published is None


def test_in_a_pile_over_years_the_undated_seed_joins_its_july_story_not_the_february_call(cfg, embedder):
    """The seed page that prints no date of its own gets its lead's day (Friday 16 July: 2021 among the pile's
    years), which keeps it out of the February phone call between the same two men, in a pile whose dates
    mostly lie years earlier (undated, it joined the call)."""
    old = [{"id": f"old{n}", "text": f"نشر في {n + 1:02d}-01-2016\nمعرض قديم للكتاب رقم {n}\nافتتح معرض الكتاب "
            f"رقم {n} أبوابه للزوار في مدينة الساحل."} for n in range(6)]
    stories = cluster_articles([SEEDS, *old], embedder, cfg)
    july = next(s for s in stories if any(d.id == seed_id("001") for d in s.documents))
    assert sorted(d.id for d in july.documents) == sorted(seed_id(p) for p in ("000", "001", "003", "004"))
    assert july.start == date(2021, 7, 16)


def test_a_pile_drops_the_sites_last_updated_stamp_but_keeps_a_dateline(cfg):
    """Above the headline, 'last updated' is the site's stamp (often the day the page was rendered): a story
    takes it only when its other pages agree, and a pile has no story to agree."""
    body = "انفجرت أجهزة اتصال يحملها عناصر من الحزب في مناطق عدة من البلاد، وأعلنت وزارة الصحة عن سقوط قتلى."
    pile = [{"id": "stamp", "text": f"التحديث الاخير بتاريخ|الثلاثاء, يناير 28, 2025\nانفجار أجهزة الاتصال في بيروت\n{body}"},
            {"id": "dateline", "text": f"انفجار أجهزة الاتصال في بيروت\nالثلاثاء 17 سبتمبر 2024 - 10:00\n{body}"}]
    docs = {d.id: d for d in read_articles(pile, cfg)}
    assert docs["stamp"].published is None
    assert docs["dateline"].published.isoformat() == "2024-09-17"


def test_cli_cluster_writes_stories_that_batch_can_read(tmp_path, capsys):
    out = tmp_path / "clusters.jsonl"
    assert main(["cluster", str(SEEDS), str(OTHER_STORY), "--out", str(out)]) == 0
    assert "8 articles -> 3 stories" in capsys.readouterr().err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["story-1", "story-2", "story-3"]
    assert sum(line["size"] for line in lines) == 8
    assert all(doc["text"] and "id" in doc and "date" in doc for line in lines for doc in line["documents"])


def test_cli_cluster_reads_a_saved_dataset(tmp_path, capsys):
    datasets = pytest.importorskip("datasets")
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(OTHER_STORY.glob("*.txt"))]
    datasets.Dataset.from_list(records).save_to_disk(str(tmp_path / "pile"))
    assert main(["cluster", str(tmp_path / "pile")]) == 0
    stories = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[d["id"] for d in s["documents"]] for s in stories] == [["heat1", "heat2", "heat3"]]


def test_cli_cluster_errors_are_one_line(tmp_path, capsys):
    assert main(["cluster", str(tmp_path / "nothing")]) == 2
    assert capsys.readouterr().err.startswith("error: no such file or directory")


# Two made-up elections, undated: every article opens with the same election wording, then names its
# own candidates and adds details of its own.
ELECTION = ("أعلنت الهيئة الوطنية للانتخابات فوز الرئيس بولاية جديدة في الانتخابات الرئاسية. "
            "وجرت الانتخابات وسط إجراءات أمنية مشددة.\n")
FIRST = ["حصد سالم العبيدي 71 بالمئة متقدما على كريم الدباغ. وشهدت مراكز الاقتراع في الأرياف طوابير طويلة "
         "منذ ساعات الصباح الباكر رغم الأمطار الغزيرة.",
         "قال منير الحلبوسي إن العبيدي تفوق بفارق واسع على الدباغ. وانتشرت قوات الأمن حول مقار اللجان وأغلقت "
         "الطرق المؤدية إلى الساحات العامة تحسبا لأي احتجاجات.",
         "طعن كريم الدباغ في نتائج دوائر عدة أمام المحكمة وهنأ أنصار سالم العبيدي زعيمهم. وأشاد مراقبون "
         "أوروبيون بسير العملية لكنهم انتقدوا غياب التغطية الإعلامية المتوازنة."]
SECOND = ["نال فهد الزعبي 88 بالمئة وخسرت ليلى الشمري. وتراجعت قيمة العملة المحلية خلال أسبوع الاقتراع وسط "
          "قلق المستثمرين من تأخر الإصلاحات الاقتصادية.",
          "أوضح وليد السامرائي أن فهد الزعبي سبق ليلى الشمري في كل المحافظات. وتداول ناشطون مقاطع مصورة "
          "لحافلات تنقل موظفين حكوميين إلى اللجان في العاصمة والمدن الساحلية.",
          "اعترفت ليلى الشمري بهزيمتها واتصلت بفهد الزعبي مهنئة. ووصلت برقيات التهنئة من قادة دول الجوار "
          "والخليج وأفريقيا خلال الساعات التالية لإعلان النتيجة."]


def test_two_elections_of_one_kind_stay_apart_by_average_linkage(cfg, embedder):
    from summarize import load_config

    records = ([{"id": f"first{i}", "text": ELECTION + t} for i, t in enumerate(FIRST)]
               + [{"id": f"second{i}", "text": ELECTION + t} for i, t in enumerate(SECOND)])
    first, second = [f"first{i}" for i in range(3)], [f"second{i}" for i in range(3)]
    assert members(cluster_articles(records, embedder, cfg)) == [first, second]
    # Their centroids alone look alike (the shared election wording adds up): without the average-linkage
    # condition the two stories would join.
    centroids_only = load_config(cfg, {"clustering": {"min_group_lexical": 0.0}})
    assert members(cluster_articles(records, embedder, centroids_only)) == [sorted(first + second)]


# One made-up event, undated, told by two pairs of sites in different words (a blast and burns at a depot;
# a fire and firemen at a fuel site): the pairs share the place and the company's names, little else.
DEPOT_BLAST = ["دوى انفجار ضخم في مستودع زعفرانة قرب بلدة كفرعيلوش وأصاب عشرات العمال بحروق. وهرعت سيارات "
               "الإسعاف إلى المكان ونقلت المصابين إلى المستشفيات القريبة وسط حالة من الذعر.",
               "أسفر انفجار مستودع زعفرانة في كفرعيلوش عن إصابة عشرات العمال بحروق متفاوتة. وقالت مصادر طبية "
               "إن سيارات الإسعاف نقلت المصابين إلى المستشفيات وإن بعضهم في حالة حرجة."]
DEPOT_FIRE = ["اشتعلت النيران في منشأة تخزين الوقود التابعة لشركة زعفرانة بضواحي كفرعيلوش. وأعلن الدفاع المدني "
              "أن رجال الإطفاء سيطروا على الحريق بعد ساعات من العمل المتواصل.",
              "أخمد رجال الإطفاء حريق منشأة الوقود في كفرعيلوش بعد ساعات طويلة. وأوضح الدفاع المدني أن خزانات "
              "شركة زعفرانة تضررت بشدة وأن التحقيق جار لمعرفة أسباب الحريق."]


def test_one_event_told_in_other_words_joins_by_its_names(cfg, embedder):
    from summarize import load_config

    records = ([{"id": f"blast{i}", "text": t} for i, t in enumerate(DEPOT_BLAST)]
               + [{"id": f"fire{i}", "text": t} for i, t in enumerate(DEPOT_FIRE)])
    blast, fire = ["blast0", "blast1"], ["fire0", "fire1"]
    assert members(cluster_articles(records, embedder, cfg)) == [blast + fire]
    # All their words together overlap too little on average for two groups to join; their names do.
    words_only = load_config(cfg, {"clustering": {"min_group_names": 1.0}})
    assert members(cluster_articles(records, embedder, words_only)) == [blast, fire]


# One made-up event told in Arabic and in English (the English page is a translation of the Arabic lead),
# and another made-up event of another kind, so that the English page has a wrong story to choose.
FLOOD_AR = [("سيول تجتاح بلدة وادي الرمان وتقتل 14 شخصا",
             "لقي 14 شخصا حتفهم وفقد 9 آخرون جراء سيول جارفة اجتاحت بلدة وادي الرمان الجبلية فجر الثلاثاء. "
             "وقال محافظ الإقليم سامر القيسي إن فرق الإنقاذ انتشلت الجثث من تحت الوحل وإن البحث متواصل عن المفقودين. "
             "وأضاف أن المياه جرفت عشرات المنازل والسيارات وقطعت الجسر الوحيد الذي يربط البلدة بالطريق الرئيسي."),
            ("ارتفاع حصيلة سيول وادي الرمان إلى 17 قتيلا",
             "ارتفعت حصيلة ضحايا السيول في بلدة وادي الرمان إلى 17 قتيلا بعد العثور على ثلاث جثث جديدة. "
             "وأعلن المحافظ سامر القيسي الحداد ثلاثة أيام في الإقليم وفتح المدارس لإيواء الأسر التي فقدت منازلها. "
             "وما زالت فرق الإنقاذ تبحث عن ستة مفقودين بين الأنقاض والوحل قرب الجسر المنهار.")]
FLOOD_EN = ("Flash floods kill 17 in the mountain town of Wadi al-Rumman",
            "At least 17 people were killed and six are still missing after flash floods swept through the "
            "mountain town of Wadi al-Rumman on Tuesday. Governor Samer al-Qaisi said rescue teams pulled the "
            "bodies from the mud and declared three days of mourning. The water carried away dozens of houses "
            "and cars and cut the only bridge linking the town to the main road.")
MARKET = [("افتتاح سوق جديدة للحرفيين في مدينة النخيل",
           "افتتح رئيس بلدية مدينة النخيل سوقا جديدة للحرفيين تضم 120 متجرا للفخار والنسيج والنحاس. "
           "وقال رئيس البلدية إن السوق ستفتح أبوابها يوميا حتى منتصف الليل طوال موسم الصيف. "
           "وأضاف أن الحرفيين سيدفعون إيجارا رمزيا في السنة الأولى لتشجيع الصناعات التقليدية."),
          ("سوق الحرفيين في النخيل تستقبل آلاف الزوار",
           "استقبلت سوق الحرفيين الجديدة في مدينة النخيل آلاف الزوار في أيامها الأولى. "
           "وعرض الحرفيون أواني الفخار والسجاد والنحاس المطروق وسط إقبال من السياح. "
           "وقالت البلدية إن 120 متجرا في السوق حجزت بالكامل وإن قائمة انتظار فتحت للراغبين.")]


def article(key: str, title_text: tuple[str, str], day: str | None = None) -> dict:
    record = {"id": key, "title": title_text[0], "text": title_text[1]}
    return {**record, "date": day} if day else record


def test_an_english_page_of_an_event_joins_its_arabic_pages(cfg, embedder):
    records = ([article(f"flood{i}", t) for i, t in enumerate(FLOOD_AR)] + [article("flood-en", FLOOD_EN)]
               + [article(f"market{i}", t) for i, t in enumerate(MARKET)])
    stats = ClusterStats()
    stories = cluster_articles(records, embedder, cfg, stats)
    assert members(stories) == [["flood-en", "flood0", "flood1"], ["market0", "market1"]]
    assert stats.other_language_joined == 1
    # Terms alone never reach it: without the multilingual step the English page stands alone.
    from summarize import load_config
    monolingual = load_config(cfg, {"clustering": {"cross_language_min_cosine": 1.01}})
    assert ["flood-en"] in members(cluster_articles(records, embedder, monolingual))


SECOND_FLOOD = [("سيول جديدة تضرب وادي الرمان بعد ثلاثة أسابيع",
                 "ضربت سيول جديدة بلدة وادي الرمان الجبلية ليل الأحد وأغرقت الطريق المؤقت الذي أقيم بدل الجسر المنهار. "
                 "وقال المحافظ سامر القيسي إن السيول لم توقع قتلى هذه المرة لكنها غمرت 40 منزلا وأتلفت المحاصيل. "
                 "وأضاف أن فرق الإنقاذ أجلت مئتي أسرة من الأحياء المنخفضة إلى المدارس."),
                ("إجلاء مئتي أسرة من وادي الرمان بعد السيول الجديدة",
                 "أجلت فرق الإنقاذ مئتي أسرة من الأحياء المنخفضة في بلدة وادي الرمان بعد أن غمرت السيول الجديدة 40 منزلا. "
                 "وطالب المحافظ سامر القيسي الحكومة بتسريع بناء جسر جديد بدل الجسر المنهار. "
                 "وقال سكان إن المياه أتلفت محاصيل القمح والزيتون في الوادي.")]


def test_two_events_of_one_topic_weeks_apart_are_two_events_under_one_topic(cfg, embedder):
    """The same flood town, a flood early in March and another three weeks later: one topic, two events."""
    records = ([article(f"first{i}", t, f"2024-03-0{5 + i}") for i, t in enumerate(FLOOD_AR)]
               + [article(f"second{i}", t, f"2024-03-{27 + i}") for i, t in enumerate(SECOND_FLOOD)]
               + [article("undated", SECOND_FLOOD[1])])
    records[-1]["text"] = records[-1]["text"].split(". ")[0] + "."      # its lead only: alike, not a copy
    stories = cluster_articles(records, embedder, cfg)
    assert len({s.topic.id for s in stories}) == 1 and stories[0].topic.events == 2
    assert members(stories) == [["first0", "first1"], ["second0", "second1", "undated"]]
    assert [s.start.isoformat() for s in stories] == ["2024-03-05", "2024-03-27"]
    # With a wider gap allowed they are one event.
    from summarize import load_config
    wide = load_config(cfg, {"clustering": {"event_gap_days": 30, "event_max_days": 30}})
    assert members(cluster_articles(records, embedder, wide)) == [sorted(r["id"] for r in records)]


def test_an_event_over_the_story_cap_is_bisected_and_nothing_is_lost(cfg):
    """Bisecting k-means on terms: two sub-events of one day, 6 articles, cap 3 -> two events of 3."""
    from summarize import load_config
    from summarize.many.events import split_events

    small = load_config(cfg, {"input": {"max_documents": 3}})
    terms = [["سيل", "جسر", "وادي"], ["سيل", "جسر", "محافظ"], ["سيل", "وادي", "محافظ"],
             ["سوق", "فخار", "نحاس"], ["سوق", "فخار", "بلدية"], ["سوق", "نحاس", "بلدية"]]
    from datetime import date
    events = split_events(list(range(6)), [date(2024, 3, 5)] * 6, tfidf_matrix(terms), small)
    assert sorted(events) == [[0, 1, 2], [3, 4, 5]]
    one_each = split_events(list(range(6)), [date(2024, 3, 5)] * 6, tfidf_matrix(terms),
                            load_config(cfg, {"input": {"max_documents": 1}}))
    assert sorted(one_each) == [[i] for i in range(6)]


def test_cli_cluster_lines_name_their_topic(tmp_path, capsys):
    out = tmp_path / "clusters.jsonl"
    assert main(["cluster", str(SEEDS), str(OTHER_STORY), "--out", str(out)]) == 0
    assert "in 3 topics," in capsys.readouterr().err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all({"id", "start", "end", "size", "documents"} <= set(line) for line in lines)   # the old fields
    topics = {line["topic"]["id"]: line["topic"] for line in lines}
    assert sorted(topics) == ["topic-1", "topic-2", "topic-3"]
    assert sum(t["size"] for t in topics.values()) == 8 and all(t["events"] == 1 for t in topics.values())


def test_batch_summarizes_a_story_over_the_cap_and_names_the_articles_left_out(tmp_path, summarizer):
    from summarize.many.batch import run_batch

    documents = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(OTHER_STORY.glob("*.txt"))]
    stories = tmp_path / "stories.jsonl"
    stories.write_text(json.dumps({"id": "heat", "documents": documents}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    capped = type(summarizer)({**EXTRACTIVE_ONLY, "input": {"max_documents": 2}}, embedder=summarizer.embedder)
    out = tmp_path / "out.jsonl"
    report = run_batch(capped, stories, out, progress=False)
    line = json.loads(out.read_text(encoding="utf-8"))
    assert report.failed == 0 and "error" not in line
    assert line["left_out"] == ["heat3"] and any("heat3" in w for w in line["warnings"])
    assert {d["id"] for d in line["documents"]} == {"heat1", "heat2"}


# Made-up reports of one fire: a page labelled with its date, and one whose only date is a stamp above its
# headline (read alone or in a pile, often the day a page was rendered); beside them an unrelated page stamped
# the same way.
DEPOT_REPORTS = ["نشر في 14-03-2022\nحريق مستودع زعفرانة في كفرعيلوش\n" + DEPOT_FIRE[0],
                 "15-03-2022\nرجال الإطفاء يخمدون حريق مستودع زعفرانة في كفرعيلوش\n" + DEPOT_FIRE[1]]
UNRELATED = ("15-03-2022\nافتتاح معرض الكتاب في مدينة الساحل\nافتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات "
             "دور النشر من عشرين بلدا. ويستمر المعرض عشرة أيام وتقام على هامشه ندوات وأمسيات شعرية.")


def test_a_pile_checks_each_pages_stamps_against_the_story_it_was_put_in(cfg, embedder):
    records = [{"id": f"depot{i}", "text": t} for i, t in enumerate(DEPOT_REPORTS)] + [{"id": "fair", "text": UNRELATED}]
    read = {d.id: d.published for d in read_articles(records, cfg)}
    assert read == {"depot0": date(2022, 3, 14), "depot1": None, "fair": None}
    stories = cluster_articles(records, embedder, cfg)
    assert members(stories) == [["depot0", "depot1"], ["fair"]]
    # the stamp its story's other page confirms is taken; the lone page's stamp has nothing to confirm it
    assert {d.id: d.published for s in stories for d in s.documents} == {
        "depot0": date(2022, 3, 14), "depot1": date(2022, 3, 15), "fair": None}
    assert next(s for s in stories if len(s.documents) == 2).end == date(2022, 3, 15)


def test_dates_given_with_the_articles_stay_when_a_pile_dates_its_stories_again(cfg, embedder):
    records = [{"id": "depot0", "date": "2022-03-13", "text": DEPOT_REPORTS[0]},
               {"id": "depot1", "text": DEPOT_REPORTS[1]}]
    stories = cluster_articles(records, embedder, cfg)
    written = {d.id: (d.published, d.published_from) for s in stories for d in s.documents}
    # the page prints 14 March; the date given with it (13 March) is kept, and confirms the other's stamp
    assert written == {"depot0": (date(2022, 3, 13), "metadata"), "depot1": (date(2022, 3, 15), "page top")}
