"""Pictures for the lessons. Each takes what the notebook computed and only draws it."""
import html

PALETTE = ["#fde2e4", "#e2ece9", "#dfe7fd", "#fff1c1", "#e9e1f7", "#d7f0f5"]


def token_html(tokens, ids=None) -> str:
    """HTML for a row of tokens on alternating colours (ids underneath when given), so the
    learner sees exactly where a tokenizer cuts. Rendered by the browser: CJK text works
    without any font set-up."""
    cells = []
    for i, token in enumerate(tokens):
        colour = PALETTE[i % len(PALETTE)]
        shown = html.escape(token.replace(" ", "␣").replace("Ġ", "␣").replace("Ċ", "↵"))
        below = f"<br><small style='color:#555'>{ids[i]}</small>" if ids is not None else ""
        cells.append(f"<span style='display:inline-block;background:{colour};margin:1px;"
                     f"padding:2px 4px;border-radius:3px;font-family:monospace;"
                     f"text-align:center'>{shown}{below}</span>")
    return "<div style='line-height:2.2'>" + "".join(cells) + "</div>"


def show_tokens(tokens, ids=None):
    """Display `token_html` in the notebook."""
    from IPython.display import HTML, display

    display(HTML(token_html(tokens, ids)))
