"""One pathological paste must not take the page down for everyone (issue 19).

Starts `python app.py` on a free localhost port (benchmarks/soak_app.py's `serve`), sends one
pathological paste through the API beside a seed article (a run of 300,000 digits before "قتيلا", the
case that froze the server), and two seconds later ten ordinary requests at once (two seed articles each). Prints how long
each took and whether it was answered within `--within` seconds. Only 127.0.0.1 is contacted.

Run: .venv/bin/python benchmarks/concurrent_app.py [--within 60] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from soak_app import SEEDS, serve  # noqa: E402

PATHOLOGICAL = "مقتل " + "1" * 300_000 + " قتيلا في الهجوم."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--within", type=float, default=60.0, help="seconds an ordinary request may take")
    parser.add_argument("--ordinary", type=int, default=10)
    parser.add_argument("--json", help="write the figures as JSON")
    args = parser.parse_args(argv)
    from gradio_client import handle_file

    seeds = sorted(SEEDS.glob("*.txt"))
    with serve() as (_, client):
        def timed(files: list, pasted: str) -> tuple[float, str]:
            started = time.perf_counter()
            try:
                client.predict(files, pasted, 110, 6, False, api_name="/summarize")
                outcome = "summary"
            except Exception as exc:          # the API raises the page's error (a timeout, bad input)
                outcome = f"error: {str(exc)[:120]}"
            return time.perf_counter() - started, outcome

        with ThreadPoolExecutor(max_workers=args.ordinary + 1) as pool:
            heavy = pool.submit(timed, [handle_file(str(seeds[0]))], PATHOLOGICAL)   # beside a seed, as measured
            time.sleep(2)
            ordinary = [pool.submit(timed, [handle_file(str(p)) for p in seeds[n % 4:n % 4 + 2]], "")
                        for n in range(args.ordinary)]
            figures = {"pathological": heavy.result(), "ordinary": [f.result() for f in ordinary]}
    answered = sum(seconds <= args.within and outcome == "summary" for seconds, outcome in figures["ordinary"])
    figures["answered_within"] = {"seconds": args.within, "count": answered, "of": args.ordinary}
    print(f"pathological paste: {figures['pathological'][0]:.1f} s ({figures['pathological'][1]})")
    for n, (seconds, outcome) in enumerate(figures["ordinary"], start=1):
        print(f"ordinary request {n}: {seconds:.1f} s ({outcome})")
    print(f"{answered} of {args.ordinary} ordinary requests answered within {args.within:g} s")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
