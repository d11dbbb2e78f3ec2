"""Guards for the course's conventions: committed notebooks are executed and reproducible,
each ends with self-checking exercises, CI runs the README's command, pins agree."""
import json
import re
import subprocess
import tomllib
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CHINESE = sorted((ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb"))
NOTEBOOKS = ENGLISH + CHINESE  # both editions follow every convention
APPENDIX_FROM = 90  # notebooks 90_* and up are appendices (reference pages): no exercises


def code_cells(path):
    """The notebook (multi-line strings joined, as nbformat reads it) and its code cells."""
    nb = nbformat.read(path, as_version=4)
    return nb, [c for c in nb.cells if c.cell_type == "code"]


def source(cell):
    return cell["source"]


def test_there_are_chapter_notebooks():
    names = [p.name for p in NOTEBOOKS]
    assert "02_models.ipynb" in names and "03_tokenizers.ipynb" in names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_notebook_is_committed_executed_in_order(path):
    nb, cells = code_cells(path)
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1))
    assert "widgets" not in nb["metadata"]
    for cell in cells:
        assert not any(o["output_type"] == "error" and "raises-exception" not in
                       cell["metadata"].get("tags", []) for o in cell["outputs"]), source(cell)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_first_code_cell_is_the_setup_call_with_ignored_output(path):
    _, cells = code_cells(path)
    first = cells[0]
    assert "course_utils.setup()" in source(first)
    assert "nbval-ignore-output" in first["metadata"].get("tags", [])
    assert not any("course_utils.setup(" in source(c) for c in cells[1:])


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if int(p.name[:2]) < APPENDIX_FROM],
                         ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_chapter_ends_with_at_least_three_unsolved_exercises(path):
    _, cells = code_cells(path)
    checks = [c for c in cells if re.search(r"\.check\(", source(c))]
    assert len(checks) >= 3
    for cell in checks:
        assert re.search(r"^\w+ = \.\.\.$", source(cell), re.M), "exercise committed solved"
        printed = "".join(o.get("text", "") for o in cell["outputs"])
        assert "not attempted yet" in printed or "尚未作答" in printed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_notebook_outputs_hold_no_volatile_text(path):
    _, cells = code_cells(path)
    for cell in cells[1:]:
        for out in cell["outputs"]:
            text = out.get("text", "") + str(out.get("data", {}).get("text/plain", ""))
            assert "it/s]" not in text and "Loading weights" not in text, "progress bar"
            assert not re.search(r"/(root|home)/", text), "machine-specific path in output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_notebook_never_trusts_remote_code(path):
    assert "trust_remote_code=True" not in path.read_text(encoding="utf-8")


def readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- test-command -->\s*```(?:bash|sh)?\n(.+?)\n```", readme, re.S)
    assert match, "README must mark its test command with <!-- test-command -->"
    return match.group(1).strip()


def test_ci_runs_exactly_the_readme_test_command():
    command = readme_test_command()
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    steps = [line for line in ci if line.strip() and not line.startswith("#")
             and not line.startswith(("set ", "cd "))]
    assert steps == [command]


@pytest.mark.parametrize("readme, edition", [("README.md", ENGLISH), ("README.zh.md", CHINESE)])
def test_readme_lists_every_chapter(readme, edition):
    text = (ROOT / readme).read_text(encoding="utf-8")
    for path in edition:
        assert path.relative_to(ROOT).as_posix() in text


