"""Lexical side of retrieval: an incremental BM25 index over sentences, kept in memory.

It is built from the vector store's committed sentences when an index is opened, then updated
in place by every ingest and removal, so it always answers for the same documents as Chroma.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from typing import Iterable

from .text import terms


class BM25Index:
    """Okapi BM25 over sentences, grouped by document; add/remove one document at a time."""

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        if k1 <= 0:
            raise ValueError(f"k1 must be greater than 0, got {k1}")
        if not 0 <= b <= 1:
            raise ValueError(f"b must be between 0 and 1, got {b}")
        self.k1, self.b = k1, b
        self._postings: dict[str, dict[str, int]] = {}  # term -> {sentence_id: tf}
        self._lengths: dict[str, int] = {}  # sentence_id -> number of terms
        self._doc_of: dict[str, str] = {}  # sentence_id -> doc_id
        self._by_doc: dict[str, list[tuple[str, Counter]]] = {}
        self._total_len = 0
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._lengths)

    @property
    def doc_ids(self) -> set[str]:
        return set(self._by_doc)

    def add(self, doc_id: str, sentences: Iterable[tuple[str, str]]) -> None:
        """Add a document's sentences as (sentence_id, text); re-adding a document replaces it."""
        counted = [(sid, Counter(terms(text))) for sid, text in sentences]
        with self._lock:
            self.remove(doc_id)
            for sid, tf in counted:
                for term, n in tf.items():
                    self._postings.setdefault(term, {})[sid] = n
                length = sum(tf.values())
                self._lengths[sid] = length
                self._doc_of[sid] = doc_id
                self._total_len += length
            self._by_doc[doc_id] = counted

    def remove(self, doc_id: str) -> None:
        with self._lock:
            for sid, tf in self._by_doc.pop(doc_id, []):
                for term in tf:
                    posting = self._postings.get(term)
                    if posting is not None:
                        posting.pop(sid, None)
                        if not posting:
                            del self._postings[term]
                self._total_len -= self._lengths.pop(sid, 0)
                self._doc_of.pop(sid, None)

    def idf(self, term: str) -> float:
        n = len(self._lengths)
        df = len(self._postings.get(term, ()))
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int = 20, doc_ids: Iterable[str] | None = None) -> list[tuple[str, float]]:
        """Top-k (sentence_id, score) for the query, optionally only inside the given documents."""
        allowed = set(doc_ids) if doc_ids is not None else None
        with self._lock:
            n = len(self._lengths)
            if n == 0:
                return []
            avgdl = self._total_len / n or 1.0
            scores: dict[str, float] = {}
            for term in set(terms(query)):
                posting = self._postings.get(term)
                if not posting:
                    continue
                idf = self.idf(term)
                for sid, tf in posting.items():
                    if allowed is not None and self._doc_of[sid] not in allowed:
                        continue
                    norm = self.k1 * (1 - self.b + self.b * self._lengths[sid] / avgdl)
                    scores[sid] = scores.get(sid, 0.0) + idf * tf * (self.k1 + 1) / (tf + norm)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:k]
