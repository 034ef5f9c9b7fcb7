"""Evaluation report: report.md with tables (systems side by side) and PNG plots (matplotlib, Agg)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window; must precede pyplot
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from .evalset import LABELS  # noqa: E402
from .metrics import HEADLINE, METRIC_DEFINITIONS, METRICS  # noqa: E402

_TABLE_METRICS = ("accuracy", "balanced_accuracy", "macro_f1", "evidence_hit_rate", "fever_score",
                  "citation_precision", "citation_recall")


def _fmt(value, *, ms: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if ms else f"{value:.3f}"


def _with_ci(value, ci) -> str:
    text = _fmt(value)
    return f"{text} [{ci[0]:.3f}, {ci[1]:.3f}]" if value is not None and ci else text


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name) or "system"


def write_report(out_dir: str | Path, summaries: Mapping[str, dict],
                 results_by_system: Mapping[str, Sequence[dict]] | None = None, *,
                 title: str = "Evaluation report", command: str | None = None) -> Path:
    """Write report.md and the plots (confusion_<system>.png, per_dataset.png, latency.png) into out_dir.

    `summaries` maps a system name to its `metrics.summarize` output; `results_by_system` gives the
    raw result lines for the latency histogram. Returns the path of report.md.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    systems = list(summaries)
    lines = [f"# {title}", ""]
    if command:
        lines += ["Command:", "", "```", command, "```", ""]
    n = ", ".join(f"{s}: {summaries[s]['n_items']} items" for s in systems)
    lines += [f"Systems: {n}. Intervals are 95% bootstrap confidence intervals.", ""]

    lines += ["## Headline", ""]
    rows = [[m] + [_with_ci(summaries[s]["metrics"].get(m), summaries[s].get("ci95", {}).get(m)) for s in systems]
            for m in HEADLINE]
    rows += [[m] + [_fmt(summaries[s]["metrics"].get(m), ms=m.startswith("latency")) for s in systems]
             for m in METRICS if m not in HEADLINE]
    lines += _table(["metric"] + systems, rows)

    for section, key in (("Per dataset", "by_dataset"), ("Per language", "by_language")):
        lines += [f"## {section}", ""] + _group_table(summaries, key)
    lines += ["![per-dataset accuracy and evidence hit rate](per_dataset.png)", ""]
    if any(summaries[s].get("by_tag") for s in systems):
        lines += ["## Per tag (question set)", ""] + _group_table(summaries, "by_tag", metrics=("accuracy",))

    lines += ["## Per class", ""]
    for s in systems:
        per_class = summaries[s]["per_class"]
        lines += [f"**{s}**", ""]
        lines += _table(["verdict", "support", "predicted", "precision", "recall", "F1"],
                        [[label, per_class[label]["support"], per_class[label]["predicted"],
                          _fmt(per_class[label]["precision"]), _fmt(per_class[label]["recall"]),
                          _fmt(per_class[label]["f1"])] for label in LABELS])

    lines += ["## Confusion matrices", "", "Rows: expected verdict; columns: given verdict.", ""]
    for s in systems:
        matrix = summaries[s]["confusion"]["matrix"]
        lines += [f"**{s}**", ""]
        lines += _table(["expected \\ given"] + list(LABELS),
                        [[label] + [str(v) for v in matrix[i]] for i, label in enumerate(LABELS)])
        lines += [f"![confusion matrix of {s}](confusion_{_slug(s)}.png)", ""]
        _plot_confusion(out / f"confusion_{_slug(s)}.png", s, matrix)

    lines += ["## Latency", ""]
    lines += _table(["system", "p50 (ms)", "p95 (ms)"],
                    [[s, _fmt(summaries[s]["metrics"].get("latency_p50_ms"), ms=True),
                      _fmt(summaries[s]["metrics"].get("latency_p95_ms"), ms=True)] for s in systems])
    lines += ["![latency histogram](latency.png)", ""]

    lines += ["## Metric definitions", ""]
    lines += [f"- **{name}**: {text}" for name, text in METRIC_DEFINITIONS.items()] + [""]

    _plot_per_dataset(out / "per_dataset.png", summaries)
    _plot_latency(out / "latency.png", results_by_system or {})
    path = out / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _group_table(summaries: Mapping[str, dict], key: str, metrics: Sequence[str] = _TABLE_METRICS) -> list[str]:
    """One row per (group, system), so systems sit next to each other without a very wide table."""
    systems = list(summaries)
    groups = sorted({g for s in systems for g in summaries[s].get(key, {})})
    rows = []
    for g in groups:
        for s in systems:
            part = summaries[s].get(key, {}).get(g)
            if part:
                ci = part.get("ci95") or {}
                cells = [_with_ci(part["metrics"].get(m), ci.get(m)) for m in metrics]
                rows.append([g, s, str(part["n_items"])] + cells)
    return _table(["group", "system", "n"] + list(metrics), rows)


