"""`python -m course_utils drift [--transformers VERSION]`: what a transformers release would
change in the course, before anyone upgrades the pins.

It installs the release in an environment of its own (see `environment`), runs every claim
check of the errata registry there and in `.venv` (see `probe`), executes every notebook
under the release and compares the outputs with the committed ones (see `outputs`), and
writes build/drift/transformers-VERSION/report.md (for people) and report.json (for tools).
The exit status is 0 when nothing changed, 1 when something did, and a release that cannot
be installed ends with a one-line reason (exit status 1 too).
"""
import json
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from ..errors import CourseError
from ..notebooks import kernel_env, notebook_paths
from . import PROOF_RELEASE
from .environment import BUILD, CandidateEnv, InstallError, newest_release
from .outputs import compare, run_notebook


def run_probe(python: Path) -> dict:
    out = subprocess.run([str(python), "-m", "course_utils.maintain.probe"], env=kernel_env(),
                         capture_output=True, text=True)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise CourseError(f"the claim checks could not run under {python}: {last}")
    return json.loads(out.stdout)


def compare_claims(before: dict, after: dict) -> list[dict]:
    from ..errata import BY_ID

    changed = []
    for claim_id, old in before["claims"].items():
        new = after["claims"].get(claim_id, {"holds": False, "reason": "not run"})
        if old["holds"] != new["holds"]:
            entry = BY_ID[claim_id]
            changed.append({"id": claim_id, "notebook": entry.notebook, "cell": entry.cell,
                            "holds_before": old["holds"], "holds_now": new["holds"],
                            "reason": new["reason"], "claim": entry.true})
    return changed


def compare_pipelines(before: dict, after: dict) -> dict:
    old, new = set(before["tasks"]) | set(before["aliases"]), set(after["tasks"]) | set(after["aliases"])
    return {"appeared": sorted(new - old), "vanished": sorted(old - new)}


def has_changes(report: dict) -> bool:
    p = report["pipelines"]
    return bool(report["claims"] or report["new_warnings"] or p["appeared"] or p["vanished"]
                or any(n["changed"] or n["raising"] for n in report["notebooks"].values()))


def summary_line(report: dict) -> str:
    nbs = report["notebooks"].values()
    failing = sum(1 for c in report["claims"] if c["holds_now"] is False)
    cells = sum(len(n["changed"]) for n in nbs)
    raising = sum(len(n["raising"]) for n in nbs)
    warnings = len(report["new_warnings"]) + sum(len(n["warnings"]) for n in nbs)
    p = report["pipelines"]
    notebooks = "notebooks not run" if report["claims_only"] else f"{cells} cells changed, {raising} cells now raise"
    return (f"transformers {report['release']} vs {report['baseline']['versions']['transformers']}: "
            f"{failing} claims no longer hold, {notebooks}, {warnings} new warnings, "
            f"pipelines +{len(p['appeared'])} -{len(p['vanished'])}")


