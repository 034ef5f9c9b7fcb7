"""Features of a claim (or question) against its evidence sentences, for the learned verifier.

The heart is a word alignment of the claim to each evidence sentence (`align.py`). From it come
coverage, unmatched words, and conflicts: a claim word whose place in the sentence holds another
word (`slots.py`: "Mosca" where the article says "Washington", "defence" against "Esteri"), numbers
and dates (`values.py`: "2014" against "2016"), what the claim says its subject is (`identity.py`),
who says it (`sources.py`), and negation on one side only.

An NLI judge (`judge.py`) can add its probabilities of entailment, contradiction and neutral for
every (evidence sentence, claim) pair (`JUDGE_FEATURES`); for a question, entailment reads "this
sentence answers it". The verifier also takes each citation's stance from them.

Extra features can be added by hooks: a hook is any object with `name` and
`features(claim, sentences) -> dict[str, float]`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np

from .align import (EXACT, MATCH, SYNONYM, TRANSLATION, UNMATCHED, Aligned, Word, WordVectors, align, asked_opposite,
                    content_words)
from .conflicts import ConflictSearch
from .identity import supporting_sentences
from .retrieve import Evidence
from .signals import (CLAUSE_STOP, COST_OF, CURRENCY_WORD, DECISION_CLAIM_RE, SUM_OF, asks_firm, firm_named, answer_candidates, answer_type, attributed, languages_differ, undecided,
                      left_open,
                      withheld, announced_later)
from .slots import open_about_claim, role_holder
from .sources import (ANAPHORIC_ATTRIBUTION, NEWS_WORDS, PURPOSE_CLAUSE, PURPOSE_QUESTION, PURPOSE_REACH,
                      ROLE_QUESTION, ROLE_WORDS, SOURCE_ABOUT, SOURCE_QUESTION, article_sources, claim_source,
                      next_sentence)
from .types import Conflict, Kind
from .values import CHANGE_ASKED, PART_ASKED, asked_count, change_of, counted_unit, counts_asked, increment, same_unit


# Sentences whose union is read as the evidence: a claim may state several facts from several
# sentences; a question's answer sits in one or two, and a wider union makes it look answered.
TOP = {Kind.CLAIM: 4, Kind.QUESTION: 3}

CLAIM_FEATURES = (
    "sim_top1", "sim_max", "sim_best", "sim_gap",
    "cov_exact_best", "cov_soft_best", "cov_exact_union", "cov_soft_union",
    "min_soft_best", "min_soft_union", "unmatched_best", "unmatched_union", "frac_unmatched_union",
    "precision_best", "n_claim_words", "n_claim_names", "n_claim_numbers",
    "names_missing_union", "names_missing_best", "name_subst", "place_conflict",
    "num_conflict", "num_match", "year_conflict", "slot_subst", "slot_subst_soft",
    "neg_claim", "neg_best", "neg_mismatch", "neg_mismatch_scoped", "neg_implicit_mismatch",
    "attr_claim", "attr_best", "rank_best", "ev_len_best", "identity_bound", "identity_other",
    "pred_cov_best", "pred_cov_union", "pred_unmatched_union", "exclusive_claim", "conflict_explained",
)
JUDGE_FEATURES = (
    "judge_ent_max", "judge_con_max", "judge_neu_min", "judge_ent_best", "judge_con_best", "judge_ent_top1",
    "judge_con_at_ent", "judge_margin",
)
# No exact-word coverage for questions: an English question about an Italian article shares few
# words with it, and SQuAD-it (Italian questions on Italian text) would teach the model to demand them.
QUESTION_FEATURES = (
    "sim_max", "cov_soft_union", "cov_soft_best", "min_soft_union", "unmatched_union",
    "names_missing_union", "n_claim_words", "n_claim_names", "atype_known", "atype_found_best",
    "atype_found_union", "atype_found_any",
)


class FeatureHook(Protocol):
    """Extra features from another model, e.g. an NLI judge's probabilities for the best sentences."""

    name: str

    def features(self, claim: str, sentences: Sequence[str]) -> dict[str, float]:
        ...


