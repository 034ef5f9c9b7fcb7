"""The naive-RAG baseline the evaluation compares against.

LangChain's RecursiveCharacterTextSplitter cuts each document into character chunks, LangChain's
Chroma vector store holds them (same embedder as the project), the top-k chunks are cited whole,
and the verdict is a similarity threshold: `supported` when the top chunk is close enough, else
`not_enough_info` (it never refutes).
"""

from __future__ import annotations

import time
import uuid
from typing import Sequence

from .segment import split_spans
from .types import Document


class NaiveRAG:
    """Character chunks + Chroma top-k + a similarity threshold."""

    name = "baseline"

    def __init__(self, embedder, *, k: int = 3, chunk_size: int = 500, chunk_overlap: int = 50,
                 threshold: float = 0.5, client=None):
        if k <= 0:
            raise ValueError(f"k must be greater than 0, got {k}")
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
        import chromadb
        from chromadb.config import Settings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.k, self.threshold = k, threshold
        self._splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap,
                                                        add_start_index=True)
        client = client or chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
        self._store = Chroma(collection_name=f"baseline-{uuid.uuid4().hex[:8]}", embedding_function=embedder,
                             client=client, collection_metadata={"hnsw:space": "cosine"})
        self._texts: dict[str, str] = {}

    def add(self, docs: Sequence[Document]) -> None:
        from langchain_core.documents import Document as LCDocument

        new = list({d.doc_id: d for d in docs if d.doc_id not in self._texts}.values())  # one copy per text
        chunks = []
        for d in new:
            self._texts[d.doc_id] = d.text
            for piece in self._splitter.split_documents([LCDocument(page_content=d.text, metadata={"doc_id": d.doc_id})]):
                chunks.append(piece)
        ids = [f"{c.metadata['doc_id']}@{c.metadata['start_index']}" for c in chunks]
        step = 1000  # under Chroma's max batch size
        for i in range(0, len(chunks), step):
            self._store.add_documents(chunks[i : i + step], ids=ids[i : i + step])

    def ask(self, query: str, doc_ids: Sequence[str] | None = None) -> dict:
        """A result line (DESIGN.md format) with whole-chunk citations."""
        t0 = time.perf_counter()
        filt = None
        if doc_ids:
            filt = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        hits = self._store.similarity_search_with_score(query, k=self.k, filter=filt)
        citations = []
        for doc, distance in hits:
            similarity = 1.0 - float(distance)
            start = int(doc.metadata["start_index"])
            end = start + len(doc.page_content)
            text = self._texts[doc.metadata["doc_id"]]
            sentences = [{"start": start + s, "end": start + e, "text": doc.page_content[s:e]}
                         for s, e in split_spans(doc.page_content)]
            citations.append({"doc_id": doc.metadata["doc_id"], "sentence_index": -1, "start": start, "end": end,
                              "text": text[start:end], "score": round(similarity, 4), "stance": "neutral",
                              "sentences": sentences})
        top = citations[0]["score"] if citations else 0.0
        verdict = "supported" if top >= self.threshold else "not_enough_info"
        if verdict == "supported":
            citations[0]["stance"] = "supports"
        answer = citations[0]["text"] if verdict == "supported" else "Not found in the articles."
        return {"verdict": verdict, "answer": answer, "confidence": round(top, 4),
                "latency_ms": round((time.perf_counter() - t0) * 1000.0, 2), "citations": citations}
