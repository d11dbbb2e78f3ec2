"""What the published pages and decks show of a notebook's outputs, prepared at publish time
(the committed notebooks are never changed): both the site (publish.site) and the decks
(publish.slides) pass every notebook through `prepare` first.

- A cell meant to fail (tagged `raises-exception`) shows its error minimally: the header, the
  cell's own frames and the exception line; the frames inside installed libraries (long
  `.venv/lib/python3.11/site-packages/...` paths that teach nothing) are replaced by one line
  saying how many were left out.
- Markdown that an output prints keeps the names Python spells with double underscores
  (`__init__.py`): Markdown would read `__init__` as bold "init".
- Every plot carries alt text saying what it shows, taken from the title and axis labels its
  cell's code gives the figure (`ax.set(title=..., xlabel=...)`, `ax.set_title(...)`).
"""
import ast
import re

ANSI = re.compile(r"\x1b\[[0-9;]*m")
RAISES = "raises-exception"
LEFT_OUT = {"en": "... {n} frame{s} inside installed libraries left out ...",
            "zh": "... 省略了已安装库内部的 {n} 个调用帧 ..."}


def plain(text: str) -> str:
    return ANSI.sub("", text)


def minimal_traceback(lines: list[str], language: str = "en") -> list[str]:
    """An IPython traceback (one string per frame) without the frames inside libraries: the
    header, every frame of the notebook's own cells, and the exception line."""
    if len(lines) < 3:
        return lines
    head, frames, last = lines[:2], lines[2:-1], lines[-1]
    own = [frame for frame in frames if plain(frame).lstrip().startswith("Cell ")]
    dropped = len(frames) - len(own)
    if not dropped:
        return lines
    note = LEFT_OUT[language].format(n=dropped, s="" if dropped == 1 else "s")
    return head + own + [note, last]


CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
DUNDER = re.compile(r"__(\w+?)__")


def keep_dunders(markdown: str) -> str:
    """Markdown with each `__name__` outside code spans escaped, so it shows as written."""
    parts, last = [], 0
    for span in CODE_SPAN.finditer(markdown):
        parts.append(DUNDER.sub(r"\_\_\1\_\_", markdown[last:span.start()]))
        parts.append(span.group(0))
        last = span.end()
    parts.append(DUNDER.sub(r"\_\_\1\_\_", markdown[last:]))
    return "".join(parts)


LABELS = {"en": {"plot": "Plot", "x": "x axis", "y": "y axis"},
          "zh": {"plot": "图", "x": "横轴", "y": "纵轴"}}


def _text(node: ast.AST) -> str | None:
    """A string literal's text, or an f-string's with its fields as `…`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "…" for v in node.values)
    return None


def figure_labels(source: str) -> list[dict[str, str]]:
    """The titles and axis labels a cell's code gives its axes, one dict per `set`/`set_title`
    group, in the order the code sets them."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    axes = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name, found = node.func.attr, {}
        if name == "set":
            for keyword in node.keywords:
                if keyword.arg in ("title", "xlabel", "ylabel") and _text(keyword.value):
                    found[keyword.arg] = _text(keyword.value)
        elif name in ("set_title", "title", "suptitle", "set_xlabel", "set_ylabel", "xlabel",
                      "ylabel") and node.args and _text(node.args[0]):
            key = {"set_title": "title", "suptitle": "title", "set_xlabel": "xlabel",
                   "set_ylabel": "ylabel"}.get(name, name)
            found[key] = _text(node.args[0])
        if found:
            axes.append((node.lineno, node.col_offset, found))
    return [found for *_, found in sorted(axes, key=lambda a: a[:2])]


def alt_text(source: str, language: str = "en") -> str:
    """What a plot shows, in words, from its cell's code."""
    words = LABELS[language]
    described = []
    for found in figure_labels(source):
        text = found.get("title", "")
        axes = [f"{words[k[0]]}: {found[k]}" for k in ("xlabel", "ylabel") if k in found]
        if axes:
            text = f"{text} ({'; '.join(axes)})" if text else "; ".join(axes)
        if text:
            described.append(text)
    if described and "imshow(" in source:
        described[0] = ("heatmap, " if language == "en" else "热图，") + described[0]
    if not described:
        return f"{words['plot']}: " + ("a figure drawn by the code above" if language == "en"
                                      else "上方代码画出的图")
    return f"{words['plot']}: " + " | ".join(described)


def prepare(nb: dict, language: str = "en") -> bool:
    """Rewrite a notebook's outputs (a parsed .ipynb) for publishing; True when anything
    changed."""
    changed = False
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        raises = RAISES in cell.get("metadata", {}).get("tags", [])
        for output in cell.get("outputs", []):
            if output["output_type"] == "error" and raises:
                shorter = minimal_traceback(output["traceback"], language)
                if shorter != output["traceback"]:
                    output["traceback"], changed = shorter, True
            data = output.get("data", {})
            if "text/markdown" in data:
                text = "".join(data["text/markdown"])
                kept = keep_dunders(text)
                if kept != text:
                    data["text/markdown"], changed = kept, True
            images = [kind for kind in data if kind.startswith("image/")]
            if images:
                alt = alt_text(source, language)
                metadata = output.setdefault("metadata", {})
                for kind in images:
                    metadata.setdefault(kind, {})["alt"] = alt
                cell.setdefault("metadata", {}).setdefault("mystnb", {}).setdefault(
                    "image", {})["alt"] = alt
                changed = True
    return changed
