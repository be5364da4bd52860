"""One reader of the numbers news text writes: digits ('2500', '2,500', '1.88', '٢٥٠٠'; a decimal comma
'1,28 مليون' and a dot between thousands '12.400 شخص', as European-style pages write them), words ('ثلاثة',
'ألفين') and compounds ('3 آلاف و394', 'ألف و301', '40 ألفا').

Follows the numeral rules of Duckling (facebook/duckling, `Numeral/AR`): a number is read left to right
from its first token, a multiplier word scales what came before it ('40 ألفا' is 40 x 1000), and 'و'
joins the parts of one compound ('3 آلاف و394' is 3394), so every part is read once. As in the
classification step of text normalization (Sproat et al. 2001, "Normalization of non-standard words"),
a number is also told apart from what is not a count: a year (`numbers.years` of the config), a date, a
percentage, a price or a measure (`figures.not_counts`). The counts that can tie two reports together
are the "distinctive" ones, `numbers.distinctive_from` and more.

Linear in the text: each token is looked at a bounded number of times, a token of more than
`numbers.max_digits` digits is no number (a run of 300,000 digits is not read as one), and a sentence's
numbers after its first `input.max_numbers_per_sentence` are not read (`too_many` says when).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from ..config import Config
from .arabic import ASCII_NUMBERS, PUNCTUATION, light_stem, normalize, words

_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")            # '1,28 مليون', '7,8 درجة': a decimal comma
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")     # '12.400 شخص': a dot between thousands
_TOKEN = re.compile(r"\S+")
_TO = {normalize("إلى"), normalize("حتى")}            # ('الى' reads the same once normalized)
_DASHED = re.compile(r"^[\"«“'(\[]*[-–−][0-9٠-٩]")        # '“مركب الموت -2”': a name's number (or a negative one)
_GLUED_WORD = re.compile(r"(?<=[0-9٠-٩])(?=[\u0621-\u064A])")     # '117شخصًا': a space lost between them
_CONJUNCTIONS = ("و", "ب", "ل")      # glued before a number: 'و3', 'ب40'
CLAUSE_END = "،,.;؛:"               # a token ending with one of these ends its clause
_ARTICLE_BEFORE = re.compile(r"^[وف]?[بل]?الـ?(?=[0-9])|^[وف]?للـ?(?=[0-9])")   # and the article: 'ال42', 'بالـ24'
_OF = ("من",)                         # "24 من شهر أفريل": the word after it says what the number is


def tokens_of(text: str) -> list[str]:
    """The whitespace tokens counts are read from, a number glued to the word after it split from it ('إلى
    117شخصًا' is '117' and 'شخصًا'), and a comma typed before a space instead of after it ('جريحاً ،فيما') given
    back to the word before, whose clause it ends: every reader of counts indexes the same tokens."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if out and len(token) > 1 and token[0] in _MISPLACED and token[1].isalpha():
            out[-1] += token[0]
            token = token[1:]
        out += _GLUED_WORD.split(token)
    return out


_MISPLACED = "،,؛;"                    # clause breaks a scraped page glues to the next word


_SUPERLATIVE = re.compile(r"^ا(?!ل)\w{2,3}$")      # 'أسوأ', 'أكبر', 'أشد' (normalized): 'واحدة من أسوأ'; not 'الأطفال'


@lru_cache(maxsize=1 << 16)     # numbers and their neighbours repeat: each token is normalized once
def _folded(token: str) -> str:
    return normalize(token)


def stems(entries: list[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """Prefixes, and whole words (the entries ending in '$'), normalized."""
    return (tuple(normalize(e) for e in entries if not e.endswith("$") and normalize(e)) or ("\0",),
            frozenset(normalize(e[:-1]) for e in entries if e.endswith("$")))


def matches(norm: str, entries: tuple[tuple[str, ...], frozenset[str]]) -> bool:
    """`norm` starts with one of the prefixes or is one of the whole words of `stems`."""
    prefixes, whole = entries
    return norm.startswith(prefixes) or norm in whole


def phrase_before(tokens: list[str], i: int, phrases: Iterable[str]) -> bool:
    """One of `phrases` (normalized, one or two words) ends right before tokens[i] ('أكثر من 2000', 'بدلا من 359')."""
    before = " ".join(normalize(t) for t in tokens[max(i - 2, 0):i])
    return any(before == p or before.endswith(f" {p}") for p in phrases)


class NumberReader:
    """The numbers of a text, read with the word lists of the config. `counted(token)` says whether a
    token names what is counted ('قتيلا', 'وفاة'): a year-like number followed by one is a count
    ('2000 وفاة')."""

    def __init__(self, cfg: Config, counted: Callable[[str], bool] = lambda token: False):
        f, n = cfg.figures, cfg.numbers
        self.multipliers = {normalize(k): float(v) for k, v in vars(f.multipliers).items()}
        self.words = {normalize(k): float(v) for k, v in vars(f.number_words).items()}
        self.teen_tens = {normalize(w) for w in f.teen_tens}
        self.teen_units = {normalize(k): float(v) for k, v in vars(f.teen_units).items()}
        self.vague = {normalize(w) for w in f.vague_plurals}
        self.fractions = {normalize(k): float(v) for k, v in vars(f.fractions).items()}
        self.not_counts = stems(f.not_counts)
        self.first_year, self.last_year = n.years
        self.amount_words = {normalize(w) for w in n.amount_words}
        self.range_openers = {normalize(w) for w in n.range_openers}
        self.ordinals = {normalize(w) for w in n.ordinals}
        self.distinctive_from = n.distinctive_from
        self.max_digits = n.max_digits
        self.per_sentence = cfg.input.max_numbers_per_sentence
        self.counted = counted

    def value(self, token: str) -> float | None:
        """The number a token writes in digits ('2500', '2,500', '1.88', '٢٥٠٠'), punctuation aside; else None."""
        raw = token.translate(ASCII_NUMBERS).strip(PUNCTUATION)
        return self._digits_value(raw)

    def _digits_value(self, raw: str) -> float | None:
        if len(raw) > self.max_digits + raw.count(",") + raw.count("."):
            return None
        if _DECIMAL_COMMA.match(raw):
            return float(raw.replace(",", "."))
        if not _NUMBER.match(raw):
            return None
        return float(raw.replace(",", ""))

    def _thousands(self, raw: str, number: float, following: str) -> float:
        """'12.400 شخص' is 12,400 (a dot between thousands); '15.700 ألف' is 15.7 thousand (a decimal point
        before a multiplier)."""
        if _DOT_THOUSANDS.match(raw) and _folded(following) not in self.multipliers:
            return float(raw.replace(".", ""))
        return number

    def is_year(self, value: float) -> bool:
        return self.first_year <= value <= self.last_year

    def _looks_numeric(self, token: str) -> bool:
        return any(ch.isdigit() for ch in token) or _folded(token) in self.words or _folded(token) in self.multipliers

    def too_many(self, text: str) -> bool:
        """More tokens holding a number than `input.max_numbers_per_sentence`: the rest are not read."""
        return sum(map(self._looks_numeric, _TOKEN.findall(text))) > self.per_sentence

    def _bounded(self, tokens: list[str]) -> list[str]:
        """The tokens up to the last of the first `per_sentence` numeric ones."""
        seen = 0
        for k, token in enumerate(tokens):
            seen += self._looks_numeric(token)
            if seen > self.per_sentence:
                return tokens[:k]
        return tokens

    def read(self, tokens: list[str], i: int) -> tuple[float, int] | None:
        """The value of the number at tokens[i] and the index of its last token, reading compounds such as
        '3 آلاف و394' and 'ألف و301'; None when it is not a count (a year, a time, a percentage, a price...)."""
        if _DASHED.match(tokens[i]):
            return None                                     # no count of anything
        raw = self.glued_digits(tokens[i])
        multiplier = self.multipliers.get(_folded(tokens[i]))
        spelled = self.words.get(_folded(tokens[i]))
        teen = i + 1 < len(tokens) and _folded(tokens[i + 1].strip(PUNCTUATION)) in self.teen_tens
        if spelled is None and teen:
            spelled = self.teen_units.get(_folded(tokens[i]))          # 'أحد عشر', 'اثنا عشر'
        fraction = None
        if multiplier and (i == 0 or self._digits_value(self.glued_digits(tokens[i - 1])) is None):
            if _folded(tokens[i]) in self.vague:
                return None                                        # 'آلاف القتلى': thousands, not a number
            current = multiplier                                   # 'ألف و301': a bare thousand
        elif spelled is not None:
            if i and _folded(tokens[i - 1]) in self.ordinals:
                return None                                        # 'الخامسة عشرة': an ordinal's second word
            if spelled == 1 and i + 2 < len(tokens) and _folded(tokens[i + 1]) in _OF \
                    and _SUPERLATIVE.match(_folded(tokens[i + 2])):
                return None                                        # 'واحدة من أسوأ الكوارث': one of, no count
            current = spelled                                      # 'ثلاثة', 'ألفين', 'ثلاثة آلاف' (never a year)
        elif (fraction := self._fraction(tokens[i])) is not None and i + 1 < len(tokens) and \
                _folded(tokens[i + 1]) in self.multipliers and _folded(tokens[i + 1]) not in self.vague:
            current = fraction                                     # 'نصف مليون': half of the multiplier after it
        elif (number := self._digits_value(raw)) is not None and "%" not in tokens[i] and \
                not (i and tokens[i - 1].endswith("%")):
            current = self._thousands(raw, number, tokens[i + 1] if i + 1 < len(tokens) else "")
        else:
            return None
        value, end, compound = 0.0, i, bool(multiplier) or spelled is not None or fraction is not None
        if spelled is not None and spelled < 10 and teen:
            current, end = spelled + 10, i + 1                         # 'ثلاثة عشر': 13, not 3
        while True:
            scale = multiplier
            if not multiplier and end + 1 < len(tokens) and _folded(tokens[end + 1]) in self.multipliers:
                scale = self.multipliers[_folded(tokens[end + 1])]
                current *= scale
                end, compound = end + 1, True
            value += current
            more = _folded(tokens[end + 1]) if end + 1 < len(tokens) else ""
            if scale and more[:1] == "و" and more[1:] in self.fractions:     # 'مليون ونصف (المليون)'
                value += scale * self.fractions[more[1:]]
                end += 1
                if end + 1 < len(tokens) and _folded(tokens[end + 1]).removeprefix("ال") in self.multipliers:
                    end += 1
                break
            part = self._digits_value(more[1:]) if more[1:].isdigit() else self.words.get(more[1:])
            if not (compound and more.startswith("و") and part is not None) or tokens[end][-1:] in CLAUSE_END:
                break                      # ('دون الخامسة عشرة، و48 مصابا': two numbers, not 58)
            if not scale and current < 100 and more[1:].isdigit():
                break                      # 'قتيلا واحدا و12 جريحا': two numbers ('ثلاثة وعشرون' is one)
            after = self.multipliers.get(_folded(tokens[end + 2])) if end + 2 < len(tokens) else None
            if after and scale and after >= scale:
                break                      # '12 ألفا و15 ألف شخص': two numbers (a range), not 27 thousand
            current = part
            end, multiplier = end + 1, None
        if not compound and i and _folded(tokens[i - 1].strip(PUNCTUATION)) in self.range_openers \
                and end + 2 < len(tokens) and _folded(tokens[end + 1])[:1] == "و" \
                and _folded(tokens[end + 1])[1:].isdigit() and _folded(tokens[end + 2]) in self.multipliers:
            value *= self.multipliers[_folded(tokens[end + 2])]   # 'بين 12 و15 ألفا': twelve thousand
        following = _folded(tokens[end + 1]) if end + 1 < len(tokens) else ""
        if following in _OF and end + 2 < len(tokens):
            following = _folded(tokens[end + 2])        # '24 من شهر أفريل': a day of a month
        glued = tokens[end].translate(ASCII_NUMBERS).rstrip(PUNCTUATION) != tokens[end].translate(ASCII_NUMBERS)
        previous = _folded(tokens[i - 1].strip(PUNCTUATION)) if i else ""
        # a year, unless a count follows ('2000 وفاة') or an amount word comes before it ('أكثر من 2000')
        if not compound and self.is_year(value) and value == int(value) and \
                not phrase_before(tokens, i, self.amount_words) and \
                (glued or not any(map(self.counted, tokens[end + 1:end + 3]))):
            return None
        year_like = not compound and self.is_year(value) and value == int(value)
        if not compound and previous in self.range_openers:    # 'بين 11 الى 14 سنة': the range's unit is both ends'
            second = end + 2 if following in _TO else end + 1 if following[:1] == "و" and following[1:].isdigit() else 0
            if second and second + 1 < len(tokens) and matches(_folded(tokens[second + 1]), self.not_counts):
                return None
        pair = f"{following} {_folded(tokens[end + 2])}" if following and end + 2 < len(tokens) else ""
        if (following and matches(following, self.not_counts)) or (pair and matches(pair, self.not_counts)) or \
                tokens[end].endswith("%") or \
                (previous and matches(previous, self.not_counts)) or \
                (year_like and previous and matches(light_stem(previous), self.not_counts)):
            return None                                            # '15 يونيو 2024', 'عام 2023', 'العام 2005', '$ 5'
        return value, end

    def _fraction(self, token: str) -> float | None:
        """The fraction a word names, with a glued 'و', 'ب' or 'ل' ('بنصف'), or None."""
        word = _folded(token.strip(PUNCTUATION))
        return self.fractions.get(word, self.fractions.get(word[1:]) if word[:1] in "وبل" else None)

    @staticmethod
    def glued_digits(token: str) -> str:
        """A token's number in ASCII digits, without punctuation or a glued conjunction ('و3' -> '3')."""
        raw = _ARTICLE_BEFORE.sub("", token.translate(ASCII_NUMBERS).strip(PUNCTUATION))   # 'ال42', 'بالـ24'
        if raw[:1] in _CONJUNCTIONS and raw[1:2] == "ـ":                   # 'بـ2.5' (a tatweel after it)
            raw = raw[0] + raw[2:]
        return raw[1:] if raw[:1] in _CONJUNCTIONS and raw[1:2].isdigit() else raw

    def numbers(self, tokens: list[str]) -> Iterator[tuple[int, int, float]]:
        """(first token, last token, value) of every count in `tokens`, each compound read once."""
        tokens = self._bounded(tokens)
        consumed = -1
        for i in range(len(tokens)):
            parsed = self.read(tokens, i) if i > consumed else None
            if parsed is not None:
                consumed = parsed[1]
                yield i, parsed[1], parsed[0]

    def amounts(self, text: str) -> set[int]:
        """Every count of `distinctive_from` or more a text states, whatever its kind, compounds read as one
        number ('ألف و301' and '1301' are both 1301); not years, dates, percentages, prices or measures."""
        return {int(value) for _, _, value in self.numbers(tokens_of(text)) if value >= self.distinctive_from}

    def distinctive(self, text: str) -> set[int]:
        """The counts and amounts of `distinctive_from` or more a sentence states, not years: '2500', '2,500',
        '40 ألفا' (40000, with `figures.multipliers`) and '1.88 تريليون'."""
        tokens = self._bounded(text.split())
        found = set()
        for i, raw in enumerate(tokens):
            number = self.value(raw)
            if number is None:
                continue
            number = self._thousands(raw.translate(ASCII_NUMBERS).strip(PUNCTUATION), number,
                                     tokens[i + 1] if i + 1 < len(tokens) else "")
            following = words(tokens[i + 1])[:1] if i + 1 < len(tokens) else []
            factor = self.multipliers.get(following[0], 1) if following else 1
            if number * factor >= self.distinctive_from and (factor > 1 or not self.is_year(number)):
                found.add(int(number * factor))          # ('1.88 تريليون': 1880000000000)
        return found
