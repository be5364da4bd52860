from pathlib import Path

import pytest

from summarize import Summarizer, load_config
from summarize.embeddings import USEm3Embedder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def seed_id(prefix: str) -> str:
    return next(i for i in SEED_IDS if i.startswith(prefix))


@pytest.fixture(scope="session")
def cfg():
    return load_config()


@pytest.fixture(scope="session")
def embedder(cfg):
    return USEm3Embedder(threads=cfg.embeddings.threads)


@pytest.fixture(scope="session")
def summarizer(embedder):
    return Summarizer(embedder=embedder)


@pytest.fixture(scope="session")
def seed_result(summarizer):
    return summarizer([SEEDS])
