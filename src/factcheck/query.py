"""What the user typed: validation, language, and whether it is a question or a claim."""

from __future__ import annotations

import re

from .errors import InputError
from .load import detect_language
from .text import fold
from .types import Kind

MAX_QUERY_CHARS = 2000

_QUESTION_START = re.compile(
    r"^(chi|che|cosa|cos'|quale|quali|quando|dove|come|perch[eé]|quanto|quanti|quante|quanta|"
    r"in che|in quale|da chi|con chi|per chi|di chi|a chi|"
    r"who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|will|would|can|could|"
    r"has|have|had|should|shall|may|might)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_query(query: object) -> str:
    """The query with control characters removed; bad input raises InputError."""
    if not isinstance(query, str):
        raise InputError(f"the question must be text, got {type(query).__name__}")
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"the question is {len(query):,} characters long; the limit is {MAX_QUERY_CHARS:,}: "
                         "ask about one point at a time")
    cleaned = _CONTROL.sub(" ", query).strip()
    if not any(ch.isalnum() for ch in cleaned):
        raise InputError("the question is empty; type a question or a claim about the articles")
    return cleaned


# "Is it true that X?", "È vero che X?", "Vero o falso: X": a claim to check, phrased as a question
TRUTH_QUESTION = re.compile(
    r"^\s*(?:(?:is\s+it|it\s+is)\s+(?:true|correct|right|false)\s+that|(?:è|e'|é)\s+(?:vero|corretto|giusto|falso)\s+che|"
    r"(?:true\s+or\s+false|vero\s+o\s+falso|fact[\s-]?check)\s*[:?,-])\s*", re.IGNORECASE)


def detect_kind(query: str) -> Kind:
    """A question ends with '?' or starts with a question word; anything else is a claim.

    A sentence closed by '.' or '!' is a claim even when its first word can ask a question:
    "When Rubio landed, the talks began." / "Come previsto, Rubio è partito." A question that asks
    whether a statement is true ("È vero che Kellogg parteciperà ai colloqui?", "Is it true that …?")
    is that statement, a claim: its verdict says whether it is true, not whether the article speaks of it.
    """
    text = query.strip()
    if TRUTH_QUESTION.match(text):
        return Kind.CLAIM
    if text.endswith("?") or text.endswith("？"):
        return Kind.QUESTION
    if text.endswith((".", "!")):
        return Kind.CLAIM
    if _QUESTION_START.match(fold(text)):
        return Kind.QUESTION
    return Kind.CLAIM


def parse_kind(kind: object) -> Kind | None:
    if kind is None or isinstance(kind, Kind):
        return kind
    try:
        return Kind(str(kind).strip().lower())
    except ValueError:
        raise InputError(f"kind must be 'question' or 'claim', got {kind!r}") from None


def query_language(query: str) -> str:
    return detect_language(query)
