"""No input can freeze the summarizer (issue 19): linear time on any text shape, bounded work with a
warning when a bound applies, odd characters taken out at reading, unreadable files of a folder left out
by name, and a time budget per request."""
import hashlib
import json
import time

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from summarize import InputError, RequestTimeout, Summarizer
from summarize.text.documents import clean_characters, load_documents

from conftest import EXTRACTIVE_ONLY, SEEDS

ARTICLE = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
LIMITS = {"max_bytes": 2_000_000, "max_documents": 50}


class HashEmbedder:
    """Unit vectors from a hash of each text: linear in the text, so that timing measures our code."""
    name = "hash"

    def encode(self, texts):
        rows = [np.frombuffer(hashlib.sha512(t.encode("utf-8", "surrogatepass")).digest() * 8, dtype=np.uint8)
                for t in texts]
        matrix = np.array(rows, dtype=np.float32).reshape(len(texts), -1) - 127.5
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def _warm(summarizer: Summarizer) -> Summarizer:
    summarizer([{"text": ARTICLE}])           # the solver and word frequencies load once, not inside a timing
    return summarizer


@pytest.fixture(scope="module")
def fast():
    return _warm(Summarizer(EXTRACTIVE_ONLY, embedder=HashEmbedder()))


@pytest.fixture(scope="module")
def uncut():
    """Lines read whole (no input.max_line_chars): a reader quadratic in a line's length shows."""
    return _warm(Summarizer({**EXTRACTIVE_ONLY, "input": {"max_line_chars": 10**7}}, embedder=HashEmbedder()))


# ---- linear time ---------------------------------------------------------------------------------

SIZE = 30_000                  # characters per generated shape
TIMES_NEWS = 10                # any shape within 10 times the time per KB of plain news text, on this machine:
                               # linear paths take 1 to 4 times it; a quadratic one, a hundred times at this size

CLASSES = {
    "digits": "0123456789", "arabic digits": "٠١٢٣٤٥٦٧٨٩٬٫", "arabic letters": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "latin": "abcXYZ", "spaces": " \t", "punctuation": ".،,:;-–—…!?؟", "brackets": "()[]«»\"“”'",
    "controls": "\x01\x0b\x0c\x1f\x7f\u200e\u200f\u202b\u202e\u2066\ue000\ufdd0\ud800",
}


