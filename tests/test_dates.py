from datetime import date

import pytest

from summarize.text.dates import date_candidates, find_dates
from summarize.ui.strings import in_language

SEED_DATES = {
    "000": date(2021, 7, 16),   # no date of its own; its lead reports "الجمعة في 16 من تموز": inferred
    "001": date(2021, 7, 23),   # "الجمعة 23/07/2021 - 03:53"
    "002": date(2021, 2, 24),   # "الأربعاء 24 فبراير 2021 03:34 ص"
    "003": date(2021, 7, 26),   # "PM:12:36:26/07/2021"
    "004": date(2021, 7, 26),   # "date 2021-07 2021/07/26 | 23:55"
}


def test_all_five_seed_dates(seed_result):
    published = {d.id[:3]: d.published for d in seed_result.documents}
    assert published == SEED_DATES
    sources = {d.id[:3]: d.published_from for d in seed_result.documents}
    assert sources["000"].startswith("inferred") and sources["002"] == "dateline"


@pytest.mark.parametrize("line, expected", [
    ("الجمعة 23/07/2021 - 03:53 بتوقيت نيويورك", (23, 7, 2021)),
    ("الأربعاء 24 فبراير 2021 03:34 ص", (24, 2, 2021)),
    ("PM:12:36:26/07/2021", (26, 7, 2021)),
    (" date 2021-07 2021/07/26 | 23:55 - المصدر: العربية", (26, 7, 2021)),
    ("في 3 يناير/ كانون الثاني 2020.", (3, 1, 2020)),
    ("السبت ٥ آذار ٢٠٢٢", (5, 3, 2022)),
    ("— President Biden (@POTUS) July 26, 2021", (26, 7, 2021)),
    ("الجمعة ، 16 من تموز", (16, 7, None)),
    ("الأحد 14/مارس/2021 - 09:10 ص", (14, 3, 2021)),           # a month name between separators
    ("20-أبريل-2023", (20, 4, 2023)),
    ("(2 تشرين الأوّل 2023)", (2, 10, 2023)),                    # marks inside a Levantine month
    ("Jun ٢٦, ٢٠١٥ ٢٢:٢٤ UTC", (26, 6, 2015)),                    # an abbreviated month, Arabic-Indic digits
    ("Publié le 6 février 2022 à 12h29", (6, 2, 2022)),          # French
    ("BEIRUT, Sept 18 (NNN-NNA) –", (18, 9, None)),              # an agency dateline without its year
])
def test_date_formats(line, expected):
    (mention,) = find_dates(line)
    assert (mention.day, mention.month, mention.year) == expected


def test_no_date_in_numbers_that_are_not_dates():
    assert find_dates("أسفر عن 36 قتيلا و62 جريحا، بينهم 2500 أميركي") == []
    assert find_dates("نسبة 3.5 في المئة 12:30") == []
    assert find_dates("31/02/2021")[0].resolve(None, 0) is None  # no such day


def test_year_is_inferred_only_when_weekday_and_story_agree():
    (friday,) = find_dates("الجمعة ، 16 من تموز")
    assert friday.resolve(date(2021, 7, 26), 1) == date(2021, 7, 16)
    assert friday.resolve(None, 1) is None                      # no story to take the year from
    (thursday,) = find_dates("الخميس ، 16 من تموز")              # 16 July 2021 was a Friday
    assert thursday.resolve(date(2021, 7, 26), 1) is None


def test_dates_in_sentences_are_events_not_the_publication_date(cfg):
    lines = ["عنوان الخبر", "منذ مقتل سليماني في 3 يناير/ كانون الثاني 2020 تتعرض المنطقة لهجمات كثيرة ومتكررة.",
             "الأربعاء 24 فبراير 2021 03:34 ص"]
    assert [(c.mention.resolve(None, 0), c.evidence) for c in date_candidates(lines, cfg)] == \
        [(date(2021, 2, 24), "dateline")]


def test_a_labelled_date_wins_over_render_and_crawl_stamps(cfg):
    lines = ["الخميس 9 مايو 2024", "2025-02-20@01:09:41 GMT", "عنوان الخبر", "تاريخ ووقت الإضافة:",
             "20/07/2019 [ 04:30 ]", "— President Biden (@POTUS) July 26, 2021"]
    found = [(c.mention.resolve(None, 0), c.evidence) for c in date_candidates(lines, cfg)]
    assert found == [(date(2019, 7, 20), "label"), (date(2025, 2, 20), "dateline"), (date(2024, 5, 9), "page top")]


