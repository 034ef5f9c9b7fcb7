"""Retrieval stage: dense (Chroma) and lexical (BM25) rankings fused, then sentence ranking.

Three rankings vote by reciprocal-rank fusion: the sentence vectors, the chunk vectors (every
sentence of a retrieved chunk gets the chunk's rank, which brings context words in), and BM25
over sentences. The fused top sentences get their cosine similarity to the query attached, for
verification, which looks at several of them, not only the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .types import Sentence

RRF_K = 60


@dataclass(frozen=True)
class Evidence:
    """A retrieved sentence with the numbers that put it there."""

    sentence: Sentence
    score: float  # fused reciprocal-rank score
    similarity: float  # cosine similarity of the sentence and query vectors
    lexical: float  # BM25 score, 0 when BM25 did not rank it
    rank: int


class HybridRetriever(BaseRetriever):
    """Dense + BM25 retrieval over an index, as a LangChain retriever of sentences."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any
    embedder: Any
    k: int = 6
    k_dense: int = 30
    k_lexical: int = 30
    k_chunks: int = 8
    weights: tuple[float, float, float] = (1.0, 1.0, 0.5)  # dense sentences, BM25, chunks
    doc_ids: Sequence[str] | None = None

    def model_post_init(self, _context) -> None:
        for field in ("k", "k_dense", "k_lexical", "k_chunks"):
            if getattr(self, field) <= 0:
                raise ValueError(f"{field} must be greater than 0, got {getattr(self, field)}")

    def search(self, query: str, *, k: int | None = None, doc_ids: Sequence[str] | None = None,
               query_vector: np.ndarray | None = None) -> list[Evidence]:
        """The top-k evidence sentences for a query, best first."""
        k = k or self.k
        doc_ids = doc_ids if doc_ids is not None else self.doc_ids
        if query_vector is None:
            query_vector = self.embedder.encode([query], query=True)[0]
        dense = self.index.query_sentences(query_vector, self.k_dense, doc_ids)
        lexical = self.index.lexical.search(query, self.k_lexical, doc_ids)
        chunks = self.index.query_chunks(query_vector, self.k_chunks, doc_ids)
        w_dense, w_lex, w_chunk = self.weights
        fused: dict[str, float] = {}
        for rank, (sid, _) in enumerate(dense):
            fused[sid] = fused.get(sid, 0.0) + w_dense / (RRF_K + rank + 1)
        for rank, (sid, _) in enumerate(lexical):
            fused[sid] = fused.get(sid, 0.0) + w_lex / (RRF_K + rank + 1)
        seen_in_chunks: set[str] = set()
        for rank, (_, sids, _) in enumerate(chunks):
            for sid in sids:
                if sid not in seen_in_chunks:
                    seen_in_chunks.add(sid)
                    fused[sid] = fused.get(sid, 0.0) + w_chunk / (RRF_K + rank + 1)
        top = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[: max(k * 2, k + 4)]
        records = self.index.sentence_records([sid for sid, _ in top], with_vectors=True)
        lex_scores = dict(lexical)
        out: list[Evidence] = []
        for sid, score in top:
            if sid not in records:
                continue
            sentence, vector = records[sid]
            similarity = float(np.dot(vector, query_vector)) if vector is not None else 0.0
            out.append(Evidence(sentence, score, similarity, float(lex_scores.get(sid, 0.0)), 0))
        out = out[:k]
        return [Evidence(e.sentence, e.score, e.similarity, e.lexical, i) for i, e in enumerate(out)]

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [
            LCDocument(page_content=e.sentence.text, id=e.sentence.id,
                       metadata={"doc_id": e.sentence.doc_id, "sentence_index": e.sentence.index,
                                 "start": e.sentence.start, "end": e.sentence.end, "score": e.score,
                                 "similarity": e.similarity, "lexical": e.lexical})
            for e in self.search(query)
        ]
