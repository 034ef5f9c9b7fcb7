"""Language-model configuration: a spec (`FACTCHECK_LLM`, `--llm`) -> a LangChain chat model.

- ``ollama:MODEL``: a model served by Ollama (``OLLAMA_HOST``, default http://localhost:11434)
- ``openai:MODEL``: OpenAI (``OPENAI_API_KEY``), or any OpenAI-compatible server with
  ``OPENAI_BASE_URL`` (vLLM, llama.cpp's server, LM Studio, Ollama's /v1 ...)
- ``llamacpp:PATH.gguf``: a local GGUF file run in-process by llama-cpp-python

No spec (or ``none``) means no model: answers stay extractive. A spec is checked when the model is
made (the server answers and has the model, the file loads); otherwise a one-line
ModelLoadError names the model. Nothing falls back silently.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError, ModelLoadError

SCHEMES = ("ollama", "openai", "llamacpp")
OFF = ("", "none", "off", "extractive")
DEFAULT_OLLAMA = "http://localhost:11434"
DEFAULT_OPENAI = "https://api.openai.com/v1"
CHECK_TIMEOUT = 5.0  # seconds for the up-front reachability check
ANSWER_TIMEOUT = 120.0  # seconds for one answer from a server
MAX_TOKENS = 512
LLAMACPP_CONTEXT = 4096
INSTALL_HINT = "Install the optional LLM support with `pip install 'factcheck[llm]'`."


@dataclass(frozen=True)
class LLMSpec:
    """A parsed spec: which backend and which model (a name, or a file path for llamacpp)."""

    scheme: str
    model: str

    def __str__(self) -> str:
        return f"{self.scheme}:{self.model}"


def parse_spec(spec: str) -> LLMSpec | None:
    """`"ollama:llama3.2"` -> LLMSpec("ollama", "llama3.2"); None for no model ("", "none").

    >>> parse_spec("openai:gpt-4o-mini")
    LLMSpec(scheme='openai', model='gpt-4o-mini')
    """
    text = (spec or "").strip()
    if text.lower() in OFF:
        return None
    scheme, sep, model = text.partition(":")
    scheme = scheme.strip().lower()
    if not sep or scheme not in SCHEMES or not model.strip():
        raise ConfigError(f"language model {text!r} is not a valid spec; use ollama:MODEL, openai:MODEL or "
                          "llamacpp:PATH.gguf (or none for extractive answers)")
    return LLMSpec(scheme, model.strip())


def spec_from_env() -> str | None:
    return os.environ.get("FACTCHECK_LLM") or None


def make_llm(spec: str | LLMSpec) -> Any:
    """A ready LangChain chat model for a spec, checked up front (temperature 0).

    Raises:
        ConfigError: a malformed spec, or missing settings (an API key).
        ModelLoadError: the server does not answer or lacks the model; the file does not load;
            the backend's package is not installed.
    """
    parsed = spec if isinstance(spec, LLMSpec) else parse_spec(spec)
    if parsed is None:
        raise ConfigError("no language model given; use ollama:MODEL, openai:MODEL or llamacpp:PATH.gguf")
    return {"ollama": _ollama, "openai": _openai, "llamacpp": _llamacpp}[parsed.scheme](parsed)


# ---------- backends ----------

def _get_json(url: str, spec: LLMSpec, what: str, headers: dict | None = None) -> tuple[int, Any]:
    import httpx

    try:
        r = httpx.get(url, headers=headers or {}, timeout=CHECK_TIMEOUT)
    except httpx.HTTPError as exc:
        raise ModelLoadError(f"language model {spec}: cannot reach {what} at {url} ({type(exc).__name__}); "
                             "start the server or fix its address") from exc
    try:
        return r.status_code, r.json()
    except ValueError:
        return r.status_code, None


def _ollama(spec: LLMSpec) -> Any:
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise ModelLoadError(f"language model {spec}: langchain-ollama is not installed. {INSTALL_HINT}") from exc
    base = os.environ.get("OLLAMA_HOST") or DEFAULT_OLLAMA
    if "://" not in base:  # Ollama's own variable is often host:port
        base = "http://" + base
    base = base.rstrip("/")
    status, data = _get_json(f"{base}/api/tags", spec, "Ollama")
    if status != 200 or not isinstance(data, dict):
        raise ModelLoadError(f"language model {spec}: {base} did not answer like an Ollama server (HTTP {status})")
    names = {m.get("name", "") for m in data.get("models", [])} | {m.get("model", "") for m in data.get("models", [])}
    wanted = spec.model if ":" in spec.model else f"{spec.model}:latest"
    if spec.model not in names and wanted not in names:
        raise ModelLoadError(f"language model {spec}: Ollama at {base} does not have {spec.model!r}; "
                             f"pull it with `ollama pull {spec.model}`")
    return ChatOllama(model=spec.model, base_url=base, temperature=0, num_predict=MAX_TOKENS, seed=0)


def _openai(spec: LLMSpec) -> Any:
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise ModelLoadError(f"language model {spec}: langchain-openai is not installed. {INSTALL_HINT}") from exc
    base = (os.environ.get("OPENAI_BASE_URL") or "").rstrip("/")
    key = os.environ.get("OPENAI_API_KEY")
    if not key and not base:
        raise ConfigError(f"language model {spec}: set OPENAI_API_KEY, or OPENAI_BASE_URL for an "
                          "OpenAI-compatible server")
    key = key or "not-needed"  # local compatible servers accept any key
    url = base or DEFAULT_OPENAI
    status, data = _get_json(f"{url}/models", spec, "the OpenAI-compatible server", {"Authorization": f"Bearer {key}"})
    if status in (401, 403):
        raise ModelLoadError(f"language model {spec}: {url} refused the API key (HTTP {status}); check OPENAI_API_KEY")
    if status == 200 and isinstance(data, dict) and isinstance(data.get("data"), list):
        ids = [m.get("id", "") for m in data["data"] if isinstance(m, dict)]
        if ids and spec.model not in ids:
            listed = ", ".join(ids[:8]) + (" ..." if len(ids) > 8 else "")
            raise ModelLoadError(f"language model {spec}: {url} does not serve {spec.model!r}; it serves: {listed}")
    elif status >= 500:
        raise ModelLoadError(f"language model {spec}: {url} answered HTTP {status}; is the server healthy?")
    return ChatOpenAI(model=spec.model, base_url=base or None, api_key=key, temperature=0, max_tokens=MAX_TOKENS,
                      timeout=ANSWER_TIMEOUT, max_retries=1)


def _llamacpp(spec: LLMSpec) -> Any:
    path = Path(spec.model).expanduser()
    if not path.is_file():
        raise ModelLoadError(f"language model {spec}: no such file; give the path of a .gguf model file")
    # llama.cpp's OpenMP threads spin while they wait; on a busy machine that costs 3x the CPU time.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import warnings

        import llama_cpp  # noqa: F401

        with warnings.catch_warnings():  # langchain-community's sunset notice: nothing a user can act on
            warnings.simplefilter("ignore", DeprecationWarning)
            from langchain_community.chat_models import ChatLlamaCpp
    except ImportError as exc:
        raise ModelLoadError(f"language model {spec}: llama-cpp-python or langchain-community is not installed. "
                             f"{INSTALL_HINT}") from exc
    try:
        return ChatLlamaCpp(model_path=str(path), n_ctx=LLAMACPP_CONTEXT, n_batch=256, temperature=0.0, seed=0,
                            max_tokens=MAX_TOKENS, n_threads=min(4, os.cpu_count() or 1), verbose=False)
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelLoadError(f"language model {spec}: the file does not load as a GGUF model ({reason})") from exc


# ---------- structured output ----------

def constrain_json(model: Any, schema: dict) -> Any:
    """The model bound to answer with JSON matching `schema`, where its backend can enforce it
    (Ollama's `format`, OpenAI's `response_format`, a llama.cpp grammar); other models unchanged:
    the prompt asks for the JSON and the parser checks it either way."""
    kind = type(model).__name__
    if kind == "ChatOllama":
        return model.bind(format=schema)
    if kind in ("ChatOpenAI", "AzureChatOpenAI"):
        return model.bind(response_format={"type": "json_schema",
                                           "json_schema": {"name": "grounded_answer", "schema": schema}})
    if kind == "ChatLlamaCpp":
        return model.bind(response_format={"type": "json_object", "schema": schema})
    return model
