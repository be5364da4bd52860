"""The document model and the input readers.

Every input form (paths, directories, strings, HTML, JSON/JSONL, a
`datasets.Dataset`, dicts) becomes a `Document` holding its raw text and
metadata. Later stages annotate the same objects (kept lines, removed lines
with reasons, sentences, date, duplicate link), like a spaCy `Doc`.
"""
from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, NamedTuple
from urllib.parse import urlparse

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
_LOOKS_LIKE_HTML = re.compile(r"^\s*(<!doctype html|<html|<body|<article|<div|<p[\s>])", re.IGNORECASE)
# A line holding only dashes separates articles in a text file and in the page's paste box.
ARTICLE_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)


class InputError(ValueError):
    """Input that cannot be turned into documents; the message is meant for the user."""


@dataclass
class RemovedLine:
    line: str
    reason: str
    line_no: int  # 0-based line number in Document.text
    spans: int = 1  # physical lines it covers from line_no on (more in hard-wrapped text, see layout.py)


@dataclass
class Line:
    text: str
    line_no: int
    spans: int = 1  # physical lines it covers from line_no on (more in hard-wrapped text, see layout.py)


class SentenceKey(NamedTuple):
    """Which sentence: its document and its place among that document's sentences (what the story's
    claims, figures, disputes and the solver's constraints refer to)."""
    doc_id: str
    index: int


@dataclass
class Sentence:
    text: str            # original characters, as shown to the user
    doc_id: str
    index: int           # position among the document's sentences
    line_no: int         # line of Document.text where the sentence starts
    normalized: str      # for matching only
    language: str        # 'ar', 'en' or 'other'
    is_point_candidate: bool  # long enough to carry a point (headings and credits are not)

    @property
    def key(self) -> SentenceKey:
        return SentenceKey(self.doc_id, self.index)


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: str | None = None    # where the date came from: metadata, label, dateline, ...
    origin: str | None = None            # file path the document came from, if any
    lines: list[Line] = field(default_factory=list)           # kept content lines
    removed: list[RemovedLine] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    duplicate_of: str | None = None
    background: str | None = None        # why the article looks like background, if it does
    notes: list[str] = field(default_factory=list)   # what reading changed (odd characters, long lines)
    header: dict[int, str] = field(default_factory=dict)  # line number -> field, the file's header lines (read_header)
    lead_line: int = -1                  # the line number of the page's first paragraph (a label may open lines to it)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "duplicate_of": self.duplicate_of,
            "background": self.background,
            "sentences": len(self.sentences),
            "removed": [{"line": r.line, "reason": r.reason} for r in self.removed],
        }


def load_documents(inputs: Any, *, max_bytes: int, max_documents: int,
                   skipped: list[str] | None = None) -> list[Document]:
    """Read every input into Documents with unique ids, refusing empty or oversized input.

    With `skipped`, a file of a folder that cannot be read (too large, not UTF-8, empty, a page without
    article text) is left out and the reason, naming it, is added to `skipped`; the other files are read.
    Without it, such a file is an InputError. Odd characters are taken out of every text (`clean_characters`)."""
    if isinstance(inputs, (str, Path, Mapping, Document)) or _is_dataset(inputs):
        inputs = [inputs]
    docs: list[Document] = []
    for item in inputs:
        docs.extend(_read_item(item, len(docs), max_bytes, skipped))
    if not docs:
        raise InputError("no input documents: give article files, a directory of them, or article texts")
    if len(docs) > max_documents:
        raise InputError(f"{len(docs)} articles given; at most {max_documents} per story "
                         "(input.max_documents in the config; use the batch command for many stories)")
    for doc in docs:
        read_header(doc)
    _make_ids_unique(docs)
    return docs


