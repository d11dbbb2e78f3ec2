"""Command line: `course <command>` (also `python -m course_utils <command>`).

A learner without a checkout (or without make) needs three: `course notebooks DEST`,
`course build`, `course lab DEST`.

The one learner-facing module that reaches the model factory (course_utils.modelset) and the
maintainer tooling (course_utils.maintain), and only inside the command that needs them, so
`import course_utils` stays light."""
import argparse
import json
import sys
from pathlib import Path

from .errors import CourseError


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="course",
                                     description="Plumbing for the transformers course.")
    sub = parser.add_subparsers(dest="command", required=True)
    nb = sub.add_parser("notebooks", help="copy the chapters into a folder of your own (never overwrites your edits)")
    nb.add_argument("dest", help="the folder to copy them into (created if needed)")
    nb.add_argument("--lang", default="en", help="edition: en (default) or zh")
    nb.add_argument("--with-outputs", action="store_true",
                    help="keep the course's outputs in the copies (default: cleared, so every output is yours)")
    lab = sub.add_parser("lab", help="open JupyterLab on a folder of chapters (default: this folder)")
    lab.add_argument("folder", nargs="?", default=".", help="the folder to open")
    lab.add_argument("jupyter_args", nargs=argparse.REMAINDER,
                     help="anything after the folder goes to JupyterLab (e.g. --port 8890)")
    b = sub.add_parser("build", help="build the offline model set (idempotent)")
    b.add_argument("--force", action="store_true", help="rebuild even if up to date")
    sub.add_parser("verify", help="check every file of the model set against its sha256 (about a second)")
    sub.add_parser("where", help="print where the course keeps models and data")
    sub.add_parser("remove", help="delete the built model set and downloaded wheels")
    e = sub.add_parser("execute", help="execute notebooks in place, reporting time per notebook")
    e.add_argument("notebooks", nargs="*", help="paths (default: every chapter)")
    t = sub.add_parser("train", help="retrain a task artefact from the course data")
    t.add_argument("task", help="task name, e.g. sentiment")
    t.add_argument("--smoke", action="store_true", help="two steps on a tiny slice (a check)")
    t.add_argument("--out", help="write the artefact here instead of course_utils/modelset/artefacts/")
    ev = sub.add_parser("evaluate", help="score every built task checkpoint on its test split")
    ev.add_argument("tasks", nargs="*", help="tasks (default: all)")
    ev.add_argument("--dev", action="store_true",
                    help="score NER, QA and paraphrase on their hand-written dev sets instead")
    bench = sub.add_parser("bench", help="time each notebook and measure its peak memory")
    bench.add_argument("--json", help="also write the figures to this file")
    d = sub.add_parser("drift", help="what a transformers release would change (maintainers; see the errata-and-pins guide)")
    d.add_argument("--transformers", metavar="VERSION", help="release to try (default: the newest on the index)")
    d.add_argument("--claims-only", action="store_true", help="run the claim checks, not the notebooks")
    d.add_argument("--download-only", action="store_true", help="only fetch the wheels the release needs")
    d.add_argument("--offline", action="store_true", help="use only wheels fetched before (no package index)")
    d.add_argument("--prepare-proof", action="store_true",
                   help="fetch the wheels of the older release the test suite checks drift against")
    tr = sub.add_parser("translations", help="list what the Chinese edition must update (translators)")
    tr.add_argument("--lang", default="zh", help="edition (default: zh)")
    tr.add_argument("--sync", action="store_true",
                    help="rebuild each translation on its English notebook's cells, keeping translated text")
    tr.add_argument("--accept", nargs="+", metavar=("NOTEBOOK", "CELL"),
                    help="record that these cells of NOTEBOOK (e.g. 01_pipelines.ipynb) follow the current English")
    _classroom_parser(sub)
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except CourseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(args) -> int:
    if args.command == "notebooks":
        from .learner_copies import copy_chapters
        dest = Path(args.dest)
        for line in copy_chapters(dest, args.lang, with_outputs=args.with_outputs).lines(dest):
            print(line)
    elif args.command == "lab":
        from .lab import start_lab
        return start_lab(Path(args.folder), args.jupyter_args)
    elif args.command == "build":
        from .modelset.build import build
        build(force=args.force)
    elif args.command == "verify":
        from .integrity import verify
        from .paths import offline_dir, read_manifest
        return verify(offline_dir(), read_manifest())
    elif args.command == "where":
        from .checkpoints import CHECKPOINTS, checkpoint
        from .paths import course_home, offline_dir
        print(f"course home: {course_home()}  (set COURSE_HOME to move it)")
        print(f"model set:   {offline_dir()}  (set COURSE_MODELS to share one, e.g. in a class)")
        for role in CHECKPOINTS:
            try:
                print(f"  {role:18} {checkpoint(role)}")
            except CourseError as exc:
                print(f"  {role:18} (missing: {exc})")
    elif args.command == "remove":
        from .modelset.build import remove
        remove()
    elif args.command == "execute":
        from .notebooks import execute_all
        execute_all([Path(p) for p in args.notebooks] or None)
    elif args.command == "train":
        from .modelset.training import train
        train(args.task, smoke=args.smoke, out=Path(args.out) if args.out else None)
    elif args.command == "evaluate":
        from .modelset.evaluation import evaluate
        scores = evaluate(args.tasks or None, dev=args.dev)
        return 0 if all(s.passed is not False for s in scores) else 2
    elif args.command == "drift":
        from .maintain.drift import drift, prepare_proof
        if args.prepare_proof:
            return prepare_proof()
        return drift(args.transformers, claims_only=args.claims_only, download_only=args.download_only,
                     offline=args.offline)
    elif args.command == "translations":
        return _translations(args)
    elif args.command == "classroom":
        return _classroom(args)
    elif args.command == "bench":
        from .notebooks import benchmark
        results = benchmark()
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