@st.composite
def shapes(draw) -> str:
    kind = draw(st.sampled_from(["run", "short lines", "numbers", "nested", "mixed runs"]))
    if kind == "run":                                  # a long run of one character class, maybe a word after it
        cls = CLASSES[draw(st.sampled_from(sorted(CLASSES)))]
        unit = draw(st.text(alphabet=cls, min_size=1, max_size=4))
        return unit * (SIZE // len(unit)) + draw(st.sampled_from(["", " قتيلا", ".", " 5 قتلى."]))
    if kind == "short lines":                          # many one- or two-token lines
        unit = draw(st.text(alphabet=CLASSES["arabic letters"] + CLASSES["digits"] + "(.", min_size=1, max_size=3))
        return (unit + "\n") * (SIZE // (len(unit) + 1))
    if kind == "numbers":                              # many distinct counts, in lines or in one paragraph
        joiner = draw(st.sampled_from(["\n", " ", "، و"]))
        words = draw(st.sampled_from(["قتل {} شخصا في الهجوم رقم {}.", "{} آلاف و{}", "مقتل {} وإصابة {} آخرين",
                                      "الجمعة {}/07/20{:02d}"]))
        lines, size, k = [], 0, 1
        while size < SIZE:
            line = words.format(k, k % 100)
            lines.append(line)
            size, k = size + len(line) + 1, k + 1
        return joiner.join(lines)
    if kind == "nested":                               # brackets opened deep, maybe never closed
        depth = SIZE // 4
        return "(«[" * depth + " قال الوزير " + draw(st.sampled_from(["", "]»)" * depth]))
    units = draw(st.lists(st.text(alphabet="".join(CLASSES.values()), min_size=1, max_size=3), min_size=2, max_size=5))
    return "".join(u * (SIZE // (len(units) * len(u))) for u in units)


def _ms_per_kb(summarizer: Summarizer, text: str) -> float:
    start = time.process_time()
    try:
        summarizer([{"text": text}, {"text": ARTICLE}])
    except InputError:
        pass                   # a clear message is an answer too; a traceback or a hang is not
    return (time.process_time() - start) * 1000 / (len(text.encode("utf-8", "surrogatepass")) / 1000)


@pytest.fixture(scope="module")
def news_ms_per_kb(uncut) -> float:
    """The time per KB of plain news text of the shapes' size, here and now: the bound follows the machine."""
    news = "\n\n".join([ARTICLE] * (SIZE // len(ARTICLE) + 1))[:SIZE]
    return min(_ms_per_kb(uncut, news) for _ in range(2))


def _counts(n: int) -> str:
    return "\n".join(f"قتل {k} شخصا في الهجوم رقم {k}." for k in range(1, n))


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(shapes())
@example("9" * SIZE + " قتيلا")                                  # the shapes, always tried
@example("مقتل " + "١٬" * (SIZE // 2) + "٢ شخص.")
@example(_counts(SIZE // 30))
@example("ب\n" * (SIZE // 2))
@example("(" * SIZE + "\n" + "«\n" * (SIZE // 10))
@example("\u202b\u202e\u2066" * (SIZE // 3) + ARTICLE)
def test_time_per_kilobyte_stays_linear_on_any_shape(uncut, news_ms_per_kb, text):
    per_kb = _ms_per_kb(uncut, text)
    assert per_kb < TIMES_NEWS * news_ms_per_kb, \
        f"{per_kb:.0f} ms per KB on {text[:40]!r}, {news_ms_per_kb:.1f} on plain news text"


# ---- bounded work, with a warning when a bound applies ---------------------------------------------

def test_caps_apply_with_a_warning(fast):
    counts = "\n".join(f"قتل {k} شخصا في الهجوم رقم {k} في المدينة." for k in range(1, 400))
    crowded = "أعلنت الوزارة مقتل " + " و".join(str(100 + k) for k in range(100)) + " شخصا في المدينة."
    endless = "الحكومة أعلنت اليوم عن خطة جديدة للنقل " * 3000
    result = fast([{"id": "counts", "text": counts}, {"id": "crowded", "text": crowded},
                   {"id": "endless", "text": endless}, {"id": "seed", "text": ARTICLE}])
    warnings = " | ".join(result.warnings)
    assert "article counts has 399 sentences that could be points; only its first 200" in warnings
    assert "state more than 60 numbers" in warnings
    assert "article endless: lines longer than 20,000 characters were read in pieces" in warnings
    counts = next(d for d in result.documents if d.id == "counts")
    assert sum(s.is_point_candidate for s in counts.sentences) == 200


# ---- odd characters ------------------------------------------------------------------------------

def test_odd_characters_are_removed_and_counted():
    text, notes = clean_characters("قال\u202e\u2066 الوزير\ud800 إن\ue000 \ufdd0الحكومة\x01\U0010fffe")
    assert text == "قال الوزير إن الحكومة"
    assert notes == ["1 lone surrogates, 2 bidi controls, 1 private-use characters, 2 non-characters, "
                     "1 control characters removed"]
    assert clean_characters("\u2028line\x0cpage") == ("\nline\npage", [])


def test_a_word_broken_by_a_mark_between_tatweels_is_joined_and_counted():
    """'التفـ.ـجير': a page hides a word from filters; the dot must not end a sentence in mid-word."""
    text, notes = clean_characters("وقع التفـ.ـجير بعد اندلاع حريـ.ـق في الخزان. وقال الدفاع المدني ـ إن")
    assert text == "وقع التفجير بعد اندلاع حريق في الخزان. وقال الدفاع المدني ـ إن"
    assert notes == ["2 words broken by a mark between tatweels joined"]


def test_a_lone_surrogate_in_jsonl_gives_a_warning_not_a_traceback(fast, tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "odd.jsonl").write_text(json.dumps({"id": "odd\ud800", "text": ARTICLE[:300] + "\ud800" + ARTICLE[300:]})
                                     + "\n", encoding="utf-8")
    result = fast([story])
    assert "article odd: 1 lone surrogates removed" in result.warnings
    result.to_json().encode("utf-8")            # everything it says can be written out


def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character(fast, tmp_path):
    import os

    folder = tmp_path / "story"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"ab\xffcd.txt"), "w", encoding="utf-8") as handle:
        handle.write(ARTICLE)
    result = fast([folder])
    assert [d.id for d in result.documents] == ["ab\ufffdcd"]
    result.to_json().encode("utf-8")


# ---- a folder with one bad file ------------------------------------------------------------------

@pytest.mark.parametrize("name, content, reason", [
    ("big.txt", "كلمة " * 500_000, "is larger than 2,000,000 bytes"),
    ("latin1.txt", "caf\xe9".encode("latin-1"), "is not UTF-8 text"),
    ("empty.txt", "", "is empty"),
    ("divs.html", "<html><body>" + "<div>" * 80_000 + "<p>نص.</p>" + "</div>" * 80_000 + "</body></html>",
     "no article text found"),
])
def test_a_bad_file_of_a_folder_is_left_out_by_name(fast, tmp_path, name, content, reason):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "seed.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    result = fast([folder])
    assert [d.id for d in result.documents] == ["seed"] and result.summary_ar
    assert any(str(path) in w and reason in w and "left out" in w for w in result.warnings), result.warnings


def test_a_folder_of_bad_files_only_is_refused_with_each_reason(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="no article of the folder .* could be read: .*empty.txt is empty.*not UTF-8"):
        load_documents([tmp_path], skipped=[], **LIMITS)
    with pytest.raises(InputError, match="not UTF-8"):          # a caller that takes no warnings gets the error
        load_documents([tmp_path], **LIMITS)


# ---- a time budget per request ---------------------------------------------------------------------

def test_a_request_past_its_budget_stops_within_a_second_and_the_next_is_served(fast):
    heavy = "\n".join(f"قتل {k} شخصا في الهجوم رقم {k} في المدينة الكبيرة." for k in range(1, 15_000))
    start = time.process_time()          # (the work done: on a busy machine the wall clock runs on without it)
    with pytest.raises(RequestTimeout, match="longer than 0.5 s.*app.request_timeout_s"):
        fast([{"text": heavy}, {"text": ARTICLE}], timeout_s=0.5)
    assert time.process_time() - start < 0.5 + 1.0        # all of it takes several seconds
    assert fast([{"text": ARTICLE}], timeout_s=60).summary_ar


def test_summarize_many_gives_the_timed_out_story_its_error_and_goes_on(fast):
    heavy = "\n".join(f"قتل {k} شخصا في الهجوم رقم {k}." for k in range(1, 30_000))
    outcomes = fast.summarize_many([[{"text": heavy}], [{"text": ARTICLE}]], timeout_s=3,
                                   timeout_setting="batch.story_timeout_s")   # the seed alone: well under 3 s
    assert isinstance(outcomes[0], RequestTimeout) and "batch.story_timeout_s" in str(outcomes[0])
    assert outcomes[1].summary_ar


def test_batch_writes_an_error_line_for_a_story_past_its_budget_and_goes_on(tmp_path):
    from summarize.many.batch import run_batch

    heavy = "\n".join(f"قتل {k} شخصا في الهجوم رقم {k}." for k in range(1, 30_000))
    source, out = tmp_path / "stories.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps({"id": i, "documents": [text]}, ensure_ascii=False) + "\n"
                              for i, text in (("heavy", heavy), ("seed", ARTICLE))), encoding="utf-8")
    summarizer = _warm(Summarizer({**EXTRACTIVE_ONLY, "batch": {"story_timeout_s": 3}}, embedder=HashEmbedder()))
    report = run_batch(summarizer, source, out, progress=False, translate=False)
    lines = {row["id"]: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert report.written == 2 and report.failed == 1
    assert "batch.story_timeout_s" in lines["heavy"]["error"] and lines["seed"]["summary"]["ar"]
