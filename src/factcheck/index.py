"""Index stage: documents, sentences and chunks in Chroma, plus the in-memory BM25 side.

Layout (three collections per index name):
- ``{name}-docs``: one record per committed document (full text, title, source); a 1-d
  placeholder vector, since Chroma needs one and its own embedding function must never run.
- ``{name}-sentences`` / ``{name}-chunks``: our vectors, cosine space, metadata with offsets.

Crash safety: a document's sentences and chunks are written first and its docs record last,
so the docs record is the commit marker. Readers only see committed documents; leftovers of an
interrupted ingest are deleted the next time the index is opened for writing.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .errors import ConfigError, DocumentNotFoundError, EmbedderMismatchError, IndexBusyError
from .lexical import BM25Index
from .types import Chunk, Document, Sentence, sentence_id

SCHEMA_VERSION = 1
DEFAULT_NAME = "factcheck"
_PAGE = 5000
SYNC_INTERVAL = 2.0  # seconds between looks at a shared (server) index for other writers' changes


def default_index_dir() -> Path:
    """`FACTCHECK_INDEX`, else `$XDG_DATA_HOME/factcheck/index` (~/.local/share/factcheck/index)."""
    env = os.environ.get("FACTCHECK_INDEX")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "factcheck" / "index"


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str
    source: str
    lang: str
    n_sentences: int
    n_chunks: int
    chars: int
    ingested_at: float


class FolderLock:
    """An exclusive lock on an index folder, held for the life of the open index.

    Chroma's embedded store silently loses vectors when two processes write one folder, so a
    second process gets IndexBusyError (after waiting `timeout` seconds) instead.
    """

    _held: dict[str, list] = {}  # path -> [FileLock, refcount], shared inside one process
    _guard = threading.Lock()

    def __init__(self, folder: Path, timeout: float = 0.0):
        from filelock import FileLock, Timeout

        self.path = str((folder / ".factcheck.lock").resolve())
        with self._guard:
            entry = self._held.get(self.path)
            if entry is None:
                lock = FileLock(self.path, timeout=timeout)
                try:
                    lock.acquire()
                except Timeout as exc:
                    raise IndexBusyError(
                        f"index busy: {folder} is open in another factcheck process (the app or a "
                        "CLI command); close it and retry, or run a Chroma server for shared access "
                        "(see README, 'Chroma server')") from exc
                entry = self._held[self.path] = [lock, 0]
            entry[1] += 1
        self._released = False

    def release(self) -> None:
        with self._guard:
            if self._released:
                return
            self._released = True
            entry = self._held.get(self.path)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] <= 0:
                entry[0].release()
                del self._held[self.path]


def persistent_client(folder: Path):
    import chromadb
    from chromadb.config import Settings

    folder.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(folder), settings=Settings(anonymized_telemetry=False))


def server_client(host: str, port: int):
    import chromadb
    from chromadb.config import Settings

    try:
        client = chromadb.HttpClient(host=host, port=port, settings=Settings(anonymized_telemetry=False))
        client.heartbeat()
    except Exception as exc:
        raise ConfigError(f"Chroma server {host}:{port} cannot be reached ({type(exc).__name__}); start "
                          f"one with `chroma run --path DIR --host {host} --port {port}` or unset "
                          "FACTCHECK_CHROMA_HOST") from exc
    return client


_OPEN: dict[tuple[str, str], "ChromaIndex"] = {}
_OPEN_GUARD = threading.Lock()


class ChromaIndex:
    """Documents, sentence and chunk vectors in Chroma, and the BM25 side, kept in step."""

    _users = 1  # handles given out by open_index for this index in this process

    def __init__(self, client, *, name: str = DEFAULT_NAME, location: str = "", lock: FolderLock | None = None,
                 shared: bool = False):
        check_name(name)
        self._client = client
        self.name = name
        self.location = location
        self._lock = lock
        # shared: other processes may write these collections (a Chroma server), so leftovers of
        # uncommitted documents may be another writer's ingest in progress: never swept at open
        # (they stay invisible, and ingesting that document again replaces them).
        self.shared = shared
        self._write = threading.RLock()
        self._docs_col = client.get_or_create_collection(f"{name}-docs", embedding_function=None)
        self._sent_col = self._chunk_col = None
        self.embedder_name: str | None = (self._docs_col.metadata or {}).get("embedder")
        self._docs: dict[str, DocInfo] = {}
        self._leftovers: set[str] = set()  # uncommitted documents whose parts may still be stored
        self._synced_at = time.monotonic()
        self.lexical = BM25Index()
        try:
            self._max_batch = int(client.get_max_batch_size())
        except Exception:
            self._max_batch = 1000

    # ---------- opening ----------
    def bind(self, embedder_name: str, dim: int) -> None:
        """Use these vectors; an index built with another embedder is an error, never a mix."""
        stored = self.embedder_name
        if stored and stored != embedder_name:
            if self._docs_col.count() > 0:
                raise EmbedderMismatchError(
                    f"index {self.location or self.name} was built with embedder {stored!r}, not "
                    f"{embedder_name!r}; open it with --embedder {stored} (or FACTCHECK_EMBEDDER={stored}), "
                    "or use a new index folder for the other embedder")
            for suffix in ("docs", "sentences", "chunks"):  # empty: start over with the new one
                try:
                    self._client.delete_collection(f"{self.name}-{suffix}")
                except Exception:
                    pass
        meta = {"embedder": embedder_name, "dim": int(dim), "schema": SCHEMA_VERSION}
        self._docs_col = self._client.get_or_create_collection(f"{self.name}-docs", embedding_function=None,
                                                               metadata=meta)
        if (self._docs_col.metadata or {}).get("embedder") != embedder_name:
            self._docs_col.modify(metadata=meta)
        space = {"hnsw:space": "cosine"}
        self._sent_col = self._client.get_or_create_collection(f"{self.name}-sentences", embedding_function=None,
                                                               metadata=space)
        self._chunk_col = self._client.get_or_create_collection(f"{self.name}-chunks", embedding_function=None,
                                                                metadata=space)
        self.embedder_name = embedder_name
        self.reload()

    def reload(self) -> None:
        """Read the committed documents and rebuild the BM25 side; drop leftovers of crashes."""
        with self._write:
            docs: dict[str, DocInfo] = {}
            for ids, metas in self._pages(self._docs_col, ["metadatas"]):
                for doc_id, m in zip(ids, metas):
                    docs[doc_id] = _doc_info(doc_id, m)
            grouped: dict[str, list[tuple[int, str, str]]] = {}
            orphans: set[str] = set()
            for ids, metas, texts in self._pages(self._sent_col, ["metadatas", "documents"]):
                for sid, m, text in zip(ids, metas, texts):
                    if m["doc_id"] in docs:
                        grouped.setdefault(m["doc_id"], []).append((int(m["index"]), sid, text))
                    else:
                        orphans.add(m["doc_id"])
            lexical = BM25Index()
            for doc_id, rows in grouped.items():
                rows.sort()
                lexical.add(doc_id, [(sid, text) for _, sid, text in rows])
            if self._chunk_col.count() != sum(d.n_chunks for d in docs.values()):
                for ids, metas in self._pages(self._chunk_col, ["metadatas"]):
                    orphans.update(m["doc_id"] for m in metas if m["doc_id"] not in docs)
            self._docs, self.lexical = docs, lexical
            self._leftovers = set(orphans)
            if not self.shared:
                for doc_id in orphans:
                    self._delete_parts(doc_id)
                self._leftovers.clear()

    def sync(self, *, force: bool = False) -> bool:
        """Shared mode (a Chroma server): take in the documents that other processes committed or
        removed since the last look, on both sides. Cheap to call often: it looks at most every
        SYNC_INTERVAL seconds, and reads the documents only when their count changed (`force`
        compares them anyway). Returns True when something changed."""
        if not self.shared or self._sent_col is None:
            return False
        now = time.monotonic()
        if not force:
            if now - self._synced_at < SYNC_INTERVAL:
                return False
            self._synced_at = now
            if self._docs_col.count() == len(self._docs):
                return False
        self._synced_at = now
        with self._write:
            stored: dict[str, dict] = {}
            for ids, metas in self._pages(self._docs_col, ["metadatas"]):
                stored.update(zip(ids, metas))
            gone = [d for d in self._docs if d not in stored]
            new = [d for d in stored if d not in self._docs]
            for doc_id in gone:
                self._docs.pop(doc_id, None)
                self.lexical.remove(doc_id)
            for i in range(0, len(new), 100):
                part = new[i : i + 100]
                got = self._sent_col.get(where={"doc_id": {"$in": part}}, include=["metadatas", "documents"])
                grouped: dict[str, list[tuple[int, str, str]]] = {}
                for sid, m, text in zip(got["ids"], got["metadatas"], got["documents"]):
                    grouped.setdefault(m["doc_id"], []).append((int(m["index"]), sid, text))
                for doc_id in part:
                    self.lexical.add(doc_id, [(sid, text) for _, sid, text in sorted(grouped.get(doc_id, []))])
                    self._docs[doc_id] = _doc_info(doc_id, stored[doc_id])
                    self._leftovers.discard(doc_id)
            return bool(gone or new)

    def _pages(self, col, include):
        offset = 0
        while True:
            got = col.get(include=include, limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            yield (got["ids"], *[got[k] for k in include])
            offset += len(got["ids"])

    def close(self) -> None:
        """Release this handle; the folder lock goes when the last handle in the process closes."""
        with _OPEN_GUARD:
            if self._users > 1:
                self._users -= 1
                return
            self._users = 0
            for key, value in list(_OPEN.items()):
                if value is self:
                    del _OPEN[key]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ---------- reading ----------
    def documents(self) -> list[DocInfo]:
        return sorted(self._docs.values(), key=lambda d: (d.ingested_at, d.doc_id))

    def has(self, doc_id: str) -> bool:
        return doc_id in self._docs

    @property
    def n_documents(self) -> int:
        return len(self._docs)

    def documents_from(self, source: str) -> list[DocInfo]:
        """The committed documents loaded from this source (a path), oldest first."""
        return sorted((d for d in list(self._docs.values()) if d.source == source),
                      key=lambda d: (d.ingested_at, d.doc_id))

    def info(self, doc_id: str) -> DocInfo:
        try:
            return self._docs[doc_id]
        except KeyError:
            raise DocumentNotFoundError(f"no document {doc_id!r} in the index; list them with `factcheck docs`") from None

    def document(self, doc_id: str) -> Document:
        info = self.info(doc_id)
        got = self._docs_col.get(ids=[doc_id], include=["documents"])
        return Document(doc_id=doc_id, text=got["documents"][0], title=info.title, source=info.source, lang=info.lang)

    def sentences(self, doc_id: str) -> list[Sentence]:
        self.info(doc_id)
        got = self._sent_col.get(where={"doc_id": doc_id}, include=["metadatas", "documents"])
        out = [Sentence(doc_id, int(m["index"]), int(m["start"]), int(m["end"]), t)
               for m, t in zip(got["metadatas"], got["documents"])]
        return sorted(out, key=lambda s: s.index)

    def sentence_records(self, ids: Sequence[str], *, with_vectors: bool = False) -> dict[str, tuple[Sentence, np.ndarray | None]]:
        """Sentences (and their vectors) by id; unknown or uncommitted ids are left out."""
        if not ids:
            return {}
        include = ["metadatas", "documents"] + (["embeddings"] if with_vectors else [])
        got = self._sent_col.get(ids=list(ids), include=include)
        out = {}
        for i, sid in enumerate(got["ids"]):
            m = got["metadatas"][i]
            if m["doc_id"] not in self._docs:
                continue
            vec = np.asarray(got["embeddings"][i], dtype=np.float32) if with_vectors else None
            out[sid] = (Sentence(m["doc_id"], int(m["index"]), int(m["start"]), int(m["end"]), got["documents"][i]), vec)
        return out

    def _query(self, col, vector: np.ndarray, k: int, doc_ids: Iterable[str] | None):
        if k <= 0 or not self._docs:  # nothing committed: nothing to find
            return []
        where = None
        if doc_ids is not None:
            doc_ids = [d for d in doc_ids if d in self._docs]
            if not doc_ids:
                return []
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        # a few spare for uncommitted leftovers; Chroma returns fewer when it holds fewer (no count()
        # call first: it costs as much as the query on a large index)
        n = k + 10
        res = col.query(query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()], n_results=n,
                        where=where, include=["metadatas", "distances"])
        out = []
        for item_id, meta, distance in zip(res["ids"][0], res["metadatas"][0], res["distances"][0]):
            if meta["doc_id"] in self._docs:
                out.append((item_id, meta, 1.0 - float(distance)))  # cosine distance -> similarity
        return out[:k]

    def query_sentences(self, vector, k: int = 20, doc_ids=None) -> list[tuple[str, float]]:
        return [(sid, sim) for sid, _, sim in self._query(self._sent_col, vector, k, doc_ids)]

    def query_chunks(self, vector, k: int = 8, doc_ids=None) -> list[tuple[str, list[str], float]]:
        """(chunk_id, sentence ids, similarity) best first."""
        out = []
        for cid, meta, sim in self._query(self._chunk_col, vector, k, doc_ids):
            out.append((cid, [sentence_id(meta["doc_id"], int(i)) for i in meta["sentences"]], sim))
        return out

    def counts(self) -> dict[str, int]:
        return {"documents": len(self._docs), "sentences": self._sent_col.count(), "chunks": self._chunk_col.count(),
                "lexical_sentences": len(self.lexical)}

    # ---------- writing ----------
    def add(self, doc: Document, sentences: Sequence[Sentence], chunks: Sequence[Chunk],
            sentence_vectors: np.ndarray, chunk_vectors: np.ndarray) -> bool:
        """Store a document; returns False when it was already there (nothing changes)."""
        return self.add_many([(doc, sentences, chunks, sentence_vectors, chunk_vectors)])[0]

    def add_many(self, items: Sequence[tuple[Document, Sequence[Sentence], Sequence[Chunk], np.ndarray, np.ndarray]]
                 ) -> list[bool]:
        """Store documents with one write per collection (split at Chroma's batch limit): all their
        sentences, then all their chunks, then their docs records, which commit them. Returns, per
        item, False when that document was already there (nothing changes for it)."""
        with self._write:
            flags, new, seen = [], [], set()
            for item in items:
                fresh = item[0].doc_id not in self._docs and item[0].doc_id not in seen
                flags.append(fresh)
                if fresh:
                    seen.add(item[0].doc_id)
                    new.append(item)
            if not new:
                return flags
            try:
                for doc_id in seen & self._leftovers:  # parts of an interrupted earlier try
                    self._delete_parts(doc_id)
                sentences = [s for _, ss, _, _, _ in new for s in ss]
                chunks = [c for _, _, cs, _, _ in new for c in cs]
                # upsert: in a shared server, parts another writer left behind are overwritten
                self._batched(self._sent_col.upsert, [s.id for s in sentences],
                              np.concatenate([np.asarray(v, dtype=np.float32).reshape(len(ss), -1)
                                              for _, ss, _, v, _ in new]),
                              [s.text for s in sentences],
                              [{"doc_id": s.doc_id, "index": s.index, "start": s.start, "end": s.end} for s in sentences])
                self._batched(self._chunk_col.upsert, [c.id for c in chunks],
                              np.concatenate([np.asarray(v, dtype=np.float32).reshape(len(cs), -1)
                                              for _, _, cs, _, v in new]),
                              [c.text for c in chunks],
                              [{"doc_id": c.doc_id, "index": c.index, "start": c.start, "end": c.end,
                                "sentences": list(c.sentence_indices), "sentence_ids": list(c.sentence_ids)}
                               for c in chunks])
                now = time.time()
                metas = [{"title": doc.title, "source": doc.source, "lang": doc.lang or "", "n_sentences": len(ss),
                          "n_chunks": len(cs), "chars": len(doc.text),
                          "ingested_at": now + i * 1e-6}  # keeps the input order in documents()
                         for i, (doc, ss, cs, _, _) in enumerate(new)]
                self._batched(self._docs_col.add, [doc.doc_id for doc, *_ in new], np.ones((len(new), 1)),
                              [doc.text for doc, *_ in new], metas)  # commit
            except BaseException:
                self._leftovers |= seen - set(self._committed_ids(seen))
                raise
            self._leftovers -= seen
            for (doc, ss, _, _, _), meta in zip(new, metas):
                self.lexical.add(doc.doc_id, [(s.id, s.text) for s in ss])
                self._docs[doc.doc_id] = _doc_info(doc.doc_id, meta)
            return flags

    def _committed_ids(self, doc_ids) -> list[str]:
        try:
            return self._docs_col.get(ids=list(doc_ids), include=[])["ids"]
        except Exception:
            return []

    def remove(self, doc_id: str) -> DocInfo:
        with self._write:
            info = self.info(doc_id)
            self._docs_col.delete(ids=[doc_id])  # uncommit first: a crash leaves only leftovers
            self._docs.pop(doc_id, None)
            self.lexical.remove(doc_id)
            self._delete_parts(doc_id)
            return info

    def _delete_parts(self, doc_id: str) -> None:
        self._sent_col.delete(where={"doc_id": doc_id})
        self._chunk_col.delete(where={"doc_id": doc_id})

    def _batched(self, add, ids, vectors, texts, metas) -> None:
        step = max(1, self._max_batch)
        vectors = np.asarray(vectors, dtype=np.float32)
        for i in range(0, len(ids), step):
            add(ids=ids[i : i + step], embeddings=vectors[i : i + step].tolist(), documents=texts[i : i + step],
                metadatas=metas[i : i + step])


def _doc_info(doc_id: str, m: dict) -> DocInfo:
    return DocInfo(doc_id=doc_id, title=m.get("title", ""), source=m.get("source", ""), lang=m.get("lang", ""),
                   n_sentences=int(m.get("n_sentences", 0)), n_chunks=int(m.get("n_chunks", 0)),
                   chars=int(m.get("chars", 0)), ingested_at=float(m.get("ingested_at", 0.0)))


_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,399}")


def check_name(name: str) -> None:
    """An index name becomes the prefix of Chroma collection names, which Chroma restricts."""
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        raise ConfigError(f"index name {name!r} cannot be used: use 1-400 letters, digits, '.', '_' or '-', "
                          "starting with a letter or digit (it prefixes Chroma collection names)")


def open_index(path: str | Path | None = None, *, name: str = DEFAULT_NAME, lock_timeout: float = 0.0) -> ChromaIndex:
    """Chroma server when FACTCHECK_CHROMA_HOST is set, else a persistent folder (locked)."""
    host = os.environ.get("FACTCHECK_CHROMA_HOST")
    if host and path is None:
        port_text = os.environ.get("FACTCHECK_CHROMA_PORT", "8000")
        try:
            port = int(port_text)
        except ValueError:
            raise ConfigError(f"FACTCHECK_CHROMA_PORT must be a port number, got {port_text!r}") from None
        check_name(name)
        return ChromaIndex(server_client(host, port), name=name, location=f"chroma://{host}:{port}", shared=True)
    check_name(name)
    folder = Path(path).expanduser() if path is not None else default_index_dir()
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"index path {folder} is a file, not a folder; give a folder for the index")
    folder.mkdir(parents=True, exist_ok=True)
    key = (str(folder.resolve()), name)
    with _OPEN_GUARD:
        # One handle per folder and name in a process: two FactCheckers on one index (the app and
        # a script, several tests) then see each other's documents instead of stale copies.
        index = _OPEN.get(key)
        if index is not None:
            index._users += 1
            return index
        lock = FolderLock(folder, timeout=lock_timeout)
        try:
            index = ChromaIndex(persistent_client(folder), name=name, location=str(folder), lock=lock)
        except Exception:
            lock.release()
            raise
        index._users = 1
        _OPEN[key] = index
        return index
