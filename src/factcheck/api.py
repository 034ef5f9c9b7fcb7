"""The Python API: `FactChecker.open(...)`, `ingest`, `ask`, documents."""

from __future__ import annotations

import dataclasses
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

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


INGEST_BATCH_SENTENCES = 512  # sentences embedded per model call during ingest (across documents)


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


DEFAULT_VERIFIER = "learned"


def make_verifier(spec: str | None, index: ChromaIndex | None = None, *, embedder: Embedder | None = None,
                  llm: Any = None) -> Verifier:
    """The verifier for a spec (default: `FACTCHECK_VERIFIER`, else "learned").

    - "learned" (default): the offline learned verifier (features, our NLI judge's probabilities,
      and the shipped trained model)
    - "lexical": the learned verifier without the judge (faster; its own trained claim model)
    - "rules": the first version's threshold rules
    - "nli:NAME_OR_PATH": a sentence-transformers CrossEncoder NLI model from the local cache or a folder
    - "llm": an LLM judge; pass the LangChain chat model as `llm`
    Raises ConfigError for an unknown spec, ModelLoadError for a model that cannot be loaded.
    """
    from .errors import ConfigError
    from .verify import LearnedVerifier, RuleVerifier

    spec = (spec or os.environ.get("FACTCHECK_VERIFIER") or DEFAULT_VERIFIER).strip()
    if spec in ("learned", "default"):
        return LearnedVerifier(embedder)
    if spec == "lexical":
        return LearnedVerifier(embedder, judge=False)
    if spec == "rules":
        # A lambda, not the bound method: the index may rebuild its BM25 side (reopen, sync).
        return RuleVerifier(idf=(lambda term: index.lexical.idf(term)) if index is not None else None)
    if spec.startswith("nli:") and len(spec) > 4:
        from .verifiers_optional import NLIVerifier

        return NLIVerifier(spec[4:], embedder=embedder)
    if spec == "llm":
        if llm is None:
            raise ConfigError("verifier 'llm' needs a LangChain chat model: make_verifier('llm', llm=chat_model), "
                              "or FactChecker.open(verifier=LLMJudgeVerifier(chat_model))")
        from .verifiers_optional import LLMJudgeVerifier

        return LLMJudgeVerifier(llm, embedder=embedder)
    raise ConfigError(f"unknown verifier {spec!r}; use 'learned' (default), 'lexical', 'rules', 'nli:NAME_OR_PATH' or 'llm'")


def _with_resolved_source(doc: Document) -> Document:
    """Files are known by their absolute path, so `a.txt` and `/x/a.txt` are one source (a changed
    file then replaces its old version however the path was spelled)."""
    if not doc.source or doc.source.startswith(("pasted", "dataset:")):
        return doc
    path = Path(doc.source)
    if not path.is_file():
        return doc
    return dataclasses.replace(doc, source=str(path.resolve()))


