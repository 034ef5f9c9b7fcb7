"""A real embedder that remembers its vectors, so tests that re-ingest the seed do not re-embed it.

The vectors are the wrapped model's own (it runs once per distinct text); `batches` counts the
calls that reached the model, so a test can check that an ingest embedded nothing.
"""

from __future__ import annotations

import numpy as np

from factcheck.embed import Embedder

_VECTORS: dict[tuple[str, bool, str], np.ndarray] = {}  # (model name, query?, text) -> raw vector


class CachedEmbedder(Embedder):
    def __init__(self, inner: Embedder):
        self.inner = inner
        self.name = inner.name
        self.batch_size = inner.batch_size
        self.batches = 0

    @property
    def dim(self) -> int:
        return self.inner.dim

    def _encode(self, texts, *, query):
        missing = [t for t in dict.fromkeys(texts) if (self.name, query, t) not in _VECTORS]
        if missing:
            self.batches += 1
            for text, vector in zip(missing, self.inner._encode(missing, query=query)):
                _VECTORS[(self.name, query, text)] = np.asarray(vector, dtype=np.float32)
        return np.stack([_VECTORS[(self.name, query, t)] for t in texts])
