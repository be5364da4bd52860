"""Hard-wrapped text -> logical lines.

Plain-text exports (mail, PDF copies, old news archives) often break every line
at a fixed width (about 60 to 130 characters), so that one sentence spans
several lines. Cleaning and sentence splitting work line by line and would cut
such a sentence at each wrap. This follows the line-length heuristic of text
unwrapping tools (fmt/par, Project Gutenberg cleaners): a text is hard-wrapped
when most of its lines reach about the same width and run on without a sentence
end; there, a line that fills the width and does not end a sentence continues
on the next line. Pages with one paragraph per line (what scrapers give) are
left as they are.
"""
from __future__ import annotations

import numpy as np

from ..config import Config
from .arabic import strip_marks
from .sentences import ends_sentence


def wrap_width(lengths: list[int], cfg: Config) -> float | None:
    """The width a text was wrapped at (the 90th percentile of its line lengths), or None when its
    lines do not look wrapped."""
    c = cfg.cleaning.unwrap
    if len(lengths) < c.min_lines:
        return None
    width = float(np.percentile(lengths, 90))
    full = np.mean([n >= c.full * width for n in lengths])
    if width > c.max_width or full < c.min_full_share:
        return None
    return width


def unwrap(numbered: list[tuple[int, str]], cfg: Config) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """(line number, stripped text) pairs of the non-blank lines, with wrapped lines joined (never
    across a blank line), and for each joined line the number of physical lines it spans. In any
    text, a line that stops on a word no Arabic sentence ends with ('وأضاف حماد في', '56 مدنيا على')
    goes on in the next line. A joined line stops growing at `input.max_line_chars`, the longest line
    the readers take (120,000 one-letter lines are not one line)."""
    width = wrap_width([len(text) for _, text in numbered], cfg)
    wrapped = width is not None and \
        np.mean([not ends_sentence(t) for _, t in numbered]) >= cfg.cleaning.unwrap.min_open_share
    dangling = frozenset(cfg.cleaning.dangling_words)
    most = cfg.input.max_line_chars
    out: list[tuple[int, list[str]]] = []     # each logical line's parts, joined once at the end (linear)
    spans: dict[int, int] = {}
    carry, previous, length = False, -2, 0
    for line_no, text in numbered:
        if carry and line_no == previous + 1 and length + 1 + len(text) <= most:
            first, parts = out[-1]
            parts.append(text)
            spans[first] = line_no - first + 1
            length += 1 + len(text)
        else:
            out.append((line_no, [text]))
            length = len(text)
        last = strip_marks(text.split()[-1]) if text.split() else ""   # (as written: 'على' is not 'علي')
        carry = (wrapped and len(text) >= cfg.cleaning.unwrap.full * width and not ends_sentence(text)) or \
            (last in dangling and text.rstrip()[-1:].isalpha())
        previous = line_no
    return [(line_no, " ".join(parts)) for line_no, parts in out], spans