def test_makefile_holds_torch_at_the_pinned_cpu_release():
    """`make constraints` re-pins everything but torch, held where this machine kind's CPU
    build is; the hold and the pin must agree or the next re-pin moves torch."""
    makefile = (ROOT / "Makefile").read_text()
    pinned = re.search(r"^torch==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M).group(1)
    assert f"TORCH  := torch=={pinned}" in makefile and "$(TORCH)" in makefile.split("constraints:")[-1]


def test_every_course_utils_subpackage_is_declared_for_packaging():
    """The editable install finds undeclared subpackages anyway; a built wheel would not."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for top in ("course_utils", "publish") for init in (ROOT / top).rglob("__init__.py")}
    assert found == set(config["packages"])


def test_no_tracked_file_is_over_5_mib():
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           text=True).stdout.split("\0")
    big = [f for f in files if f and (ROOT / f).exists() and (ROOT / f).stat().st_size > 5 << 20]
    assert big == []


def test_product_code_never_reads_the_developers_shared_folder():
    for path in list((ROOT / "course_utils").rglob("*.py")) + NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/research" not in text, path


# The guides published on the website (make site), one file per guide and language: the
# English ones in publish/site/guides/, the Chinese ones under the same names in its zh/.
GUIDES = ROOT / "publish" / "site" / "guides"
GUIDE_FILES = sorted(p.relative_to(ROOT).as_posix() for p in GUIDES.rglob("*.md"))


@pytest.mark.parametrize("readme", ["README.md", "README.zh.md", "course_utils/modelset/README.md",
                                    "course_utils/maintain/README.md", "tests/README.md", *GUIDE_FILES])
def test_readme_names_only_paths_that_exist(readme):
    """Files move (the model factory did); a README or guide that points at a gone path misleads."""
    text = (ROOT / readme).read_text(encoding="utf-8")
    named = set(re.findall(r"[`(]((?:course_utils|tests|notebooks|publish|tools)/[\w./-]*\w/?)[`)]", text))
    missing = sorted(p for p in named if not any(ROOT.glob(p.rstrip("/"))))
    assert not missing, f"{readme} names paths that do not exist: {missing}"


def test_every_guide_exists_in_both_languages():
    """The site's language switch leads from a guide to the same guide in the other edition."""
    english = {p.name for p in GUIDES.glob("*.md")}
    assert english and english == {p.name for p in (GUIDES / "zh").glob("*.md")}


@pytest.mark.parametrize("readme, folder", [("README.md", GUIDES), ("README.zh.md", GUIDES / "zh")])
def test_readme_links_to_every_guide_of_its_language(readme, folder):
    text = (ROOT / readme).read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\((publish/site/guides/[\w/.-]+\.md)\)", text))
    assert linked == {p.relative_to(ROOT).as_posix() for p in folder.glob("*.md")}


@pytest.mark.parametrize("guide", GUIDE_FILES)
def test_a_guide_links_only_to_guides_beside_it(guide):
    """A guide is read on the site and in the repository: a relative link to another guide of
    its folder works in both, a link to any other file breaks one (Sphinx fails on it)."""
    text = (ROOT / guide).read_text(encoding="utf-8")
    targets = [t.split("#")[0] for t in re.findall(r"\]\(([^)\s]+)\)", text) if "://" not in t]
    folder = (ROOT / guide).parent
    assert all(t and "/" not in t and (folder / t).is_file() for t in targets), targets


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_outputs_do_not_name_the_checkout_they_ran_in(path):
    """`course_utils execute` makes paths relative; an absolute `.../.venv/` leaks a machine."""
    outputs = [o for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
               for o in c.get("outputs", [])]
    leaks = re.findall(r"/[^\s\"'\\]+/\.venv/", json.dumps(outputs))
    assert not leaks, f"{path}: outputs name {sorted(set(leaks))}; re-run course_utils execute"


def test_drop_checkout_path_makes_tracebacks_relative():
    import nbformat

    from course_utils.notebooks import drop_checkout_path

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
        "error", ename="ImportError", evalue="from '/home/ada/course/.venv/x.py'",
        traceback=["File /home/ada/course/.venv/x.py:1"])])])
    drop_checkout_path(nb, "/home/ada/course/")
    output = nb.cells[0].outputs[0]
    assert output.evalue == "from '.venv/x.py'" and output.traceback == ["File .venv/x.py:1"]
