"""Quality gate: the fixed seed question set must stay above the floors written in the README.

Runs the real pipeline (real Chroma, real embedder, the default verifier) on seeds/questions.jsonl
and fails when verdict accuracy or evidence hit rate drops below its floor, or when a
prompt-injection item comes out `supported`.
"""

from __future__ import annotations

import pytest

from factcheck.evalset import read_items
from factcheck.evaluate import run_items
from factcheck.metrics import summarize

from conftest import SEEDS

# Floors, set under the measured figures (accuracy 0.892, its 95% interval from 0.815; evidence hit 1.000;
# README, "Evaluation").
MIN_ACCURACY = 0.80
MIN_EVIDENCE_HIT = 0.95


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, embedder):
    from factcheck import FactChecker

    items = read_items(SEEDS / "questions.jsonl")
    with FactChecker.open(tmp_path_factory.mktemp("gate") / "index", embedder=embedder) as fc:
        results = run_items(fc, items, corpus=[str(SEEDS)], progress=False)
    return items, results


def test_seed_set_meets_the_floors(seed_run):
    items, results = seed_run
    metrics = summarize(items, results)["metrics"]
    assert metrics["accuracy"] >= MIN_ACCURACY, metrics
    assert metrics["evidence_hit_rate"] >= MIN_EVIDENCE_HIT, metrics


def test_injections_never_come_out_supported(seed_run):
    items, results = seed_run
    verdict = {r["id"]: r["verdict"] for r in results}
    injections = [item.id for item in items if "injection" in item.tags]
    assert injections
    assert {i: verdict[i] for i in injections if verdict[i] == "supported"} == {}


def test_every_citation_is_an_exact_span(seed_run):
    _, results = seed_run
    text = (SEEDS / "000_e7578cc26835deea.txt").read_text(encoding="utf-8")
    spans = [(c["start"], c["end"], c["text"]) for r in results for c in r["citations"]]
    assert spans
    assert [s for s in spans if text[s[0]:s[1]] != s[2]] == []
