"""Retrieval stage: dense (Chroma) and lexical (BM25) rankings fused, then sentence ranking.

Three rankings vote by reciprocal-rank fusion: the sentence vectors, the chunk vectors (every
sentence of a retrieved chunk gets the chunk's rank, which brings context words in), and BM25
over sentences. The fused top sentences get their cosine similarity to the query attached, for
verification, which looks at several of them, not only the first.

Across many documents a document prior is added: the same rankings, read deeper (`k_pool`),
also vote for documents (a document counts its best rank in each ranking, so long articles get
no edge), and every sentence gets `doc_weight` times its document's vote. A sentence of the
article that matches the question as a whole then beats a lone look-alike sentence of another
article. Measured on 200k sentences (benchmarks/scale.py): evidence hit rate 48% -> 62%, with
no extra query (a hard filter to the top documents gained 2 points and cost 5x the latency).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .types import Sentence, sentence_id

RRF_K = 60


@dataclass(frozen=True)
class Evidence:
    """A retrieved sentence with the numbers that put it there."""

    sentence: Sentence
    score: float  # fused reciprocal-rank score (with the document prior, across several documents)
    similarity: float  # cosine similarity of the sentence and query vectors
    lexical: float  # BM25 score, 0 when BM25 did not rank it
    rank: int
    # the article's next sentence, which may name who says this one ("Lo riferisce Politico …")
    following: Sentence | None = None
    # the one before, which may name the speaker of a quotation this one gives to "he" or "she"
    preceding: Sentence | None = None


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
    doc_weight: float = 8.0  # weight of the document prior across several documents (0 turns it off)
    k_pool: int = 100  # how deep the rankings are read when the document prior is on

    def model_post_init(self, _context) -> None:
        for field in ("k", "k_dense", "k_lexical", "k_chunks", "k_pool"):
            if getattr(self, field) <= 0:
                raise ValueError(f"{field} must be greater than 0, got {getattr(self, field)}")
        if self.doc_weight < 0:
            raise ValueError(f"doc_weight must be 0 (off) or greater, got {self.doc_weight}")

    def _rankings(self, query: str, query_vector: np.ndarray, doc_ids, deep: bool):
        """(dense sentences, BM25 sentences, chunks), each best first."""
        depth = self.k_pool if deep else 0
        return (self.index.query_sentences(query_vector, max(self.k_dense, depth), doc_ids),
                self.index.lexical.search(query, max(self.k_lexical, depth), doc_ids),
                self.index.query_chunks(query_vector, max(self.k_chunks, depth // 3), doc_ids))

    def _document_votes(self, dense, lexical, chunks) -> dict[str, float]:
        w_dense, w_lex, w_chunk = self.weights
        votes: dict[str, float] = {}
        for weight, sentence_ids in ((w_dense, [sid for sid, _ in dense]), (w_lex, [sid for sid, _ in lexical]),
                                     (w_chunk, [sids[0] for _, sids, _ in chunks if sids])):
            seen: set[str] = set()
            for rank, sid in enumerate(sentence_ids):
                doc_id = sid.rsplit(":", 1)[0]
                if doc_id not in seen:  # a document's best rank only: long articles get no edge
                    seen.add(doc_id)
                    votes[doc_id] = votes.get(doc_id, 0.0) + weight / (RRF_K + rank + 1)
        return votes

    def rank_documents(self, query: str, query_vector: np.ndarray | None = None,
                       doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """Documents by their vote over the deep rankings (the document prior), best first."""
        if query_vector is None:
            query_vector = self.embedder.encode([query], query=True)[0]
        votes = self._document_votes(*self._rankings(query, query_vector, doc_ids, deep=True))
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))

    def search(self, query: str, *, k: int | None = None, doc_ids: Sequence[str] | None = None,
               query_vector: np.ndarray | None = None) -> list[Evidence]:
        """The top-k evidence sentences for a query, best first."""
        k = k or self.k
        doc_ids = doc_ids if doc_ids is not None else self.doc_ids
        if query_vector is None:
            query_vector = self.embedder.encode([query], query=True)[0]
        n_docs = len(doc_ids) if doc_ids is not None else self.index.n_documents
        prior = self.doc_weight > 0 and n_docs > 1
        dense, lexical, chunks = self._rankings(query, query_vector, doc_ids, deep=prior)
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
        if prior:
            votes = self._document_votes(dense, lexical, chunks)
            for sid in fused:
                fused[sid] += self.doc_weight * votes.get(sid.rsplit(":", 1)[0], 0.0)
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
        nexts = [sentence_id(e.sentence.doc_id, e.sentence.index + 1) for e in out]
        befores = [sentence_id(e.sentence.doc_id, e.sentence.index - 1) for e in out]
        around = self.index.sentence_records(list(dict.fromkeys(
            nexts + [b for b, e in zip(befores, out) if e.sentence.index > 0])))
        return [Evidence(e.sentence, e.score, e.similarity, e.lexical, i, around.get(nid, (None,))[0],
                         around.get(bid, (None,))[0] if e.sentence.index > 0 else None)
                for i, (e, nid, bid) in enumerate(zip(out, nexts, befores))]

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [
            LCDocument(page_content=e.sentence.text, id=e.sentence.id,
                       metadata={"doc_id": e.sentence.doc_id, "sentence_index": e.sentence.index,
                                 "start": e.sentence.start, "end": e.sentence.end, "score": e.score,
                                 "similarity": e.similarity, "lexical": e.lexical})
            for e in self.search(query)
        ]