@pytest.mark.parametrize("lines, furniture, evidence", [
    (["28-06-2022 12:26 PM", "عنوان الخبر في سطر واحد"], (), "dateline"),        # right above the headline
    (["الجمعة 23/07/2021 - 03:53 بتوقيت نيويورك", "عنوان الخبر في سطر واحد"], (), "dateline"),   # a zone: no matter
    (["23 يونيو 2025 08:12", "اسم الموقع", "اسم الموقع", "عنوان الخبر في سطر واحد"], (1, 2), "site stamp"),
    (["23 يونيو 2025 08:12", "اسم الموقع", "اسم الموقع", "عنوان الخبر في سطر واحد"], (1,), "dateline"),
    (["عنوان الخبر في سطر واحد", "اسم الموقع", "اسم الموقع", "23 يونيو 2025 08:12"], (1, 2), "dateline"),
])
def test_a_stamp_in_the_site_header_is_the_sites(lines, furniture, evidence, cfg):
    """Above the headline, a stamp with the masthead and menus (lines the cleaning removed) between them is
    the day the site showed the page; right above the headline, the article's; below it, a dateline."""
    (candidate,) = date_candidates(lines, cfg, frozenset(furniture))
    assert candidate.evidence == evidence


def test_a_site_stamp_counts_only_where_other_pages_agree(summarizer):
    lead = "أعلن محافظ نينوى، اليوم الأربعاء، ارتفاع عدد ضحايا حريق قاعة الأعراس في الحمدانية إلى 113 قتيلا."
    header = "الخميس 18 سبتمبر 2025 09:43 صـ\nالرئيسية\nفيسبوك تويتر يوتيوب\n"           # the site's clock, menus
    page = {"id": "clock", "text": f"{header}العراق.. محافظ نينوى يعلن الحداد لمدة أسبوع\n{lead}"}
    assert _story(summarizer, [page])["clock"] == (None, None)       # alone: no date rather than the site's day
    dated = {"id": "other", "text": f"عنوان آخر للخبر هنا\nالخميس 18 سبتمبر 2025 - 10:00\n{lead} وتابعت."}
    confirmed = _story(summarizer, [page, dated])["clock"]   # confirmed, then the lead's Wednesday wins
    assert confirmed == (date(2025, 9, 17), "inferred from the lead's weekday (site stamp 2025-09-18 is another day)")
    assert "تاريخ يعرضه الموقع" in in_language(confirmed[1], "ar")


@pytest.mark.parametrize("line, expected", [
    ("الثلاثاء 22 نونبر 2022 - 13:28", date(2022, 11, 22)),     # Moroccan
    ("الأحد 4 جويلية 2021", date(2021, 7, 4)),                   # Algerian
    ("تاريخ النشر: 18th, December 2023 GMT", date(2023, 12, 18)),
    ("15 07 2016", date(2016, 7, 15)),
])
def test_month_names_of_every_family(line, expected, cfg):
    (candidate,) = date_candidates(["عنوان", line], cfg)
    assert candidate.mention.resolve(None, 0) == expected


@pytest.mark.parametrize("lines, expected, evidence", [
    (["عنوان الخبر في سطر", "كتب: أحمد علي , وكالات الأحد 14-03-2021 21:34", "نص الخبر."], date(2021, 3, 14),
     "dateline"),                                                   # after a byline
    (["عنوان الخبر في سطر", "٥ فبراير ٢٠٢٢أخرجت فرق الإسعاف الطفل من البئر بعد خمسة أيام من الحفر"],
     date(2022, 2, 5), "dateline"),                                 # glued before the lead
    ([" date 2024-05-20 Shipping was on the move again late on Monday in the canal"], date(2024, 5, 20),
     "archive"),
    (["التحديث الاخير بتاريخ|الثلاثاء, يناير 28, 2025", "انفجار هائل لأجهزة الاتصال في ضاحية بيروت"],
     date(2025, 1, 28), "site updated"),                            # above the headline: the site's stamp
])
def test_where_a_date_stands_says_how_much_it_counts(lines, expected, evidence, cfg):
    (candidate,) = date_candidates(lines, cfg)
    assert (candidate.mention.resolve(None, 0), candidate.evidence) == (expected, evidence)


def test_a_header_listing_dated_items_gives_no_date(cfg):
    lines = ["عيون المقالات", "عودة روسية قوية", "17/09/2025 - بكر صدقي", "لعبة إسرائيل", "10/09/2025 - غازي العريضي",
             "من التهميش إلى الفاشية", "03/09/2025 - كاتب ثالث", "رئيس هيئة القناة: خسائر بمليار دولار"]
    assert date_candidates(lines, cfg) == []


def test_the_address_gives_a_year_but_never_the_date(summarizer):
    body = "انفجرت أجهزة اتصال يحملها عناصر من الحزب في مناطق عدة من البلاد، وأعلنت وزارة الصحة عن سقوط قتلى وجرحى."
    dates = _story(summarizer, [
        {"id": "dateline", "url": "https://example.com/news/2024/09/18/pagers", "text": f"BEIRUT, Sept 18 (NNN) –\n{body}"},
        {"id": "address", "url": "https://example.com/2024/09/18/other", "text": f"عنوان الخبر هنا\n{body} وتابعت."}])
    assert dates["dateline"][0] == date(2024, 9, 18) and "year inferred" in dates["dateline"][1]
    assert dates["address"] == (None, None)


