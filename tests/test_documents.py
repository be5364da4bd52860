import json

import pytest

from conftest import SEED_IDS, SEEDS
from summarize.text.documents import InputError, load_documents, split_articles

LIMITS = {"max_bytes": 100_000, "max_documents": 50}
ARTICLE = "أعلن البيت الأبيض أن الرئيس الأمريكي سيلتقي برئيس الوزراء العراقي في واشنطن."


def test_directory_of_seeds_gives_one_document_per_file_named_by_stem():
    docs = load_documents([SEEDS], **LIMITS)
    assert [d.id for d in docs] == SEED_IDS
    assert all(d.text and d.origin for d in docs)


def test_txt_with_bom_and_crlf(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffعنوان\r\n".encode("utf-8") + ARTICLE.encode("utf-8") + b"\r\n")
    (doc,) = load_documents([str(path)], **LIMITS)
    assert doc.id == "story"
    assert doc.text.split("\n")[0] == "عنوان"
    assert "\r" not in doc.text and "\ufeff" not in doc.text


def test_html_main_text_and_metadata_by_trafilatura(tmp_path):
    page = f"""<html><head><title>لقاء بايدن والكاظمي</title>
    <meta property="og:url" content="https://www.example-news.com/a/1"></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/x">سياسة</a></nav>
    <article><h1>لقاء بايدن والكاظمي</h1><p>{ARTICLE}</p>
    <p>وقال بايدن إن الولايات المتحدة ستواصل تدريب القوات العراقية ومساعدتها في الحرب على داعش.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = load_documents([path], **LIMITS)
    assert ARTICLE in doc.text
    assert "جميع الحقوق محفوظة" not in doc.text
    assert doc.title == "لقاء بايدن والكاظمي"
    assert doc.source == "example-news.com"


def test_jsonl_and_json_records(tmp_path):
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": ARTICLE, "title": "خبر", "url": "https://www.alarabiya.net/x", "date": "2021-07-26"},
        {"text": ARTICLE + " تكرار."},
    ]) + "\n", encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "mine", "text": ARTICLE}, ensure_ascii=False), encoding="utf-8")
    docs = load_documents([jsonl, single], **LIMITS)
    assert [d.id for d in docs] == ["batch-1", "batch-2", "mine"]
    assert docs[0].source == "alarabiya.net" and docs[0].title == "خبر"
    assert docs[0].published.isoformat() == "2021-07-26"


def test_a_record_names_its_site_and_may_date_itself_as_published():
    """Archives and scrapers name the date 'published' and the site 'source' (the ANT corpus does)."""
    docs = load_documents([{"id": "reuters-1", "text": ARTICLE, "url": "https://example.com/1", "source": "رويترز",
                            "published": "2018-02-18T21:35:43"},
                           {"id": "afp-2", "text": ARTICLE, "url": "https://example.com/2"}], **LIMITS)
    assert docs[0].source == "رويترز" and docs[1].source == "example.com"
    assert docs[0].published.isoformat() == "2018-02-18" and docs[1].published is None
    with pytest.raises(InputError, match="field 'published' must be YYYY-MM-DD"):
        load_documents([{"text": ARTICLE, "published": "yesterday"}], **LIMITS)


def test_strings_dicts_and_dataset():
    from datasets import Dataset

    docs = load_documents([ARTICLE, {"text": ARTICLE, "url": "http://enabbaladi.net/a"}], **LIMITS)
    assert [d.id for d in docs] == ["doc1", "doc2"] and docs[1].source == "enabbaladi.net"
    rows = load_documents(Dataset.from_dict({"text": [ARTICLE, ARTICLE], "title": ["a", "b"]}), **LIMITS)
    assert [d.id for d in rows] == ["row0", "row1"] and rows[1].title == "b"


def test_duplicate_ids_are_made_unique(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.txt").write_text(ARTICLE, encoding="utf-8")
    docs = load_documents([tmp_path / "a", tmp_path / "b"], **LIMITS)
    assert [d.id for d in docs] == ["news", "news-2"]


@pytest.mark.parametrize("make, message", [
    (lambda p: str(p / "missing.txt"), "no such file"),
    (lambda p: (p / "bad.txt").write_bytes(b"\xff\xfe\x00abc") and p / "bad.txt", "not UTF-8"),
    (lambda p: (p / "bad.jsonl").write_text('{"text": "x"}\n{oops\n') and p / "bad.jsonl", "invalid JSON"),
    (lambda p: (p / "notext.json").write_text('{"title": "x"}') and p / "notext.json", "'text'"),
    (lambda p: (p / "big.txt").write_text("ا" * 60_000, encoding="utf-8") and p / "big.txt", "limit"),
    (lambda p: (p / "x.pdf").write_bytes(b"%PDF") and p / "x.pdf", "unsupported file type"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "no article files"),
])
def test_bad_input_is_a_clear_error(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        load_documents([make(tmp_path)], **LIMITS)


def test_empty_and_too_many_inputs_are_refused():
    with pytest.raises(InputError, match="no input documents"):
        load_documents([], **LIMITS)
    with pytest.raises(InputError, match="at most 3"):
        load_documents([ARTICLE] * 4, max_bytes=100_000, max_documents=3)


def test_a_jsonl_file_may_exceed_the_per_article_limit_but_no_record_may(tmp_path):
    pile = tmp_path / "pile.jsonl"
    pile.write_text("".join(json.dumps({"text": "خبر " * 9_000}) + "\n" for _ in range(5)), encoding="utf-8")
    assert pile.stat().st_size > LIMITS["max_bytes"]
    assert len(load_documents([pile], **LIMITS)) == 5
    pile.write_text(json.dumps({"text": "خبر " * 30_000}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pile.jsonl:1 is .* bytes; the limit is 100,000"):
        load_documents([pile], **LIMITS)


def test_a_line_of_dashes_separates_articles_in_a_txt_as_in_the_paste_box(tmp_path):
    """One rule for the CLI and the page: a .txt with lines of --- holds several articles (a .md does not:
    --- is a Markdown rule inside one article)."""
    text = f"{ARTICLE}\n---\n\nمقال ثان عن الزيارة نفسها في واشنطن.\n  -----  \n"
    (tmp_path / "pile.txt").write_text(text, encoding="utf-8")
    (tmp_path / "one.md").write_text(text, encoding="utf-8")
    docs = load_documents([tmp_path / "pile.txt", tmp_path / "one.md"], **LIMITS)
    assert [d.id for d in docs] == ["pile-1", "pile-2", "one"]
    assert docs[0].text == ARTICLE and "---" not in docs[1].text and "---" in docs[2].text
    assert [d.text for d in docs[:2]] == split_articles(text)


def test_an_article_is_known_by_its_site_title_host_or_file_name_before_its_id():
    from summarize.text.documents import Document, known_name

    assert known_name(Document("a1", "x", title="عنوان", source="الجزيرة", url="https://www.aljazeera.net/n")) == \
        "الجزيرة"
    assert known_name(Document("a1", "x", title="عنوان", source="example.com", url="https://example.com/1")) == \
        "عنوان"                                           # a site that is only the URL's host ranks after the title
    assert known_name(Document("reuters-1", "x", source="example.com", url="https://example.com/1")) == "example.com"
    assert known_name(Document("000_f9", "x", origin="/data/000_f9.txt")) == "000_f9.txt"
    assert known_name(Document("rec-2", "x", origin="/data/pile.jsonl")) == "rec-2"   # a file of many: the id


def test_articles_that_share_a_name_are_told_apart(tmp_path):
    from summarize.result import Result

    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": ARTICLE, "url": f"https://example.com/{i}"})
                              for i in ("reuters-1", "afp-2")) + "\n", encoding="utf-8")
    docs = load_documents([path], **LIMITS)
    names = Result(summary_ar="", method="extractive", points=[], documents=docs).article_names()
    assert names == {"reuters-1": "example.com (reuters-1)", "afp-2": "example.com (afp-2)"}


def test_a_scrapers_header_fills_the_articles_fields_and_is_removed_as_such(tmp_path):
    from summarize import load_config
    from summarize.text.cleaning import clean_document

    path = tmp_path / "01.txt"
    path.write_text("URL: https://www.example-news.com/2021/03/14/fire\nDate: 2021-03-14\nTitle: حريق في المدينة\n\n"
                    f"{ARTICLE}\n", encoding="utf-8")
    (doc,) = load_documents([path], **LIMITS)
    assert (doc.url, doc.source, doc.title) == ("https://www.example-news.com/2021/03/14/fire", "example-news.com",
                                                "حريق في المدينة")
    assert (doc.published.isoformat(), doc.published_from) == ("2021-03-14", "file header")
    clean_document(doc, load_config())
    assert [line.text for line in doc.lines] == [ARTICLE]
    assert [r.reason for r in doc.removed] == ["the file's header (the article's address)",
                                               "the file's header (the article's date)",
                                               "the file's header (the article's title)"]


@pytest.mark.parametrize("head", ["URL: صفحة الخبر", "Date: 14 مارس 2021", "Date: 2021-02-30", "الاثنين: يوم حزين"])
def test_a_line_that_only_looks_like_a_header_stays_text(head):
    (doc,) = load_documents([{"text": f"{head}\n{ARTICLE}"}], **LIMITS)
    assert (doc.url, doc.published, doc.header) == (None, None, {})


def test_a_records_own_fields_win_over_its_header():
    (doc,) = load_documents([{"text": f"URL: https://other.example.org/a\nDate: 2020-01-01\n\n{ARTICLE}",
                              "url": "https://www.example-news.com/a", "date": "2021-03-14"}], **LIMITS)
    assert (doc.url, doc.published.isoformat(), doc.source) == ("https://www.example-news.com/a", "2021-03-14",
                                                                "example-news.com")
    assert sorted(doc.header.values()) == ["published", "url"]      # (its lines are still the header, not text)
