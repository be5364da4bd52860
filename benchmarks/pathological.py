"""Inputs of unusual shape, each run through the CLI as a whole process: seconds per case, and no traceback.

Issue 19: small pastes of odd shape (a run of 300,000 digits, 8,000 distinct counts, 100,000 brackets,
bidi controls, one-letter lines, text without punctuation, a JSONL record holding a lone surrogate)
froze the summarizer for minutes or ended it with a traceback. Every case here is made up (no
third-party text) and at most 2 MB; each runs as `python -m summarize DIR --json OUT` on a folder
holding the case and one seed article, as the issue measured. The folder cases (an oversized, an
undecodable, an empty or a no-article-text file beside the seed) must still summarize the seed and
name the bad file in a warning.

Run: .venv/bin/python benchmarks/pathological.py [--timeout 60] [--only NAME ...] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
ARTICLE = SEED.read_text(encoding="utf-8")
LIMIT = 2_000_000                      # input.max_bytes_per_document


def _text(folder: Path, text: str, name: str = "case.txt") -> None:
    (folder / name).write_text(text, encoding="utf-8")


def _sized(unit: str, size: int = 300_000) -> str:
    """`unit` repeated to about `size` characters."""
    return unit * max(size // max(len(unit), 1), 1)


def _counts(n: int) -> str:
    return "\n".join(f"قتل {k} شخصا في الهجوم رقم {k}." for k in range(1, n + 1))


def _nested_divs(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>نص قصير.</p>" + "</div>" * depth + "</body></html>"


# name -> (what it is, how to write it into the case folder)
CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "seed_only": ("the seed article alone (the floor: start, model loading)", lambda f: None),
    "digit_run": ("300,000 digits then 'قتيلا'", lambda f: _text(f, "9" * 300_000 + " قتيلا")),
    "arabic_thousands": ("'مقتل ' + '١٬' x 100,000 + '٢ شخص.'", lambda f: _text(f, "مقتل " + "١٬" * 100_000 + "٢ شخص.")),
    "distinct_counts": ("8,000 lines 'قتل N شخصا في الهجوم رقم N.'", lambda f: _text(f, _counts(8_000))),
    "distinct_counts_one_line": ("8,000 counts in one paragraph", lambda f: _text(f, _counts(8_000).replace("\n", " "))),
    "decimal_run": ("'1.' x 150,000 then 'قتيلا'", lambda f: _text(f, "1." * 150_000 + "5 قتيلا")),
    "comma_digits": ("'1,' x 150,000 then '000 قتيل'", lambda f: _text(f, "1," * 150_000 + "000 قتيل")),
    "compound_words": ("'ألف و' chained 50,000 times", lambda f: _text(f, "مقتل " + "ألف و1 " * 50_000 + "شخص.")),
    "many_numbers_sentence": ("60,000 numbers in one sentence", lambda f: _text(
        f, "أعلن " + " ".join(str(100 + k) for k in range(60_000)) + " قتيلا.")),
    "brackets": ("100,000 '(' then 20,000 '«' lines", lambda f: _text(f, "(" * 100_000 + "\n" + "«\n" * 20_000)),
    "nested_brackets": ("'(«[' x 60,000 with words", lambda f: _text(f, _sized("(«[ قال ", 400_000))),
    "bidi": ("30,000 x three bidi controls before the article",
             lambda f: _text(f, "\u202b\u202e\u2066" * 30_000 + ARTICLE)),
    "private_use": ("private-use and non-characters through an article",
                    lambda f: _text(f, ARTICLE.replace(" ", " \ue000\ufdd0\U0010fffe ") * 20)),
    "one_letter_lines": ("120,000 one-letter lines", lambda f: _text(f, "ب\n" * 120_000)),
    "short_lines": ("60,000 two-word lines", lambda f: _text(f, "قال الوزير\n" * 60_000)),
    "no_punctuation": ("1.8 MB of words, no punctuation or line break",
                       lambda f: _text(f, _sized("الحكومة أعلنت اليوم عن خطة جديدة للنقل ", 1_800_000 // 2))),
    "long_sentences": ("400 lines of 2,000 characters of varied words, no punctuation", lambda f: _text(f, "\n".join(
        " ".join(f"كلمة{k}x{j}" for j in range(200)) for k in range(400)))),
    "one_word": ("1 MB of Arabic letters without a space", lambda f: _text(f, _sized("بتث", 1_000_000 // 2))),
    "latin_word": ("1.5 MB of Latin letters without a space", lambda f: _text(f, "a" * 1_500_000)),
    "spaces": ("300,000 spaces", lambda f: _text(f, " " * 300_000)),
    "colon_dash": ("colon-and-dash runs", lambda f: _text(f, _sized(":-", 300_000) + "\n" + _sized("- :", 300_000))),
    "commas": ("a 300 KB sentence of clauses '، مؤكدا أن'", lambda f: _text(f, _sized("قال الوزير، مؤكدا أن ", 300_000))),
    "dates": ("20,000 lines of dates", lambda f: _text(f, "الجمعة 23/07/2021 - 03:53\n" * 20_000)),
    "date_digits": ("'23/07/' x 50,000", lambda f: _text(f, _sized("23/07/", 300_000) + "2021")),
    "weekdays": ("'اليوم الاثنين' x 30,000 in one sentence", lambda f: _text(f, _sized("اليوم الاثنين ", 400_000) + ".")),
    "percent_signs": ("'%' x 300,000", lambda f: _text(f, "%" * 300_000 + " 5 قتلى")),
    "cr_only": ("an article with CR-only line ends", lambda f: _text(f, ARTICLE.replace("\n", "\r") * 30)),
    "identical_50": ("50 identical articles", lambda f: [_text(f, ARTICLE, f"copy{k:02d}.txt") for k in range(49)]),
    "long_article": ("the seed repeated to 1.9 MB with numbers changed", lambda f: _text(f, "\n".join(
        ARTICLE.replace("2", str(k)) for k in range(1_900_000 // max(len(ARTICLE.encode()), 1))))),
    "surrogate_jsonl": ("a JSONL record holding an escaped lone surrogate", lambda f: (f / "case.jsonl").write_text(
        json.dumps({"id": "odd", "text": ARTICLE[:400] + "\ud800" + ARTICLE[400:]}) + "\n", encoding="utf-8")),
    "undecodable_name": ("an article whose file name is not UTF-8", lambda f: (
        Path(os.fsdecode(os.path.join(os.fsencode(f), b"ab\xffcd.txt")))).write_text(ARTICLE[::-1], encoding="utf-8")),
    "oversized_file": ("one file over the size limit", lambda f: _text(f, _sized("كلمة ", LIMIT + 10_000))),
    "undecodable_file": ("one file that is not UTF-8", lambda f: (f / "case.txt").write_bytes(b"\xff\xfe\x00bad" * 100)),
    "empty_file": ("one empty file", lambda f: _text(f, "")),
    "nested_divs_html": ("80,000 nested divs around a paragraph", lambda f: (f / "case.html").write_text(
        _nested_divs(80_000), encoding="utf-8")),
}


def _children_cpu() -> float:
    """User and system seconds of the finished child processes: on a busy machine, closer than the wall
    clock to what a case costs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_case(name: str, timeout: float, python: str) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"patho-{name}-") as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        (folder / "seed.txt").write_text(ARTICLE, encoding="utf-8")
        CASES[name][1](folder)
        size = sum(p.stat().st_size for p in folder.iterdir()) - len(ARTICLE.encode("utf-8"))
        out = Path(tmp) / "result.json"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        start, cpu = time.perf_counter(), _children_cpu()
        try:
            done = subprocess.run([python, "-m", "summarize", str(folder), "--json", str(out)], env=env,
                                  capture_output=True, encoding="utf-8", errors="replace", timeout=timeout, cwd=ROOT)
            seconds, rc, stderr = time.perf_counter() - start, done.returncode, done.stderr
        except subprocess.TimeoutExpired as exc:
            seconds, rc = time.perf_counter() - start, None
            stderr = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else exc.stderr or ""
        try:
            summary = json.loads(out.read_text(encoding="utf-8"))["summary"].get("ar", "")
        except (OSError, ValueError):          # no Result, or one cut short by a crash
            summary = ""
        lines = [line for line in stderr.splitlines() if line.startswith(("error:", "warning:"))]
        return {"case": name, "what": CASES[name][0], "kb": round(size / 1000), "seconds": round(seconds, 1),
                "cpu_seconds": round(_children_cpu() - cpu, 1),
                "timed_out": rc is None, "exit": rc, "traceback": "Traceback" in stderr,
                "summary": bool(summary), "said": [line[:160] for line in lines if "model" not in line][:3]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a case counts as frozen")
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run these cases only")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--json", help="write the rows as JSON")
    args = parser.parse_args(argv)
    rows = []
    print(f"{'case':<26}{'KB':>6}{'seconds':>9}{'cpu s':>7}  exit  traceback  summary  said")
    for name in args.only or CASES:
        row = run_case(name, args.timeout, args.python)
        rows.append(row)
        seconds = f">{args.timeout:.0f}" if row["timed_out"] else f"{row['seconds']:.1f}"
        print(f"{name:<26}{row['kb']:>6}{seconds:>9}{row['cpu_seconds']:>7.1f}  {str(row['exit']):>4}  {'YES' if row['traceback'] else 'no':>9}"
              f"  {'yes' if row['summary'] else 'no':>7}  {' | '.join(row['said'])[:150]}", flush=True)
    worst = max(r["seconds"] for r in rows)
    print(f"slowest case: {worst:.1f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; tracebacks: {sum(r['traceback'] for r in rows)}; "
          f"timed out: {sum(r['timed_out'] for r in rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