def _translations(args) -> int:
    from .maintain import translations as tr

    folder = tr.edition_dir(args.lang)
    if args.accept:
        name, cells = Path(args.accept[0]).name, args.accept[1:]
        done = tr.accept(tr.NOTEBOOKS / name, folder / name, cells)
        print(f"{name}: accepted {len(done)} cell(s): {' '.join(done) or 'none'}")
        return 0 if len(done) == len(cells) else 1
    if args.sync:
        folder.mkdir(exist_ok=True)
        for english in tr.english_notebooks():
            tr.write(folder / english.name, tr.sync(english, folder / english.name, args.lang))
    problems = tr.report(args.lang)
    print(f"{problems} problem(s); `--accept NOTEBOOK CELL` once a cell is translated anew"
          if problems else "the translation is up to date")
    return 1 if problems else 0


def _classroom_parser(sub):
    """`course classroom ...`: the instructor's commands (course_utils.classroom)."""
    c = sub.add_parser("classroom", help="run the course for a class: a hub on one machine, records, sizing")
    cs = c.add_subparsers(dest="action", required=True)
    i = cs.add_parser("init", help="write a class's jupyterhub_config.py and make its students' accounts (root)")
    i.add_argument("folder", help="the class folder (made mode 0700: it holds the hub's secrets)")
    i.add_argument("roster", help="a text file, one student per line: user name, then optionally en or zh")
    i.add_argument("--models", required=True,
                   help="the class's shared model set, built with `COURSE_MODELS=FOLDER course build`")
    i.add_argument("--ip", default="127.0.0.1", help="the address students open (default: this machine only)")
    i.add_argument("--port", type=int, default=8000, help="the port students open (default 8000)")
    i.add_argument("--hub-port", type=int, default=8081, help="the hub's own API port (loopback)")
    i.add_argument("--proxy-api-port", type=int, default=8001, help="the proxy's API port (loopback)")
    i.add_argument("--cull-minutes", type=int, default=60, help="stop servers idle this long (default 60)")
    i.add_argument("--admin", action="append", default=[], help="a user who may see every server (repeatable)")
    i.add_argument("--no-accounts", action="store_true", help="write the configuration only")
    for name, text in (("start", "start the class's hub and idle culler in the background (root)"),
                       ("stop", "stop everything the class runs, by process id")):
        a = cs.add_parser(name, help=text)
        a.add_argument("folder", help="the class folder")
    r = cs.add_parser("records", help="gather the class's exercise checks into a CSV and a picture")
    r.add_argument("sources", nargs="+", help="class folders, students' home folders or record files")
    r.add_argument("--out", default="class-records", help="write OUT.csv and OUT.png (default class-records)")
    m = cs.add_parser("mirror", help="serve folders of Hub repositories as a read-only Hub (HF_ENDPOINT)")
    m.add_argument("--root", required=True, help="folder holding <owner>/<name>/ repositories")
    m.add_argument("--host", default="127.0.0.1", help="0.0.0.0 to serve the classroom network")
    m.add_argument("--port", type=int, default=8000)
    ln = cs.add_parser("link", help="the nbgitpuller link that brings the chapters to students on a school's hub")
    ln.add_argument("hub", help="the hub's address, e.g. https://hub.example.edu")
    ln.add_argument("--repo", help="the course's git repository (default: [project.urls] Repository)")
    ln.add_argument("--lang", default="en", help="edition: en (default) or zh")
    ln.add_argument("--branch", default="main")
    b = cs.add_parser("bench", help="N students through chapter 1 at once on this machine (root)")
    b.add_argument("-n", "--students", type=int, default=3, help="how many students (default 3)")
    b.add_argument("--cells", type=int, default=0, help="run only the first CELLS code cells (default: all)")
    b.add_argument("--max-memory-gb", type=float, default=20.0,
                   help="abort when the machine's memory in use passes this (default 20)")
    b.add_argument("--lever", action="append", default=[], choices=["malloc-arenas"],
                   help="a memory lever to apply to every kernel (repeatable)")
    b.add_argument("--json", help="also write the figures to this file")
    s = cs.add_parser("student-server", help="(run by the hub) copy the chapters, then start a student's server")
    s.add_argument("--folder", default="transformers-course", help="the chapters' folder in the student's home")
    s.add_argument("--lang", help="edition (default: COURSE_CHAPTERS_LANG, else en)")
    s.add_argument("server_args", nargs=argparse.REMAINDER, help="passed on to jupyterhub-singleuser")


