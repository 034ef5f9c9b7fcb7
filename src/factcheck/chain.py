"""The LangChain runnable that wires retrieve -> verify -> answer.

`build_chain(...)` returns a Runnable: `invoke("question")`, `invoke({"query": ..., "kind": "claim"})`,
`batch([...])` and `stream(...)` all give `Answer` objects.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from langchain_core.runnables import Runnable, RunnableLambda

from .answer import compose
from .query import clean_query, detect_kind, parse_kind, query_language
from .retrieve import HybridRetriever
from .types import Answer, Citation, Stance
from .verify import Verifier


def _prepare(inputs: Any) -> dict:
    if isinstance(inputs, str):
        inputs = {"query": inputs}
    if not isinstance(inputs, dict) or "query" not in inputs:
        from .errors import InputError

        raise InputError("chain input must be a question string or a dict with a 'query' key")
    query = clean_query(inputs["query"])
    kind = parse_kind(inputs.get("kind")) or detect_kind(query)
    return {**inputs, "query": query, "kind": kind, "lang": inputs.get("lang") or query_language(query),
            "t0": inputs.get("t0", time.perf_counter())}


def build_chain(retriever: HybridRetriever, verifier: Verifier, title_of: Callable[[str], str] = lambda d: "") -> Runnable:
    """retrieve -> verify -> answer as one runnable."""

    def retrieve(state: dict) -> dict:
        evidence = retriever.search(state["query"], k=state.get("k"), doc_ids=state.get("doc_ids"))
        return {**state, "evidence": evidence}

    def verify(state: dict) -> dict:
        result = verifier.verify(state["query"], state["evidence"], kind=state["kind"], lang=state["lang"])
        return {**state, "verification": result}

    def answer(state: dict) -> Answer:
        v = state["verification"]
        citations = []
        for e, stance in zip(state["evidence"], v.stances):
            s = e.sentence
            citations.append(Citation(s.doc_id, s.index, s.start, s.end, s.text, e.score, stance, title_of(s.doc_id)))
        # Best first: the sentences the verdict rests on, then the rest by retrieval rank.
        citations.sort(key=lambda c: 0 if c.stance is not Stance.NEUTRAL else 1)
        text = compose(state["kind"], v.verdict, citations, state["lang"], v.conflicts)
        latency = (time.perf_counter() - state["t0"]) * 1000.0
        return Answer(query=state["query"], kind=state["kind"], verdict=v.verdict, text=text,
                      confidence=v.confidence, citations=tuple(citations), lang=state["lang"],
                      conflicts=v.conflicts, latency_ms=latency,
                      details={"verifier": getattr(verifier, "name", ""), **v.details})

    return (RunnableLambda(_prepare, name="prepare") | RunnableLambda(retrieve, name="retrieve")
            | RunnableLambda(verify, name="verify") | RunnableLambda(answer, name="answer"))
