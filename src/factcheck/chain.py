"""The LangChain runnable that wires retrieve -> verify -> answer.

`build_chain(...)` returns a Runnable: `invoke("question")`, `invoke({"query": ..., "kind": "claim"})`,
`batch([...])` and `stream(...)` all give `Answer` objects. With a `generator` (an LLM, see
generate.py), `stream(...)` first yields the draft text as `str` chunks, then the checked `Answer`.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Iterator

from langchain_core.runnables import Runnable, RunnableLambda

from .answer import compose
from .compound import combine_parts, is_instruction, query_spans
from .sources import ANAPHORIC_ATTRIBUTION, SOURCE_QUESTION
from .query import clean_query, detect_kind, parse_kind, query_language
from .retrieve import Evidence, HybridRetriever
from .types import Answer, Citation, ClaimPart, Kind, Stance, Verdict
from .verify import Verification, Verifier


# An instruction to the system is not checked against the articles (compound.is_instruction).
_INSTRUCTION = Verification(Verdict.NOT_ENOUGH_INFO, 0.95, (), details={"reason": "instruction"})


def _with_named_sources(evidence: list[Evidence]) -> list[Evidence]:
    """A source question's evidence with the next sentence of each found one that names its source ("Lo
    riferisce Politico …" after "… si stanno dirigendo in Arabia Saudita …"), when not found already: that
    sentence is the answer, and it shares none of the question's words."""
    have = {e.sentence.id for e in evidence}
    out = list(evidence)
    for e in evidence:
        nxt = e.following
        if nxt is not None and nxt.id not in have and ANAPHORIC_ATTRIBUTION.match(nxt.text):
            have.add(nxt.id)
            out.append(Evidence(nxt, 0.0, 0.0, 0.0, len(out)))
    return out


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


def build_chain(retriever: HybridRetriever, verifier: Verifier, title_of: Callable[[str], str] = lambda d: "",
                generator: Any = None) -> Runnable:
    """retrieve -> verify -> answer as one runnable; `generator` (a GroundedGenerator) writes the reply."""

    def retrieve(state: dict) -> dict:
        # A compound claim is checked part by part; instructions to the system are left out (compound.py).
        spans = query_spans(state["query"], state["kind"])
        instructions = [is_instruction(s.text) for s in spans]
        found = [[] if skip else retriever.search(s.text, k=state.get("k"), doc_ids=state.get("doc_ids"))
                 for s, skip in zip(spans, instructions)]
        if state["kind"] is Kind.QUESTION and SOURCE_QUESTION.match(state["query"]):
            found = [_with_named_sources(ev) for ev in found]
        return {**state, "spans": spans, "instructions": instructions, "part_evidence": found,
                "evidence": found[0] if len(found) == 1 else []}

    def verify(state: dict) -> dict:
        results = [_INSTRUCTION if skip else verifier.verify(s.text, ev, kind=state["kind"], lang=state["lang"])
                   for s, skip, ev in zip(state["spans"], state["instructions"], state["part_evidence"])]
        evidence, result = combine_parts(state["spans"], state["part_evidence"], results)
        return {**state, "evidence": evidence, "verification": result, "part_results": results}

    def parts_of(state: dict) -> tuple[ClaimPart, ...]:
        if len(state.get("spans", ())) < 2:
            return ()
        out = []
        for span, ev, v in zip(state["spans"], state["part_evidence"], state["part_results"]):
            cits = [Citation(e.sentence.doc_id, e.sentence.index, e.sentence.start, e.sentence.end, e.sentence.text,
                             e.score, stance, title_of(e.sentence.doc_id)) for e, stance in zip(ev, v.stances)]
            cits.sort(key=lambda c: 0 if c.stance is not Stance.NEUTRAL else 1)
            out.append(ClaimPart(span.text, span.start, span.end, v.verdict, v.confidence, tuple(cits)))
        return tuple(out)

    def citations_of(state: dict) -> list[Citation]:
        v = state["verification"]
        citations = []
        for e, stance in zip(state["evidence"], v.stances):
            s = e.sentence
            citations.append(Citation(s.doc_id, s.index, s.start, s.end, s.text, e.score, stance, title_of(s.doc_id)))
        # Best first: the sentences the verdict rests on (the verifier's best match first), then the
        # rest by retrieval rank.
        best = v.details.get("best")
        order = {id(c): i for i, c in enumerate(citations)}
        citations.sort(key=lambda c: (c.stance is Stance.NEUTRAL, order[id(c)] != best, order[id(c)]))
        return citations

    def extractive(state: dict, citations) -> str:
        v = state["verification"]
        return compose(state["kind"], v.verdict, citations, state["lang"], v.conflicts, parts_of(state),
                       reason=v.details.get("reason", ""))

    def finish(state: dict, text: str, citations, extra: dict | None = None) -> Answer:
        v = state["verification"]
        latency = (time.perf_counter() - state["t0"]) * 1000.0
        return Answer(query=state["query"], kind=state["kind"], verdict=v.verdict, text=text,
                      confidence=v.confidence, citations=tuple(citations), lang=state["lang"],
                      parts=parts_of(state), conflicts=v.conflicts, latency_ms=latency,
                      details={"verifier": getattr(verifier, "name", ""), **v.details, **(extra or {})})

    def answer(state: dict) -> Answer:
        citations = citations_of(state)
        return finish(state, extractive(state, citations), citations)

    def generate(state: dict) -> Iterator[str | Answer]:
        # The verdict is already decided (verify); the model only writes the reply around it.
        from .generate import answer_stream

        citations = citations_of(state)
        for item in answer_stream(generator, state, citations, extractive(state, citations), title_of):
            if isinstance(item, str):
                yield item
            else:
                text, cited, record = item
                yield finish(state, text, cited, {"generation": record})

    last = RunnableLambda(answer, name="answer") if generator is None else RunnableLambda(generate, name="generate")
    return (RunnableLambda(_prepare, name="prepare") | RunnableLambda(retrieve, name="retrieve")
            | RunnableLambda(verify, name="verify") | last)