def _plot_confusion(path: Path, system: str, matrix: Sequence[Sequence[int]]) -> None:
    data = np.array(matrix, dtype=float)
    fig, ax = plt.subplots(figsize=(4.8, 4.2))
    ax.imshow(data, cmap="Blues")
    ax.set_xticks(range(len(LABELS)), [label.replace("_", " ") for label in LABELS], rotation=20)
    ax.set_yticks(range(len(LABELS)), [label.replace("_", " ") for label in LABELS])
    ax.set_xlabel("given verdict")
    ax.set_ylabel("expected verdict")
    ax.set_title(f"Confusion matrix: {system}")
    high = data.max() or 1.0
    for i in range(len(LABELS)):
        for j in range(len(LABELS)):
            ax.text(j, i, int(data[i, j]), ha="center", va="center",
                    color="white" if data[i, j] > high / 2 else "black")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _plot_per_dataset(path: Path, summaries: Mapping[str, dict]) -> None:
    systems = list(summaries)
    datasets = sorted({d for s in systems for d in summaries[s].get("by_dataset", {})})
    bars = [(s, m) for s in systems for m in ("accuracy", "evidence_hit_rate")]
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    fig, ax = plt.subplots(figsize=(max(5.0, 1.8 * len(datasets) + 2), 4))
    width = 0.8 / max(len(bars), 1)
    x = np.arange(len(datasets))
    for k, (s, m) in enumerate(bars):
        values = [(summaries[s].get("by_dataset", {}).get(d) or {}).get("metrics", {}).get(m) for d in datasets]
        ax.bar(x + (k - (len(bars) - 1) / 2) * width, [v if v is not None else 0.0 for v in values], width,
               label=f"{s}: {m.replace('_', ' ')}", color=colors[systems.index(s) % len(colors)],
               edgecolor="black", hatch="//" if m == "evidence_hit_rate" else None)
    ax.set_xticks(x, datasets)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share of items")
    ax.set_title("Accuracy and evidence hit rate per dataset")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _plot_latency(path: Path, results_by_system: Mapping[str, Sequence[dict]]) -> None:
    fig, ax = plt.subplots(figsize=(6, 4))
    values = {s: [float(r["latency_ms"]) for r in results if r.get("latency_ms") is not None]
              for s, results in results_by_system.items()}
    values = {s: v for s, v in values.items() if v}
    if values:
        every = np.concatenate([np.asarray(v) for v in values.values()])
        bins = np.histogram_bin_edges(every, bins=30)  # shared edges, so the systems compare bar by bar
        for s, v in values.items():
            ax.hist(v, bins=bins, alpha=0.6, label=s)
        ax.legend()
    else:
        ax.text(0.5, 0.5, "no latency data", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("latency per item (ms)")
    ax.set_ylabel("items")
    ax.set_title("Latency")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write_compare_report(rows: Sequence[dict], *, label_a: str = "A", label_b: str = "B") -> str:
    """A Markdown table of metric differences (B - A) with their 95% CI, from `metrics.compare*` rows."""
    table = []
    for row in rows:
        ms = row["metric"].startswith("latency")
        ci = row.get("ci95")
        ci_text = (f"[{ci[0]:.1f}, {ci[1]:.1f}]" if ms else f"[{ci[0]:+.3f}, {ci[1]:+.3f}]") if ci else "–"
        diff = row.get("difference")
        diff_text = "–" if diff is None else (f"{diff:+.1f}" if ms else f"{diff:+.3f}")
        table.append([row["metric"], _fmt(row.get("a"), ms=ms), _fmt(row.get("b"), ms=ms), diff_text, ci_text])
    n = next((r["n_common"] for r in rows if "n_common" in r), None)
    head = [f"Comparison: {label_b} minus {label_a}" + (f" over {n} common items." if n is not None else ".")
            + " The interval is a 95% paired-bootstrap confidence interval of the difference.", ""]
    return "\n".join(head + _table(["metric", label_a, label_b, "difference", "95% CI"], table))
