"""Each metric on small hand-made cases; the expected values are worked out by hand in comments."""

from __future__ import annotations

import json

import pytest

from factcheck.evalset import EvalItem
from factcheck.metrics import (
    HEADLINE,
    METRIC_DEFINITIONS,
    METRICS,
    compare,
    compare_runs,
    compare_scores,
    group_by_system,
    score_item,
    summarize,
    summarize_by_system,
)


def item(id, expected="supported", *, gold=(), spans=(), sets=(), keywords=(), lang="it", dataset="questions",
         tags=(), text=None):
    return EvalItem(id=id, query=f"query {id}", kind="claim", expected_verdict=expected, gold_evidence=tuple(gold),
                    gold_spans=tuple(spans), gold_sets=tuple(sets), answer_keywords=tuple(keywords), lang=lang,
                    dataset=dataset, tags=tuple(tags), document_text=text)


def result(id, verdict, *, cites=(), answer="", latency=10.0, system=None):
    r = {"id": id, "query": f"query {id}", "verdict": verdict, "answer": answer, "latency_ms": latency,
         "citations": [c if isinstance(c, dict) else {"text": c} for c in cites]}
    if system:
        r["system"] = system
    return r


S, R, N = "supported", "refuted", "not_enough_info"


class TestVerdictMetrics:
    # expected:  S S S R R N   (+ one unlabelled item)
    # given:     S S R R N N
    EXPECTED = [S, S, S, R, R, N]
    GIVEN = [S, S, R, R, N, N]

    @pytest.fixture
    def summary(self):
        items = [item(f"i{k}", e) for k, e in enumerate(self.EXPECTED)] + [item("u", None)]
        results = [result(f"i{k}", g) for k, g in enumerate(self.GIVEN)] + [result("u", S)]
        return summarize(items, results)

    def test_accuracy(self, summary):
        assert summary["metrics"]["accuracy"] == pytest.approx(4 / 6, abs=1e-6)  # 4 right of 6 labelled

    def test_confusion_matrix(self, summary):
        assert summary["confusion"] == {"labels": [S, R, N], "matrix": [[2, 1, 0],   # S: 2 as S, 1 as R
                                                                       [0, 1, 1],   # R: 1 as R, 1 as N
                                                                       [0, 0, 1]]}  # N: 1 as N

    def test_per_class_recall_and_precision(self, summary):
        pc = summary["per_class"]
        assert {k: v["recall"] for k, v in pc.items()} == pytest.approx({S: 2 / 3, R: 1 / 2, N: 1.0}, abs=1e-6)
        # columns: S given 2 times (2 right), R given 2 (1 right), N given 2 (1 right)
        assert {k: v["precision"] for k, v in pc.items()} == pytest.approx({S: 1.0, R: 0.5, N: 0.5}, abs=1e-6)
        # F1 = 2PR/(P+R): S 2*1*(2/3)/(5/3) = 0.8; R 2*.5*.5/1 = 0.5; N 2*.5*1/1.5 = 2/3
        assert {k: v["f1"] for k, v in pc.items()} == pytest.approx({S: 0.8, R: 0.5, N: 2 / 3}, abs=1e-6)
        assert {k: v["support"] for k, v in pc.items()} == {S: 3, R: 2, N: 1}

    def test_balanced_accuracy(self, summary):
        # mean recall = (2/3 + 1/2 + 1) / 3 = 13/18
        assert summary["metrics"]["balanced_accuracy"] == pytest.approx(13 / 18, abs=1e-6)

    def test_macro_f1(self, summary):
        # (0.8 + 0.5 + 2/3) / 3 = 59/90
        assert summary["metrics"]["macro_f1"] == pytest.approx(59 / 90, abs=1e-6)

    def test_abstention(self, summary):
        # NEI given twice (i4 wrongly, i5 rightly) -> precision 1/2; NEI expected once, found -> recall 1
        assert summary["metrics"]["abstention_precision"] == pytest.approx(0.5)
        assert summary["metrics"]["abstention_recall"] == pytest.approx(1.0)

    def test_unlabelled_item_is_left_out_of_verdict_metrics(self, summary):
        assert summary["counts"]["labelled"] == 6
        assert summary["n_items"] == 7

    def test_macro_f1_counts_only_expected_classes(self):
        # expected S S, given S N: only class S occurs; F1(S) = 2*1/(2+1) = 2/3; recall(S) = 1/2
        s = summarize([item("a"), item("b")], [result("a", S), result("b", N)])
        assert s["metrics"]["macro_f1"] == pytest.approx(2 / 3, abs=1e-6)
        assert s["metrics"]["balanced_accuracy"] == pytest.approx(0.5)
        assert s["metrics"]["abstention_recall"] is None  # no item expects NEI
        assert s["metrics"]["abstention_precision"] == pytest.approx(0.0)  # N given once, wrongly

    def test_missing_verdict_counts_as_wrong(self):
        # 1 right of 2; the missing verdict is in no column of the confusion matrix
        s = summarize([item("a"), item("b")], [result("a", S), {"id": "b", "error": "boom"}])
        assert s["metrics"]["accuracy"] == pytest.approx(0.5)
        assert s["confusion"]["matrix"][0] == [1, 0, 0]
        assert s["counts"]["invalid_verdict"] == 1