# A scraper often writes an article's address, date and title above its text, one 'Name: value' line each
# ('URL: https://…', 'Date: 2021-03-14'). These names (lower case) and the fields they fill; a header line is
# taken only at the top of the text, and only with a value of its field's form (an address, an ISO date).
HEADER_FIELDS = {"url": "url", "link": "url", "الرابط": "url", "date": "published", "published": "published",
                 "التاريخ": "published", "title": "title", "العنوان": "title", "source": "source", "site": "source"}
_HEADER_LINE = re.compile(r"^\s*([^\W\d_]+)\s*:\s*(\S.*?)\s*$")
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z]*)?$")


def read_header(doc: Document) -> None:
    """Fill the fields the document's header gives (`HEADER_FIELDS`: its first lines, each 'Name: value',
    up to the first other line), where its record or page gave none, and note which lines they are
    (`Document.header`: cleaning removes them as the header, not as furniture)."""
    values: dict[str, str] = {}
    for line_no, raw in enumerate(doc.text.split("\n")):
        if not raw.strip():
            if values:
                break                       # a blank line ends the header
            continue
        match = _HEADER_LINE.match(raw)
        name = HEADER_FIELDS.get(match[1].lower()) if match else None
        value = match[2] if match else ""
        day = _ISO_DAY.match(value) if name == "published" else None
        if name is None or name in values or (name == "url" and not _ADDRESS.match(value)) or \
                (name == "published" and (not day or _safe_iso(day[1]) is None)):
            break
        values[name] = day[1] if day else value
        doc.header[line_no] = name
    if "url" in values and not doc.url:
        doc.url = values["url"]
        doc.source = doc.source or source_from_url(doc.url)
    if "published" in values and doc.published is None:
        doc.published, doc.published_from = _safe_iso(values["published"]), "file header"
    if "title" in values and not doc.title:
        doc.title = values["title"]
    if "source" in values and (not doc.source or doc.source == source_from_url(doc.url)):
        doc.source = values["source"]


def _safe_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def split_articles(text: str | None) -> list[str]:
    """The articles of one text: blocks separated by a line of `---`, blank blocks dropped."""
    if not text:
        return []
    return [block.strip() for block in ARTICLE_SEPARATOR.split(text) if block.strip()]


def known_name(doc: Document) -> str:
    """What a person knows an article by: its site, else its title, else its URL's host, else its
    file name; the id (often a hash) only when there is nothing else. A site that is only the URL's
    host (as the readers fill it in) ranks as the host, after the title."""
    host = source_from_url(doc.url)
    site = doc.source if doc.source != host else None
    own_file = Path(doc.origin).name if doc.origin and Path(doc.origin).stem == doc.id else None
    return next(name for name in (site, doc.title, host, own_file, doc.id) if name)


def text_record(text: str) -> dict[str, str]:
    """An article given as text by someone else (pasted, posted, in a story file): a record, so
    that it is always read as article text (or HTML), never taken for a path to open."""
    return {"html": text} if _LOOKS_LIKE_HTML.match(text) else {"text": text}


def _is_dataset(obj: Any) -> bool:
    return type(obj).__module__.startswith("datasets.") and hasattr(obj, "column_names")


def _read_item(item: Any, count: int, max_bytes: int, skipped: list[str] | None = None) -> Iterator[Document]:
    if _is_dataset(item):
        if "text" not in item.column_names:
            raise InputError(f"dataset has no 'text' column (columns: {', '.join(item.column_names)})")
        for i, row in enumerate(item):
            yield from _from_record(row, f"row{i}", f"dataset row {i}", max_bytes)
    elif isinstance(item, Mapping):
        yield from _from_record(item, f"doc{count + 1}", "record", max_bytes)
    elif isinstance(item, Document):
        yield item
    elif isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
        yield from _read_path(Path(item), max_bytes, skipped)
    elif isinstance(item, str):
        text, notes = clean_characters(_normalize_newlines(item))
        _check_size(_utf8_size(text), f"text #{count + 1}", max_bytes)
        if _LOOKS_LIKE_HTML.match(text):
            yield from _noted(_from_html(text, f"doc{count + 1}", None, None), notes)
        else:
            yield Document(id=f"doc{count + 1}", text=text, notes=notes)
    else:
        raise InputError(f"cannot read input of type {type(item).__name__}; "
                         "give a path, a string, a dict with 'text', or a datasets.Dataset")