class FactChecker:
    """Ingest articles and ask questions or check claims against them.

    Example:
        >>> fc = FactChecker.open(tmp_index)                      # doctest: +SKIP
        >>> fc.ingest(["seeds/"]).added[0].title[:20]             # doctest: +SKIP
        'Il ministro degli Es'
        >>> fc.ask("Chi ha preso l'iniziativa della telefonata?").verdict  # doctest: +SKIP
        <Verdict.SUPPORTED: 'supported'>
    """

    def __init__(self, index: ChromaIndex, embedder: Embedder, *, verifier: Verifier | str | None = None, k: int = 5,
                 llm: Any = None):
        if k <= 0:
            raise ValueError(f"k must be greater than 0, got {k}")
        self.index = index
        self.embedder = embedder
        index.bind(embedder.name, embedder.dim)
        self.verifier = verifier if verifier is not None and not isinstance(verifier, str) else make_verifier(verifier, index, embedder=embedder)
        self.retriever = HybridRetriever(index=index, embedder=embedder, k=k)
        self._ingest_lock = threading.Lock()
        self.use_llm(llm)

    def use_llm(self, llm: Any, *, name: str | None = None) -> None:
        """Write replies with a language model: a spec ("ollama:MODEL", "openai:MODEL",
        "llamacpp:PATH.gguf"), a LangChain chat model, or None / "none" for extractive replies.
        `name` labels a model object (default: its class name). Raises ModelLoadError or
        ConfigError (llm.py) when the model cannot be used."""
        from .chain import build_chain

        from .generate import GroundedGenerator
        from .llm import make_llm, parse_spec

        model, name = llm, name or type(llm).__name__
        if isinstance(llm, str):
            spec = parse_spec(llm)  # None for "none" / ""
            model, name = (make_llm(spec), str(spec)) if spec is not None else (None, "")
        self.llm, self.llm_name = model, (name if model is not None else "")
        self.generator = None if model is None else GroundedGenerator(model, self.verifier, embedder=self.embedder,
                                                                      name=name)
        generator = self.generator
        self.chain = build_chain(self.retriever, self.verifier, self._title, generator=generator)

    @classmethod
    def open(cls, path: str | Path | None = None, *, embedder: str | Embedder | None = None,
             verifier: Verifier | str | None = None, k: int = 5, lock_timeout: float = 0.0,
             name: str = DEFAULT_NAME, llm: Any = None) -> "FactChecker":
        """Open (or create) an index.

        Args:
            path: index folder; default `FACTCHECK_INDEX` or ~/.local/share/factcheck/index. With
                `FACTCHECK_CHROMA_HOST` set and no path, a Chroma server is used instead.
            embedder: spec ("use", "e5", "minilm", "st:PATH") or an Embedder; default: the one the
                index was built with, else `FACTCHECK_EMBEDDER`, else "use".
            verifier: "learned" (default), "rules", "nli:NAME_OR_PATH" (see `make_verifier`) or a
                Verifier object (e.g. `LLMJudgeVerifier(chat_model)`).
            k: how many evidence sentences each answer considers and cites at most.
            lock_timeout: seconds to wait when another process holds the index folder.
            name: collection-name prefix inside the folder or server (several indexes can share one).
            llm: a language model for generative replies (see `use_llm`); default `FACTCHECK_LLM`,
                else none (extractive replies).
        Raises:
            IndexBusyError, EmbedderMismatchError, ModelLoadError, ConfigError.
        """
        index = open_index(path, lock_timeout=lock_timeout, name=name)
        try:
            if embedder is None or isinstance(embedder, str):
                spec = embedder or index.embedder_name or os.environ.get("FACTCHECK_EMBEDDER")
                embedder = make_embedder(spec)
            if llm is None:
                from .llm import spec_from_env

                llm = spec_from_env()
            return cls(index, embedder, verifier=verifier, k=k, llm=llm)
        except Exception:
            index.close()
            raise

    # ---------- documents ----------
    def ingest(self, sources: Iterable[str | Path | Document] | str | Path | Document, *,
               progress: bool = False) -> IngestReport:
        """Add files, folders or Documents. Bad inputs are listed in `report.failures`; the good
        ones are ingested anyway. Raises IngestFailures only when no input could be used at all.

        Documents are embedded in batches of about `INGEST_BATCH_SENTENCES` sentences (several
        small documents share one model call) and stored a batch at a time, their docs records
        written last (the commit): a crash leaves each document fully stored or absent, and
        ingesting again completes the rest. `progress=True` shows a tqdm bar (documents)."""
        if isinstance(sources, (str, Path, Document)):
            sources = [sources]
        loaded = load_paths(sources)
        report = IngestReport(failures=list(loaded.failures))
        docs = [_with_resolved_source(d) for d in loaded.documents]
        bar = None
        if progress and docs:
            from tqdm import tqdm

            bar = tqdm(total=len(docs), unit="doc", desc="ingest")
        with self._ingest_lock:
            self.index.sync()
            pending: list[tuple[Document, list[Sentence], list]] = []
            n_pending = 0
            for doc in docs:
                if self.index.has(doc.doc_id):
                    report.unchanged.append(self.index.info(doc.doc_id))
                    if bar is not None:
                        bar.update(1)
                    continue
                sentences = segment(doc.doc_id, doc.text)
                if not sentences:
                    report.failures.append(LoadFailure(doc.source or doc.title,
                                                       "has no sentences to index; give an article with text"))
                    if bar is not None:
                        bar.update(1)
                    continue
                pending.append((doc, sentences, chunk(doc.text, sentences)))
                n_pending += len(sentences)
                if n_pending >= INGEST_BATCH_SENTENCES:
                    self._store(pending, report, bar)
                    pending, n_pending = [], 0
            if pending:
                self._store(pending, report, bar)
        if bar is not None:
            bar.close()
        if report.failures and not (report.added or report.unchanged):
            raise IngestFailures([(f.source, f.reason) for f in report.failures])
        return report

    def add_text(self, text: str, title: str | None = None) -> IngestReport:
        """Ingest pasted text; a new text with the same title replaces the old one."""
        doc = load_text(text, title=title, source=f"pasted:{(title or '').strip()}" if title and title.strip() else "pasted")
        return self.ingest([doc])

    def _store(self, batch: list[tuple[Document, list[Sentence], list]], report: IngestReport, bar) -> None:
        """Embed a batch of documents in one model call per kind of text, then store and commit them
        together (see ChromaIndex.add_many)."""
        sent_vecs = self.embedder.encode([s.text for _, sentences, _ in batch for s in sentences])
        chunk_vecs = self.embedder.encode([c.text for _, _, chunks in batch for c in chunks])
        items, i, j = [], 0, 0
        for doc, sentences, chunks in batch:
            items.append((doc, sentences, chunks, sent_vecs[i : i + len(sentences)], chunk_vecs[j : j + len(chunks)]))
            i, j = i + len(sentences), j + len(chunks)
        self.index.add_many(items)
        for doc, _, _ in batch:
            report.added.append(self.index.info(doc.doc_id))
        # a changed file replaces its old version; documents given in this ingest that name the same source
        # (several Documents with one label) are all kept, none replaces another
        fresh = {d.doc_id for d in report.added + report.unchanged}
        for doc, _, _ in batch:
            if doc.source and doc.source != "pasted":
                for old in self.index.documents_from(doc.source):
                    if old.doc_id not in fresh:
                        report.replaced.append(self.index.remove(old.doc_id))
            if bar is not None:
                bar.update(1)

    def documents(self) -> list[DocInfo]:
        self.index.sync()
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
            k: int | None = None, lang: str | None = None) -> Answer:
        """Answer a question or check a claim against the indexed articles.

        Args:
            query: the question or claim (Italian or English), at most 2,000 characters.
            kind: "question" or "claim" to override the automatic choice.
            doc_ids: only these documents.
            k: how many evidence sentences to consider.
            lang: "it" or "en" for the reply's language; default: the query's language.
        Raises:
            InputError: empty or too long query, bad kind, bad k or lang.
        """
        self.index.sync()  # a shared server index: see what other processes committed
        return self.chain.invoke(self._chain_input(query, kind, doc_ids, k, lang))

    def ask_stream(self, query: str, *, kind: str | None = None, doc_ids: Sequence[str] | None = None,
                   k: int | None = None, lang: str | None = None) -> Iterator[str | Answer]:
        """Like `ask`, streamed: with a language model, the draft reply as `str` chunks while it is
        written, then the checked `Answer` (always last, always once). The draft is unchecked:
        show it as provisional and replace it with `answer.text`, which keeps only verified
        sentences. Without a model, only the Answer.

        >>> for item in fc.ask_stream("Chi ha chiamato?"):  # doctest: +SKIP
        ...     print(item if isinstance(item, str) else item.verdict)
        """
        self.index.sync()
        return self.chain.stream(self._chain_input(query, kind, doc_ids, k, lang))  # bad input raises now

    @staticmethod
    def _chain_input(query, kind, doc_ids, k, lang) -> dict:
        if k is not None and k <= 0:
            raise InputError(f"k must be greater than 0, got {k}")
        if lang not in (None, "it", "en"):
            raise InputError(f"lang must be 'it' or 'en' (or None for the query's language), got {lang!r}")
        return {"query": query, "kind": parse_kind(kind), "doc_ids": doc_ids, "k": k, "lang": lang}

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> "FactChecker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