@dataclass
class Extraction:
    """Features plus what the explanation needs (best sentence, alignments, conflicts)."""

    values: dict[str, float]
    best: int  # index into the evidence of the best-matching sentence
    supporting: list[int]  # evidence indices that together cover the claim
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_sentences: list[int] = field(default_factory=list)
    conflict_at: list[int] = field(default_factory=list)  # the evidence index of each of `conflicts`
    relaying: list[int] = field(default_factory=list)  # sentences that relay what a post or a headline says
    computed_at: dict[str, int] = field(default_factory=dict)  # the sentence each computed figure's rule cites
    judge: np.ndarray | None = None  # (evidence, 3) NLI probabilities in judge.LABELS order, when judged
    question: bool = False

    def add_judge(self, probs: np.ndarray) -> None:
        """Record the judge's probabilities for each evidence sentence and their features.

        For a question, a sentence the judge reads as not neutral speaks to it: "Who will not take
        part in the talks?" against "Non ci saranno … né … Keith Kellogg" reads as a contradiction
        (0.80), though it is the answer; so contradiction counts as answering."""
        self.judge = np.asarray(probs, dtype=np.float64)
        if self.question and len(self.judge):
            self.judge = np.column_stack([self.judge[:, 0] + self.judge[:, 1], np.zeros(len(self.judge)),
                                          self.judge[:, 2]])
        self.values.update(judge_features(self.judge, self.best))


def judge_features(probs: np.ndarray, best: int) -> dict[str, float]:
    """Features from an NLI judge's (entailment, contradiction, neutral) rows, one per evidence sentence."""
    probs = np.asarray(probs, dtype=np.float64)
    if probs.size == 0:
        return {}
    ent, con, neu = probs[:, 0], probs[:, 1], probs[:, 2]
    top_ent = int(np.argmax(ent))
    best = best if 0 <= best < len(probs) else 0
    return {
        "judge_ent_max": float(ent.max()),
        "judge_con_max": float(con.max()),
        "judge_neu_min": float(neu.min()),
        "judge_ent_best": float(ent[best]),
        "judge_con_best": float(con[best]),
        "judge_ent_top1": float(ent[0]),
        "judge_con_at_ent": float(con[top_ent]),  # the sentence most likely to entail it: does it rather deny?
        "judge_margin": float(ent.max() - con.max()),
    }


