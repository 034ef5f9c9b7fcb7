"""Command line: `factcheck ingest|ask|docs|remove|eval`. User mistakes: one line, exit code 2."""

from __future__ import annotations

import argparse
import json
import os
import sys

from .errors import FactCheckError

EXIT_USER_ERROR = 2
LLM_HELP = ("language model for generative replies: ollama:MODEL, openai:MODEL (OPENAI_BASE_URL for a compatible "
            "server), llamacpp:PATH.gguf, or none (default: $FACTCHECK_LLM, else none: extractive replies)")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", metavar="DIR", help="index folder (default: $FACTCHECK_INDEX or ~/.local/share/factcheck/index)")
    p.add_argument("--embedder", metavar="NAME", help="use, e5, e5-st, minilm or st:PATH (default: the index's own, else use)")
    p.add_argument("--verifier", metavar="NAME", help="verifier (default: the built-in offline one)")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for a busy index folder")


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one line, like every other user error (argparse prints usage plus a line)."""

    def error(self, message: str):
        print(f"factcheck: error: {message} (see `{self.prog} --help`)", file=sys.stderr)
        sys.exit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Fact-check questions and claims against news articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add articles (.txt, .md, .html files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _common(p)

    p = sub.add_parser("ask", help="ask a question or check a claim")
    p.add_argument("query")
    p.add_argument("--kind", choices=["question", "claim"])
    p.add_argument("--doc", action="append", metavar="DOC_ID", help="only this document (repeatable)")
    p.add_argument("-k", type=int, default=None, help="how many evidence sentences")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--llm", metavar="SPEC", help=LLM_HELP)
    _common(p)

    p = sub.add_parser("docs", help="list the indexed articles")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("remove", help="remove an article from the index")
    p.add_argument("doc_id")
    _common(p)

    p = sub.add_parser("eval", help="evaluate on a question set or dataset files")
    p.add_argument("questions", nargs="*", metavar="QUESTIONS.jsonl")
    p.add_argument("--corpus", action="append", default=[], metavar="PATH", help="articles for seed-format questions")
    p.add_argument("--out", metavar="DIR", help="where results.jsonl, summary.json and the report go")
    p.add_argument("--limit", type=int, default=None, help="at most this many items per file")
    p.add_argument("--datasets", default=None, help="comma-separated dataset names to keep (file stems)")
    p.add_argument("--baseline", action="store_true", help="also run the naive-RAG baseline")
    p.add_argument("--compare", nargs=2, metavar=("RUN_A", "RUN_B"), help="compare two earlier eval output folders")
    p.add_argument("--min-accuracy", type=float, default=None, help="fail (exit 1) below this verdict accuracy")
    p.add_argument("--min-evidence-hit", type=float, default=None, help="fail (exit 1) below this evidence hit rate")
    p.add_argument("--llm", metavar="SPEC", help=LLM_HELP)
    _common(p)
    return parser


def _open(args):
    from .api import FactChecker

    # Only answering commands load a language model (ingest must not fail on an unreachable one).
    llm = getattr(args, "llm", None) if args.command in ("ask", "eval") else "none"
    return FactChecker.open(args.index, embedder=args.embedder, verifier=args.verifier, lock_timeout=args.wait,
                            llm=llm)


def _print_answer(answer) -> None:
    badge = {"supported": "SUPPORTED", "refuted": "REFUTED", "not_enough_info": "NOT ENOUGH INFO"}[answer.verdict.value]
    print(f"[{badge}] ({answer.kind.value}, confidence {answer.confidence:.2f}, {answer.latency_ms:.0f} ms)")
    print(answer.text)
    for i, c in enumerate(answer.citations, 1):
        print(f"  [{i}] {c.stance.value:8} {c.doc_id}:{c.sentence_index} [{c.start}:{c.end}] {c.text}")


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "ingest":
        with _open(args) as fc:
            report = fc.ingest(args.paths, progress=sys.stderr.isatty())
            for d in report.added:
                print(f"added     {d.doc_id}  {d.n_sentences:5d} sentences  {d.title}")
            for d in report.unchanged:
                print(f"unchanged {d.doc_id}  {d.n_sentences:5d} sentences  {d.title}")
            for d in report.replaced:
                print(f"replaced  {d.doc_id}  (older version of {d.source})")
            for f in report.failures:
                print(f"factcheck: error: {f.source}: {f.reason}", file=sys.stderr)
            return EXIT_USER_ERROR if report.failures else 0
    if args.command == "ask":
        with _open(args) as fc:
            if not fc.documents():
                raise FactCheckError("the index has no articles yet; add some with `factcheck ingest PATH`")
            answer = fc.ask(args.query, kind=args.kind, doc_ids=args.doc, k=args.k)
        if args.json:
            print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        else:
            _print_answer(answer)
        return 0
    if args.command == "docs":
        with _open(args) as fc:
            docs = fc.documents()
        if args.json:
            print(json.dumps([d.__dict__ for d in docs], ensure_ascii=False, indent=2))
        elif not docs:
            print("no articles indexed; add some with `factcheck ingest PATH`")
        else:
            for d in docs:
                print(f"{d.doc_id}  {d.n_sentences:5d} sentences  {d.lang or '--'}  {d.title}")
        return 0
    if args.command == "remove":
        with _open(args) as fc:
            info = fc.remove(args.doc_id)
        print(f"removed {info.doc_id}  {info.title}")
        return 0
    if args.command == "eval":
        from .evaluate import main_eval

        return main_eval(args)
    return EXIT_USER_ERROR


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        return run(argv)
    except FactCheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
