"""Tests of language-model configuration: spec parsing, up-front checks with one-line errors, and the
Ollama and OpenAI-compatible paths end to end against small local HTTP servers that speak their APIs."""

from __future__ import annotations

import importlib.util
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck import ConfigError, Document, ModelLoadError, Verdict
from factcheck.cli import main
from factcheck.llm import LLMSpec, make_llm, parse_spec

ARTICLE = ("Lavrov and Rubio talks\n\nThe phone call between Lavrov and Rubio was reported by Tass. "
           "The call took place at the initiative of Washington.\n")
CLAIM = "The call took place at the initiative of Washington"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("FACTCHECK_LLM", "OLLAMA_HOST", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)


class TestParseSpec:
    @pytest.mark.parametrize(("spec", "expected"), [
        pytest.param("ollama:llama3.2", LLMSpec("ollama", "llama3.2"), id="ollama"),
        pytest.param("ollama:qwen2.5:7b-instruct", LLMSpec("ollama", "qwen2.5:7b-instruct"), id="ollama-tag"),
        pytest.param(" OpenAI:gpt-4o-mini ", LLMSpec("openai", "gpt-4o-mini"), id="openai-case"),
        pytest.param("llamacpp:/models/a b.gguf", LLMSpec("llamacpp", "/models/a b.gguf"), id="llamacpp"),
        pytest.param("none", None, id="none"),
        pytest.param("", None, id="empty"),
    ])
    def test_valid(self, spec, expected):
        assert parse_spec(spec) == expected

    @pytest.mark.parametrize("spec", [
        pytest.param("llama3.2", id="no-scheme"),
        pytest.param("hf:gpt2", id="unknown-scheme"),
        pytest.param("ollama:", id="no-model"),
    ])
    def test_invalid(self, spec):
        with pytest.raises(ConfigError, match=rf"language model {re.escape(repr(spec.strip()))} is not a valid spec; "
                                              "use ollama:MODEL, openai:MODEL or llamacpp:PATH.gguf"):
            parse_spec(spec)


# ---------- servers that speak the Ollama and OpenAI APIs ----------

def _answer_for(body: dict) -> str:
    """Cite the evidence sentence about Washington by the label the prompt gave it."""
    prompt = body["messages"][-1]["content"]
    label = next(m.group(1) for m in re.finditer(r'^(S\d+): "(.*?)"', prompt, re.M) if "Washington" in m.group(2))
    return json.dumps({"sentences": [{"text": "The call took place at the initiative of Washington.",
                                      "citations": [label]}]})


