from datetime import date

import pytest

from summarize.dates import find_dates, header_date

SEED_DATES = {
    "000": date(2021, 7, 16),   # "الجمعة ، 16 من تموز": year from the other articles, Friday checks it
    "001": date(2021, 7, 23),   # "الجمعة 23/07/2021 - 03:53"
    "002": date(2021, 2, 24),   # "الأربعاء 24 فبراير 2021 03:34 ص"
    "003": date(2021, 7, 26),   # "PM:12:36:26/07/2021"
    "004": date(2021, 7, 26),   # "date 2021-07 2021/07/26 | 23:55"
}


def test_all_five_seed_dates(seed_result):
    published = {d.id[:3]: d.published for d in seed_result.documents}
    assert published == SEED_DATES


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
    assert header_date(["31/02/2021"], 15) is None               # no such day


def test_year_is_inferred_only_when_weekday_and_story_agree():
    (friday,) = find_dates("الجمعة ، 16 من تموز")
    assert friday.resolve(date(2021, 7, 26), 1) == date(2021, 7, 16)
    assert friday.resolve(None, 1) is None                      # no story to take the year from
    (thursday,) = find_dates("الخميس ، 16 من تموز")              # 16 July 2021 was a Friday
    assert thursday.resolve(date(2021, 7, 26), 1) is None


def test_header_prefers_dateline_over_dates_in_body():
    lines = ["عنوان الخبر", "الأربعاء 24 فبراير 2021 03:34 ص",
             "منذ مقتل سليماني في 3 يناير/ كانون الثاني 2020 تتعرض المنطقة لهجمات كثيرة ومتكررة."]
    assert header_date(lines, 15).resolve(None, 0) == date(2021, 2, 24)
    body_first = [lines[2], lines[1]]
    assert header_date(body_first, 15).resolve(None, 0) == date(2021, 2, 24)


def test_date_line_without_year_in_an_article_alone_stays_unknown(summarizer):
    text = "لقاء مرتقب بين الزعيمين\nالجمعة ، 16 من تموز\nأعلن البيت الأبيض أن الرئيس سيلتقي برئيس الوزراء العراقي في واشنطن."
    result = summarizer([text])
    assert result.documents[0].published is None


def test_metadata_date_wins(summarizer):
    result = summarizer([{"text": "أعلن البيت الأبيض أن الرئيس سيلتقي برئيس الوزراء العراقي في واشنطن الشهر المقبل.",
                          "date": "2021-07-17"}])
    assert result.documents[0].published == date(2021, 7, 17)