def _looks_like_path(text: str) -> bool:
    """A string is a path when it exists, or is one short line naming a file or folder."""
    if "\n" in text or len(text) > 1024:
        return False
    if os.path.exists(text):
        return True
    return text.endswith(("/", os.sep)) or Path(text).suffix.lower() in SUPPORTED_SUFFIXES


def _read_path(path: Path, max_bytes: int, skipped: list[str] | None = None) -> Iterator[Document]:
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    if is_saved_dataset(path):
        yield from _read_item(load_saved_dataset(path), 0, max_bytes)
        return
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and not p.is_dir())
        if not files:
            raise InputError(f"directory {path} holds no article files "
                             f"({', '.join(sorted(SUPPORTED_SUFFIXES))})")
        from .deadline import check_deadline     # (deadline.py builds on InputError, defined here)

        read = 0
        for file in files:
            check_deadline()
            try:
                docs = list(_read_path(file, max_bytes))
                if skipped is not None and not any(d.text.strip() for d in docs):
                    raise InputError(f"{file} is empty")
            except InputError as exc:
                if skipped is None:
                    raise
                skipped.append(shown(f"{exc}; the file was left out"))
                continue
            read += 1
            yield from docs
        if not read:
            raise InputError(f"no article of the folder {path} could be read: " + "; ".join(skipped or []))
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"{path}: unsupported file type '{suffix}' "
                         f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    # A JSON(L) file holds many articles: each record is checked against max_bytes, the file as a whole
    # against max_documents of them.
    limit = max_bytes * MAX_RECORDS_PER_FILE if suffix in JSON_SUFFIXES else max_bytes
    text = decode_bytes(read_bounded(path, limit), str(path))
    if suffix in JSON_SUFFIXES:            # (each record's strings are cleaned as they are read)
        yield from _from_json(text, path, max_bytes)
        return
    text, notes = clean_characters(text)
    if suffix in HTML_SUFFIXES:
        yield from _noted(_from_html(text, file_id(path), str(path), None), notes)
    else:
        # Plain text holds several articles when lines of --- separate them, as in the page's paste box
        # (not Markdown, where --- is a rule inside one article).
        blocks = split_articles(text) if suffix != ".md" else []
        if len(blocks) > 1:
            for n, block in enumerate(blocks, start=1):
                yield Document(id=f"{file_id(path)}-{n}", text=block, origin=str(path),
                               notes=notes if n == 1 else [])   # the file's notes, said once
        else:
            yield Document(id=file_id(path), text=text, origin=str(path), notes=notes)


MAX_RECORDS_PER_FILE = 50   # a JSON(L) file may be this many times max_bytes


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, refusing FIFOs, devices and sockets (which can block or never end)
    and stopping as soon as more than `limit` bytes come (the size in `stat` is not trusted)."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode)
                    or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
            raise InputError(f"{path} is {kind}; give regular article files")
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise InputError(f"{path} is larger than {limit:,} bytes, the limit "
                         "(input.max_bytes_per_document in the config)")
    return raw


def is_saved_dataset(path: Path) -> bool:
    """A folder written by `datasets.Dataset.save_to_disk`."""
    return path.is_dir() and (path / "dataset_info.json").is_file() and (path / "state.json").is_file()


def load_saved_dataset(path: Path) -> Any:
    import datasets

    try:
        return datasets.load_from_disk(str(path))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the saved dataset {path}: {exc}") from None