class FakeServer:
    """A local HTTP server; `requests` records (path, body) of every POST."""

    def __init__(self, kind: str, models: list[str], status: int = 200):
        self.kind, self.models, self.status, self.requests = kind, models, status, []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, code, body: bytes, ctype="application/json"):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if server.status != 200:
                    return self._send(server.status, b'{"error": "no"}')
                if server.kind == "ollama" and self.path == "/api/tags":
                    return self._send(200, json.dumps({"models": [{"name": m, "model": m} for m in server.models]}).encode())
                if server.kind == "openai" and self.path == "/v1/models":
                    return self._send(200, json.dumps({"object": "list", "data": [
                        {"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in server.models]}).encode())
                self._send(404, b"{}")

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append((self.path, body))
                text = _answer_for(body)
                pieces = [text[i : i + 9] for i in range(0, len(text), 9)]
                if server.kind == "ollama":
                    lines = [{"model": body["model"], "created_at": "2025-01-01T00:00:00Z",
                              "message": {"role": "assistant", "content": p}, "done": False} for p in pieces]
                    lines.append({"model": body["model"], "created_at": "2025-01-01T00:00:00Z",
                                  "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                                  "total_duration": 1, "load_duration": 1, "prompt_eval_count": 1,
                                  "prompt_eval_duration": 1, "eval_count": 1, "eval_duration": 1})
                    return self._send(200, "".join(json.dumps(x) + "\n" for x in lines).encode(), "application/x-ndjson")
                if body.get("stream"):
                    def chunk(delta, finish=None):
                        return "data: " + json.dumps({"id": "c1", "object": "chat.completion.chunk", "created": 0,
                                                      "model": body["model"], "choices": [
                                                          {"index": 0, "delta": delta, "finish_reason": finish}]}) + "\n\n"
                    events = [chunk({"role": "assistant", "content": ""})] + [chunk({"content": p}) for p in pieces]
                    events += [chunk({}, "stop"), "data: [DONE]\n\n"]
                    return self._send(200, "".join(events).encode(), "text/event-stream")
                self._send(200, json.dumps({"id": "c1", "object": "chat.completion", "created": 0, "model": body["model"],
                                            "choices": [{"index": 0, "finish_reason": "stop",
                                                         "message": {"role": "assistant", "content": text}}],
                                            "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                                                      "total_tokens": 2}}).encode())

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def checker(make_checker):
    def make(llm):
        fc = make_checker(llm=llm, verifier="rules")  # rules support a sentence the article states verbatim
        fc.ingest([Document("docllm", ARTICLE, "Talks", source="test")])
        return fc
    return make


class TestOllama:
    def test_unreachable_server(self, monkeypatch):
        url = _closed_port_url()
        monkeypatch.setenv("OLLAMA_HOST", url)
        with pytest.raises(ModelLoadError, match=rf"^language model ollama:llama3.2: cannot reach Ollama at "
                                                 rf"{url}/api/tags \(ConnectError\); start the server"):
            make_llm("ollama:llama3.2")

    def test_missing_model(self, monkeypatch):
        with FakeServer("ollama", ["qwen2.5:latest"]) as server:
            monkeypatch.setenv("OLLAMA_HOST", server.url.removeprefix("http://"))
            with pytest.raises(ModelLoadError, match=r"does not have 'llama3.2'; pull it with `ollama pull llama3.2`"):
                make_llm("ollama:llama3.2")

    def test_answers_through_chat_ollama(self, monkeypatch, checker):
        with FakeServer("ollama", ["tiny:latest"]) as server:
            monkeypatch.setenv("OLLAMA_HOST", server.url)
            fc = checker("ollama:tiny")
            items = list(fc.ask_stream(CLAIM, kind="claim"))
        answer = items[-1]
        assert [p for p, _ in server.requests] == ["/api/chat"]
        body = server.requests[0][1]
        assert body["format"]["properties"]["sentences"]["items"]["required"] == ["text", "citations"]
        assert body["options"]["temperature"] == 0
        assert "".join(items[:-1]) == "The call took place at the initiative of Washington."
        if answer.verdict is not Verdict.NOT_ENOUGH_INFO:
            record = answer.details["generation"]
            assert (record["model"], record["n_sentences"]) == ("ollama:tiny", 1)
            for c in answer.citations:
                assert ARTICLE[c.start : c.end] == c.text


class TestOpenAI:
    def test_needs_a_key_or_a_server(self):
        with pytest.raises(ConfigError, match=r"language model openai:gpt-4o-mini: set OPENAI_API_KEY, or "
                                              r"OPENAI_BASE_URL for an OpenAI-compatible server"):
            make_llm("openai:gpt-4o-mini")

    def test_unreachable_server(self, monkeypatch):
        url = _closed_port_url() + "/v1"
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        with pytest.raises(ModelLoadError, match=r"language model openai:m: cannot reach the OpenAI-compatible server"):
            make_llm("openai:m")

    def test_model_not_served(self, monkeypatch):
        with FakeServer("openai", ["qwen2.5-7b", "llama-3.1-8b"]) as server:
            monkeypatch.setenv("OPENAI_BASE_URL", server.url + "/v1")
            with pytest.raises(ModelLoadError, match=r"does not serve 'gpt-4o'; it serves: qwen2.5-7b, llama-3.1-8b"):
                make_llm("openai:gpt-4o")

    def test_refused_key(self, monkeypatch):
        with FakeServer("openai", [], status=401) as server:
            monkeypatch.setenv("OPENAI_BASE_URL", server.url + "/v1")
            monkeypatch.setenv("OPENAI_API_KEY", "sk-wrong")
            with pytest.raises(ModelLoadError, match=r"refused the API key \(HTTP 401\)"):
                make_llm("openai:m")

    def test_answers_through_chat_openai(self, monkeypatch, checker):
        with FakeServer("openai", ["tiny"]) as server:
            monkeypatch.setenv("OPENAI_BASE_URL", server.url + "/v1")
            fc = checker("openai:tiny")
            items = list(fc.ask_stream(CLAIM, kind="claim"))
        assert [p for p, _ in server.requests] == ["/v1/chat/completions"]
        body = server.requests[0][1]
        assert body["response_format"]["type"] == "json_schema"
        assert body["response_format"]["json_schema"]["schema"]["required"] == ["sentences"]
        assert "".join(items[:-1]) == "The call took place at the initiative of Washington."


class TestLlamaCpp:
    def test_missing_file(self, tmp_path):
        path = tmp_path / "none.gguf"
        with pytest.raises(ModelLoadError, match=rf"language model llamacpp:{re.escape(str(path))}: no such file"):
            make_llm(f"llamacpp:{path}")

    def test_not_a_model(self, tmp_path):
        if importlib.util.find_spec("llama_cpp") is None:  # not imported here: llm.py sets its threading first
            pytest.skip("llama-cpp-python is not installed")
        path = tmp_path / "bad.gguf"
        path.write_bytes(b"not a gguf file")
        with pytest.raises(ModelLoadError, match=r"the file does not load as a GGUF model"):
            make_llm(f"llamacpp:{path}")


class TestCommandLine:
    def test_unreachable_model_is_one_line_exit_2(self, tmp_path, monkeypatch, capsys):
        monkeypatch.setenv("OLLAMA_HOST", _closed_port_url())
        code = main(["ask", "Who called?", "--index", str(tmp_path / "ix"), "--llm", "ollama:llama3.2"])
        err = capsys.readouterr().err
        assert code == 2
        assert err.count("\n") == 1 and err.startswith("factcheck: error: language model ollama:llama3.2: cannot reach")

    def test_ingest_ignores_the_configured_model(self, tmp_path, monkeypatch, capsys):
        monkeypatch.setenv("FACTCHECK_LLM", "ollama:llama3.2")
        monkeypatch.setenv("OLLAMA_HOST", _closed_port_url())
        doc = tmp_path / "a.txt"
        doc.write_text(ARTICLE, encoding="utf-8")
        assert main(["ingest", str(doc), "--index", str(tmp_path / "ix")]) == 0
