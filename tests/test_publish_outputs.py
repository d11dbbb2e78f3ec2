"""What the site and the decks show of the committed outputs (publish.outputs): a cell meant
to fail shows its own frames and its error, printed Markdown keeps `__init__.py`, every plot
says in words what it shows. The committed notebooks are never changed."""
import json
from pathlib import Path

from publish.outputs import alt_text, keep_dunders, minimal_traceback, plain, prepare

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def cells(notebook: Path) -> list[dict]:
    return json.loads(notebook.read_text(encoding="utf-8"))["cells"]


def failing_cells():
    return [(nb, c) for nb in NOTEBOOKS for c in cells(nb)
            if "raises-exception" in c["metadata"].get("tags", [])]


def test_a_cell_meant_to_fail_keeps_its_own_frame_and_exception_line_and_drops_library_frames():
    assert failing_cells(), "no chapter has a cell meant to fail any more"
    for notebook, cell in failing_cells():
        error = next(o for o in cell["outputs"] if o["output_type"] == "error")
        shorter = [plain(line) for line in minimal_traceback(error["traceback"])]
        assert shorter[-1] == plain(error["traceback"][-1]), notebook.name
        assert any(line.lstrip().startswith("Cell ") for line in shorter), notebook.name
        assert not [line for line in shorter if line.lstrip().startswith("File ")], notebook.name


def test_a_traceback_with_only_the_cells_frames_is_left_as_it_is():
    lines = ["-----", "ImportError  Traceback", "Cell In[3], line 1\n----> 1 import x", "ImportError: x"]
    assert minimal_traceback(lines) == lines


def test_printed_markdown_keeps_double_underscores_outside_code():
    text = "see transformers/pipelines/__init__.py and `__init__` there"
    assert keep_dunders(text) == r"see transformers/pipelines/\_\_init\_\_.py and `__init__` there"


def test_a_plots_alt_text_names_its_title_and_axes_in_either_language():
    source = 'ax.set(xlabel="step", ylabel="loss", title="Full fine-tuning")\nplt.show()'
    assert alt_text(source) == "Plot: Full fine-tuning (x axis: step; y axis: loss)"
    assert alt_text(source, "zh") == "图: Full fine-tuning (横轴: step; 纵轴: loss)"
    assert alt_text('ax.imshow(m)\nax.set_title("Similarity")') == "Plot: heatmap, Similarity"


def test_every_plot_of_the_chapters_gets_alt_text_from_its_title():
    plots = 0
    for notebook in NOTEBOOKS:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        prepare(nb)
        for cell in nb["cells"]:
            for output in cell.get("outputs", []):
                if "image/png" in output.get("data", {}):
                    plots += 1
                    alt = output["metadata"]["image/png"]["alt"]
                    assert cell["metadata"]["mystnb"]["image"]["alt"] == alt
                    assert "a figure drawn by the code above" not in alt, (notebook.name, alt)
    assert plots > 0