class TestEvidenceMetrics:
    @pytest.fixture
    def summary(self):
        items = [item("a", S, gold=["alpha"]), item("b", R, gold=["gamma", "delta"]),
                 item("c", S, gold=["epsilon"]), item("d", N), item("e", S, gold=["zeta"])]
        results = [
            result("a", S, cites=["the alpha sentence", "a beta sentence"]),  # hit; P 1/2; R 1/1; FEVER 1
            result("b", R, cites=["gamma here"]),  # hit; P 1/1; R 1/2; FEVER 0 (delta missing)
            result("c", S),  # no hit; P undefined; R 0; FEVER 0 (no evidence)
            result("d", N),  # no gold: out of evidence metrics; FEVER 1 (NEI needs only the verdict)
            result("e", R, cites=["zeta"]),  # hit; P 1; R 1; FEVER 0 (wrong verdict)
        ]
        return summarize(items, results)

    def test_evidence_hit_rate(self, summary):
        assert summary["metrics"]["evidence_hit_rate"] == pytest.approx(3 / 4)  # a, b, e of a, b, c, e

    def test_citation_precision(self, summary):
        # items with gold and citations: a 1/2, b 1, e 1 -> (0.5 + 1 + 1) / 3
        assert summary["metrics"]["citation_precision"] == pytest.approx(2.5 / 3, abs=1e-6)

    def test_citation_recall(self, summary):
        # a 1, b 1/2, c 0, e 1 -> 2.5 / 4
        assert summary["metrics"]["citation_recall"] == pytest.approx(2.5 / 4, abs=1e-6)

    def test_fever_score(self, summary):
        assert summary["metrics"]["fever_score"] == pytest.approx(2 / 5)  # a and d of five labelled

    def test_fever_looks_only_at_first_five_citations(self):
        it = item("a", S, gold=["gold"])
        scores = score_item(it, result("a", S, cites=["x1", "x2", "x3", "x4", "x5", "the gold one"]))
        assert (scores["evidence_hit"], scores["fever"]) == (1, 0)  # a hit, but sixth: no complete set

    def test_chunk_citation_counts_as_each_of_its_sentences(self):
        text = "First one. Gold here. Third one."
        it = item("a", S, spans=[(11, 21)], sets=[((11, 21),)], text=text, dataset="fever_it_dev")
        chunk = {"start": 0, "end": 32, "text": text,
                 "sentences": [{"start": 0, "end": 10}, {"start": 11, "end": 21}, {"start": 22, "end": 32}]}
        scores = score_item(it, result("a", S, cites=[chunk]))
        # one gold sentence among three -> precision 1/3; the chunk covers the gold span -> recall 1, FEVER 1
        got = (scores["citation_precision"], scores["citation_recall"], scores["fever"])
        assert got == (pytest.approx(1 / 3), 1.0, 1)

    def test_citation_recall_takes_the_best_gold_set(self):
        text = "a" * 100
        it = item("a", S, spans=[(0, 10), (20, 30), (40, 50)], sets=[((0, 10), (20, 30)), ((40, 50),)], text=text)
        # set 1: (0,10) covered, (20,30) not -> 1/2; set 2: (40,50) not covered -> 0; best 1/2
        assert score_item(it, result("a", S, cites=[{"start": 0, "end": 10}]))["citation_recall"] == 0.5
        # covering (40,50) completes set 2 -> recall 1 and FEVER 1
        s = score_item(it, result("a", S, cites=[{"start": 40, "end": 50}]))
        assert (s["citation_recall"], s["fever"]) == (1.0, 1)


