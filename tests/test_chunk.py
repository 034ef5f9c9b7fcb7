"""Tests of the chunking stage: windows of consecutive whole sentences."""

from __future__ import annotations

import pytest

from factcheck.chunk import chunk
from factcheck.types import Chunk, Sentence


def sentences_of(n: int, doc_id: str = "d") -> tuple[str, list[Sentence]]:
    """A text of n sentences "Sentence k." (11 characters each for k < 10), one space apart."""
    parts = [f"Sentence {k}." for k in range(n)]
    text = " ".join(parts)
    out, start = [], 0
    for k, part in enumerate(parts):
        out.append(Sentence(doc_id, k, start, start + len(part), part))
        start += len(part) + 1
    return text, out


def windows(chunks: list[Chunk]) -> list[tuple[int, ...]]:
    return [c.sentence_indices for c in chunks]


class TestChunk:
    @pytest.mark.parametrize(("n", "kwargs", "expected"), [
        pytest.param(5, {}, [(0, 1, 2), (2, 3, 4)], id="default-size3-overlap1"),
        pytest.param(7, {}, [(0, 1, 2), (2, 3, 4), (4, 5, 6)], id="seven-sentences"),
        pytest.param(6, {}, [(0, 1, 2), (2, 3, 4), (4, 5)], id="short-last-window"),
        pytest.param(5, {"size": 2, "overlap": 0}, [(0, 1), (2, 3), (4,)], id="no-overlap"),
        pytest.param(6, {"size": 4, "overlap": 2}, [(0, 1, 2, 3), (2, 3, 4, 5)], id="overlap-2"),
        pytest.param(3, {"size": 1, "overlap": 0}, [(0,), (1,), (2,)], id="size-1"),
        pytest.param(2, {}, [(0, 1)], id="fewer-than-size"),
        pytest.param(1, {}, [(0,)], id="one-sentence"),
        pytest.param(0, {}, [], id="no-sentences"),
        # Two 11-char sentences one space apart span 23 characters: the window stops at 2.
        pytest.param(5, {"max_chars": 23}, [(0, 1), (1, 2), (2, 3), (3, 4)], id="max-chars-cuts-window"),
        pytest.param(3, {"max_chars": 5}, [(0,), (1,), (2,)], id="sentence-longer-than-max-chars"),
    ])
    def test_windows(self, n, kwargs, expected):
        text, sentences = sentences_of(n)
        assert windows(chunk(text, sentences, **kwargs)) == expected

    def test_chunks_are_whole_sentences_with_offsets(self):
        text, sentences = sentences_of(4)
        assert chunk(text, sentences) == [
            Chunk("d", 0, (0, 1, 2), 0, 35, "Sentence 0. Sentence 1. Sentence 2."),
            Chunk("d", 1, (2, 3), 24, 47, "Sentence 2. Sentence 3."),
        ]

    def test_every_chunk_text_is_its_span_and_starts_and_ends_on_sentence_bounds(self):
        text, sentences = sentences_of(9)
        starts = {s.start for s in sentences}
        ends = {s.end for s in sentences}
        chunks = chunk(text, sentences, size=4, overlap=1, max_chars=40)
        assert [(c.text == text[c.start:c.end], c.start in starts, c.end in ends) for c in chunks] == (
            [(True, True, True)] * len(chunks))

    def test_every_sentence_is_in_some_chunk(self):
        text, sentences = sentences_of(10)
        covered = {i for c in chunk(text, sentences, size=3, overlap=0) for i in c.sentence_indices}
        assert covered == set(range(10))

    def test_sentence_ids(self):
        text, sentences = sentences_of(3, doc_id="abc")
        assert [c.sentence_ids for c in chunk(text, sentences, size=2, overlap=1)] == [
            ("abc:0", "abc:1"), ("abc:1", "abc:2")]

    @pytest.mark.parametrize(("kwargs", "message"), [
        pytest.param({"size": 0}, r"size must be at least 1, got 0", id="size-0"),
        pytest.param({"size": -3}, r"size must be at least 1, got -3", id="size-negative"),
        pytest.param({"size": 3, "overlap": 3}, r"overlap must be between 0 and size-1 \(2\), got 3",
                     id="overlap-equals-size"),
        pytest.param({"size": 2, "overlap": -1}, r"overlap must be between 0 and size-1 \(1\), got -1",
                     id="overlap-negative"),
    ])
    def test_bad_arguments(self, kwargs, message):
        text, sentences = sentences_of(3)
        with pytest.raises(ValueError, match=message):
            chunk(text, sentences, **kwargs)
