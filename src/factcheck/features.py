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
from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np

from .align import (CALENDAR, EXACT, MATCH, TRANSLATION, UNMATCHED, Aligned, Word, WordVectors, align,
                    asked_opposite, content_words, number_agrees, similarity_matrix)
from .identity import (EXCLUSIVE, binding, category_in, claimed_category, claimed_identity, copula_denied,
                       described_otherwise, supporting_sentences)
from .retrieve import Evidence
from .signals import (CORRECTION_RE, MEDIUM_RE, answer_candidates, answer_type, attributed, debunks, polarity,
                      relays)
from .slots import (LOCATIVE_BEFORE, POSSESSIVE, SAYS_MORE, all_modifiers, claim_denies, denied_at, evidence_denies,
                    located_after, mark_restates, name_run, named_both, names_role_holder, negation_phrase,
                    opposite_after_name, person_subject, quoted_words, quotes_claim, reversed_roles, slot_conflicts,
                    subject_at, subject_name)
from .sources import (ANAPHORIC_ATTRIBUTION, NEWS_WORDS, PURPOSE_CLAUSE, PURPOSE_QUESTION, PURPOSE_REACH,
                      ROLE_QUESTION, ROLE_WORDS, SOURCE_ABOUT, SOURCE_QUESTION, ClaimSource, article_sources,
                      claim_name_run, claim_source, named_share_of, named_short, next_sentence, source_name)
from .text import fold, tokens
from .types import Conflict, Kind
from .values import (ALSO, RELATIVE_YEAR, change_of, counted_unit, counts_asked, counts_it, dated_weekday,
                     is_year_word, measured_in, other_earlier_value, previous_value, same_unit)


