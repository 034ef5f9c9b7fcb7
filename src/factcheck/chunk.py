"""Chunking stage: windows of consecutive whole sentences, never cut mid-sentence."""

from __future__ import annotations

from typing import Sequence

from .types import Chunk, Sentence


def chunk(text: str, sentences: Sequence[Sentence], *, size: int = 3, overlap: int = 1,
          max_chars: int = 1500) -> list[Chunk]:
    """Windows of up to `size` sentences, consecutive windows sharing `overlap` sentences.

    A window also stops growing at `max_chars` (but always holds at least one sentence).
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    if not 0 <= overlap < size:
        raise ValueError(f"overlap must be between 0 and size-1 ({size - 1}), got {overlap}")
    chunks: list[Chunk] = []
    i = 0
    while i < len(sentences):
        j = i + 1
        while j < len(sentences) and j - i < size and sentences[j].end - sentences[i].start <= max_chars:
            j += 1
        window = sentences[i:j]
        start, end = window[0].start, window[-1].end
        chunks.append(Chunk(doc_id=window[0].doc_id, index=len(chunks),
                            sentence_indices=tuple(s.index for s in window),
                            start=start, end=end, text=text[start:end]))
        if j >= len(sentences):
            break
        i = max(j - overlap, i + 1)
    return chunks