def decode_bytes(raw: bytes, where: str) -> str:
    """UTF-8 (with or without BOM) to text with '\\n' newlines; anything else is an InputError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                         "convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8") from None
    if "\x00" in text:
        raise InputError(f"{where} looks like a binary file (it contains NUL bytes)")
    return _normalize_newlines(text)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _check_size(size: int, where: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(f"{where} is {size:,} bytes; the limit is {max_bytes:,} "
                         "(input.max_bytes_per_document in the config)")


def _from_json(text: str, path: Path, max_bytes: int) -> Iterator[Document]:
    if path.suffix.lower() == ".jsonl":
        records = []
        for n, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                records.append((parse_json(line, f"{path}:{n}"), f"{path}:{n}"))
    else:
        data = parse_json(text, str(path))
        items = data if isinstance(data, list) else [data]
        records = [(rec, f"{path}[{i}]") for i, rec in enumerate(items)]
    for i, (record, where) in enumerate(records):
        if not isinstance(record, Mapping):
            raise InputError(f"{where}: expected an object with a 'text' field, got {type(record).__name__}")
        default_id = file_id(path) if len(records) == 1 else f"{file_id(path)}-{i + 1}"
        yield from _from_record(record, default_id, where, max_bytes, origin=str(path))


def parse_json(text: str, where: str) -> Any:
    """JSON, or an InputError that says why: invalid, or nested deeper than Python can follow."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply to read") from None


def _from_record(record: Mapping[str, Any], default_id: str, where: str, max_bytes: int,
                 origin: str | None = None) -> Iterator[Document]:
    text = record.get("text")
    html = record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(f"{where}: needs a string field 'text' (or 'html')")
    body, notes = clean_characters(_normalize_newlines(text if isinstance(text, str) else html))
    _check_size(_utf8_size(body), where, max_bytes)
    url = clean_characters(record["url"])[0] if isinstance(record.get("url"), str) else None
    doc_id = clean_characters(str(record.get("id") or default_id))[0]
    if isinstance(text, str):
        doc = Document(id=doc_id, text=body, url=url, origin=origin, notes=notes)
    else:
        doc = next(_noted(_from_html(body, doc_id, origin, url), notes))
    if isinstance(record.get("title"), str) and record["title"].strip():
        doc.title = clean_characters(record["title"])[0].strip() or None
    if isinstance(record.get("source"), str) and record["source"].strip():
        doc.source = clean_characters(record["source"])[0].strip()     # the site, as the record names it
    doc.source = doc.source or source_from_url(url)
    field_name = next((f for f in DATE_FIELDS if record.get(f)), None)
    if field_name:
        doc.published = parse_iso_date(str(record[field_name]), where, field_name)
    yield doc


# A record's publication date: 'date', or 'published' as archives name it (ANT, many scrapers).
DATE_FIELDS = ("date", "published")


def parse_iso_date(value: str, where: str, field_name: str = "date") -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"{where}: field '{field_name}' must be YYYY-MM-DD, got {value!r}") from None


def source_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname
    return host[4:] if host and host.startswith("www.") else host