class FeatureExtractor:
    """Features of a claim or a question against its evidence sentences (see the module doc)."""

    def __init__(self, embedder=None, *, hooks: Sequence[FeatureHook] = (), vectors: WordVectors | None = None,
                 judge=None, judge_kinds=(Kind.CLAIM,)):
        self.vectors = vectors or WordVectors(embedder)
        self.hooks = list(hooks)
        self.judge = judge  # anything with predict([(premise, hypothesis), ...]) -> (n, 3) probabilities
        self.judge_kinds = frozenset(judge_kinds)  # claims, questions or both are judged

    def extract(self, query: str, evidence: Sequence[Evidence], *, kind: Kind) -> Extraction:
        claim = content_words(query)
        # "La Tass riferisce che …", "According to Politico, …": what is said is matched; who says it is
        # checked against who the article says says it (`conflicts.source_conflict`)
        source = claim_source(query) if kind is Kind.CLAIM else None
        if source is not None:
            claim = [w for w in claim if source.says(w)] or claim
        # a claim in the other language than its evidence: translations are read from MultiWordNet too
        cross = languages_differ(query, (e.sentence.text for e in evidence))
        aligned = [align(claim, i, e.sentence.text, self.vectors, cross) for i, e in enumerate(evidence)]
        # a change the claim states ("rose by eight percentage points") matches the figure a sentence gives with
        # the value it moved from ("61%, up from 53%")
        for k, w in enumerate(claim):
            for i, e in enumerate(evidence if w.number is not None else ()):
                now = change_of(w, query, aligned[i], e.sentence.text, claim)
                if now is not None:
                    aligned[i].sim[k, now.pos] = aligned[i].best[k] = 1.0
                    aligned[i].where[k] = now.pos
        values: dict[str, float] = {}
        if not evidence:
            return Extraction({}, -1, [])
        sims = [e.similarity for e in evidence]
        covs = [a.coverage(claim, soft=True) for a in aligned]
        best = max(range(len(evidence)), key=lambda i: (covs[i] + 0.5 * sims[i], -i))
        ranked = sorted(range(len(evidence)), key=lambda i: -(covs[i] + 0.5 * sims[i]))
        top = ranked[:TOP[kind]]
        # a sentence further down that names what the claim names and no top sentence does joins them:
        # "Lavrov e Rubio hanno discusso della Palestina" is decided where "Palestina" stands
        for i in ranked[TOP[kind]:]:
            if any(w.is_name and aligned[i].best[k] >= EXACT and all(aligned[j].best[k] < EXACT for j in top)
                   for k, w in enumerate(claim)):
                top.append(i)
        b = aligned[best]
        union_best = np.max(np.stack([aligned[i].best for i in top]), axis=0) if claim else np.zeros(0)
        weights = np.array([w.weight for w in claim]) if claim else np.zeros(0)
        wsum = float(weights.sum()) or 1.0
        exact_union = np.max(np.stack([aligned[i].best >= EXACT for i in top]), axis=0) if claim else np.zeros(0)

        values["sim_top1"] = sims[0]
        values["sim_max"] = max(sims)
        values["sim_best"] = sims[best]
        values["sim_gap"] = sims[0] - (sorted(sims)[-2] if len(sims) > 1 else 0.0)
        values["cov_exact_best"] = b.coverage(claim, soft=False)
        values["cov_soft_best"] = covs[best]
        # every word of the claim said in the best sentence by itself, a listed synonym or translation, or a
        # word as close ("Fu la Casa Bianca a volere quella chiamata" against "una conversazione telefonica
        # su iniziativa di Washington"); light words ("fu") matched at all. A value for a check, not a feature.
        values["said_best"] = float(bool(claim) and all(s >= (SYNONYM if w.weight >= 1.0 else MATCH)
                                                         for w, s in zip(claim, b.best)))
        # a bound the claim gives matched by a figure of the best sentence that counts another thing ("over 65" by "140
        # members"): not said word for word there. A value for a check, not a feature.
        values["bound_other_unit"] = float(any(
            w.number is not None and w.bound in ("<", ">") and s >= EXACT and b.words
            and not _same_count(counted_unit(claim, k), counted_unit(b.words, int(b.where[k])))
            for k, (w, s) in enumerate(zip(claim, b.best))))
        values["cov_exact_union"] = float((weights * exact_union).sum() / wsum)
        values["cov_soft_union"] = float((weights * union_best).sum() / wsum)
        values["min_soft_best"] = float(b.best.min()) if claim else 0.0
        values["min_soft_union"] = float(union_best.min()) if claim else 0.0
        values["unmatched_best"] = float(sum(w.weight for w, s in zip(claim, b.best) if s < UNMATCHED))
        values["unmatched_union"] = float(sum(w.weight for w, s in zip(claim, union_best) if s < UNMATCHED))
        values["frac_unmatched_union"] = values["unmatched_union"] / wsum
        matched_sent = set(int(j) for s, j in zip(b.best, b.where) if s >= MATCH)
        values["precision_best"] = len(matched_sent) / max(1, len(b.words))
        values["n_claim_words"] = math.log1p(len(claim))
        claim_names = [w for w in claim if w.is_name]
        values["n_claim_names"] = float(len(claim_names))
        values["n_claim_numbers"] = float(sum(1 for w in claim if w.number is not None))
        name_idx = [i for i, w in enumerate(claim) if w.is_name]
        values["names_missing_union"] = (sum(1 for i in name_idx if union_best[i] < TRANSLATION) / len(name_idx)
                                         if name_idx else 0.0)
        values["names_missing_best"] = (sum(1 for i in name_idx if b.best[i] < TRANSLATION) / len(name_idx)
                                        if name_idx else 0.0)
        # the predicate: what the claim says about its names (the names alone are in every sentence)
        plain = [i for i, w in enumerate(claim) if not w.is_name and w.number is None and w.weight >= 1.0]
        values["pred_cov_best"] = float(np.mean([b.best[i] for i in plain])) if plain else 1.0
        values["pred_cov_union"] = float(np.mean([union_best[i] for i in plain])) if plain else 1.0
        values["pred_unmatched_union"] = float(sum(1 for i in plain if union_best[i] < UNMATCHED))
        values["atype_known"] = 0.0
        values["rank_best"] = float(best)
        values["ev_len_best"] = math.log1p(len(b.words))
        values["attr_claim"] = float(attributed(query))
        values["attr_best"] = float(attributed(evidence[best].sentence.text))
        values["n_claim_words"] = math.log1p(len(claim))

        # a sentence about a claim of what will be done or was decided saying it is not decided yet ("Mr Pryce said no
        # decision had yet been made" for "Brenmoor will appeal"), the claim not saying so itself; not a model
        # feature: the checks read it
        values["undecided"] = float(kind is Kind.CLAIM and bool(DECISION_CLAIM_RE.search(query)) and not undecided(query) and any(
            undecided_cover(claim, aligned[i], evidence[i].sentence.text, covs[i]) >= UNDECIDED_ABOUT for i in top))
        extraction = Extraction(values, best, supporting_sentences(claim, aligned, top, best), question=kind is Kind.QUESTION)
        if kind is Kind.QUESTION:
            self._question(query, evidence, aligned, top, best, extraction, cross)
        else:
            search = ConflictSearch(query, claim, evidence, aligned, top, best, values, self.vectors, source, cross)
            strong = search.run()
            extraction.relaying = search.relaying
            extraction.computed_at = search.computed_at
            extraction.conflicts = [c for _, c in strong]
            extraction.conflict_at = [i for i, _ in strong]
            extraction.conflict_sentences = sorted({i for i, _ in strong})
        if self.judge is not None and kind in self.judge_kinds:
            said = source.said(query) if source is not None else query
            extraction.add_judge(self.judge.predict([(e.sentence.text, said) for e in evidence]))
        for hook in self.hooks:
            texts = [evidence[i].sentence.text for i in top]
            for key, value in hook.features(query, texts).items():
                values[f"{hook.name}:{key}"] = float(value)
        return extraction

    # ---- questions ------------------------------------------------------------------------
    def _question(self, query, evidence, aligned, top, best, ex: Extraction, cross: bool) -> None:
        atype = answer_type(query)
        v = ex.values
        v["atype_known"] = float(atype is not None)
        v["atype_person"] = float(atype == "person")  # not a model feature: the checks read it
        # which company or firm did it, where the best sentence names none the question does not ("Quale impresa
        # installerà le boe per il monitoraggio in tempo reale?" answered 0.94 from the plan's sentence; not a model
        # feature: a rule reads it)
        v["firm_unnamed"] = float(atype is None and asks_firm(query) and not firm_named(query, evidence[best].sentence.text))
        # a number answers "how many" only where it may count what the question asks about; a sum "how much
        # compensation" only where the sentence speaks of compensation (not the fine in another sentence)
        words = content_words(query)
        sum_of = SUM_OF.search(query) if atype == "money" else None
        of = next((k for k, w in enumerate(words) if sum_of and w.start >= sum_of.start() and w.end <= sum_of.end()), None)
        # a cost is the cost of what the question names: "How much will the new, larger vessel … cost?" is not answered by
        # "The work … is expected to cost £2.8 million" (one of those words said in the sentence, not only a name:
        # "Il restauro è costato 9,2 milioni" answers "Quanto è costato il restauro di Palazzo Montefusco?")
        cost_of = COST_OF.search(query) if atype == "money" else None
        costed = [k for k, w in enumerate(words) if cost_of and w.weight >= 1.0 and w.number is None
                  and w.start >= cost_of.start(cost_of.lastgroup) and w.end <= cost_of.end(cost_of.lastgroup)]
        costed = [k for k in costed if not words[k].is_name] or costed
        # (across languages a word hardly meets its translation: "posti di lavoro" and "jobs")
        asked = asked_count(words, query) if atype == "number" and not cross else None
        part = PART_ASKED.search(query) is not None
        change = CHANGE_ASKED.search(query) is not None
        money = asked is not None and CURRENCY_WORD.match(words[asked].norm) is not None  # "Quanti euro …?"
        found = [any(atype != "number" or counts_asked(aligned[i], m, asked, evidence[i].sentence.text, part, change,
                                                       money)
                     for m in answer_candidates(query, evidence[i].sentence.text, atype))
                 and (of is None or aligned[i].best[of] >= MATCH)
                 and (not costed or any(aligned[i].best[k] >= MATCH for k in costed))
                 for i in range(len(evidence))]
        v["atype_found_best"] = float(found[best]) if atype else 1.0
        # a count of the very thing asked ("310 soci" for "Quanti soci ha …?") answers from any retrieved sentence
        counted = asked is not None and any(
            (unit := counted_unit(aligned[i].words, s.pos)) is not None and aligned[i].sim[asked, unit.pos] >= EXACT
            and (change or not increment(aligned[i].words, s, evidence[i].sentence.text))
            for i in range(len(evidence)) for s in aligned[i].words if s.number is not None)
        v["atype_found_union"] = float(any(found[i] for i in top) or counted) if atype else 1.0
        v["atype_found_any"] = float(any(found)) if atype else 1.0
        # every sentence holding an answer of the kind asked, naming what it asks about, says the opposite of a
        # word of the question, and not that word: "Quando riaprirà il pronto soccorso di Molfetta?" against "…,
        # chiuso da marzo" (answered 0.98)
        holders = [i for i in top if found[i] and all(aligned[i].best[k] >= EXACT for k, w in enumerate(words)
                                                     if w.is_name)] if atype else []  # naming what it asks about
        v["asked_opposite"] = float(bool(holders) and all(any(
            aligned[i].best[k] < MATCH and any(asked_opposite(w.norm, s.norm) for s in aligned[i].words)
            for k, w in enumerate(words)) for i in holders))  # not a model feature: the checks read it
        # the article says what is asked is not given or not known ("La società non ha però indicato quanti litri di
        # liquido siano finiti nel fiume" for "Quanti litri … sono finiti nel Mella?", answered 0.89 from other
        # figures): a sentence saying so, about the question about as much as any holding an answer of the kind (within
        # WITHHELD_MARGIN: "nella notte tra giovedì 4 e venerdì 5", a date, may count litres for all `found` knows)
        cover = [aligned[i].coverage(words, soft=True) for i in range(len(evidence))]
        answering = max((cover[i] for i in top if atype and found[i]), default=0.0)
        v["answer_withheld"] = float(any(
            cover[i] >= WITHHELD_ABOUT and cover[i] + WITHHELD_MARGIN >= answering and not (atype and found[i])
            and withheld(evidence[i].sentence.text) for i in top))  # not a model feature: the checks read it
        # or that it will be made known later, what the question asks about said after that ("Who will headline next
        # year's festival?" against "The trust says it will announce next year's headliners in February"; not when)
        if atype not in ("time", "hour") and not v["answer_withheld"]:
            v["answer_withheld"] = float(any(
                cover[i] >= WITHHELD_ABOUT and cover[i] + WITHHELD_MARGIN >= answering
                and any(_asked_after(aligned[i], words, end) for _, end in announced_later(evidence[i].sentence.text))
                for i in top))
        if atype and not found[best]:
            # the answer may sit in another well-matching sentence: cite that one too
            for i in top:
                if found[i] and i not in ex.supporting:
                    ex.supporting.append(i)
                    break
        # "Quale agenzia ha riportato la notizia della telefonata?": the source the article gives for the
        # sentence that states it ("Lo riporta la Tass …", right after it) answers
        v["source_answer"] = 0.0
        got = self._source_answer(query, evidence)
        if got is not None:
            v["source_answer"] = 1.0
            ex.supporting = list(dict.fromkeys(got))  # who says it, and the sentence stating what it says
        # "What is the purpose of the American officials' trip to Saudi Arabia?": "… si stanno dirigendo in
        # Arabia Saudita per avviare colloqui di pace …" states it right after what the question names
        v["purpose_answer"] = 0.0
        why = self._purpose_answer(query, evidence)
        if why is not None:
            v["purpose_answer"] = 1.0
            ex.supporting = [why]
        # "Who is Veltra's chief executive?": "Chief executive Hanna Berger told reporters …" names her
        v["role_answer"] = 0.0
        holder = self._role_answer(query, evidence) if got is None and why is None else None
        if holder is not None:
            v["role_answer"] = 1.0
            ex.supporting = [holder]

    def _role_answer(self, query: str, evidence: Sequence[Evidence]) -> int | None:
        """For a question asking who holds a role ("Who is Veltra's chief executive?", "Chi è il sindaco di
        Bologna?"), the evidence sentence naming the person holding it (`slots.role_holder`); or None."""
        m = ROLE_QUESTION.match(query)
        what = content_words(m.group("what")) if m else []
        role = [w for w in what if not w.is_name and w.number is None]
        whose = [w for w in what if w.is_name]
        if not role or len(role) > ROLE_WORDS or len(what) > ROLE_WORDS + 2:
            return None
        found = role_holder(role, whose, evidence, self.vectors)
        return found[0] if found is not None else None

    def _covering(self, what: Sequence[Word], evidence: Sequence[Evidence]) -> list[tuple[int, Aligned]]:
        """The evidence sentences covering what a question names (soft coverage at least SOURCE_ABOUT), best
        first (the first of equals first), with their alignments."""
        aligned = [align(what, i, e.sentence.text, self.vectors) for i, e in enumerate(evidence)]
        covs = [a.coverage(what, soft=True) for a in aligned]
        return [(i, aligned[i]) for i in sorted(range(len(evidence)), key=lambda i: -covs[i]) if covs[i] >= SOURCE_ABOUT]

    def _purpose_answer(self, query: str, evidence: Sequence[Evidence]) -> int | None:
        """For a question asking why or what for, the evidence sentence that states what the question names
        (soft coverage at least SOURCE_ABOUT) with a purpose clause ("per avviare", "in order to", "so that",
        "affinché") within PURPOSE_REACH characters after the last word of it; or None."""
        m = PURPOSE_QUESTION.match(query)
        what = content_words(m.group("what")) if m else []
        if not what:
            return None
        for i, a in self._covering(what, evidence):
            text = evidence[i].sentence.text
            end = max(a.words[int(a.where[k])].end for k in range(len(what)) if a.best[k] >= MATCH) if any(
                a.best >= MATCH) else None
            clause = PURPOSE_CLAUSE.search(text, end) if end is not None else None
            if clause and clause.start() - end <= PURPOSE_REACH:
                return i
        return None

    def _source_answer(self, query: str, evidence: Sequence[Evidence]) -> tuple[int, int] | None:
        """For a question asking who reports or says something, the evidence sentence naming that source for
        the sentence that states it (itself, or the article's next sentence: "Lo riporta la Tass …"), and
        the stating sentence; None when the question asks something else or no retrieved sentence names
        the source."""
        m = SOURCE_QUESTION.match(query)
        what = [w for w in content_words(m.group("what")) if w.norm not in NEWS_WORDS] if m else []
        if not what:
            return None
        covering = self._covering(what, evidence)
        if not covering:
            return None
        stating = covering[0][0]
        if any(whole for *_, whole in article_sources(evidence[stating].sentence.text)):
            return stating, stating
        following = next_sentence(evidence, stating)
        if following is None or not ANAPHORIC_ATTRIBUTION.match(following.text):
            return None
        cited = next((i for i, e in enumerate(evidence) if e.sentence.id == following.id), None)
        return None if cited is None else (cited, stating)  # cited only when retrieved


