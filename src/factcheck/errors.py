"""Errors raised by factcheck. Every message names the bad value and the fix."""

from __future__ import annotations


class FactCheckError(Exception):
    """Base class: a problem the user can fix; the CLI prints it as one line (exit 2)."""


class InputError(FactCheckError):
    """A file, folder, text or question that cannot be used (missing, empty, binary, too large...)."""


class IndexBusyError(FactCheckError):
    """The index folder is in use by another process."""


class EmbedderMismatchError(FactCheckError):
    """The index was built with a different embedding model than the one requested."""


class ModelLoadError(FactCheckError):
    """A configured model (embedder, verifier, LLM) cannot be found or loaded."""


class ConfigError(FactCheckError):
    """A setting has a value that cannot be used."""


class DocumentNotFoundError(FactCheckError):
    """A document id that is not in the index."""


class IngestFailures(FactCheckError):
    """Some inputs of a batch could not be ingested; the good ones were ingested."""

    def __init__(self, failures: list[tuple[str, str]]):
        self.failures = list(failures)
        lines = "; ".join(f"{src}: {why}" for src, why in self.failures)
        super().__init__(f"{len(self.failures)} input(s) not ingested: {lines}")
