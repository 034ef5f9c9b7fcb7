"""The Python API: `FactChecker.open(...)`, `ingest`, `ask`, documents."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .chunk import chunk
from .embed import Embedder, make_embedder
from .errors import IngestFailures, InputError
from .index import DEFAULT_NAME, ChromaIndex, DocInfo, open_index
from .load import LoadFailure, load_paths, load_text
from .query import parse_kind
from .retrieve import HybridRetriever
from .segment import segment
from .types import Answer, Document, Sentence
from .verify import Verifier


@dataclass
class IngestReport:
    """What an ingest did: new documents, ones already there, replaced old versions, failures."""

    added: list[DocInfo] = field(default_factory=list)
    unchanged: list[DocInfo] = field(default_factory=list)
    replaced: list[DocInfo] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def make_verifier(spec: str | None, index: ChromaIndex) -> Verifier:
    from .verify import RuleVerifier

    spec = (spec or "rules").strip()
    if spec == "rules":
        return RuleVerifier(idf=index.lexical.idf)
    from .errors import ConfigError

    raise ConfigError(f"unknown verifier {spec!r}; use 'rules'")


class FactChecker:
    """Ingest articles and ask questions or check claims against them.

    Example:
        >>> fc = FactChecker.open(tmp_index)                      # doctest: +SKIP
        >>> fc.ingest(["seeds/"]).added[0].title[:20]             # doctest: +SKIP
        'Il ministro degli Es'
        >>> fc.ask("Chi ha preso l'iniziativa della telefonata?").verdict  # doctest: +SKIP
        <Verdict.SUPPORTED: 'supported'>
    """

    def __init__(self, index: ChromaIndex, embedder: Embedder, *, verifier: Verifier | str | None = None, k: int = 5):
        if k <= 0:
            raise ValueError(f"k must be greater than 0, got {k}")
        self.index = index
        self.embedder = embedder
        index.bind(embedder.name, embedder.dim)
        self.verifier = verifier if verifier is not None and not isinstance(verifier, str) else make_verifier(verifier, index)
        self.retriever = HybridRetriever(index=index, embedder=embedder, k=k)
        self._ingest_lock = threading.Lock()
        from .chain import build_chain

        self.chain = build_chain(self.retriever, self.verifier, self._title)

    @classmethod
    def open(cls, path: str | Path | None = None, *, embedder: str | Embedder | None = None,
             verifier: Verifier | str | None = None, k: int = 5, lock_timeout: float = 0.0,
             name: str = DEFAULT_NAME) -> "FactChecker":
        """Open (or create) an index.

        Args:
            path: index folder; default `FACTCHECK_INDEX` or ~/.local/share/factcheck/index. With
                `FACTCHECK_CHROMA_HOST` set and no path, a Chroma server is used instead.
            embedder: spec ("use", "e5", "minilm", "st:PATH") or an Embedder; default: the one the
                index was built with, else `FACTCHECK_EMBEDDER`, else "use".
            verifier: "rules" (default) or a Verifier object.
            k: how many evidence sentences each answer considers and cites at most.
            lock_timeout: seconds to wait when another process holds the index folder.
            name: collection-name prefix inside the folder or server (several indexes can share one).
        Raises:
            IndexBusyError, EmbedderMismatchError, ModelLoadError, ConfigError.
        """
        index = open_index(path, lock_timeout=lock_timeout, name=name)
        try:
            if embedder is None or isinstance(embedder, str):
                import os

                spec = embedder or index.embedder_name or os.environ.get("FACTCHECK_EMBEDDER")
                embedder = make_embedder(spec)
            return cls(index, embedder, verifier=verifier, k=k)
        except Exception:
            index.close()
            raise

    # ---------- documents ----------
    def ingest(self, sources: Iterable[str | Path | Document] | str | Path | Document, *,
               progress: bool = False) -> IngestReport:
        """Add files, folders or Documents. Bad inputs are listed in `report.failures`; the good
        ones are ingested anyway. Raises IngestFailures only when no input could be used at all."""
        if isinstance(sources, (str, Path, Document)):
            sources = [sources]
        loaded = load_paths(sources)
        report = IngestReport(failures=list(loaded.failures))
        docs = loaded.documents
        bar = None
        if progress and len(docs) > 1:
            from tqdm import tqdm

            bar = tqdm(total=len(docs), unit="doc", desc="ingest")
        with self._ingest_lock:
            for doc in docs:
                self._ingest_one(doc, report)
                if bar is not None:
                    bar.update(1)
        if bar is not None:
            bar.close()
        if report.failures and not (report.added or report.unchanged):
            raise IngestFailures([(f.source, f.reason) for f in report.failures])
        return report

    def add_text(self, text: str, title: str | None = None) -> IngestReport:
        """Ingest pasted text; a new text with the same title replaces the old one."""
        doc = load_text(text, title=title, source=f"pasted:{(title or '').strip()}" if title and title.strip() else "pasted")
        return self.ingest([doc])

    def _ingest_one(self, doc: Document, report: IngestReport) -> None:
        if self.index.has(doc.doc_id):
            report.unchanged.append(self.index.info(doc.doc_id))
            return
        sentences = segment(doc.doc_id, doc.text)
        if not sentences:
            report.failures.append(LoadFailure(doc.source or doc.title, "has no sentences to index; give an article with text"))
            return
        chunks = chunk(doc.text, sentences)
        sent_vecs = self.embedder.encode([s.text for s in sentences])
        chunk_vecs = self.embedder.encode([c.text for c in chunks])
        self.index.add(doc, sentences, chunks, sent_vecs, chunk_vecs)
        report.added.append(self.index.info(doc.doc_id))
        if doc.source and doc.source != "pasted":  # a changed file replaces its old version
            for old in self.index.documents():
                if old.source == doc.source and old.doc_id != doc.doc_id:
                    report.replaced.append(self.index.remove(old.doc_id))

    def documents(self) -> list[DocInfo]:
        return self.index.documents()

    def document(self, doc_id: str) -> Document:
        return self.index.document(doc_id)

    def sentences(self, doc_id: str) -> list[Sentence]:
        return self.index.sentences(doc_id)

    def remove(self, doc_id: str) -> DocInfo:
        with self._ingest_lock:
            return self.index.remove(doc_id)

    def _title(self, doc_id: str) -> str:
        return self.index.info(doc_id).title if self.index.has(doc_id) else ""

    # ---------- asking ----------
    def ask(self, query: str, *, kind: str | None = None, doc_ids: Sequence[str] | None = None,
            k: int | None = None) -> Answer:
        """Answer a question or check a claim against the indexed articles.

        Args:
            query: the question or claim (Italian or English), at most 2,000 characters.
            kind: "question" or "claim" to override the automatic choice.
            doc_ids: only these documents.
            k: how many evidence sentences to consider.
        Raises:
            InputError: empty or too long query, bad kind.
        """
        if k is not None and k <= 0:
            raise InputError(f"k must be greater than 0, got {k}")
        return self.chain.invoke({"query": query, "kind": parse_kind(kind), "doc_ids": doc_ids, "k": k})

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> "FactChecker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
