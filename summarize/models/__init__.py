"""Neural models behind narrow calls: loading by hub id or local path, mT5 generation,
Marian translation, sentence embeddings.
"""
