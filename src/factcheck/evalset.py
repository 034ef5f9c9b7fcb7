"""Evaluation items: the seed question-set format and the shared dataset format, read into one dataclass.

Gold matching lives here too: `is_gold` (one citation) and `complete_set_found` (the FEVER rule).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import InputError

LABELS = ("supported", "refuted", "not_enough_info")
_DATASET_LABELS = {"SUPPORTED": "supported", "REFUTED": "refuted", "NEI": "not_enough_info"}
FEVER_K = 5  # the FEVER scorer looks at the first five predicted evidence sentences

Span = tuple[int, int]


@dataclass(frozen=True)
class EvalItem:
    """One question or claim to evaluate, with its gold verdict and evidence.

    `expected_verdict` None means unlabelled (PolitiHop half-true): kept out of verdict metrics.
    Seed items carry `gold_evidence` substrings; dataset items carry `gold_spans` (offsets into
    `document_text`) and `gold_sets`, the alternative complete evidence sets.
    """

    id: str
    query: str
    kind: str | None
    expected_verdict: str | None
    gold_evidence: tuple[str, ...] = ()
    gold_spans: tuple[Span, ...] = ()
    gold_sets: tuple[tuple[Span, ...], ...] = ()
    answer_keywords: tuple[str, ...] = ()
    lang: str = ""
    dataset: str = ""
    tags: tuple[str, ...] = ()
    document_id: str | None = None
    document_text: str | None = None
    title: str | None = None

    @property
    def has_gold(self) -> bool:
        return bool(self.gold_evidence or self.gold_spans)


class _SeedRecord(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    kind: Literal["question", "claim"] | None = None
    expected_verdict: Literal["supported", "refuted", "not_enough_info"] | None = None
    gold_evidence: list[str] = []
    answer_keywords: list[str] = []
    lang: Literal["it", "en"] | None = None
    tags: list[str] = []

    @field_validator("gold_evidence", "answer_keywords")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not v.strip() for v in value):
            raise ValueError("contains an empty string")
        return value


class _DatasetRecord(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    lang: str = ""
    document_id: str = ""
    document_sentences: list[str]
    document_text: str
    question_or_claim: str = Field(min_length=1)
    label: Literal["SUPPORTED", "REFUTED", "NEI"] | None = None
    answer: str | None = None
    evidence_sentence_indices: list[int] = []
    evidence_char_spans: list[tuple[int, int]] = []
    meta: dict[str, Any] = {}


def read_items(path: str | Path, *, limit: int | None = None) -> list[EvalItem]:
    """Read evaluation items from a JSONL file in either format (detected per line).

    The dataset name is the file stem ("questions", "fever_it_dev", ...). Raises InputError for a
    missing file or a bad line, naming the file and the line number.
    """
    path = Path(path)
    if limit is not None and limit < 1:
        raise InputError(f"limit must be at least 1, got {limit}")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file; fix: pass an existing questions/dataset JSONL file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text; fix: save the file as UTF-8 JSONL") from exc
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = _parse_line(line, path, number)
        if item.id in seen:
            raise InputError(f"{path} line {number}: id {item.id!r} already used on line {seen[item.id]}; "
                             "fix: give every item a unique id")
        seen[item.id] = number
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    if not items:
        raise InputError(f"{path}: no items; fix: write one JSON object per line")
    return items


def _parse_line(line: str, path: Path, number: int) -> EvalItem:
    where = f"{path} line {number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg}); fix: write one JSON object per line") from exc
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}; fix: write one object per line")
    try:
        if "question_or_claim" in obj:
            return _dataset_item(_DatasetRecord.model_validate(obj), path.stem, where)
        if "question" in obj:
            return _seed_item(_SeedRecord.model_validate(obj), path.stem)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "value"
        raise InputError(f"{where}: field {field!r}: {err['msg']}; fix: see the question-set format "
                         "in DESIGN.md") from exc
    raise InputError(f"{where}: neither a question-set item (needs \"question\") nor a dataset item "
                     "(needs \"question_or_claim\"); fix: add the missing field")


def _seed_item(rec: _SeedRecord, dataset: str) -> EvalItem:
    return EvalItem(
        id=rec.id, query=rec.question, kind=rec.kind, expected_verdict=rec.expected_verdict,
        gold_evidence=tuple(rec.gold_evidence), answer_keywords=tuple(rec.answer_keywords),
        lang=rec.lang or _guess_lang(rec.question), dataset=dataset, tags=tuple(rec.tags),
    )


def _dataset_item(rec: _DatasetRecord, dataset: str, where: str) -> EvalItem:
    text, sentences = rec.document_text, rec.document_sentences
    if len(rec.evidence_sentence_indices) != len(rec.evidence_char_spans):
        raise InputError(f"{where}: evidence_sentence_indices and evidence_char_spans differ in length; "
                         "fix: give one span per evidence sentence")
    for start, end in rec.evidence_char_spans:
        if not 0 <= start <= end <= len(text):
            raise InputError(f"{where}: evidence span [{start}, {end}] is outside document_text "
                             f"(length {len(text)}); fix: use offsets into document_text")
    spans = {i: (s, e) for i, (s, e) in zip(rec.evidence_sentence_indices, rec.evidence_char_spans)}
    offsets = _sentence_offsets(sentences, text)
    gold_sets = []
    for raw in rec.meta.get("evidence_sets") or []:
        members = []
        for i in raw:
            if i in spans:
                members.append(spans[i])
            elif offsets is not None and 0 <= i < len(offsets):
                members.append(offsets[i])
            else:
                raise InputError(f"{where}: meta.evidence_sets names sentence {i}, which has no span; "
                                 "fix: list it in evidence_sentence_indices")
        if members:
            gold_sets.append(tuple(members))
    if not gold_sets and spans:
        gold_sets.append(tuple(spans.values()))
    if rec.label is None and dataset.startswith("squad"):
        expected = "supported"  # SQuAD: the paragraph answers the question
    else:
        expected = _DATASET_LABELS.get(rec.label) if rec.label else None
    is_squad = rec.meta.get("all_answers") is not None or dataset.startswith("squad")
    keywords = rec.meta.get("all_answers") or ([rec.answer] if rec.answer else [])
    return EvalItem(
        id=rec.id, query=rec.question_or_claim, kind="question" if is_squad else "claim",
        expected_verdict=expected, gold_spans=tuple(rec.evidence_char_spans), gold_sets=tuple(gold_sets),
        answer_keywords=tuple(dict.fromkeys(k for k in keywords if k and k.strip())),
        lang=rec.lang or _guess_lang(rec.question_or_claim), dataset=dataset, tags=(),
        document_id=rec.document_id or None, document_text=text, title=_title(rec),
    )


def _sentence_offsets(sentences: list[str], text: str) -> list[Span] | None:
    """Offsets of the sentences when document_text is them joined by one space, else None."""
    offsets, pos = [], 0
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        pos += len(s) + 1
    return offsets if " ".join(sentences) == text else None


def _title(rec: _DatasetRecord) -> str | None:
    first = rec.document_sentences[0] if rec.document_sentences else ""
    if first.startswith("(meta data) TITLE:"):
        return first.split(":", 1)[1].strip() or None
    prefix, _, name = rec.document_id.partition(":")
    if prefix in ("squad_it", "fever_it") and name:
        name = name.split("#", 1)[0].replace("-LRB-", "(").replace("-RRB-", ")").replace("_", " ")
        return name.replace("( ", "(").replace(" )", ")").strip() or None
    return None


def _guess_lang(text: str) -> str:
    from .load import detect_language  # the project's detector; imported late to keep this module light

    return detect_language(text) or ""


# --- gold matching -------------------------------------------------------------------------------


def citation_units(citation: dict) -> list[dict]:
    """The sentence-level units of a citation: a chunk citation with `sentences` counts as each of them."""
    parts = citation.get("sentences")
    if not parts:
        return [citation]
    units = []
    for part in parts:
        if isinstance(part, dict):
            units.append(part)
        else:  # a [start, end] pair
            units.append({"start": part[0], "end": part[1]})
    return units


def _text_of(citation: dict, doc_text: str | None) -> str:
    text = citation.get("text")
    if text is None and doc_text is not None and "start" in citation and "end" in citation:
        text = doc_text[int(citation["start"]):int(citation["end"])]
    return text or ""


def spans_match(a: Span, b: Span) -> bool:
    """True when [a) and [b) overlap by at least half of the shorter of the two (and by something)."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap > 0 and overlap >= shorter / 2


