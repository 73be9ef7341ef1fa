"""`make bench` (``python -m bench``): every benchmark in one run, one table, JSON and a plot.

    python -m bench                  # everything (about 10 minutes on 2 cores)
    python -m bench --skip-broker    # quality and offline rows only

Starts its own local Kafka broker unless NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS is set. Writes
bench/results/<timestamp>.json and bench/results/<timestamp>.png. Ratios are printed next
to the absolute figures, because the machines are shared and only same-run ratios compare.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from bench.cleaning import HTML_ROW, PEER_ROW, TEXT_ROW, UNCHANGED_ROW, run_cleaning_bench
from bench.dedup import run_dedup_bench
from bench.entities import GENRES, genre_table, run_entity_bench
from bench.hostile import hostile_table, run_hostile_bench

# newsflow must beat the model alone by this much entity-set F1 in every genre.
ENTITY_MARGIN = 0.05
# Where results go; tests point it at a temporary folder.
RESULTS = Path(os.environ.get("NEWSFLOW_BENCH_RESULTS", Path(__file__).parent / "results"))


def say(msg: str) -> None:
    print(f"[bench] {msg}", flush=True)


def _row(name: str, value: str, ratio: str = "", target: str = "") -> str:
    return f"| {name} | {value} | {ratio} | {target} |"


def _ok(value: float, bar: float, higher: bool = True) -> str:
    good = value >= bar if higher else value <= bar
    return "yes" if good else "NO"


def cleaning_rows(cleaning: dict[str, Any]) -> list[str]:
    """Body F1 per set and path (odd/even halves beside it), trafilatura's default as the
    peer row, rejections by reason, and clean+parse speed of both paths."""
    lines = []
    for set_name, data in cleaning["sets"].items():
        rows = data["rows"]
        for name, s in rows.items():
            lines.append(
                _row(
                    f"body F1, {name}, {set_name}",
                    f"{s['f1']:.3f}",
                    f"odd {s['f1_odd']:.3f}, even {s['f1_even']:.3f}",
                )
            )
        html_f1, peer_f1 = rows[HTML_ROW]["f1"], rows[PEER_ROW]["f1"]
        bar = f"≥ trafilatura ({peer_f1:.3f})"
        met = html_f1 >= peer_f1
        if set_name == "aeb-dev":
            text_f1 = rows[TEXT_ROW]["f1"]
            lines.append(_row(f"body F1 target, text path, {set_name}", "", "",
                              f"≥ 0.90: {_ok(text_f1, 0.90)}"))  # fmt: skip
            bar, met = f"{bar} and ≥ 0.97", met and html_f1 >= 0.97
        lines.append(_row(f"body F1 target, HTML path, {set_name}", "", "",
                          f"{bar}: {'yes' if met else 'NO'}"))  # fmt: skip
        rejected = data["rejections"]
        lost = data["html_lost_where_trafilatura_finds_text"]
        lines.append(
            _row(
                f"rejections, {set_name}",
                f"text: {_reasons(rejected['text'])}; HTML: {_reasons(rejected['html'])}",
                f"HTML rejected or empty where trafilatura finds text: {len(lost)}",
                f"none: {'yes' if not lost else 'NO'}",
            )
        )
    text_rate = cleaning["text_path_articles_per_s"]
    lines.append(_row("clean+parse, text path (aeb-dev page text, 1 core)",
                      f"{text_rate:.0f} art/s", "", f"≥ 300: {_ok(text_rate, 300)}"))  # fmt: skip
    html_rate = cleaning["html_path_articles_per_s"]
    lines.append(_row("clean+parse, HTML path (aeb-dev pages, 1 core)", f"{html_rate:.0f} art/s"))
    return lines


def language_table(cleaning: dict[str, Any]) -> list[str]:
    """Body F1 per language of the gold body, each path beside its peer: the text path
    beside the page text unchanged, the HTML path beside trafilatura's default."""
    columns = (UNCHANGED_ROW, TEXT_ROW, PEER_ROW, HTML_ROW)
    lines = [
        "| set | language | pages | " + " | ".join(columns) + " |",
        "|---|---|---|" + "---|" * len(columns),
    ]
    for set_name, data in cleaning["sets"].items():
        for language, row in data.get("per_language", {}).items():
            cells = " | ".join(f"{row[c]:.3f}" for c in columns)
            lines.append(f"| {set_name} | {language} | {int(row['pages'])} | {cells} |")
    return lines


def _reasons(counts: dict[str, int]) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in counts.items()) or "none"


OLDER = "through the stages, older wire layout"


