"""Lexical side of retrieval: an incremental BM25 index over sentences, kept in memory.

It is built from the vector store's committed sentences when an index is opened, then updated
in place by every ingest and removal, so it always answers for the same documents as Chroma.

Storage is array based so a search over a few hundred thousand sentences stays in numpy: every
sentence is a row (its length, its document number, alive or not), and every term has compact
posting arrays of (row, term frequency). Removing a document only marks its rows dead; the
postings are compacted once dead rows outnumber live ones.
"""

from __future__ import annotations

import math
import threading
from array import array
from collections import Counter
from typing import Iterable

import numpy as np

from .text import _WORD_RE, QUESTION_WORDS, STOPWORDS, fold, stem

_TERM_CACHE_MAX = 500_000


class _Column:
    """A growable numpy column (amortised O(1) appends)."""

    def __init__(self, dtype):
        self.data = np.zeros(1024, dtype=dtype)
        self.n = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=self.data.dtype)
        need = self.n + len(values)
        if need > len(self.data):
            grown = np.zeros(max(need, 2 * len(self.data)), dtype=self.data.dtype)
            grown[: self.n] = self.data[: self.n]
            self.data = grown
        self.data[self.n : need] = values
        self.n = need

    @property
    def view(self) -> np.ndarray:
        return self.data[: self.n]


class BM25Index:
    """Okapi BM25 over sentences, grouped by document; add/remove one document at a time."""

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        if k1 <= 0:
            raise ValueError(f"k1 must be greater than 0, got {k1}")
        if not 0 <= b <= 1:
            raise ValueError(f"b must be between 0 and 1, got {b}")
        self.k1, self.b = k1, b
        self._sids: list[str | None] = []  # row -> sentence id (None once removed)
        self._lengths = _Column(np.float64)  # row -> number of terms
        self._row_doc = _Column(np.int32)  # row -> document number
        self._alive = _Column(np.bool_)
        self._postings: dict[str, tuple[array, array]] = {}  # term -> (rows, term frequencies)
        self._df: dict[str, int] = {}  # term -> live sentences containing it
        self._doc_num: dict[str, int] = {}  # doc_id -> document number (kept after removal)
        self._doc_rows: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # live doc -> (row, its terms)
        self._n_alive = 0
        self._n_dead = 0
        self._total_len = 0
        self._term_cache: dict[str, str | None] = {}
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return self._n_alive

    @property
    def doc_ids(self) -> set[str]:
        return set(self._doc_rows)

    def terms(self, text: str) -> list[str]:
        """`factcheck.text.terms(text)`, with the per-word folding and stemming memoised."""
        cache = self._term_cache
        out = []
        for word in _WORD_RE.findall(text):
            term = cache.get(word, "")
            if term == "":
                norm = fold(word)
                term = None if norm in STOPWORDS or norm in QUESTION_WORDS else stem(norm)
                if len(cache) >= _TERM_CACHE_MAX:
                    cache.clear()
                cache[word] = term
            if term is not None:
                out.append(term)
        return out

    def add(self, doc_id: str, sentences: Iterable[tuple[str, str]]) -> None:
        """Add a document's sentences as (sentence_id, text); re-adding a document replaces it."""
        counted = [(sid, Counter(self.terms(text))) for sid, text in sentences]
        with self._lock:
            self.remove(doc_id)
            doc_num = self._doc_num.setdefault(doc_id, len(self._doc_num))
            first = len(self._sids)
            rows = []
            for offset, (sid, tf) in enumerate(counted):
                row = first + offset
                for term, n in tf.items():
                    posting = self._postings.get(term)
                    if posting is None:
                        posting = self._postings[term] = (array("i"), array("i"))
                    posting[0].append(row)
                    posting[1].append(n)
                    self._df[term] = self._df.get(term, 0) + 1
                self._sids.append(sid)
                rows.append((row, tuple(tf)))
            lengths = [sum(tf.values()) for _, tf in counted]
            self._lengths.extend(lengths)
            self._row_doc.extend([doc_num] * len(counted))
            self._alive.extend([True] * len(counted))
            self._n_alive += len(counted)
            self._total_len += sum(lengths)
            self._doc_rows[doc_id] = rows

    def remove(self, doc_id: str) -> None:
        with self._lock:
            rows = self._doc_rows.pop(doc_id, None)
            if not rows:
                return
            alive, lengths = self._alive.data, self._lengths.data
            for row, row_terms in rows:
                alive[row] = False
                self._total_len -= int(lengths[row])
                self._sids[row] = None
                for term in row_terms:
                    left = self._df[term] - 1
                    if left:
                        self._df[term] = left
                    else:
                        del self._df[term]
                        del self._postings[term]
            self._n_alive -= len(rows)
            self._n_dead += len(rows)
            if self._n_dead > max(1000, self._n_alive):
                self._compact()

    def _compact(self) -> None:
        """Drop dead rows from the postings (rows keep their numbers)."""
        alive = self._alive.view
        for term, (rows, tfs) in list(self._postings.items()):
            r = np.array(rows, dtype=np.int32)
            keep = alive[r]
            if not keep.all():
                self._postings[term] = (array("i", r[keep].tobytes()), array("i", np.array(tfs, dtype=np.int32)[keep].tobytes()))
        self._n_dead = 0

    def idf(self, term: str) -> float:
        n = self._n_alive
        df = self._df.get(term, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int = 20, doc_ids: Iterable[str] | None = None) -> list[tuple[str, float]]:
        """Top-k (sentence_id, score) for the query, optionally only inside the given documents."""
        query_terms = list(dict.fromkeys(self.terms(query)))
        with self._lock:
            n = self._n_alive
            if n == 0 or k <= 0:
                return []
            allowed = None
            if doc_ids is not None:
                nums = [self._doc_num[d] for d in set(doc_ids) if d in self._doc_rows]
                if not nums:
                    return []
                allowed = np.zeros(len(self._doc_num), dtype=bool)
                allowed[nums] = True
            alive, lengths, row_doc = self._alive.view, self._lengths.view, self._row_doc.view
            avgdl = self._total_len / n or 1.0
            scores = np.zeros(len(self._sids), dtype=np.float64)
            for term in query_terms:
                posting = self._postings.get(term)
                if posting is None:
                    continue
                idf = self.idf(term)
                rows = np.array(posting[0], dtype=np.int64)  # copies: the arrays stay appendable
                tf = np.array(posting[1], dtype=np.float64)
                keep = alive[rows] if self._n_dead else None
                if allowed is not None:
                    in_docs = allowed[row_doc[rows]]
                    keep = in_docs if keep is None else keep & in_docs
                if keep is not None:
                    rows, tf = rows[keep], tf[keep]
                norm = self.k1 * (1 - self.b + self.b * lengths[rows] / avgdl)
                scores[rows] += idf * tf * (self.k1 + 1) / (tf + norm)  # a row occurs once per term
            hit = np.flatnonzero(scores)
            if len(hit) > k:  # everything tied with the k-th score too, so ties break by id
                kth = np.partition(scores[hit], len(hit) - k)[len(hit) - k]
                hit = hit[scores[hit] >= kth]
            ranked = sorted(((self._sids[r], float(scores[r])) for r in hit), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:k]