def test_answer_keyword_hit():
    items = [item("a", keywords=["washington"]), item("b", keywords=["perché"]), item("c", keywords=["Mosca"]),
             item("d")]
    results = [result("a", S, answer="La chiamata è partita da Washington."),  # case-insensitive: hit
               result("b", S, answer="Non si sa perche."),  # accent-insensitive: hit
               result("c", S, answer="Washington"),  # miss
               result("d", S, answer="anything")]  # no keywords: left out
    assert summarize(items, results)["metrics"]["answer_keyword_hit"] == pytest.approx(2 / 3)  # 2 of a, b, c


def test_latency_percentiles():
    items = [item(str(k)) for k in range(5)]
    results = [result(str(k), S, latency=v) for k, v in enumerate([40, 10, 100, 30, 20])]
    m = summarize(items, results)["metrics"]
    # sorted 10 20 30 40 100: median 30; p95 at rank 0.95 * 4 = 3.8 -> 40 + 0.8 * (100 - 40) = 88
    assert (m["latency_p50_ms"], m["latency_p95_ms"]) == (pytest.approx(30.0), pytest.approx(88.0))


def test_breakdowns_by_language_and_dataset():
    items = [item("a", lang="it", dataset="fever_it_dev"), item("b", lang="it", dataset="fever_it_dev"),
             item("c", lang="en", dataset="wice_dev", tags=["negation"])]
    results = [result("a", S), result("b", R), result("c", S)]
    s = summarize(items, results)
    # it: a right, b wrong -> 1/2; en: c right -> 1
    assert {k: v["metrics"]["accuracy"] for k, v in s["by_language"].items()} == {"en": 1.0, "it": 0.5}
    assert {k: v["metrics"]["accuracy"] for k, v in s["by_dataset"].items()} == {"fever_it_dev": 0.5, "wice_dev": 1.0}
    assert {k: v["n_items"] for k, v in s["by_dataset"].items()} == {"fever_it_dev": 2, "wice_dev": 1}
    assert s["by_tag"]["negation"]["metrics"]["accuracy"] == 1.0


class TestBootstrap:
    def test_all_right_gives_a_point_interval(self):
        s = summarize([item(str(k)) for k in range(10)], [result(str(k), S) for k in range(10)])
        assert s["ci95"]["accuracy"] == [1.0, 1.0]  # every resample is all right

    def test_interval_is_reproducible_and_contains_the_estimate(self):
        items = [item(str(k), S if k % 3 else R, gold=["gold"]) for k in range(30)]
        results = [result(str(k), S if k % 2 else R, cites=["gold"] if k % 5 else ["other"]) for k in range(30)]
        first, second = summarize(items, results), summarize(items, results)
        assert first["ci95"] == second["ci95"]  # fixed seed
        assert set(first["ci95"]) == set(HEADLINE)
        for name in HEADLINE:
            lo, hi = first["ci95"][name]
            assert lo <= first["metrics"][name] <= hi


