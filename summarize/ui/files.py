"""The page's files: checks on uploads and the paste box before any reading, the example articles,
and the Result JSON downloads kept in one bounded temporary folder."""
from __future__ import annotations

import atexit
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Sequence

from ..config import ROOT, Config
from ..text.documents import SUPPORTED_SUFFIXES, InputError, split_articles, text_record


def gather_inputs(files: Sequence[Any] | None, pasted: str | None, cfg: Config) -> list[Path | dict[str, str]]:
    """Uploaded file paths then pasted articles (records: never read as paths), checked against
    the app's limits before any reading."""
    paths = [str(getattr(f, "name", f)) for f in files or []]
    texts = split_articles(pasted)   # the readers' rule: a line of --- separates articles
    if not paths and not texts:
        raise InputError("no articles given: upload files, paste articles separated by a line of ---, "
                         "or click the example")
    limit = cfg.app.max_upload_bytes
    for path in paths:
        size = Path(path).stat().st_size if Path(path).exists() else 0
        if size == 0:
            raise InputError(f"{Path(path).name} is empty (0 bytes)")
        if size > limit:
            raise InputError(f"{Path(path).name} is {size:,} bytes; the upload limit is {limit:,} per file")
        if Path(path).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InputError(f"{Path(path).name}: unsupported file type "
                             f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    if pasted and len(pasted.encode("utf-8")) > limit:
        raise InputError(f"the pasted text is {len(pasted.encode('utf-8')):,} bytes; the limit is {limit:,}")
    count = len(paths) + len(texts)
    if count > cfg.input.max_documents:
        raise InputError(f"{count} articles given; at most {cfg.input.max_documents} per story")
    return [Path(p) for p in paths] + [text_record(t) for t in texts]


def example_files(cfg: Config) -> list[str]:
    """The built-in example: the seed articles shipped with the project."""
    folder = (ROOT / cfg.app.example_dir).resolve()
    files = sorted(str(p) for p in folder.glob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
    if not files:
        raise InputError(f"the example articles are missing (no article files in {folder})")
    return files


class ResultFiles:
    """The Result JSON files offered for download: in one private folder, at most `keep` of them and none
    older than `max_age_s` (pruned before each new one), and the folder removed when the process ends."""

    def __init__(self, keep: int, max_age_s: float):
        self.folder = Path(tempfile.mkdtemp(prefix="summarize-app-"))
        self.keep, self.max_age_s = keep, max_age_s
        atexit.register(self.close)

    def write(self, text: str) -> Path:
        self.prune(room_for=1)
        path = self.folder / f"summary-{uuid.uuid4().hex[:12]}.json"
        path.write_text(text, encoding="utf-8")
        return path

    def prune(self, room_for: int = 0) -> None:
        now = time.time()
        files = sorted(self.folder.glob("summary-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for n, path in enumerate(files):
            if n >= self.keep - room_for or now - path.stat().st_mtime > self.max_age_s:
                path.unlink(missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
