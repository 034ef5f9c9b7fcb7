"""Shared fixtures: the real embedding model, a real Chroma index per test (in a temp folder, or in a
real Chroma server that the tests start themselves)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Idle OpenMP threads sleep instead of spinning: torch and llama.cpp each bring an OpenMP pool, and
# on 2 cores spinning pools starve each other (the real-LLM test ran minutes instead of seconds).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_e7578cc26835deea.txt"
SHARED = ROOT.parent / "shared"
EVALDATA = SHARED / "evaldata"


@pytest.fixture(scope="session")
def embedder():
    """The default embedder, loaded once for the whole session (it is the process-wide cache)."""
    from factcheck.embed import make_embedder

    return make_embedder("use")


@pytest.fixture(scope="session")
def hash_embedder():
    """A fast deterministic embedder (hashed words) for tests of storage, not of retrieval quality."""
    from hash_embedder import HashEmbedder

    return HashEmbedder()


@dataclass(frozen=True)
class ChromaServer:
    """A `chroma run` process started by the tests."""

    host: str
    port: int
    path: Path
    process: subprocess.Popen

    def client(self):
        import chromadb
        from chromadb.config import Settings

        return chromadb.HttpClient(host=self.host, port=self.port, settings=Settings(anonymized_telemetry=False))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chroma_cli() -> str:
    """The `chroma` command of the interpreter running the tests (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("chroma")
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command is not installed; install chromadb (`pip install chromadb`)")
    return found


def start_chroma_server(path: Path, *, timeout: float = 60.0) -> ChromaServer:
    """`chroma run --path PATH --host 127.0.0.1 --port FREE_PORT`, returned once its heartbeat answers."""
    last_log = ""
    for _attempt in range(3):  # another process may grab the free port between probe and bind
        port = free_port()
        log_path = path.parent / f"{path.name}-{port}.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen([chroma_cli(), "run", "--path", str(path), "--host", "127.0.0.1",
                                        "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as reply:
                    if reply.status == 200:
                        return ChromaServer("127.0.0.1", port, path, process)
            except OSError:
                time.sleep(0.2)
        stop_chroma_server(process)
        last_log = log_path.read_text(errors="replace")[-2000:]
    pytest.fail(f"the Chroma server did not start; its log ends with:\n{last_log}")


def stop_chroma_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """One real Chroma server for the whole session; each test uses its own collection names in it."""
    server = start_chroma_server(tmp_path_factory.mktemp("chroma-server") / "data")
    yield server
    stop_chroma_server(server.process)


@pytest.fixture(params=["embedded", "server"])
def backend(request):
    """Where the index lives; tests that take it run once per backend: "embedded" (a folder on
    disk) and "server" (the session's Chroma server, through FACTCHECK_CHROMA_HOST/PORT)."""
    if request.param == "server":
        request.getfixturevalue("chroma_server")  # started on first use only
    return request.param


@pytest.fixture
def make_checker(tmp_path, embedder, backend, request, monkeypatch):
    """Factory: a FactChecker on a fresh, uniquely named index for this test.

    `make(name=fc.index.name)` opens the same index again (same folder or same server).
    """
    from factcheck import FactChecker

    server = request.getfixturevalue("chroma_server") if backend == "server" else None
    if server is not None:
        monkeypatch.setenv("FACTCHECK_CHROMA_HOST", server.host)
        monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(server.port))
    opened, names = [], set()

    def make(**kwargs):
        name = kwargs.pop("name", None) or f"t{uuid.uuid4().hex[:10]}"
        names.add(name)
        path = None if server is not None else tmp_path / "index"
        fc = FactChecker.open(path, embedder=kwargs.pop("embedder", embedder), name=name, **kwargs)
        opened.append(fc)
        return fc

    yield make
    for fc in opened:
        fc.close()
    if server is not None:  # keep the shared server small
        client = server.client()
        for name in names:
            for suffix in ("docs", "sentences", "chunks"):
                try:
                    client.delete_collection(f"{name}-{suffix}")
                except Exception:
                    pass


@pytest.fixture
def seed_checker(make_checker):
    """A FactChecker with the seed article ingested."""
    fc = make_checker()
    fc.ingest([SEEDS])
    return fc


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")
