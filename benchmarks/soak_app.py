"""Soak test of the web app: the same 20-article story served a few hundred times through gradio_client.

Starts `python app.py` on a free localhost port with the default config (on a machine without the
models, every request also meets the "model unavailable" path), uploads 20 articles made from the
seeds, and reads the server's resident memory (VmRSS) after a warm-up and at the end, and the size of
the app's result folder and of gradio's upload cache. Only 127.0.0.1 is contacted; the loop is bounded.

Run: .venv/bin/python benchmarks/soak_app.py [--requests 300] [--json benchmarks/results/soak.json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def folder_mb(pattern: str) -> float:
    total = 0
    for folder in Path(tempfile.gettempdir()).glob(pattern):
        total += sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return total / 1e6


def story_files(folder: Path, count: int) -> list[str]:
    """`count` articles: the seeds with their paragraphs shuffled, under new names."""
    rng = random.Random(0)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paths = []
    for n in range(count):
        lines = seeds[n % len(seeds)].split("\n")
        head, body = lines[:4], lines[4:]
        rng.shuffle(body)
        path = folder / f"article-{n:02d}.txt"
        path.write_text("\n".join(head + body), encoding="utf-8")
        paths.append(str(path))
    return paths


@contextmanager
def serve() -> Iterator[tuple[subprocess.Popen, Any]]:
    """`python app.py` on a free localhost port with the default config, and a gradio client of it."""
    from gradio_client import Client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    server = subprocess.Popen([sys.executable, "app.py", "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(240):
            try:
                client = Client(url, verbose=False)
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("the app did not start: " + (server.stderr.read() if server.poll() else ""))
        yield server, client
    finally:
        server.terminate()
        server.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--json", help="write the figures as JSON")
    args = parser.parse_args(argv)
    from gradio_client import handle_file

    with serve() as (server, client):
        with tempfile.TemporaryDirectory() as tmp:
            files = [handle_file(p) for p in story_files(Path(tmp), 20)]
            figures = {"requests": args.requests, "articles": 20}
            started = time.perf_counter()
            for n in range(1, args.requests + 1):
                client.predict(files, "", 110, 6, True, api_name="/summarize")
                if n == args.warmup:
                    figures["rss_after_warmup_mb"] = round(rss_mb(server.pid), 1)
            figures["seconds_per_request"] = round((time.perf_counter() - started) / args.requests, 3)
            figures["rss_end_mb"] = round(rss_mb(server.pid), 1)
            growth = figures["rss_end_mb"] - figures["rss_after_warmup_mb"]
            figures["growth_per_request_mb"] = round(growth / max(args.requests - args.warmup, 1), 4)
            figures["result_folder_mb"] = round(folder_mb("summarize-app-*"), 2)
            figures["gradio_cache_mb"] = round(folder_mb("gradio"), 2)
    figures["result_folder_mb_after_stop"] = round(folder_mb("summarize-app-*"), 2)
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
