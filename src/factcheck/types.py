"""Data of the pipeline: frozen dataclasses with character offsets into the document text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    NOT_ENOUGH_INFO = "not_enough_info"

    def __str__(self) -> str:
        return self.value


class Stance(str, Enum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"

    def __str__(self) -> str:
        return self.value


class Kind(str, Enum):
    QUESTION = "question"
    CLAIM = "claim"

    def __str__(self) -> str:
        return self.value


def content_id(text: str) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sentence_id(doc_id: str, index: int) -> str:
    return f"{doc_id}:{index}"


@dataclass(frozen=True)
class Document:
    """An article: `text` is stored exactly as loaded, so offsets index it."""

    doc_id: str
    text: str
    title: str
    source: str = ""  # path it came from, or "pasted"
    lang: str = ""  # "it" / "en" (detected) or ""


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        return sentence_id(self.doc_id, self.index)


@dataclass(frozen=True)
class Chunk:
    """A window of consecutive whole sentences."""

    doc_id: str
    index: int
    sentence_indices: tuple[int, ...]
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        return f"{self.doc_id}#c{self.index}"

    @property
    def sentence_ids(self) -> tuple[str, ...]:
        return tuple(sentence_id(self.doc_id, i) for i in self.sentence_indices)


@dataclass(frozen=True)
class Conflict:
    """Words of the claim that conflict with words of a cited sentence.

    `claim_start/claim_end` index the query text; `start/end` index the document text.
    """

    claim_start: int
    claim_end: int
    claim_text: str
    doc_id: str
    start: int
    end: int
    text: str
    reason: str = ""  # "number", "name", "date", "negation", ...


@dataclass(frozen=True)
class Citation:
    doc_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    score: float
    stance: Stance = Stance.NEUTRAL
    title: str = ""

    @property
    def sentence_id(self) -> str:
        return sentence_id(self.doc_id, self.sentence_index)

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(float(self.score), 4),
            "stance": str(self.stance),
        }


@dataclass(frozen=True)
class ClaimPart:
    """One part of a compound claim, verified on its own: `text` as checked, `start`/`end` its own span in
    the query (a clause that opens with its verb is checked with the first clause's subject before it:
    "Il reparto ha 24 posti letto ed è costato 25 milioni" has the part "Il reparto è costato 25 milioni")."""

    text: str
    start: int
    end: int
    verdict: Verdict
    confidence: float
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Answer:
    query: str
    kind: Kind
    verdict: Verdict
    text: str
    confidence: float
    citations: tuple[Citation, ...] = ()
    lang: str = "en"
    parts: tuple[ClaimPart, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    latency_ms: float = 0.0
    details: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "kind": str(self.kind),
            "verdict": str(self.verdict),
            "answer": self.text,
            "confidence": round(float(self.confidence), 4),
            "lang": self.lang,
            "latency_ms": round(float(self.latency_ms), 2),
            "citations": [c.to_dict() for c in self.citations],
            "parts": [
                {"text": p.text, "start": p.start, "end": p.end, "verdict": str(p.verdict),
                 "confidence": round(float(p.confidence), 4)}
                for p in self.parts
            ],
            "conflicts": [
                {"claim_start": c.claim_start, "claim_end": c.claim_end, "claim_text": c.claim_text,
                 "doc_id": c.doc_id, "start": c.start, "end": c.end, "text": c.text, "reason": c.reason}
                for c in self.conflicts
            ],
        }