_CLAUSES = re.compile(r";")  # what parts a sentence into clauses of their own
# the rest of a group, opening a clause: "the last", "the other three", "gli altri", "i restanti"
_THE_REST = re.compile(r"\s*(?:the\s+(?:last|rest|others|other\s+\w+|remaining)|(?:l['’]\s*)?ultim[oaie]|(?:gli|le)\s+altr[ie]|"
                       r"il\s+resto|(?:i|le)\s+restanti|(?:i|le)\s+rimanenti)\b", re.IGNORECASE)


def undecided_cover(claim, a, text: str, cover: float) -> float:
    """How much of the claim a sentence saying something is not decided yet covers (`cover`, its soft coverage of the
    claim, where it says so), or 0: where the thing undecided is asked as "whether" / "se", the share of the claim's
    words matched in that clause only ("Non è ancora stato deciso se l'area … resterà aperta anche di notte: la questione sarà discussa
    dalla conferenza dei sindaci, convocata per lunedì" leaves the conference out; "It has not yet decided whether it
    would charter a second boat" says nothing undecided of "the replacement boat")."""
    best = 0.0
    total = sum(w.weight for w in claim)

    def covered(opening: int, closing: int) -> float:
        """The weighted share of the claim's words matched in the sentence's characters opening..closing."""
        scope = [j for j, w in enumerate(a.words) if opening <= w.start < closing]
        return sum(w.weight for k, w in enumerate(claim) if a.sim[k, scope].max() >= MATCH) / total \
            if scope and total else 0.0

    for start, end in undecided(text):
        open_span = left_open(text, start, end)
        if open_span is None:
            # said of the rest of a group in a clause of its own, only what that clause says: "Four have chosen
            # redundancy and two will move to the branch in Kettlemoor; the last has yet to decide" leaves nothing
            # undecided of the two (not "…; Mr Pryce said no decision had yet been made")
            opening = max((m.end() for m in _CLAUSES.finditer(text, 0, start)), default=0)
            closing = m.start() if (m := _CLAUSES.search(text, end)) is not None else len(text)
            if opening == 0 or not _THE_REST.match(text, opening):
                return cover
            best = max(best, covered(opening, closing))
        elif open_about_claim(claim, a, open_span):
            best = max(best, covered(max((m.end() for m in CLAUSE_STOP.finditer(text, 0, start)), default=0),
                                     open_span[1]))
    return best


def _asked_after(a, words, end: int) -> bool:
    """Whether every word of the question that sentence `a` matches stands after character `end` of it (and one does)."""
    at = [a.words[int(a.where[k])].start for k in range(len(words)) if a.best[k] >= MATCH]
    return bool(at) and all(start >= end for start in at)


WITHHELD_ABOUT = 0.5  # a sentence saying something is not given covers this much of the question to be about it
WITHHELD_MARGIN = 0.1  # and at most this much less of it than a sentence holding an answer of the kind asked
UNDECIDED_ABOUT = 0.5  # a sentence saying something is not decided covers this much of the claim to be about it


def vector_of(values: dict[str, float], names_: Sequence[str]) -> np.ndarray:
    return np.array([float(values.get(n, 0.0)) for n in names_], dtype=np.float64)


def _same_count(a: Word | None, b: Word | None) -> bool:
    """Whether two figures count the same thing: both nothing said, or the same unit."""
    return (a is None and b is None) or (a is not None and b is not None and same_unit(a, b))