def staged_rows(ents: dict[str, Any] | None, label: str) -> list[str]:
    """Entity-set F1 of the model alone and newsflow on the texts as the stages leave them
    (``bench.entities --stages``), in the set's own layout or the older wire layout."""
    if ents is None:
        return []
    out = []
    for group in GENRES:  # the genres of the guard
        cell = ents["groups"].get(group, {}).get("all")
        if cell is None:
            continue
        m_f1 = cell["model alone"]["set"]["all"]["f1"]
        n_f1 = cell["newsflow"]["set"]["all"]["f1"]
        out.append(
            _row(
                f"entity-set F1 {label}, {group} ({cell['docs']} docs): model alone → newsflow",
                f"{m_f1:.3f} → {n_f1:.3f}",
                f"{n_f1 - m_f1:+.3f}",
                f"≥ +0.05: {_ok(n_f1 - m_f1, ENTITY_MARGIN - 1e-9)}",
            )
        )
    return out


def table(result: dict[str, Any]) -> str:
    lines = ["| measure | value | ratio | target met |", "|---|---|---|---|"]
    lines.extend(cleaning_rows(result["cleaning"]))
    ents = result["entities"]
    for group, cells in ents["groups"].items():
        cell = cells["all"]
        model, ours = cell["model alone"], cell["newsflow"]
        m_f1, n_f1 = model["set"]["all"]["f1"], ours["set"]["all"]["f1"]
        spans = (
            f"; span F1 {model['span']['all']['f1']:.3f} → {ours['span']['all']['f1']:.3f}"
            if "span" in ours
            else ""
        )
        bar = f"≥ +0.05: {_ok(n_f1 - m_f1, ENTITY_MARGIN - 1e-9)}" if group in GENRES else ""
        lines.append(
            _row(
                f"entity-set F1, {group} ({cell['docs']} docs): model alone → newsflow",
                f"{m_f1:.3f} → {n_f1:.3f}",
                f"{n_f1 - m_f1:+.3f}{spans}",
                bar,
            )
        )
    for key, label in (("entities_staged", "through the stages"), ("entities_older", OLDER)):
        lines.extend(staged_rows(result.get(key), label))
    timing = ents["timing"]
    lines.append(
        _row(
            "enrichment time over nlp.pipe (dev set)",
            f"{timing['enrich_s']:.3f} s vs {timing['nlp_pipe_s']:.3f} s",
            f"+{timing['enrich_over_pipe']:.1%}",
            f"≤ +15%: {_ok(timing['enrich_over_pipe'], 0.15, higher=False)}",
        )
    )
    lines.append(
        _row("resources load (model, gazetteer, indexes)", f"{timing['resources_load_s']:.2f} s")
    )
    dd = result["dedup"]
    lines.append(
        _row(
            f"dedup links ({dd['articles']} articles, {dd['copies']} constructed copies)",
            f"precision {dd['precision']:.4f}, recall {dd['recall']:.4f}",
            f"{dd['observe_ms_mean']:.1f} ms per article",
            f"P ≥ 0.99: {_ok(dd['precision'], 0.99)}; R ≥ 0.9: {_ok(dd['recall'], 0.9)}",
        )
    )
    hostile = result.get("hostile")
    if hostile:
        slowest = max(hostile, key=lambda name: hostile[name]["newsflow_s"])
        peer = max(hostile, key=lambda name: hostile[name]["trafilatura_s"])
        lines.append(
            _row(
                f"hostile pages, clean+parse ({len(hostile)} kinds, each ≤ 1 MB)",
                f"slowest {hostile[slowest]['newsflow_s']:.1f} s ({slowest})",
                f"trafilatura alone: slowest {hostile[peer]['trafilatura_s']:.1f} s ({peer})",
            )
        )
    tp = result.get("throughput")
    if tp:
        off = tp["offline"]
        ceiling = off["model_ceiling_aps"]
        offline = off["offline_pipeline_aps"]
        lines.append(_row("model ceiling: nlp.pipe alone (1 core)", f"{ceiling:.1f} art/s", "1.00"))
        lines.append(
            _row(
                "offline pipeline (1 core)",
                f"{offline:.1f} art/s",
                f"{offline / ceiling:.3f} × model",
                f"≥ 0.85: {_ok(offline / ceiling, 0.85)}",
            )
        )
        lines.append(
            _row(
                "clean+parse alone (1 core)",
                f"{off['clean_parse_aps']:.0f} art/s",
                f"{off['clean_parse_aps'] / ceiling:.1f} × model",
            )
        )
        lines.append(_row("statistical-model-free mode", "not offered", "", ""))
        e1, e2 = tp["e2e_1"], tp["e2e_2"]
        passthrough = tp["passthrough_aps"]
        lines.append(_row("transport ceiling: passthrough", f"{passthrough:.0f} art/s", "1.00"))
        lines.append(
            _row(
                "end to end, 1 worker",
                f"{e1['aps']:.1f} art/s",
                f"{e1['aps'] / offline:.3f} × offline; {e1['aps'] / passthrough:.3f} × passthrough",
                f"≥ 0.9 × offline: {_ok(e1['aps'] / offline, 0.9)}",
            )
        )
        lines.append(
            _row(
                "end to end, 2 workers",
                f"{e2['aps']:.1f} art/s",
                f"{e2['aps'] / e1['aps']:.3f} × 1 worker",
                f"≥ 1.7: {_ok(e2['aps'] / e1['aps'], 1.7)}",
            )
        )
        lat = tp["latency"]
        lines.append(
            _row(
                f"latency at 50% load ({lat['rate_aps']:.1f} art/s, {lat['messages']} articles)",
                f"p50 {lat['p50_s']:.3f} s, p95 {lat['p95_s']:.3f} s, p99 {lat['p99_s']:.3f} s",
                "",
                f"p99 ≤ 1 s: {_ok(lat['p99_s'], 1.0, higher=False)}",
            )
        )
        rss = max(e1["peak_rss_mb_max"], e2["peak_rss_mb_max"])
        lines.append(
            _row(
                "peak RSS per worker (worker + pipeline process)",
                f"{rss:.0f} MB",
                "",
                f"≤ 1536 MB: {_ok(rss, 1536, higher=False)}",
            )
        )
        lag = max(e1["loop_lag_max_s"], e2["loop_lag_max_s"])
        share = min(e1["loop_lag_share_under_100ms"], e2["loop_lag_share_under_100ms"])
        lines.append(
            _row(
                "event-loop lag while processing",
                f"max sampled {lag * 1000:.0f} ms",
                f"{share:.1%} of probes < 100 ms",
                f"< 100 ms: {_ok(lag, 0.1, higher=False)}",
            )
        )
    return "\n".join(lines)


