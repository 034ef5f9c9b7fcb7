"""Tests of the command line: ingest, ask (--json, --kind, --doc), docs, remove, and user mistakes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cached_embedder import CachedEmbedder
from conftest import SEED_ARTICLE, SEEDS
from factcheck import FactChecker
from factcheck.cli import main
from factcheck.types import content_id

HEAT = ("Heatwave in Rome\n\nTemperatures in Rome reached 41 degrees on Tuesday. "
        "The city opened twelve cooling centres.\n")
SAUDI_Q = "Dove si stanno dirigendo Rubio, Waltz e Witkoff?"


@pytest.fixture(scope="session")
def embedder(embedder):
    """The real model, remembering its vectors: the seed is embedded once, not once per test."""
    return CachedEmbedder(embedder)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, embedder) -> Path:
    """An index folder holding the seed article (built through the API; the CLI tests only read it)."""
    folder = tmp_path_factory.mktemp("cli") / "index"
    with FactChecker.open(folder, embedder=embedder) as fc:
        fc.ingest([SEEDS])
    return folder


@pytest.fixture(scope="module")
def seed_id() -> str:
    return content_id(SEED_ARTICLE.read_text(encoding="utf-8"))


def run(argv: list[str]) -> int:
    try:
        return main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's own exits (--help); usage mistakes go through the same code
        return int(exc.code)


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert (len(lines), lines[0].startswith("factcheck: error: ") if lines else False, "Traceback" in err) == (
        1, True, False), err
    return lines[0]


class TestCommands:
    def test_ingest_docs_remove(self, tmp_path, capsys):
        index, article = tmp_path / "index", tmp_path / "heat.txt"
        article.write_text(HEAT, encoding="utf-8")
        doc_id = content_id(HEAT)
        assert run(["ingest", article, "--index", index]) == 0
        assert capsys.readouterr().out == f"added     {doc_id}      3 sentences  Heatwave in Rome\n"
        assert run(["ingest", article, "--index", index]) == 0
        assert capsys.readouterr().out == f"unchanged {doc_id}      3 sentences  Heatwave in Rome\n"
        assert run(["docs", "--index", index]) == 0
        assert capsys.readouterr().out == f"{doc_id}      3 sentences  en  Heatwave in Rome\n"
        assert run(["remove", doc_id, "--index", index]) == 0
        assert capsys.readouterr().out == f"removed {doc_id}  Heatwave in Rome\n"
        assert run(["docs", "--index", index]) == 0
        assert capsys.readouterr().out == "no articles indexed; add some with `factcheck ingest PATH`\n"

    def test_changed_file_is_replaced(self, tmp_path, capsys):
        index, article = tmp_path / "index", tmp_path / "heat.txt"
        article.write_text(HEAT, encoding="utf-8")
        run(["ingest", article, "--index", index])
        article.write_text(HEAT.replace("41", "43"), encoding="utf-8")
        assert run(["ingest", article, "--index", index]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == f"replaced  {content_id(HEAT)}  (older version of {article})"

    def test_ask(self, seeded, seed_id, capsys):
        assert run(["ask", SAUDI_Q, "--index", seeded]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert (lines[0].startswith("[SUPPORTED] (question, confidence "), lines[1].startswith("Secondo l'articolo: «"),
                lines[2].startswith(f"  [1] supports {seed_id}:7 [1646:1911] Inoltre il segretario")) == (
            True, True, True)

    def test_ask_json(self, seeded, seed_id, capsys):
        assert run(["ask", "Politico reported the plan citing three Republican senators.", "--json", "--index",
                    seeded]) == 0
        data = json.loads(capsys.readouterr().out)
        text = SEED_ARTICLE.read_text(encoding="utf-8")
        assert (data["verdict"], data["kind"], data["citations"][0]["sentence_index"],
                data["citations"][0]["stance"]) == ("refuted", "claim", 8, "refutes")
        assert [text[c["start"]:c["end"]] == c["text"] for c in data["citations"]] == [True] * len(data["citations"])

    @pytest.mark.parametrize(("kind", "expected"), [
        pytest.param("claim", "claim", id="claim"), pytest.param("question", "question", id="question")])
    def test_ask_kind(self, seeded, capsys, kind, expected):
        assert run(["ask", "Rubio is heading to Saudi Arabia", "--kind", kind, "--json", "--index", seeded]) == 0
        assert json.loads(capsys.readouterr().out)["kind"] == expected

    def test_ask_doc_and_k(self, seeded, seed_id, capsys):
        assert run(["ask", SAUDI_Q, "--doc", seed_id, "-k", "2", "--json", "--index", seeded]) == 0
        citations = json.loads(capsys.readouterr().out)["citations"]
        assert ({c["doc_id"] for c in citations}, len(citations) <= 2) == ({seed_id}, True)

    def test_docs_json(self, seeded, seed_id, capsys):
        assert run(["docs", "--json", "--index", seeded]) == 0
        [doc] = json.loads(capsys.readouterr().out)
        assert {k: doc[k] for k in ("doc_id", "n_sentences", "n_chunks", "lang", "source")} == {
            "doc_id": seed_id, "n_sentences": 10, "n_chunks": 5, "lang": "it", "source": str(SEED_ARTICLE)}

    def test_ingest_with_a_bad_file_ingests_the_good_and_exits_2(self, tmp_path, capsys):
        good, bad = tmp_path / "heat.txt", tmp_path / "empty.txt"
        good.write_text(HEAT, encoding="utf-8")
        bad.write_bytes(b"")
        assert run(["ingest", good, bad, "--index", tmp_path / "index"]) == 2
        out, err = capsys.readouterr()
        assert (out.startswith(f"added     {content_id(HEAT)}"), one_error_line(err)) == (
            True, f"factcheck: error: {bad}: is empty; give a file with the article text")


MISTAKES = [
    pytest.param(["ingest", "{tmp}/missing.txt", "--index", "{tmp}/index"],
                 r"1 input\(s\) not ingested: .*/missing.txt: no such file or folder", id="missing-file"),
    pytest.param(["remove", "nope", "--index", "{seeded}"], r"no document 'nope' in the index", id="unknown-doc-id"),
    pytest.param(["ask", "", "--index", "{seeded}"], r"the question is empty", id="empty-question"),
    pytest.param(["ask", "x" * 2001, "--index", "{seeded}"], r"the question is 2,001 characters long",
                 id="long-question"),
    pytest.param(["ask", "Who?", "--kind", "bad", "--index", "{seeded}"],
                 r"argument --kind: invalid choice: 'bad' \(choose from 'question', 'claim'\)", id="bad-kind"),
    pytest.param(["ask", "Who?", "-k", "0", "--index", "{seeded}"], r"k must be greater than 0, got 0", id="k-zero"),
    pytest.param(["ask", "Who?", "-k", "many", "--index", "{seeded}"], r"argument -k: invalid int value: 'many'",
                 id="k-not-a-number"),
    pytest.param(["ask", "Who called?", "--index", "{tmp}/index"], r"the index has no articles yet", id="empty-index"),
    pytest.param(["docs", "--index", "{tmp}/index", "--embedder", "nope"], r"unknown embedder 'nope'",
                 id="unknown-embedder"),
    pytest.param(["docs", "--index", "{tmp}/file.txt"], r"index path .*file.txt is a file, not a folder",
                 id="index-is-a-file"),
    pytest.param([], r"the following arguments are required: command", id="no-command"),
    pytest.param(["frobnicate"], r"argument command: invalid choice: 'frobnicate'", id="unknown-command"),
]


@pytest.mark.parametrize(("argv", "message"), MISTAKES)
def test_user_mistakes_are_one_line_and_exit_2(tmp_path, seeded, capsys, argv, message):
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    code = run([a.format(tmp=tmp_path, seeded=seeded) for a in argv])
    out, err = capsys.readouterr()
    line = one_error_line(err)
    assert (code, out) == (2, "")
    assert re.match(rf"factcheck: error: {message}", line), line


def cli(*args, timeout: float = 180) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("factcheck")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run([str(script), *map(str, args)], capture_output=True, text=True, env=env, timeout=timeout)


@pytest.mark.slow
def test_console_script_end_to_end(tmp_path):
    index = tmp_path / "index"
    ingest = cli("ingest", SEEDS, "--index", index)
    added = ingest.stdout.startswith("added     16ebd74e8ce3572e     10 sentences  Il ministro")
    assert (ingest.returncode, added) == (0, True), ingest.stderr
    ask = cli("ask", SAUDI_Q, "--json", "--index", index)
    data = json.loads(ask.stdout)
    assert (ask.returncode, data["verdict"], data["citations"][0]["sentence_index"]) == (0, "supported", 7)
    mistake = cli("ask", "   ", "--index", index)
    assert (mistake.returncode, mistake.stdout, mistake.stderr) == (
        2, "", "factcheck: error: the question is empty; type a question or a claim about the articles\n")