ABOUT = 0.5  # a sentence whose soft coverage of the claim reaches this is about the claim
KIND_MATCH = MATCH  # the kind of thing a claim says its subject is, matched below this: another kind
DEBUNK_ABOUT = 0.25  # a sentence calling something false must match this much of the claim to be about it
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
        # checked against who the article says says it (`_source_conflict`)
        source = claim_source(query) if kind is Kind.CLAIM else None
        if source is not None:
            claim = [w for w in claim if source.says(w)] or claim
        aligned = [align(claim, i, e.sentence.text, self.vectors) for i, e in enumerate(evidence)]
        # a change the claim states ("rose by eight percentage points") matches the figure a sentence gives with
        # the value it moved from ("61%, up from 53%")
        for k, w in enumerate(claim):
            for i, e in enumerate(evidence if w.number is not None else ()):
                now = change_of(w, query, aligned[i], e.sentence.text)
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

        extraction = Extraction(values, best, supporting_sentences(claim, aligned, top, best), question=kind is Kind.QUESTION)
        if kind is Kind.QUESTION:
            self._question(query, evidence, aligned, top, best, extraction)
        else:
            self._conflicts(query, claim, evidence, aligned, top, best, extraction, source)
        if self.judge is not None and kind in self.judge_kinds:
            said = source.said(query) if source is not None else query
            extraction.add_judge(self.judge.predict([(e.sentence.text, said) for e in evidence]))
        for hook in self.hooks:
            texts = [evidence[i].sentence.text for i in top]
            for key, value in hook.features(query, texts).items():
                values[f"{hook.name}:{key}"] = float(value)
        return extraction

    def _source_conflict(self, query: str, source: ClaimSource, evidence: Sequence[Evidence],
                         best: int) -> Conflict | None:
        """The article's source for the claim's best sentence when it is not the claim's: named in that
        sentence ("Secondo la Tass, …", "Il Cremlino ha sottolineato che …", "…, ha aggiunto il
        Ministero") or by the next sentence of the article when it is retrieved too ("Lo riferisce
        Politico …"); None when the article names none there or names the claim's."""
        mine = content_words(query[:source.end])
        mine = [w for w in mine if w.start >= source.start]
        if not mine:
            return None
        sent = evidence[best].sentence
        found = [(sent, s, e, whole) for s, e, whole in article_sources(sent.text)]
        following = next_sentence(evidence, best)
        m = ANAPHORIC_ATTRIBUTION.match(following.text) if following is not None else None
        if m:
            found.append((following, m.start("src"), m.end("src"), True))
        # a source said of the whole sentence grounds a conflict; one in a phrase only spares the claim's
        if not any(whole for *_, whole in found):
            return None
        theirs = [w for where, s, e, _ in found for w in content_words(where.text[s:e])]
        if not theirs:
            return None
        sim = similarity_matrix(mine, theirs, self.vectors)
        names = [i for i, w in enumerate(mine) if w.is_name]
        # a name is the same name (or an alias: "Kremlin" / "Cremlino"), not a related word ("Reuters" and
        # "agency"); a source named by common nouns ("the Russian foreign ministry") may be a translation
        if (any(sim[i].max() >= EXACT for i in names) if names
                else any(sim[i].max() >= MATCH for i in range(len(mine)))):
            return None  # the article's source is the claim's
        where, s, e, _ = next(f for f in found if f[3])
        s, e = source_name(where.text, s, e)
        cs, ce = source_name(query, source.start, source.end)
        return Conflict(cs, ce, query[cs:ce], where.doc_id, where.start + s, where.start + e, where.text[s:e], "source")

    # ---- questions ------------------------------------------------------------------------
    def _question(self, query, evidence, aligned, top, best, ex: Extraction) -> None:
        atype = answer_type(query)
        v = ex.values
        v["atype_known"] = float(atype is not None)
        v["atype_person"] = float(atype == "person")  # not a model feature: the checks read it
        # a number answers "how many" only where it may count what the question asks about
        found = [any(atype != "number" or counts_asked(aligned[i], m)
                     for m in answer_candidates(query, evidence[i].sentence.text, atype)) for i in range(len(evidence))]
        v["atype_found_best"] = float(found[best]) if atype else 1.0
        v["atype_found_union"] = float(any(found[i] for i in top)) if atype else 1.0
        v["atype_found_any"] = float(any(found)) if atype else 1.0
        # every sentence holding an answer of the kind asked, naming what it asks about, says the opposite of a
        # word of the question, and not that word: "Quando riaprirà il pronto soccorso di Molfetta?" against "…,
        # chiuso da marzo" (answered 0.98)
        words = content_words(query)
        holders = [i for i in top if found[i] and all(aligned[i].best[k] >= EXACT for k, w in enumerate(words)
                                                     if w.is_name)] if atype else []  # naming what it asks about
        v["asked_opposite"] = float(bool(holders) and all(any(
            aligned[i].best[k] < MATCH and any(asked_opposite(w.norm, s.norm) for s in aligned[i].words)
            for k, w in enumerate(words)) for i in holders))  # not a model feature: the checks read it
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
        Bologna?"), the evidence sentence naming a person right next to every word of the role ("Chief
        executive Hanna Berger told …", "Il sindaco Matteo Lepore ha detto …", "Valentina Orioli, assessora
        ai trasporti"); or None. Whose role it is (Veltra, Bologna) must be named in the evidence, and no
        other name may stand in its place ("il sindaco di Milano, Beppe Sala")."""
        m = ROLE_QUESTION.match(query)
        what = content_words(m.group("what")) if m else []
        role = [w for w in what if not w.is_name and w.number is None]
        whose = [w for w in what if w.is_name]
        if not role or len(role) > ROLE_WORDS or len(what) > ROLE_WORDS + 2:
            return None
        # the articles naming whose role it is (all of it): the role's sentence must be in one of them
        named: dict[str, np.ndarray] = {}
        for i, e in enumerate(evidence if whose else ()):
            found = align(whose, i, e.sentence.text, self.vectors).best >= EXACT
            named[e.sentence.doc_id] = named.get(e.sentence.doc_id, found) | found
        for i, e in enumerate(evidence):
            if whose and not named[e.sentence.doc_id].all():
                continue
            a = align(role, i, e.sentence.text, self.vectors)
            if not a.words or (a.best < MATCH).any():
                continue
            first, last = int(a.where.min()), int(a.where.max())
            if last - first >= len(role) + 1:
                continue  # the role's words apart in the sentence
            if names_role_holder(a, first, last, whose, e.sentence.text):
                return i
        return None

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

    # ---- claims -------------------------------------------------------------------------------
    def _conflicts(self, query, claim, evidence, aligned, top, best, ex: Extraction,
                   claimed_source: ClaimSource | None = None) -> None:
        v = ex.values
        for key in ("name_subst", "place_conflict", "num_conflict", "num_match", "year_conflict", "slot_subst",
                    "slot_subst_soft", "neg_claim", "neg_best", "neg_mismatch", "neg_mismatch_scoped",
                    "neg_implicit_mismatch", "identity_bound", "identity_other", "exclusive_claim",
                    "conflict_explained"):
            v[key] = 0.0
        # sentences about the claim: conflicts are looked for there only
        about = [i for i in top if aligned[i].matched_share(claim) >= ABOUT]
        union = np.max(np.stack([aligned[i].best for i in top]), axis=0) if claim else np.zeros(0)
        conflicts: list[tuple[int, Conflict]] = []

        def add(i: int, c: Word, s: Word, reason: str) -> None:
            sent = evidence[i].sentence
            s_start, s_end = s.start, s.end
            if reason in ("name", "place") and s in aligned[i].words:
                lo, hi = name_run(aligned[i], aligned[i].words.index(s))
                s_start, s_end = aligned[i].words[lo].start, aligned[i].words[hi].end
            c_start, c_end = c.start, c.end
            if reason in ("name", "place"):
                lo, hi = claim_name_run(claim, claim.index(c))
                c_start, c_end = claim[lo].start, claim[hi].end
            elif reason == "kind":
                c_end = claim[-1].end  # the kind with what the claim says of it: "forum Internet", "edificio corto"
            if any(x.claim_start == c_start and x.reason == reason for _, x in conflicts):
                return
            if fold(query[c_start:c_end]).strip() == fold(sent.text[s_start:s_end]).strip():
                return  # the same name on both sides ("Gaio Giulio Cesare ... di Gaio Giulio Cesare")
            conflicts.append((i, Conflict(c_start, c_end, query[c_start:c_end], sent.doc_id, sent.start + s_start,
                                          sent.start + s_end, sent.text[s_start:s_end], reason)))

        # "X è DESC": is the description bound to X in the sentence, or to somebody else?
        identity = claimed_identity(query, claim)
        # read where the description stands too, though the claim's name weighs it below ABOUT ("Matteo
        # Lepore è l'assessore ai trasporti" against "l'assessora ai trasporti, Valentina Orioli, …")
        described = [i for i in top if i not in about and identity and all(aligned[i].best[d] >= MATCH
                                                                            for d in identity[1])]
        bindings = ({i: binding(identity, claim, aligned[i], evidence[i].sentence.text) for i in about + described}
                    if identity else {})
        bound_in = {i for i, got in bindings.items() if got is not None and got[0] == "bound"}
        bound = bool(bound_in)
        # the subject's own apposition says something else ("il consigliere per la sicurezza nazionale Mike
        # Waltz" for "Mike Waltz è il segretario della Difesa"): the article describes him otherwise
        v["described_otherwise"] = float(bool(identity) and not bound and any(
            described_otherwise(identity, aligned[i], evidence[i].sentence.text) for i in top))
        v["identity_bound"] = float(bound)
        share = {i: aligned[i].matched_share(claim) for i in top}
        for i, got in bindings.items():
            # the description bound to somebody else conflicts only where no sentence binds it to the
            # claim's subject, whichever comes first, and no other sentence about the claim names that
            # subject with the description's words ("A.J. Styles … è un wrestler" beside "L'Impact
            # Wrestling … Championship è un campionato di wrestling professionistico"); a sentence naming
            # the subject with other words ("il segretario di stato Marco Rubio", for "Rubio is the Russian
            # foreign minister") does not say it of him
            if got is not None and got[0] == "other" and not bound and not any(
                    k != i and share[k] >= ABOUT and all(aligned[k].best[s] >= EXACT for s in identity[0])
                    and sum(aligned[k].best[d] >= MATCH for d in identity[1]) * 2 >= len(identity[1])
                    for k in top):
                v["identity_other"] += 1.0
                add(i, got[1], got[2], "name")
        # "According to Politico, …": who says it, not what is said (its words are left out of `claim`
        # unless nothing follows them)
        lead_end = claimed_source.content if claimed_source is not None else 0
        for i in about:
            for ci, sj, reason in slot_conflicts(claim, aligned[i], union, evidence[i].sentence.text):
                if claim[ci].start < lead_end:
                    continue
                if reason in ("name", "place") and any(
                        k != i and aligned[k].best[ci] >= EXACT
                        and (reason == "name" and share[k] >= ABOUT
                             or aligned[k].matched_share(claim, ci) >= aligned[i].matched_share(claim, ci))
                        for k in top):
                    # another sentence about the claim names its person, or its place and at least as much of
                    # the rest (a place is often named in passing: "secondo il Cremlino"; "La Germania ha
                    # espresso dubbi" says nothing of who wanted the summit "convocato su richiesta della
                    # Francia")
                    continue
                if reason == "name" and named_short(claim, ci, aligned[i]) and union[ci] >= EXACT:
                    continue  # "Lisa Hardwick" for "Lisa White Hardwick", named whole in another sentence
                if reason == "word" and i in bound_in and ci in identity[1]:
                    reason = "role"  # "Russian defence minister" where the apposition says "ministro degli Esteri"
                add(i, claim[ci], aligned[i].words[sj], reason)
        # "La Corsica è una montagna" where a sentence says "La Corsica (…) è un'isola": another kind of thing
        category = claimed_category(query, claim)
        if category is not None and union[category[1]] < KIND_MATCH:
            for i in about:
                z = category_in(category, aligned[i], evidence[i].sentence.text)
                if z is not None:
                    add(i, claim[category[1]], aligned[i].words[z], "kind")
                    break
        claim_nums = [w for w in claim if w.number is not None]
        claim_values = {w.number for w in claim_nums}
        v["earlier_value"] = 0.0  # not a model feature: the checks read it
        # a number meeting a bound of the claim is not one the claim states for something else: "under five"
        # meets no "less than 10%"
        union_numbers = [s for i in top for s in aligned[i].words if s.number is not None]
        stated = {w.pos for w in claim_nums if any(s.number == w.number or (s.number not in claim_values
                                                                             and number_agrees(w, s))
                                                   for s in union_numbers)}
        v["num_match"] = float(len(stated))
        # a number of the claim that the sentences about it state differently; a sentence naming the
        # claim's person short ("Cesare morì nell'85 a.C." for "Gaio Giulio Cesare") is about it too,
        # and the one saying most of the rest ("morì") is where the number stands in the same slot
        named_share = {i: named_share_of(claim, aligned[i], union) for i in top}
        about_number = sorted((i for i in top if named_share[i] >= ABOUT),
                              key=lambda i: (-named_share[i], i))

        def rival(unit: Word, sentences) -> tuple[int, Word] | None:
            """Another number counting the same thing ("three hours" for "two hours") in these sentences."""
            return next(((i, s) for i in sentences for s in aligned[i].words
                         if s.number is not None and s.number not in claim_values
                         and same_unit(counted_unit(aligned[i].words, s.pos), unit)), None)

        for w in claim_nums:
            unit = counted_unit(claim, w.pos)
            if w.pos not in stated and any(change_of(w, query, aligned[i], evidence[i].sentence.text) for i in top):
                continue  # "rose by eight percentage points" where a sentence says "61%, up from 53%"
            if (got := other_earlier_value(w, query, claim, top, aligned, evidence)) is not None:
                add(got[0], w, got[1], "number")  # "rose to £3.4 billion from £2.9 billion" against "…, from £2.7"
                v["earlier_value"] = 1.0
                continue
            if w.pos in stated and (got := previous_value(w, query, claim, top, aligned, evidence)) is not None:
                add(got[0], w, got[1], "number")  # "Turnout was 61%" against "38%, down from 61%"
                v["earlier_value"] = 1.0
                continue
            if w.pos in stated:
                # stated somewhere, but a sentence about the claim may count the same thing with another
                # number: "The match lasted two hours" against "… three hours and 12 minutes", "two" being
                # in "won the tournament twice"; not when it is stated counting that thing too, unless a
                # sentence saying much more of the rest of the claim counts it otherwise ("Ferrante è stato
                # condannato a sei anni" against "ha condannato … a quattro anni e sei mesi … Gennaro
                # Ferrante", the six years being what the prosecutor "aveva chiesto")
                if unit is None:
                    continue
                agree = [i for i in top if any(number_agrees(w, s) and counts_it(aligned[i], s, w, unit)
                                               for s in aligned[i].words)]
                said = max((aligned[i].matched_share(claim, w.pos) for i in agree), default=None)
                got = rival(unit, [i for i in about_number if said is None or (
                    i not in agree and aligned[i].matched_share(claim, w.pos) >= said + SAYS_MORE)])
                if got is not None:
                    add(got[0], w, got[1], "number")
                continue
            is_year = is_year_word(w)
            for i in about_number:
                if is_year and RELATIVE_YEAR.search(evidence[i].sentence.text):
                    continue  # "took the Cup this year, building on 2018": "this year" may be the claim's 2019
                # not a number the claim states too: "Two schools … until the 15th" against "two schools …
                # until Friday" puts nothing against the 15th
                others = [s for s in aligned[i].words if s.number is not None and is_year_word(s) == is_year
                          and s.number not in claim_values]
                if others:
                    # the one counting what the claim's number counts: "3 million pounds", not "24-year-old"
                    s = next((s for s in others if same_unit(counted_unit(aligned[i].words, s.pos), unit)), others[0])
                    add(i, w, s, "date" if is_year else "number")
                    break
            else:
                # no sentence about the claim, but one counting the same thing: "Dieci persone sono rimaste
                # ferite" against "…, ferendo lievemente quattro persone"
                got = rival(unit, top) if unit is not None else None
                if got is not None:
                    add(got[0], w, got[1], "number")
        # the place of the claim's event against the place the sentence names after the same verb, in a
        # sentence naming the claim's subject ("Gaio Giulio Cesare morì in Spagna" against "Cesare morì
        # improvvisamente nell'85 a.C., a Roma"): no sentence names the claim's place
        for ci, c in enumerate(claim):
            if not (c.place and c.is_name and union[ci] < MATCH) or c.start < lead_end:
                continue
            for i in about_number:
                where = located_after(claim, ci, query, aligned[i], evidence[i].sentence.text)
                if where is not None and aligned[i].words[where].place != c.place:
                    add(i, c, aligned[i].words[where], "place")
                    break
        # a weekday against another one the sentence gives the same date: "martedì 14 ottobre" against
        # "Lunedì 14 ottobre", "Thursday, March 19" against "Wednesday, March 19" (the date fixes the day)
        v["anchored_day"] = 0.0
        for c in claim:
            day = dated_weekday(claim, c)
            if day is None:
                continue
            got = next(((i, s) for i in top for s in aligned[i].words
                        if s.norm in CALENDAR and CALENDAR[s.norm] != CALENDAR[c.norm]
                        and dated_weekday(aligned[i].words, s) == day), None)
            if got is not None:
                add(got[0], c, got[1], "date")
                v["anchored_day"] = 1.0
        # what the sentence says of the claim's person right after naming them: "Il funzionario Luca De Sio è
        # stato condannato" against "Condannato a due anni … anche …, mentre il terzo imputato, il funzionario
        # Luca De Sio, è stato assolto" (the claim's verb is matched too, said of someone else)
        for i in about:
            got = opposite_after_name(claim, aligned[i], evidence[i].sentence.text)
            if got is not None:
                add(i, claim[got[0]], aligned[i].words[got[1]], got[2])
                break
        # who did it to whom: "Alcaraz beat Sinner" against "Sinner beat Carlos Alcaraz", the same names on
        # the other sides of the same verb (a passive, "was beaten by", turns them round)
        for i in about:
            got = reversed_roles(claim, query, aligned[i], evidence[i].sentence.text)
            if got is not None:
                add(i, claim[got[0]], aligned[i].words[got[1]], "name")
                break
        # a place the claim names after "in" / "a", its only name the sentences name too, scopes a measure
        # the sentence gives for its own place: "Measles cases rose in the United States" against "measles
        # cases in Europe more than doubled" speaks of another place, not against it ("The summit took
        # place in Helsinki" against "in Geneva" is no measure: it conflicts). "La capitale dell'Argentina
        # è Parigi" and "Babur proveniva dall'Asia settentrionale" keep their conflict ("Argentina" and
        # "Babur" are named on both sides), and so do "una segnalazione delle autorità francesi" against
        # "spagnole" and "at Moscow's initiative" against "su iniziativa di Washington" (who, not where)
        v["other_place"] = 0.0
        # "also" says the same of one more: "Bezorgpunt also operates in Belgium" is not refuted by "operates in 22
        # Dutch cities", nor "Peru's central bank also cut rates" by "Chile's central bank cut" (refuted 0.86,
        # 0.66 before); the place or name put in its slot is the one the claim adds to
        v["also_claim"] = float(ALSO.search(query) is not None)  # not a model feature: the checks read it
        if v["also_claim"]:
            conflicts[:] = [(i, c) for i, c in conflicts if c.reason not in ("place", "name")]
        for i, c in list(conflicts):
            if c.reason == "place" and LOCATIVE_BEFORE.search(query[:c.claim_start]) \
                    and not POSSESSIVE.match(query, c.claim_end) and measured_in(evidence[i].sentence, c, claim) \
                    and not any(not c.claim_start <= w.start < c.claim_end and named_both(w, k, aligned, top)
                                for k, w in enumerate(claim)):
                conflicts.remove((i, c))
                v["other_place"] = 1.0
        for _, c in conflicts:
            if c.reason in ("number", "date"):
                v["num_conflict"] += 1
                v["year_conflict"] += float(c.reason == "date")
            elif c.reason == "place":
                v["place_conflict"] += 1
            elif c.reason == "name":
                v["name_subst"] += 1
            elif c.reason in ("word", "role", "kind", "opposite"):
                v["slot_subst"] += 1
            elif c.reason == "word?":
                v["slot_subst_soft"] += 1
        # "solo rane", "only Catalan actors": an exclusive claim the sentence does not make
        exclusive = {t.norm for t in tokens(query)} & EXCLUSIVE
        v["exclusive_claim"] = float(bool(exclusive - {t.norm for t in tokens(evidence[best].sentence.text)}))
        # negation on one side only
        pc = polarity(query)
        pb = polarity(evidence[best].sentence.text)
        v["neg_claim"] = float(pc.negative)
        v["neg_best"] = float(pb.negative)
        v["neg_mismatch"] = float(pc.negative != pb.negative)
        v["neg_implicit_mismatch"] = float(bool(pc.implicit) != bool(pb.implicit) and pc.negative != pb.negative)
        # a sentence that names the claim's person or place may deny it even when the rest of the
        # claim is matched elsewhere ("the talks in Saudi Arabia" in one sentence, "né ... Kellogg" in
        # the next)
        total = sum(w.weight for w in claim) or 1.0
        union_share = sum(w.weight for w, b in zip(claim, union) if b >= MATCH) / total
        subject = subject_name(claim, lead_end)
        subject_in = {i: subject_at(subject, aligned[i], evidence[i].sentence.text) for i in top}
        named = [i for i in top if i not in about and union_share >= ABOUT and subject_in[i]]
        # sentences naming the claim's subject only in passing ("l'inviato speciale di Trump"): what
        # they state or deny is about something else
        only_modifier = {i for i in top if subject and all_modifiers(subject, aligned[i], evidence[i].sentence.text)}
        passing = only_modifier if person_subject(subject, claim, query) else set()
        v["subject_in_passing"] = float(bool(passing) and not any(subject_in[i] for i in top))
        denies_subject: set[int] = set()
        v["neg_agree"] = 0.0  # how much of a negated claim a sentence denying the same thing matches
        for i in about + named:
            pe = polarity(evidence[i].sentence.text)
            sent = evidence[i].sentence
            if pc.negative and i in bound_in and copula_denied(query, pc):
                # "Keith Kellogg non è l'inviato speciale di Trump" where an apposition says he is,
                # whatever the clause around the apposition denies ("Non ci saranno né …, Keith Kellogg")
                s, e = negation_phrase(query, pc.first_span()[0])
                conflict = Conflict(s, e, query[s:e], sent.doc_id, sent.start, sent.end, sent.text, "negation")
                v["neg_mismatch_scoped"] = 1.0
                conflicts.append((i, conflict))
                break
            if pc.negative and pe.negative and not v.get("neg_agree") and claim_denies(claim, aligned[i], pc):
                # both deny the same thing: "Kellogg will not attend the talks" where the sentence says
                # "Non ci saranno … né …, Keith Kellogg" (the judge reads two denials as a contradiction)
                if subject_in[i] and denied_at(aligned[i], pe, sent.text, subject_in[i]) is not None:
                    v["neg_agree"] = union_share
                elif i not in named and evidence_denies(claim, aligned[i], pe, sent.text) is not None:
                    v["neg_agree"] = aligned[i].matched_share(claim)
            if pc.negative == pe.negative or (bound and not pc.negative):
                continue  # an apposition is asserted whatever the clause around it denies
            if pc.negative:
                if i in named or not claim_denies(claim, aligned[i], pc):
                    continue
                if subject and not any(aligned[i].best[j] >= EXACT for j in subject):
                    continue  # "Kellogg won't be at the talks" says nothing against a sentence without him
                s, e = negation_phrase(query, pc.first_span()[0])
                conflict = Conflict(s, e, query[s:e], sent.doc_id, sent.start, sent.end, sent.text, "negation")
            else:
                # the sentence denies the claim's person or place itself ("né ..., Keith Kellogg"), or
                # (a sentence about the claim) words of it
                at = denied_at(aligned[i], pe, sent.text, subject_in[i]) if subject_in[i] else None
                if at is not None:
                    denies_subject.add(i)  # the rest of the claim may be stated by the other sentences
                elif i not in named and i not in only_modifier:
                    # "La Russia parteciperà ai colloqui" is not denied by "Non ci saranno … né l'inviato …
                    # per i colloqui Ucraina-Russia": Russia only qualifies the talks there
                    at = evidence_denies(claim, aligned[i], pe, sent.text)
                if at is None:
                    continue
                s, e = negation_phrase(sent.text, at)
                conflict = Conflict(0, len(query), query, sent.doc_id, sent.start + s, sent.start + e,
                                    sent.text[s:e], "negation")
            v["neg_mismatch_scoped"] = 1.0
            conflicts.append((i, conflict))
            break
        # a sentence about the claim that calls it false in the article's own voice ("We rate this post
        # False", "there is no evidence", "è una bufala"): a fact-check states its verdict in words.
        # Not when the claim itself speaks of falsity ("Says the video is fake"). Every retrieved sentence
        # is read (a ruling often comes after the restatements the claim matches better), not the
        # whole article: on scraped pages that reached headings and menus ("False teeth").
        v["debunk"] = 0.0
        plain = [i for i, w in enumerate(claim) if not w.is_name and w.number is None]
        plain_total = sum(claim[i].weight for i in plain)

        def about_it(a: Aligned) -> bool:
            # the claim's names alone are not enough: "no evidence that Doe voted ..." says nothing
            # of "Doe sits on the health committee"; what the claim says of them must be there too
            said = sum(claim[i].weight for i in plain if a.best[i] >= MATCH) / plain_total if plain_total else 1.0
            return (a.matched_share(claim) >= DEBUNK_ABOUT and said >= DEBUNK_ABOUT) or quotes_claim(claim, quoted, a)

        quoted = quoted_words(query, claim)
        if not debunks(query):
            for i in range(len(evidence)):
                sent = evidence[i].sentence
                # a correction ("— not more than 10%, as he claimed") is about the claim when it denies the
                # claim's own number or name (the rest of the sentence states the article's figure); a
                # misquote when it names whom the claim quotes
                marks = [m for m in debunks(sent.text)
                         if mark_restates(query, claim, aligned[i], m)
                         or (not CORRECTION_RE.match(m[2]) and about_it(aligned[i]))]
                if marks:
                    # a correction is shown whole ("not more than 10%, as he claimed"), other marks with the
                    # words after them ("no evidence that Sanders")
                    s, e = marks[0][:2] if CORRECTION_RE.match(marks[0][2]) else negation_phrase(sent.text, marks[0][0], 4)
                    # one explanation per sentence: "no evidence that ..." is a verdict, not just a denial
                    conflicts = [(k, c) for k, c in conflicts if k != i or c.reason != "negation"]
                    conflicts.append((i, Conflict(0, len(query), query, sent.doc_id, sent.start + s, sent.start + e,
                                                  sent.text[s:e], "debunk")))
                    v["debunk"] = 1.0
                    break
        # a sentence that only relays the claim as what a post, a headline or an image says ("… reads
        # the headline"): the article reports that the claim is made, not that it is true. Not when
        # the claim itself is about such a post ("Says a viral image shows …").
        v["relayed"] = 0.0
        if not MEDIUM_RE.search(query):
            ex.relaying = [i for i in range(len(evidence)) if relays(evidence[i].sentence.text)]
            v["relayed"] = float(best in ex.relaying)
        # who says it: "La Tass riferisce che Rubio si sta dirigendo in Arabia Saudita" where the article
        # follows that sentence with "Lo riferisce Politico …"
        v["source_conflict"] = 0.0
        if claimed_source is not None:
            got = self._source_conflict(query, claimed_source, evidence, best)
            if got is not None:
                conflicts.append((best, got))
                v["source_conflict"] = 1.0
        # a sentence that denies the claim's subject conflicts through that denial: its other words
        # ("i colloqui Ucraina-Russia" against "in Arabia Saudita") are not what the claim got wrong
        conflicts = [(i, c) for i, c in conflicts
                     if i not in denies_subject or c.reason in ("negation", "debunk", "source")]
        strong = [(i, c) for i, c in conflicts if c.reason != "word?"]
        ex.conflicts = [c for _, c in strong]
        ex.conflict_at = [i for i, _ in strong]
        ex.conflict_sentences = sorted({i for i, _ in strong})
        # how much of the claim a conflict leaves unexplained: in a clean substitution ("Mosca" for
        # "Washington") every other word of the claim matches the sentence
        v["conflict_explained"] = 0.0
        for i, c in strong:
            if c.reason == "debunk":
                continue  # the whole claim is called false: nothing is substituted
            if c.reason == "negation":
                covered = union_share if i in denies_subject else aligned[i].matched_share(claim)
            elif c.reason in ("number", "date", "opposite"):
                # a precise conflict of one word: a name the sentence gives short counts whole ("Cesare"
                # for "Gaio Giulio Cesare", "Brown" for "Brown University")
                covered = named_share[i] + sum(w.weight for w, b in zip(claim, aligned[i].best)
                                               if b < MATCH and c.claim_start <= w.start < c.claim_end) / total
            else:
                covered = sum(w.weight for w, b in zip(claim, aligned[i].best)
                              if b >= MATCH or c.claim_start <= w.start < c.claim_end) / total
            v["conflict_explained"] = max(v["conflict_explained"], covered)


def vector_of(values: dict[str, float], names_: Sequence[str]) -> np.ndarray:
    return np.array([float(values.get(n, 0.0)) for n in names_], dtype=np.float64)