def plot(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tp = result.get("throughput")
    fig, axes = plt.subplots(1, 2 if tp else 1, figsize=(12 if tp else 6, 4.5), squeeze=False)
    cleaning = {
        f"{set_name}: {row}": s
        for set_name, data in result["cleaning"]["sets"].items()
        for row, s in data["rows"].items()
    }
    ax = axes[0][0]
    ax.barh(list(cleaning), [s["f1"] for s in cleaning.values()], color="#4c72b0")
    ax.set_xlim(0.5, 1.0)
    ax.set_title("body 4-gram F1, aeb-dev and aeb-multilingual")
    if tp:
        ax = axes[0][1]
        names = ["model ceiling", "offline pipeline", "e2e 1 worker", "e2e 2 workers"]
        values = [
            tp["offline"]["model_ceiling_aps"],
            tp["offline"]["offline_pipeline_aps"],
            tp["e2e_1"]["aps"],
            tp["e2e_2"]["aps"],
        ]
        ax.bar(names, values, color=["#999999", "#4c72b0", "#55a868", "#c44e52"])
        ax.set_ylabel("articles/s")
        ax.set_title("throughput, same run")
        ax.tick_params(axis="x", labelrotation=15)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    started = datetime.now(UTC)
    result: dict[str, Any] = {"started_at": started.isoformat()}
    say("cleaning: body F1 on aeb-dev and aeb-multilingual (text and HTML) and clean+parse speed")
    result["cleaning"] = run_cleaning_bench()
    say("entities: per-genre entity-set and span F1, enrichment time vs nlp.pipe")
    result["entities"] = run_entity_bench()
    result["entities"].pop("errors", None)
    say("entities through decode -> clean -> parse, as written and in the older wire layout")
    result["entities_staged"] = run_entity_bench(stages=True, timing=False)
    result["entities_older"] = run_entity_bench(
        stages=True, layout="older", corpora=("sports-business",), timing=False
    )
    for key in ("entities_staged", "entities_older"):
        result[key].pop("errors", None)
    say("dedup: precision and recall of duplicate links on constructed near-duplicates")
    result["dedup"] = {
        k: v for k, v in run_dedup_bench().items() if isinstance(v, int | float | str)
    }
    say("hostile pages: the HTML path and trafilatura alone on pages built to be slow")
    result["hostile"] = run_hostile_bench(say)
    if "--skip-broker" not in args:
        from bench.throughput import run_throughput_bench
        from devtools.broker import kafka_broker

        with kafka_broker() as (bootstrap, _), tempfile.TemporaryDirectory() as workdir:
            say(f"broker: {bootstrap}")
            result["throughput"] = run_throughput_bench(bootstrap, Path(workdir))
    text = (
        table(result)
        + "\n\nBody F1 per language:\n\n"
        + "\n".join(language_table(result["cleaning"]))
        + "\n\nEntities per genre and half:\n\n"
        + "\n".join(genre_table(result["entities"]))
        + "\n\nEntities per genre and half, through the stages:\n\n"
        + "\n".join(genre_table(result["entities_staged"]))
        + "\n\nEntities per genre and half, through the stages, older wire layout:\n\n"
        + "\n".join(genre_table(result["entities_older"]))
        + "\n\nHostile pages (`bench/hostile.py`), clean+parse beside trafilatura alone:\n\n"
        + "\n".join(hostile_table(result["hostile"]))
    )
    print()
    print(text)
    RESULTS.mkdir(exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"{stamp}.json").write_bytes(
        orjson.dumps(result, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY)
    )
    (RESULTS / f"{stamp}.md").write_text(text + "\n", encoding="utf-8")
    plot(result, RESULTS / f"{stamp}.png")
    say(f"wrote bench/results/{stamp}.json, .md and .png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
