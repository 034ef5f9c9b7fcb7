"""Verify stage: the verdict (supported / refuted / not_enough_info) from evidence sentences.

Pluggable: every verifier has `verify(query, evidence, kind=..., lang=...) -> Verification`.
`RuleVerifier` is the offline default of the first version: it abstains unless the evidence
covers the claim, and refutes on one-sided negation or on names, numbers or dates that
disagree with the best-matching sentence. It never reports support it does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

from .retrieve import Evidence
from .signals import coverage, missing_names, names, negated, number_conflicts
from .types import Conflict, Kind, Stance, Verdict


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    confidence: float
    stances: tuple[Stance, ...]  # one per evidence sentence, same order
    conflicts: tuple[Conflict, ...] = ()
    details: dict = field(default_factory=dict, compare=False)


class Verifier(Protocol):
    name: str

    def verify(self, query: str, evidence: Sequence[Evidence], *, kind: Kind, lang: str = "en") -> Verification:
        ...


class RuleVerifier:
    """Threshold rules over similarity, coverage, names, numbers and negation."""

    name = "rules"

    def __init__(self, *, min_similarity: float = 0.45, min_coverage: float = 0.5, strong_similarity: float = 0.62,
                 idf=None):
        for label, value in (("min_similarity", min_similarity), ("min_coverage", min_coverage),
                             ("strong_similarity", strong_similarity)):
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{label} must be between 0 and 1, got {value}")
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage
        self.strong_similarity = strong_similarity
        self.idf = idf

    def verify(self, query: str, evidence: Sequence[Evidence], *, kind: Kind, lang: str = "en") -> Verification:
        if not evidence:
            return Verification(Verdict.NOT_ENOUGH_INFO, 0.9, (), details={"reason": "no evidence"})
        texts = [e.sentence.text for e in evidence]
        covs = [coverage(query, t, self.idf) for t in texts]
        sims = [e.similarity for e in evidence]
        best = max(range(len(evidence)), key=lambda i: (covs[i] + sims[i], -i))
        best_cov, best_sim = covs[best], sims[best]
        top_texts = texts[: min(3, len(texts))]
        missing = missing_names(query, top_texts)
        claim_names = names(query)
        details = {"best": best, "coverage": round(best_cov, 3), "similarity": round(best_sim, 3),
                   "missing_names": [m.text for m in missing]}
        relevant = best_cov >= self.min_coverage or best_sim >= self.strong_similarity or (
            best_sim >= self.min_similarity and best_cov >= 0.3)
        stances = [Stance.NEUTRAL] * len(evidence)

        if kind is Kind.QUESTION:
            answered = relevant and not missing
            if answered:
                stances[best] = Stance.SUPPORTS
                conf = min(0.95, 0.55 + 0.4 * max(best_cov, best_sim))
                return Verification(Verdict.SUPPORTED, conf, tuple(stances), details=details)
            return Verification(Verdict.NOT_ENOUGH_INFO, 0.6 if relevant else 0.8, tuple(stances), details=details)

        # A claim: look for conflicts in the sentences that match it well.
        conflicts: list[Conflict] = []
        refuting: set[int] = set()
        for i, e in enumerate(evidence[:3]):
            close = covs[i] >= 0.4 or sims[i] >= self.min_similarity
            if not close:
                continue
            for cm, em in number_conflicts(query, e.sentence.text):
                refuting.add(i)
                conflicts.append(_conflict(cm, em, e, "number" if cm.kind == "number" else "date"))
            if bool(negated(query)) != bool(negated(e.sentence.text)) and (covs[i] >= 0.6 or sims[i] >= self.strong_similarity):
                refuting.add(i)
                neg = (negated(query) or negated(e.sentence.text))[0]
                if negated(query):
                    conflicts.append(Conflict(neg.start, neg.end, neg.text, e.sentence.doc_id, e.sentence.start,
                                              e.sentence.end, e.sentence.text, "negation"))
                else:
                    conflicts.append(Conflict(0, len(query), query, e.sentence.doc_id, e.sentence.start + neg.start,
                                              e.sentence.start + neg.end, neg.text, "negation"))
        if missing and claim_names and len(missing) < len(claim_names) and relevant:
            # Most names agree but one does not, on a sentence that otherwise matches: a swapped name.
            e = evidence[best]
            other = [m for m in names(e.sentence.text) if m.key not in {c.key for c in claim_names}]
            if other and best_cov >= 0.45:
                refuting.add(best)
                for m in missing:
                    o = other[0]
                    conflicts.append(Conflict(m.start, m.end, m.text, e.sentence.doc_id, e.sentence.start + o.start,
                                              e.sentence.start + o.end, o.text, "name"))
        if refuting:
            for i in refuting:
                stances[i] = Stance.REFUTES
            conf = min(0.9, 0.55 + 0.1 * len(conflicts) + 0.2 * max(covs[i] for i in refuting))
            return Verification(Verdict.REFUTED, conf, tuple(stances), tuple(conflicts), details)
        if relevant and not missing and best_cov >= self.min_coverage or (best_sim >= self.strong_similarity and not missing):
            stances[best] = Stance.SUPPORTS
            conf = min(0.95, 0.5 + 0.45 * max(best_cov, best_sim))
            return Verification(Verdict.SUPPORTED, conf, tuple(stances), details=details)
        return Verification(Verdict.NOT_ENOUGH_INFO, 0.6 if relevant else 0.8, tuple(stances), details=details)


def _conflict(cm, em, e: Evidence, reason: str) -> Conflict:
    s = e.sentence
    return Conflict(cm.start, cm.end, cm.text, s.doc_id, s.start + em.start, s.start + em.end, em.text, reason)
