"""Shared fixtures: the real embedding model, a real Chroma index in a temp folder per test."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
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


@pytest.fixture(params=["embedded"])
def backend(request):
    """Where the index lives; tests that take it run once per backend."""
    return request.param


@pytest.fixture
def make_checker(tmp_path, embedder, backend):
    """Factory: a FactChecker on a fresh, uniquely named index for this test."""
    from factcheck import FactChecker

    opened = []

    def make(**kwargs):
        name = f"t{uuid.uuid4().hex[:10]}"
        fc = FactChecker.open(tmp_path / "index", embedder=kwargs.pop("embedder", embedder), name=name, **kwargs)
        opened.append(fc)
        return fc

    yield make
    for fc in opened:
        fc.close()


@pytest.fixture
def seed_checker(make_checker):
    """A FactChecker with the seed article ingested."""
    fc = make_checker()
    fc.ingest([SEEDS])
    return fc


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")
