"""`course classroom records`: the class's exercise checks, for the instructor.

Each student's checks are appended to `exercise-record.jsonl` in their own course home
(course_utils.exercise_record). This reads those records where the instructor can read them
(as root on the class's machine: the homes are private) and writes two files:

* a CSV, one row per student and exercise: how many checks, the last verdict, when it was
  first correct;
* a picture, students by exercises: correct, tried but not yet correct, or not tried.

No server, no grades: what a teacher glances at during a lesson.
"""
import csv
import json
import pwd
from dataclasses import dataclass
from pathlib import Path

from ..errors import CourseError
from ..exercise_record import RECORD_NAME
from ..language import Text

# Where the record is in a student's home when COURSE_HOME is left alone (platformdirs'
# cache folder on Linux), as it is on the class's hub.
HOME_RECORD = Path(".cache") / "transformers-course" / RECORD_NAME
CORRECT, INCORRECT, NOT_ATTEMPTED = "correct", "incorrect", "not attempted"


@dataclass
class Row:
    student: str
    chapter: str
    exercise: str
    checks: int
    last: str
    first_correct: str


def record_files(sources: list[Path]) -> dict[str, Path]:
    """Student -> record file, from class folders (their roster.json), home folders, or
    record files themselves."""
    found = {}
    for source in map(Path, sources):
        if (source / "roster.json").is_file():
            for name in json.loads((source / "roster.json").read_text(encoding="utf-8")):
                try:
                    found[name] = Path(pwd.getpwnam(name).pw_dir) / HOME_RECORD
                except KeyError:
                    continue
        elif source.is_dir():
            found[source.name] = source / HOME_RECORD
        elif source.is_file():
            found[source.stem if source.name != RECORD_NAME else source.parent.name] = source
        else:
            raise CourseError(Text(f"{source} is neither a class folder, a home folder nor a record.",
                                   f"{source} 既不是班级文件夹、家目录，也不是记录文件。"))
    return found


def _exercise_key(row: Row):
    words = row.exercise.split()
    number = int(words[1]) if len(words) > 1 and words[1].isdigit() else 0
    return row.chapter, number, row.exercise


def gather(sources: list[Path]) -> tuple[list[Row], list[str]]:
    """Every (student, exercise) seen in the records, and the students with no record yet."""
    rows, silent = {}, []
    for student, path in sorted(record_files(sources).items()):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            silent.append(student)
            continue
        for line in lines:
            try:
                entry = json.loads(line)
                key = (student, entry["chapter"], entry["exercise"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short (a kernel killed mid-write) is skipped
            row = rows.setdefault(key, Row(student, entry["chapter"], entry["exercise"], 0, "", ""))
            row.checks += 1
            row.last = entry.get("status", "")
            if row.last == CORRECT and not row.first_correct:
                row.first_correct = entry.get("time", "")
    return sorted(rows.values(), key=lambda r: (r.student, _exercise_key(r))), silent


def write_csv(rows: list[Row], path: Path):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["student", "chapter", "exercise", "checks", "last_verdict", "first_correct"])
        for r in rows:
            writer.writerow([r.student, r.chapter, r.exercise, r.checks, r.last, r.first_correct])


def write_picture(rows: list[Row], students: list[str], path: Path):
    """Students (rows) by exercises (columns): green correct, orange tried, grey not tried."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    exercises = sorted({(r.chapter, r.exercise) for r in rows},
                       key=lambda e: _exercise_key(Row("", e[0], e[1], 0, "", "")))
    column = {e: i for i, e in enumerate(exercises)}
    line = {s: i for i, s in enumerate(students)}
    grid = [[0] * max(1, len(exercises)) for _ in students]
    for r in rows:
        grid[line[r.student]][column[(r.chapter, r.exercise)]] = 2 if r.first_correct else 1
    fig, ax = plt.subplots(figsize=(1.2 + 0.45 * max(1, len(exercises)), 1.0 + 0.35 * len(students)))
    ax.imshow(grid, cmap=ListedColormap(["#e6e6e6", "#f0a030", "#3a9a4a"]), vmin=0, vmax=2,
              aspect="auto")
    ax.set_xticks(range(len(exercises)),
                  [f"{c} {e.split(' (')[0].replace('Exercise ', 'ex')}" for c, e in exercises],
                  rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(students)), students, fontsize=8)
    ax.set_title("green: correct   orange: tried, not yet correct   grey: not tried", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def report(sources: list[Path], out: Path, log=print) -> tuple[Path, Path]:
    """Write OUT.csv and OUT.png; say how many students and checks they cover."""
    rows, silent = gather(sources)
    students = sorted({r.student for r in rows} | set(silent))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    csv_path, png_path = out.with_suffix(".csv"), out.with_suffix(".png")
    write_csv(rows, csv_path)
    write_picture(rows, students, png_path)
    log(f"{len(students)} student(s), {sum(r.checks for r in rows)} check(s)"
        + (f"; no record yet from {', '.join(silent)}" if silent else "")
        + f": wrote {csv_path} and {png_path}")
    return csv_path, png_path