def _classroom(args) -> int:
    if args.action == "init":
        from .classroom.hub import init
        init(Path(args.folder), Path(args.roster), Path(args.models), ip=args.ip, port=args.port,
             hub_port=args.hub_port, proxy_api_port=args.proxy_api_port,
             cull_seconds=60 * args.cull_minutes, admins=args.admin, accounts=not args.no_accounts)
    elif args.action == "start":
        from .classroom.hub import start
        start(Path(args.folder))
    elif args.action == "stop":
        from .classroom.hub import stop
        stop(Path(args.folder))
    elif args.action == "records":
        from .classroom.records import report
        report([Path(p) for p in args.sources], Path(args.out))
    elif args.action == "mirror":
        from .classroom.mirror import serve
        serve(Path(args.root), args.host, args.port)
    elif args.action == "link":
        from .classroom.hub import nbgitpuller_link, repository_url
        print(nbgitpuller_link(args.hub, args.repo or repository_url(), args.lang, args.branch))
    elif args.action == "bench":
        from .classroom.loadtest import bench
        results = bench(args.students, cells=args.cells or None, max_memory_gb=args.max_memory_gb,
                        levers=args.lever)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
        return 0 if results.get("completed") else 2
    elif args.action == "student-server":
        from .classroom.hub import student_server
        rest = args.server_args[1:] if args.server_args[:1] == ["--"] else args.server_args
        student_server(args.folder, args.lang, rest)
    return 0
