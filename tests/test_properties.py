"""Segmentation and cleaning on arbitrary Unicode: they never raise and never lose a line."""
from hypothesis import given, settings, strategies as st

from summarize.text.cleaning import clean_document
from summarize.text.documents import Document
from summarize.text.sentences import segment_document, split_sentences

ARABIC_NEWS = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى٠١٢٣٤٥٦٧٨٩ ،؛؟.!:\"«»()|•-/0123456789")
                              + ["\n", "..", "camera icon", "facebook", "مقالات متعلقة", "3084 مشاهدة",
                                 "الجمعة 23/07/2021", "دبليو.", "U.S.", " "])
TEXT = st.one_of(st.text(max_size=300), st.lists(ARABIC_NEWS, max_size=120).map("".join))
PROFILE = settings(max_examples=150, deadline=None)


@PROFILE
@given(TEXT)
def test_split_never_raises_and_keeps_substrings(text):
    line = " ".join(text.split())
    for sentence in split_sentences(line, frozenset(["دبليو", "U.S"]), max_words=20):
        assert sentence and sentence in line


@PROFILE
@given(TEXT)
def test_cleaning_accounts_for_every_non_blank_line(cfg, text):
    doc = Document(id="d", text=text.replace("\r", "\n"))
    clean_document(doc, cfg)
    segment_document(doc, cfg)
    lines = doc.text.split("\n")
    accounted, spans = {}, {}
    for r in doc.removed:
        assert r.reason
        accounted.setdefault(r.line_no, []).append(r.line)
        spans[r.line_no] = r.spans
    for line in doc.lines:
        accounted.setdefault(line.line_no, []).append(line.text)
        spans[line.line_no] = line.spans
    covered = set()
    for n, span in spans.items():      # a hard-wrapped paragraph (layout.py) covers several lines
        physical = lines[n:n + span]
        assert all(raw.strip() for raw in physical) and not covered & set(range(n, n + span))
        covered |= set(range(n, n + span))
        expected = "".join(p.strip() for p in physical).replace(" ", "")
        assert "".join(accounted[n]).replace(" ", "") == expected, (n, physical)
    assert covered == {n for n, raw in enumerate(lines) if raw.strip()}
    flat = " ".join(" ".join(line.text for line in doc.lines).split())
    for sentence in doc.sentences:
        assert " ".join(sentence.text.split()) in flat
