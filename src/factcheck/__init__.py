"""factcheck: fact-check question answering over news articles, with sentence-level citations."""

from .api import FactChecker, IngestReport
from .errors import (ConfigError, EmbedderMismatchError, FactCheckError, IndexBusyError, InputError,
                     ModelLoadError)
from .types import Answer, Citation, ClaimPart, Conflict, Document, Kind, Sentence, Stance, Verdict

__all__ = [
    "Answer", "Citation", "ClaimPart", "ConfigError", "Conflict", "Document", "EmbedderMismatchError",
    "FactCheckError", "FactChecker", "IndexBusyError", "IngestReport", "InputError", "Kind", "ModelLoadError",
    "Sentence", "Stance", "Verdict",
]
__version__ = "0.1.0"
