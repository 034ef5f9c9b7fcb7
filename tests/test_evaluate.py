"""`factcheck eval` end to end: the contract format, exact spans, datasets, baseline, compare, gate."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from factcheck.types import content_id

from conftest import SEEDS

RESULT_KEYS = {"id", "query", "kind", "verdict", "answer", "confidence", "latency_ms", "citations"}
CITATION_KEYS = {"doc_id", "sentence_index", "start", "end", "text", "score", "stance"}

DOC_A = ("Il comune di Pisa ha approvato il bilancio nel 2023. La spesa per le scuole è cresciuta del 5 per cento. "
         "Il sindaco ha parlato di un anno difficile.")
DOC_B = ("The library opened in 1998 in the old station. It holds 40,000 books. "
         "Volunteers run a reading club every Tuesday.")


def _dataset_line(item_id, lang, text, claim, label, gold_index):
    sentences = []
    start = 0
    for part in text.split(". "):
        sentence = part if part.endswith(".") else part + "."
        begin = text.index(sentence, start)
        sentences.append((sentence, begin))
        start = begin + len(sentence)
    spans = [[sentences[gold_index][1], sentences[gold_index][1] + len(sentences[gold_index][0])]]
    return {"id": item_id, "lang": lang, "document_id": f"doc-{item_id}", "document_sentences": [s for s, _ in sentences],
            "document_text": text, "question_or_claim": claim, "label": label, "answer": None,
            "evidence_sentence_indices": [gold_index], "evidence_char_spans": spans,
            "meta": {"source": "test", "split": "dev", "license": "test", "evidence_sets": [[gold_index]]}}


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-run")
    code = main(["eval", str(SEEDS / "questions.jsonl"), "--limit", "6", "--out", str(out), "--baseline",
                 "--index", str(out / "index")])
    return code, out


def test_seed_eval_writes_the_contract_files(seed_run):
    code, out = seed_run
    assert code == 0
    for name in ("results.jsonl", "summary.json", "report.md", "per_dataset.png", "latency.png",
                 "confusion_factcheck.png", "confusion_baseline.png"):
        assert (out / name).is_file(), name
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted({line["system"] for line in lines}) == ["baseline", "factcheck"]
    assert len(lines) == 12
    for line in lines:
        assert RESULT_KEYS <= set(line), line.keys()
        assert line["verdict"] in {"supported", "refuted", "not_enough_info"}
        for c in line["citations"]:
            assert CITATION_KEYS <= set(c)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["items"] == 6 and set(summary["systems"]) == {"factcheck", "baseline"}


def test_every_seed_citation_is_an_exact_span(seed_run):
    _, out = seed_run
    text = (SEEDS / "000_e7578cc26835deea.txt").read_text(encoding="utf-8")
    citations = [c for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
                 for c in json.loads(line)["citations"]]
    assert citations
    assert [c for c in citations if text[c["start"]:c["end"]] != c["text"]] == []


def test_dataset_items_are_asked_against_their_own_document(tmp_path):
    data = tmp_path / "mini_dev.jsonl"
    rows = [_dataset_line("a1", "it", DOC_A, "Pisa ha approvato il bilancio nel 2023.", "SUPPORTED", 0),
            _dataset_line("b1", "en", DOC_B, "The library holds 40,000 books.", "SUPPORTED", 1)]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "run"
    assert main(["eval", str(data), "--out", str(out), "--index", str(tmp_path / "index")]) == 0
    texts = {"a1": DOC_A, "b1": DOC_B}
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a1", "b1"]
    for line in lines:
        doc = texts[line["id"]]
        assert line["citations"]
        for c in line["citations"]:
            assert c["doc_id"] == content_id(doc)
            assert doc[c["start"]:c["end"]] == c["text"]


def test_compare_prints_differences(seed_run, capsys):
    _, out = seed_run
    assert main(["eval", "--compare", str(out), str(out)]) == 0
    table = capsys.readouterr().out
    assert "| accuracy |" in table and "+0.000" in table


def test_quality_gate_fails_below_the_floor(tmp_path, capsys):
    out = tmp_path / "run"
    code = main(["eval", str(SEEDS / "questions.jsonl"), "--limit", "2", "--out", str(out),
                 "--index", str(tmp_path / "index"), "--min-accuracy", "1.01"])
    assert code == 1
    assert "quality gate failed: verdict accuracy" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "message"), [
    pytest.param(["eval", "no/such/file.jsonl", "--out", "x"], "no such question file", id="missing-file"),
    pytest.param(["eval", str(SEEDS / "questions.jsonl")], "needs --out DIR", id="no-out"),
    pytest.param(["eval", "--out", "x"], "needs a question file", id="no-questions"),
])
def test_user_mistakes_are_one_line_exit_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error:") and message in err and err.count("\n") == 1