def test_stamps_confirmed_only_by_other_pages(summarizer):
    body = "أعلنت السلطات ارتفاع عدد ضحايا الحريق في المبنى إلى 49 حالة وفاة بحسب وزارة الداخلية."
    alone = _story(summarizer, [{"id": "a", "text": f"التحديث الاخير بتاريخ|الثلاثاء, يناير 28, 2025\nعنوان الخبر هنا\n{body}"},
                                {"id": "b", "text": f"عنوان آخر للخبر\n{body} وتابعت."}])
    assert alone["a"] == (None, None)
    confirmed = _story(summarizer, [
        {"id": "a", "text": f"التحديث الاخير بتاريخ|الثلاثاء, يناير 28, 2025\nعنوان الخبر هنا\n{body}"},
        {"id": "b", "text": f"عنوان آخر للخبر\nالثلاثاء 28 يناير 2025 - 10:00\n{body} وتابعت."}])
    assert confirmed["a"] == (date(2025, 1, 28), "site updated")


def _story(summarizer, pages):
    return {d.id: (d.published, d.published_from) for d in summarizer(pages).documents}


def test_a_render_date_far_from_the_story_is_dropped_not_used(summarizer):
    body = "أعلنت الهيئة الوطنية للانتخابات فوز المرشح بولاية ثانية بعد فرز جميع الأصوات في اللجان."
    pages = [{"id": f"p{n}", "text": f"عنوان الخبر رقم {n}\nالإثنين 18 ديسمبر 2023 - 10:{n}0\n{body}"}
             for n in range(3)]
    pages.append({"id": "render", "text": f"الخميس 9 مايو 2024\nعنوان آخر للخبر\n{body}"})
    pages.append({"id": "late", "text": f"عنوان آخر للخبر\nالأحد 3 مارس 2024 - 09:00\nالإثنين 18 ديسمبر 2023\n{body}"})
    dates = _story(summarizer, pages)
    assert dates["p0"] == (date(2023, 12, 18), "dateline")
    assert dates["render"] == (None, None)
    assert dates["late"][0] == date(2023, 12, 18) and "agrees with the story" in dates["late"][1]


def test_date_line_without_year_in_an_article_alone_stays_unknown(summarizer):
    text = "لقاء مرتقب بين الزعيمين\nالجمعة ، 16 من تموز\nأعلن البيت الأبيض أن الرئيس سيلتقي برئيس الوزراء العراقي في واشنطن."
    result = summarizer([text])
    assert result.documents[0].published is None


def test_metadata_date_wins(summarizer):
    result = summarizer([{"text": "أعلن البيت الأبيض أن الرئيس سيلتقي برئيس الوزراء العراقي في واشنطن الشهر المقبل.",
                          "date": "2021-07-17"}])
    assert result.documents[0].published == date(2021, 7, 17)


def test_a_stamp_on_another_weekday_than_the_lead_says_gives_way(summarizer):
    """The lead says 'اليوم الأحد': the page was written on a Sunday; a Monday stamp is a later one."""
    lead = "أعلنت وزارة الصحة، اليوم الأحد، ارتفاع عدد ضحايا التفجير الذي استهدف الكنيسة إلى تسعة قتلى."
    dates = _story(summarizer, [{"id": "next_day", "text": f"23 يونيو 2025 08:12\nعنوان الخبر هنا في سطر\n{lead}"},
                                {"id": "same_day", "text": f"22 يونيو 2025 21:40\nعنوان آخر للخبر هنا\n{lead} وتابعت."},
                                {"id": "two_days", "text": f"24 يونيو 2025 10:00\nعنوان ثالث للخبر هنا\n{lead} وأضافت."}])
    assert dates["next_day"][0] == date(2025, 6, 22) and dates["next_day"][1].startswith("inferred")
    assert "مستنتج من يوم الأسبوع" in in_language(dates["next_day"][1], "ar")      # the page says it in Arabic
    assert dates["same_day"] == (date(2025, 6, 22), "dateline")
    assert dates["two_days"] == (None, None)


def test_a_year_with_a_time_glued_to_it_is_read():
    [mention] = find_dates("KOOORA 20 يوليو 201910:52")
    assert (mention.year, mention.month, mention.day) == (2019, 7, 20)
    [mention] = find_dates("الرقم 20 يوليو 20191")
    assert mention.year is None                  # five digits are no year


def test_a_day_written_as_an_ordinal_word_is_read_with_its_month_and_year():
    from summarize.text.arabic import normalize
    from summarize.text.dates import spelled_dates

    read = lambda text: [(m.day, m.month, m.year) for m in spelled_dates(normalize(text))]
    assert read("منذ السابع من تشرين الأول/ أكتوبر 2023") == [(7, 10, 2023)]
    assert read("في الحادي والعشرين من شهر مارس") == [(21, 3, None)]
    assert read("في الثاني عشر من يونيو الماضي") == [(12, 6, None)]
    assert read("في اليوم السابع من الحرب") == []
