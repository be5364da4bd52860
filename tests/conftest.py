import os
import socket
from pathlib import Path

import pytest

from summarize import Summarizer, load_config
from summarize.models.embeddings import USEm3Embedder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))
# No test may reach the model hub; models come from folders the tests build.
os.environ["HF_HUB_OFFLINE"] = "1"
EXTRACTIVE_ONLY = {"generation": {"enabled": False}, "translation": {"enabled": False}}


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
    """The extractive pipeline, whatever models this machine happens to have cached."""
    return Summarizer(EXTRACTIVE_ONLY, embedder=embedder)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """Random 2-layer mT5 and Marian models on a SentencePiece vocabulary trained on the seeds."""
    from tiny_models import build_marian, build_mt5, train_sentencepiece

    folder = tmp_path_factory.mktemp("tiny")
    sp_model = train_sentencepiece(SEEDS, folder)
    return {"summarizer": str(build_mt5(sp_model, folder / "mt5")),
            "translator": str(build_marian(sp_model, folder / "marian"))}


@pytest.fixture(scope="session")
def tiny_config(tiny_models):
    return {"models": {"device": "cpu", **tiny_models},
            "generation": {"max_length": 12, "num_beams": 2},
            "translation": {"max_length": 16, "num_beams": 1}}


@pytest.fixture(scope="session")
def seed_result(summarizer):
    return summarizer([SEEDS])


@pytest.fixture(scope="session")
def app_url(tiny_config, embedder):
    """The web app on a free localhost port with the tiny models, served as `python app.py` serves it."""
    from summarize.ui import build_app, launch

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    summarizer = Summarizer(tiny_config, embedder=embedder)
    demo = build_app(summarizer)
    yield launch(demo, summarizer.config, host="127.0.0.1", port=port, block=False)
    demo.close()
