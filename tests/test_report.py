"""report.md and the PNG plots get written, and the comparison table reads right."""

from __future__ import annotations

import pytest
from PIL import Image

from factcheck.evalset import EvalItem
from factcheck.metrics import METRIC_DEFINITIONS, compare_scores, score_item, summarize_by_system
from factcheck.report import write_compare_report, write_report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _item(id, expected, dataset, lang):
    return EvalItem(id=id, query="?", kind="claim", expected_verdict=expected, gold_evidence=("gold",),
                    lang=lang, dataset=dataset, tags=("negation",))


ITEMS = [_item("a", "supported", "questions", "it"), _item("b", "refuted", "questions", "en"),
         _item("c", "not_enough_info", "fever_it_dev", "it")]


def _results(system, verdicts, latency):
    out = []
    for it, verdict in zip(ITEMS, verdicts):
        r = {"id": it.id, "verdict": verdict, "answer": "", "latency_ms": latency,
             "citations": [{"text": "the gold sentence", "start": 0, "end": 17}]}
        if system != "factcheck":
            r["system"] = system
        out.append(r)
    return out


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("report")
    results = {"factcheck": _results("factcheck", ["supported", "refuted", "supported"], 12.0),
               "baseline": _results("baseline", ["supported", "not_enough_info", "not_enough_info"], 30.0)}
    summaries = summarize_by_system(ITEMS, results["factcheck"] + results["baseline"], resamples=50)
    path = write_report(tmp_path, summaries, results, command="factcheck eval seeds/questions.jsonl --out runs/x")
    return tmp_path, path


def test_report_markdown(written):
    out, path = written
    text = path.read_text(encoding="utf-8")
    assert path == out / "report.md"
    for heading in ("## Headline", "## Per dataset", "## Per language", "## Per class", "## Confusion matrices",
                    "## Latency", "## Metric definitions"):
        assert heading in text
    assert "| metric | factcheck | baseline |" in text
    # factcheck: 2 of 3 right -> 0.667; baseline: a and c right -> 0.667 too; the interval follows the value
    assert "| accuracy | 0.667 [" in text
    assert "factcheck eval seeds/questions.jsonl --out runs/x" in text
    assert all(definition in text for definition in METRIC_DEFINITIONS.values())
    assert "![confusion matrix of baseline](confusion_baseline.png)" in text


PLOTS = ["confusion_factcheck.png", "confusion_baseline.png", "per_dataset.png", "latency.png"]


@pytest.mark.parametrize("name", PLOTS)
def test_plots_are_valid_pngs(written, name):
    out, _ = written
    path = out / name
    assert path.read_bytes()[:8] == PNG_MAGIC
    with Image.open(path) as image:
        image.verify()
    with Image.open(path) as image:
        assert image.size[0] > 200 and image.size[1] > 200


def test_latency_plot_without_results(tmp_path):
    summaries = summarize_by_system(ITEMS, _results("factcheck", ["supported"] * 3, 5.0), resamples=20)
    write_report(tmp_path, summaries)
    assert (tmp_path / "latency.png").read_bytes()[:8] == PNG_MAGIC


def test_compare_report():
    old = _results("factcheck", ["supported", "refuted", "supported"], 10)
    new = _results("factcheck", ["supported", "refuted", "not_enough_info"], 20)
    a = [score_item(it, r) for it, r in zip(ITEMS, old)]
    b = [score_item(it, r) for it, r in zip(ITEMS, new)]
    text = write_compare_report(compare_scores(a, b, resamples=50), label_a="old", label_b="new")
    lines = text.splitlines()
    assert lines[0].startswith("Comparison: new minus old over 3 common items.")
    assert "| metric | old | new | difference | 95% CI |" in lines
    # accuracy 2/3 -> 3/3: +0.333
    assert any(line.startswith("| accuracy | 0.667 | 1.000 | +0.333 | [") for line in lines)
    assert "| latency_p50_ms | 10.0 | 20.0 | +10.0 | [10.0, 10.0] |" in lines
