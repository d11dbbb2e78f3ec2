"""The shape of course_utils: a light learner-facing top, the model factory below it in
course_utils.modelset, and imports that run one way (no cycles)."""
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "course_utils"
FACTORY = "course_utils.modelset"
MAINTAINER = "course_utils.maintain"  # drift tooling: reached only lazily from the command line
CLASSROOM = "course_utils.classroom"  # the instructor's commands (JupyterHub): the same
NOTEBOOKS = sorted((ROOT / "notebooks").rglob("[0-9][0-9]_*.ipynb"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported_modules(name: str) -> set[str]:
    """Every course_utils module that `name` imports, at the top or inside a function."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names
                         if f"{base}.{alias.name}" in MODULES)
    return {m for m in found if m in MODULES and m != name}


def import_graph() -> dict[str, set[str]]:
    return {name: imported_modules(name) for name in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_course_utils_has_no_import_cycle():
    assert find_cycle(import_graph()) is None


def test_the_relative_import_reader_sees_real_edges():
    graph = import_graph()
    assert "course_utils.paths" in graph["course_utils.modelset.build"]
    assert "course_utils.modelset.conll" in graph["course_utils.modelset.testsets"]
    assert "course_utils.checkpoints" in graph["course_utils"]


def test_only_the_command_line_reaches_the_factory():
    learner_side = [m for m in MODULES if not m.startswith(FACTORY)]
    reaching = sorted(m for m in learner_side
                      if any(dep.startswith(FACTORY) for dep in imported_modules(m)))
    assert reaching == ["course_utils.cli"]


def test_the_command_line_imports_the_factory_lazily():
    tree = ast.parse(MODULES["course_utils.cli"].read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not any("modelset" in (getattr(n, "module", None) or "") for n in top_level)
    assert not any("maintain" in (getattr(n, "module", None) or "") for n in top_level)
    assert not any("classroom" in (getattr(n, "module", None) or "") for n in top_level)


def test_only_the_command_line_reaches_the_maintainer_tools():
    outside = [m for m in MODULES if not m.startswith(MAINTAINER)]
    reaching = sorted(m for m in outside
                      if any(dep.startswith(MAINTAINER) for dep in imported_modules(m)))
    assert reaching == ["course_utils.cli"]


def test_only_the_command_line_reaches_the_classroom_commands():
    outside = [m for m in MODULES if not m.startswith(CLASSROOM)]
    reaching = sorted(m for m in outside
                      if any(dep.startswith(CLASSROOM) for dep in imported_modules(m)))
    assert reaching == ["course_utils.cli"]


def test_the_classroom_commands_never_reach_the_factory_or_the_maintainer_tools():
    commands = [m for m in MODULES if m.startswith(CLASSROOM)]
    assert commands and not any(dep.startswith((FACTORY, MAINTAINER))
                                for m in commands for dep in imported_modules(m))


def test_maintainer_tools_never_reach_the_factory():
    tools = [m for m in MODULES if m.startswith(MAINTAINER)]
    assert tools and not any(dep.startswith(FACTORY) for m in tools for dep in imported_modules(m))


def test_importing_course_utils_loads_neither_torch_transformers_nor_the_factory():
    code = ("import sys, course_utils, course_utils.data, course_utils.plots, "
            "course_utils.exercises, course_utils.cli, course_utils.errata\n"
            "print([m for m in ('torch', 'transformers', 'datasets', 'course_utils.modelset', "
            "'course_utils.maintain', 'course_utils.classroom', 'jupyterhub', 'tornado') "
            "if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT / "notebooks")))
def test_no_notebook_imports_the_model_factory(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert not re.search(r"course_utils\.modelset|from course_utils import .*\bmodelset\b", code)


def test_course_utils_never_imports_the_publishing_package():
    """publish/ builds the website and slides on top of course_utils, never the reverse."""
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            assert not any(n == "publish" or n.startswith("publish.") for n in names), name
