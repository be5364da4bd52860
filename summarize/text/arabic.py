"""Arabic text normalization for matching.

Normalized text is only ever compared, never shown: every output keeps the
original characters. Normalization folds the spelling variants that scraped
news mixes freely (hamza forms on alef, ta marbuta, alef maqsura, tatweel,
diacritics, Persian yeh/kaf/gaf, Arabic-Indic digits).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pyarabic.araby as araby

_DIGIT_MAP = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
ASCII_DIGITS = str.maketrans(_DIGIT_MAP)                    # Arabic-Indic and Persian digits -> 0-9
ASCII_NUMBERS = str.maketrans({**_DIGIT_MAP, "٫": ".", "٬": ","})   # ... and the Arabic decimal/thousands marks
# One table folds hamza carriers, letter variants and Arabic-Indic digits (one pass over the text).
_FOLD = str.maketrans({**dict.fromkeys("أإآٱ", "ا"),
                       "ى": "ي", "ی": "ي", "ک": "ك", "گ": "ك", "ة": "ه", "ۀ": "ه", "ؤ": "و", "ئ": "ي", **_DIGIT_MAP})
# pyarabic's diacritics (harakat, shadda, small alef, Quranic marks) and tatweel, removed in one regex pass
# (araby.strip_diacritics does one str.replace per mark).
_MARKS = re.compile("[" + re.escape("".join(araby.DIACRITICS) + araby.TATWEEL) + "]")
_WORD = re.compile(r"[\w]+", re.UNICODE)
# A thousands separator between digit groups ('2,500', '٢٬٥٠٠'): '2,500' and '2500' are one number.
_THOUSANDS = re.compile(r"(?<=\d)[,٬](?=\d{3}(?!\d))")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Proclitics stripped by the light stemmer: conjunctions, prepositions, article.
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
STOPWORDS = frozenset(
    "في من على الى عن مع ان او ثم قد لا ما لم لن هذا هذه ذلك تلك التي الذي الذين كان كانت "
    "هو هي هم بين بعد قبل حتى عند كل اي غير الا اذا كما وقد وفي ومن وان وهو وهي انه انها "
    "the a an of to in on for and or is are was were be by with at from as that this it".split()
)


def normalize(text: str) -> str:
    """Fold Arabic spelling variants and case; keep letters, digits and spaces ('2,500' is read 2500)."""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text)
    text = _THOUSANDS.sub("", text.translate(_FOLD).lower())
    return " ".join(_WORD.findall(text)).replace("_", " ")


# STOPWORDS as `normalize` writes them, for matching normalized words ('على' and 'حتى' are 'علي' and 'حتي' once normalized;
# the other users match STOPWORDS as written, where 'علي' is also the name Ali)
STOPWORDS_NORMALIZED = frozenset(normalize(w) for w in STOPWORDS)


def strip_marks(text: str) -> str:
    """`text` without diacritics and tatweel, letters as written (no folding: 'على' stays apart from 'علي')."""
    return _MARKS.sub("", text)


def words(text: str) -> list[str]:
    """Normalized word tokens."""
    return normalize(text).split()


@lru_cache(maxsize=1 << 18)   # news vocabularies are Zipfian: most calls repeat a few thousand words
def light_stem(word: str) -> str:
    """Strip one proclitic group when at least three letters remain."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def content_terms(text: str) -> set[str]:
    """Stemmed normalized words without stopwords: the unit of lexical overlap."""
    return {light_stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1}


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among Arabic and Latin letters (0 when there are none)."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return arabic / (arabic + latin) if arabic + latin else 0.0


def language(text: str) -> str:
    """'ar', 'en' (any Latin-script text) or 'other' for a sentence."""
    ratio = arabic_ratio(text)
    if ratio >= 0.5:
        return "ar"
    if _LATIN_LETTER.search(text):
        return "en"
    return "other"


PUNCTUATION = "()[]«»\"“”'،,.:;؛!?؟-–—…"
QUOTES = "\"«»“”"


@lru_cache(maxsize=1 << 18)
def zipf(word: str) -> float:
    """How common a written word is in Arabic (Zipf scale: 7 for 'في', 3 for a rare name), from wordfreq."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "ar")


def rarity(zipf: float, common: float, rare: float, floor: float) -> float:
    """A word's weight from how common it is in Arabic: 1 below the `rare` Zipf frequency, `floor` above
    the `common` one, linear between. 'البيت الأبيض' and 'الولايات المتحدة' weigh little, 'الكاظمي' much."""
    return float(min(1.0, max(floor, (common - zipf) / (common - rare))))


# The letters a foreign 'g' is written with: 'ج' in Egypt, 'غ' in the Levant and the Maghreb, 'ك' after the
# Persian 'گ' ('ننجرهار', 'ننغرهار', 'ننكرهار'; 'هامبورج', 'هامبورغ').
G_LETTERS = frozenset("جغك")


def spelled_alike(a: str, b: str) -> bool:
    """One word, or two spellings of a long one: one letter added, dropped, changed or two swapped ('امريك',
    'اميرك'; 'اماتريتشه', 'اماتريتشي': optimal string alignment distance, Damerau 1964), a foreign 'g' written
    with any of `G_LETTERS` costing nothing ('ننجارهار', 'ننكرهار'); words under five letters must match ('حماس',
    'حماه'; the article not counted: 'السبت', 'التبت'), but for a long vowel written inside a four-letter one ('ترمب',
    'ترامب')."""
    if a == b:
        return True
    if a.startswith("ال") and b.startswith("ال"):    # the article is no letter of the name ('السبت', 'التبت')
        a, b = a[2:], b[2:]
    short, long = sorted((a, b), key=len)
    if len(short) == 4 and len(long) == 5 and any(long[k] in "اوي" and long[:k] + long[k + 1:] == short
                                                  for k in range(1, 4)):
        return True                 # a name's long vowel written or not, inside it ('ترمب', 'ترامب')
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            changed = a[i - 1] != b[j - 1] and not {a[i - 1], b[j - 1]} <= G_LETTERS
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + changed)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1] <= 1
