from datetime import date

import pytest

from summarize.text.dates import date_candidates, find_dates

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


@pytest.mark.parametrize("line, expected", [
    ("الثلاثاء 22 نونبر 2022 - 13:28", date(2022, 11, 22)),     # Moroccan
    ("الأحد 4 جويلية 2021", date(2021, 7, 4)),                   # Algerian
    ("تاريخ النشر: 18th, December 2023 GMT", date(2023, 12, 18)),
    ("15 07 2016", date(2016, 7, 15)),
])
def test_month_names_of_every_family(line, expected, cfg):
    (candidate,) = date_candidates(["عنوان", line], cfg)
    assert candidate.mention.resolve(None, 0) == expected


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