class TestSystems:
    def test_grouped_by_system(self):
        items = [item("a"), item("b")]
        results = [result("a", S), result("b", S), result("a", N, system="baseline"), result("b", S, system="baseline")]
        assert list(group_by_system(results)) == ["factcheck", "baseline"]
        by_system = summarize_by_system(items, results)
        assert {k: v["metrics"]["accuracy"] for k, v in by_system.items()} == {"factcheck": 1.0, "baseline": 0.5}
        assert summarize(items, results, system="baseline")["metrics"]["accuracy"] == 0.5
        with pytest.raises(ValueError, match="mix systems"):
            summarize(items, results)

    def test_duplicate_result_ids_are_refused(self):
        with pytest.raises(ValueError, match="'a' appears twice"):
            summarize([item("a")], [result("a", S), result("a", S)])

    def test_missing_and_unknown_results_are_counted(self):
        s = summarize([item("a"), item("b")], [result("a", S), result("zzz", S)])
        assert s["matching"] == {"missing_results": 1, "unknown_results": 1}


class TestCompare:
    def test_compare_summaries(self):
        rows = compare({"metrics": {"accuracy": 0.5}}, {"metrics": {"accuracy": 0.75}})
        assert rows[0] == {"metric": "accuracy", "a": 0.5, "b": 0.75, "difference": 0.25, "ci95": None}
        assert [r["metric"] for r in rows] == list(METRICS)

    def test_paired_bootstrap(self):
        items = [item(str(k)) for k in range(4)]
        a = [score_item(i, result(i.id, v)) for i, v in zip(items, [S, S, N, N])]  # accuracy 1/2
        b = [score_item(i, result(i.id, v)) for i, v in zip(items, [S, S, S, N])]  # accuracy 3/4
        row = compare_scores(a, b)[0]
        got = (row["metric"], row["a"], row["b"], row["difference"], row["n_common"])
        assert got == ("accuracy", 0.5, 0.75, 0.25, 4)
        lo, hi = row["ci95"]
        # per-item differences are 0, 0, 1, 0: no resample can make B worse than A
        assert 0.0 <= lo <= 0.25 <= hi <= 1.0

    def test_identical_runs_differ_by_zero(self):
        items = [item(str(k)) for k in range(6)]
        a = [score_item(i, result(i.id, S if k % 2 else N)) for k, i in enumerate(items)]
        row = compare_scores(a, a)[0]
        assert (row["difference"], row["ci95"]) == (0.0, [0.0, 0.0])

    def test_compare_runs_reads_result_folders(self, tmp_path):
        questions = tmp_path / "questions.jsonl"
        questions.write_text("\n".join(json.dumps({"id": f"q{k}", "question": "Chi?", "expected_verdict": S})
                                       for k in range(4)), encoding="utf-8")
        for name, verdicts in (("a", [S, S, N, N]), ("b", [S, S, S, N])):
            run = tmp_path / name
            run.mkdir()
            lines = [result(f"q{k}", v) for k, v in enumerate(verdicts)]
            lines += [result(f"q{k}", N, system="baseline") for k in range(4)]
            (run / "results.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
            (run / "summary.json").write_text(json.dumps({"inputs": [str(questions)]}), encoding="utf-8")
        row = compare_runs(tmp_path / "a", tmp_path / "b")[0]
        assert (row["a"], row["b"], row["difference"]) == (0.5, 0.75, 0.25)
        # project of run a against the baseline of run a: 0.5 vs 0 right
        row = compare_runs(tmp_path / "a", tmp_path / "a", system_b="baseline")[0]
        assert (row["a"], row["b"]) == (0.5, 0.0)

    def test_compare_runs_uses_per_item_scores_when_present(self, tmp_path):
        for name, verdict in (("a", N), ("b", S)):
            run = tmp_path / name
            run.mkdir()
            r = result("q1", verdict)
            r["scores"] = score_item(item("q1"), r)
            (run / "results.jsonl").write_text(json.dumps(r), encoding="utf-8")
        row = compare_runs(tmp_path / "a", tmp_path / "b")[0]
        assert (row["a"], row["b"], row["difference"]) == (0.0, 1.0, 1.0)


def test_every_metric_has_a_definition():
    assert set(METRICS) <= set(METRIC_DEFINITIONS)
    assert all(len(text) > 20 for text in METRIC_DEFINITIONS.values())