def _from_html(html: str, doc_id: str, origin: str | None, url: str | None) -> Iterator[Document]:
    """Main text and metadata of a web page with trafilatura (comments and tables dropped)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                            with_metadata=True, favor_precision=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text:
        raise InputError(f"{origin or doc_id}: no article text found in the HTML page")
    text, notes = clean_characters(_normalize_newlines(text))     # (entities may write odd characters)
    doc = Document(id=doc_id, text=text, origin=origin, notes=notes)
    doc.title = clean_characters(getattr(extracted, "title", None) or "")[0] or None
    doc.url = url or getattr(extracted, "url", None) or None
    doc.source = source_from_url(doc.url) or getattr(extracted, "sitename", None) or None
    published = getattr(extracted, "date", None)
    if published:
        try:
            doc.published = date.fromisoformat(published[:10])
        except ValueError:
            pass  # the date stage still reads the page text
    yield doc


# Characters that carry no text and break readers or output (issue 19): lone surrogates (from an escaped
# "\\ud800" in JSON; they cannot be written as UTF-8), bidi formatting (marks, embeddings, overrides,
# isolates: invisible, and a run of them is a word to the embedder), private-use code points (icon fonts),
# non-characters, and control characters other than tab and newline. Unicode line and page separators
# become newlines.
_ODD_CHARACTERS = {
    "lone surrogates": "\ud800-\udfff",
    "bidi controls": "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069",
    "private-use characters": "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd",
    "non-characters": "\ufdd0-\ufdef" + "".join(f"{chr(plane * 0x10000 + 0xfffe)}{chr(plane * 0x10000 + 0xffff)}"
                                                for plane in range(17)),
    "control characters": "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f",
}
_ODD = re.compile("[" + "".join(_ODD_CHARACTERS.values()) + "]")
_SURROGATE = re.compile(f"[{_ODD_CHARACTERS['lone surrogates']}]")
_KIND_OF_ODD = [(re.compile(f"[{chars}]"), kind) for kind, chars in _ODD_CHARACTERS.items()]
_LINE_BREAKS = str.maketrans(dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"))


# A mark between two tatweels inside a word ('التفـ.ـجير', 'حريـ.ـق'): pages break words so that filters miss
# them; the dot would end a sentence in mid-word.
_BROKEN_WORD = re.compile(r"(?<=[\u0621-\u064A])\u0640+[.\-_*•]\u0640+(?=[\u0621-\u064A])")


def clean_characters(text: str) -> tuple[str, list[str]]:
    """`text` without odd characters (`_ODD_CHARACTERS`), its words broken by a mark between tatweels joined
    (`_BROKEN_WORD`), and a note that counts what was removed or joined."""
    text = text.translate(_LINE_BREAKS)
    notes = []
    if "\u0640" in text and (broken := len(_BROKEN_WORD.findall(text))):
        text = _BROKEN_WORD.sub("", text)
        notes.append(f"{broken:,} word{'s' if broken > 1 else ''} broken by a mark between tatweels joined")
    if not _ODD.search(text):
        return text, notes
    odd = "".join(_ODD.findall(text))
    counts = [f"{len(pattern.findall(odd)):,} {kind}" for pattern, kind in _KIND_OF_ODD if pattern.search(odd)]
    return _ODD.sub("", text), [f"{', '.join(counts)} removed", *notes]


def cut_long_lines(doc: Document, max_chars: int) -> int:
    """Cut every line of `doc.text` longer than `max_chars` into pieces of at most that many characters,
    after the last sentence end in the second half of a piece, else at its last space (a word longer than
    that is cut where it must); returns how many lines were cut. Readers then look at bounded lines:
    a 2 MB paste without a line break costs what many short lines do."""
    if len(doc.text) <= max_chars or all(len(line) <= max_chars for line in doc.text.split("\n")):
        return 0
    lines, cut = [], 0
    for line in doc.text.split("\n"):
        cut += len(line) > max_chars
        while len(line) > max_chars:
            end = max(line.rfind(". ", max_chars // 2, max_chars) + 1, 0) or line.rfind(" ", 0, max_chars) + 1 \
                or max_chars
            lines.append(line[:end].rstrip())
            line = line[end:].lstrip()
        lines.append(line)
    doc.text = "\n".join(lines)
    return cut


def file_id(path: Path) -> str:
    """A file's name without its suffix, as an article id that can be written out: bytes of the name that
    are not UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    return shown(path.stem)


def shown(text: str) -> str:
    """`text` with lone surrogates (a file name's undecodable bytes) as U+FFFD, so that it can be printed."""
    return _SURROGATE.sub("\ufffd", text)


def _noted(docs: Iterator[Document], notes: list[str]) -> Iterator[Document]:
    for doc in docs:
        doc.notes = notes + doc.notes
        yield doc


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _make_ids_unique(docs: Iterable[Document]) -> None:
    seen: dict[str, int] = {}
    for doc in docs:
        base = doc.id
        if base in seen:
            seen[base] += 1
            doc.id = f"{base}-{seen[base]}"
        else:
            seen[base] = 1
