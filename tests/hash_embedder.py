"""A fast, deterministic embedder for stress tests (many documents, child processes, hypothesis).

It is a real `Embedder` subclass (signed hashed word counts, unit length), not a language model:
tests of retrieval quality use the real model; these tests check storage, locking and crash
safety, where what matters is that every vector is stored and found again.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from factcheck.embed import Embedder

_WORD = re.compile(r"\w+")


class HashEmbedder(Embedder):
    name = "test-hash"
    batch_size = 4096

    def __init__(self, dim: int = 64):
        self._dim = dim
        self.batches = 0

    @property
    def dim(self) -> int:
        return self._dim

    def _encode(self, texts, *, query):
        self.batches += 1
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, 0] = 1e-3  # never the zero vector
            for word in _WORD.findall(text.lower()):
                h = zlib.crc32(word.encode("utf-8"))
                out[i, h % self._dim] += 1.0 if (h >> 20) & 1 else -1.0
        return out