def _span_of(citation: dict) -> Span | None:
    try:
        return int(citation["start"]), int(citation["end"])
    except (KeyError, TypeError, ValueError):
        return None


def covers(citation: dict, gold: str | Span, doc_text: str | None) -> bool:
    """Whether one citation covers one gold unit (a substring for the seed, a span for datasets)."""
    if isinstance(gold, str):
        return gold in _text_of(citation, doc_text)
    span = _span_of(citation)
    return span is not None and spans_match(span, gold)


def gold_units(item: EvalItem) -> tuple:
    """The item's gold units: substrings (seed format) or spans (dataset format)."""
    return item.gold_evidence if item.gold_evidence else item.gold_spans


def is_gold(item: EvalItem, citation: dict, doc_text: str | None = None) -> bool:
    """Whether a cited sentence (or chunk) is gold evidence for the item.

    Seed format: its text contains a gold substring. Dataset format: its span overlaps a gold
    span by at least half of the shorter of the two. `doc_text` supplies the text of a citation
    that carries only offsets.
    """
    doc_text = doc_text if doc_text is not None else item.document_text
    return any(covers(citation, g, doc_text) for g in gold_units(item))


def gold_sets(item: EvalItem) -> tuple[tuple, ...]:
    """Alternative complete gold sets; for the seed format, all gold substrings together."""
    if item.gold_evidence:
        return (item.gold_evidence,)
    if item.gold_sets:
        return item.gold_sets
    return (item.gold_spans,) if item.gold_spans else ()


def complete_set_found(item: EvalItem, citations: list[dict], doc_text: str | None = None,
                       *, k: int = FEVER_K) -> bool:
    """FEVER rule: every unit of some gold set is covered by one of the first `k` citations."""
    doc_text = doc_text if doc_text is not None else item.document_text
    first = citations[:k]  # a chunk citation covers what any of its sentences covers
    return any(all(any(covers(c, g, doc_text) for c in first) for g in gold_set) for gold_set in gold_sets(item))