def markdown(report: dict) -> str:
    lines = [f"# Drift report: transformers {report['release']}", "",
             f"Compared with the course's pins ({report['baseline']['versions']['transformers']}), "
             f"{report['finished']}, in {report['seconds']:.0f} s.", "", f"**{summary_line(report)}**", "",
             "## Installed beside .venv", ""]
    lines += [f"- `{pin}`" for pin in report["installed"]] + ["", "## Claims whose check changed", ""]
    if report["claims"]:
        lines += ["| claim | where | was | now | why | the course says |", "|---|---|---|---|---|---|"]
        for c in report["claims"]:
            lines.append(f"| `{c['id']}` | {c['notebook']} cell `{c['cell']}` | {c['holds_before']} | "
                         f"{c['holds_now']} | {c['reason'] or '-'} | {c['claim']} |")
    else:
        lines.append("None: every check gives the same result.")
    p = report["pipelines"]
    lines += ["", "## Pipelines", "", f"Appeared: {', '.join(p['appeared']) or 'none'}. "
              f"Vanished: {', '.join(p['vanished']) or 'none'}.", "", "## New warnings", ""]
    lines += [f"- checks: {w}" for w in report["new_warnings"]]
    lines += [f"- {name} cell `{w['cell']}`: {w['warning']}" for name, n in report["notebooks"].items()
              for w in n["warnings"]]
    if lines[-1] == "":
        lines.append("None.")
    lines += ["", "## Notebooks", ""]
    if report["claims_only"]:
        lines.append("Not run (--claims-only).")
    for name, n in report["notebooks"].items():
        lines.append(f"### {name}: {len(n['changed'])} cells changed, {len(n['raising'])} now raise "
                     f"({n['seconds']:.0f} s)")
        lines += [f"- cell `{r['cell']}` raises {r['error']}" for r in n["raising"]]
        for c in n["changed"]:
            lines += ["", f"cell `{c['cell']}`:", "", "```diff", *c["diff"], "```"]
        lines.append("")
    return "\n".join(lines) + "\n"


def drift(release: str | None = None, claims_only: bool = False, download_only: bool = False,
          offline: bool = False, log=print) -> int:
    started = time.perf_counter()
    if release is None:
        log("[1/5] asking the package index for the newest transformers release ...")
        release = newest_release()
    log(f"[1/5] transformers {release}")
    env = CandidateEnv(release)
    log(f"[2/5] planning and fetching what it needs beyond .venv (wheels in {env.plan_file.parent}) ...")
    if offline and not env.plan_file.exists():
        raise InstallError(f"transformers {release} is not downloaded yet: run `make drift-wheels` "
                           f"(or `python -m course_utils drift --transformers {release} --download-only`)")
    pins = env.plan()
    if not offline:
        env.download(pins)
    log(f"      {', '.join(pins) or 'nothing: .venv already holds this release'}")
    if download_only:
        return 0
    log(f"[3/5] installing into {env.prefix} (no network) ...")
    env.install(pins)
    log("[4/5] running the claim checks with .venv and with the candidate ...")
    baseline, candidate = run_probe(Path(sys.executable)), run_probe(env.python)
    report = {"release": release, "installed": pins, "claims_only": claims_only,
              "baseline": {"versions": baseline["versions"]}, "candidate": {"versions": candidate["versions"]},
              "claims": compare_claims(baseline, candidate), "pipelines": compare_pipelines(baseline, candidate),
              "new_warnings": sorted(set(candidate["warnings"]) - set(baseline["warnings"])), "notebooks": {}}
    out_dir = BUILD / f"transformers-{release}"
    if not claims_only:
        paths = notebook_paths(chinese=False)
        for i, path in enumerate(paths, 1):
            t = time.perf_counter()
            executed = out_dir / "notebooks" / path.name
            try:
                run_notebook(env.python, path, executed, kernel_env())
                result = compare(path, executed)
            except subprocess.CalledProcessError as exc:
                last = (exc.stderr.strip().splitlines() or ["no output"])[-1]
                result = {"changed": [], "raising": [{"cell": "(whole notebook)", "error": last}], "warnings": []}
            result["seconds"] = time.perf_counter() - t
            report["notebooks"][path.name] = result
            log(f"[5/5] notebook {i}/{len(paths)} {path.name}: {len(result['changed'])} cells changed, "
                f"{len(result['raising'])} raise ({result['seconds']:.0f} s)")
    report["seconds"] = time.perf_counter() - started
    report["finished"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    report["changed"] = has_changes(report)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    (out_dir / "report.md").write_text(markdown(report), encoding="utf-8")
    log(summary_line(report))
    log(f"report: {out_dir / 'report.md'} (and report.json)")
    return 1 if report["changed"] else 0


def prepare_proof(log=print) -> int:
    """Fetch the wheels of the release the test suite uses to prove drift is caught."""
    return drift(PROOF_RELEASE, download_only=True, log=log)
