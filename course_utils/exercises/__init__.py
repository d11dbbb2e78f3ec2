"""Self-checking exercises in the spirit of Kaggle's learntools.

Each exercise is a small object a notebook calls explicitly:

    answer = ...            # the starter: `...` means "not attempted yet"
    ex1.check(answer)       # prints Correct / Incorrect / Not attempted, with a reason
    ex1.hint()              # hints are staged: hint(2) gives the second
    ex1.solution()          # prints a solution that the test-suite proves passes check()

`check()` prints rather than raises, so an unsolved exercise never breaks a notebook run.
`grade()` returns the same verdict as data, for tests.

Every message is a `Text` in English and Chinese (course_utils.language): the Chinese edition
gets Chinese verdicts, hints and solutions from the same code cells.
"""
from dataclasses import dataclass, field
from typing import Any, Callable

from ..exercise_record import record_verdict
from ..language import Text


class Incorrect(Exception):
    """Raised inside a checker with a message for the learner, a `Text` in both languages."""

    def __init__(self, message: Text):
        if not isinstance(message, Text):
            raise TypeError("Incorrect needs a Text with an English and a Chinese message")
        super().__init__(message)


NOT_ATTEMPTED = "not attempted"
CORRECT = "correct"
INCORRECT = "incorrect"


@dataclass(frozen=True)
class Verdict:
    status: str
    message: str

    @property
    def passed(self) -> bool:
        return self.status == CORRECT


@dataclass
class Exercise:
    """One question: `checker(answer)` returns quietly when right, raises Incorrect if not."""

    name: Text
    question: Text
    checker: Callable[[Any], None]
    hints: list[Text] = field(default_factory=list)
    solution_code: str = ""
    answer_name: str = "answer"

    def grade(self, answer) -> Verdict:
        if answer is Ellipsis:
            return Verdict(NOT_ATTEMPTED, str(Text(
                f"{self.name.en}: not attempted yet. Replace the `...` assigned to "
                f"`{self.answer_name}` with your answer, then run this cell again.",
                f"{self.name.zh}：尚未作答。把赋给 `{self.answer_name}` 的 `...` 换成你的答案，"
                "再运行这个单元格。")))
        try:
            self.checker(answer)
        except Incorrect as exc:
            return Verdict(INCORRECT, str(Text(f"{self.name.en}: incorrect. {exc.args[0].en}",
                                               f"{self.name.zh}：不正确。{exc.args[0].zh}")))
        return Verdict(CORRECT, str(Text(f"{self.name.en}: correct!", f"{self.name.zh}：正确！")))

    def check(self, answer) -> None:
        verdict = self.grade(answer)
        print(verdict.message)
        record_verdict(self, verdict)  # a line in the learner's own record (course_utils.exercise_record)

    def hint(self, n: int = 1) -> None:
        if not self.hints:
            print(Text("No hint for this one: try the solution().",
                       "这道题没有提示：看看 solution() 吧。"))
            return
        n = max(1, min(n, len(self.hints)))
        total = len(self.hints)
        more = Text(f" (hint({n + 1}) for more)", f"（更多提示：hint({n + 1})）")
        print(Text(f"Hint {n}/{total}: {self.hints[n - 1].en}" + (more.en if n < total else ""),
                   f"提示 {n}/{total}：{self.hints[n - 1].zh}" + (more.zh if n < total else "")))

    def solution(self) -> None:
        print(Text("Solution:", "参考答案："), self.solution_code.strip(), sep="\n")

    def __repr__(self) -> str:
        return f"<Exercise {self.name}: {self.question}>"


# ---- helpers that checkers share: each raises Incorrect with a learner-facing message ----

def describe(value, zh: bool = False) -> str:
    """A short repr of a learner's answer with its type, for messages (`zh=True` in Chinese)."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    kind = type(value).__name__
    return f"{text}（类型 {kind}）" if zh else f"{text} (type {kind})"


def subject(what: Text) -> str:
    """The Chinese subject of a sentence, spaced from the Chinese that follows when it ends in
    a Latin letter or digit ("token id 应当", but "参数个数应当")."""
    return what.zh + " " if what.zh[-1:].isascii() and what.zh[-1:].isalnum() else what.zh


def expect_int(answer, what: Text) -> int:
    import numbers

    if hasattr(answer, "item") and getattr(answer, "ndim", 1) == 0:
        answer = answer.item()  # a 0-d tensor or numpy scalar
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    if isinstance(answer, bool) or not isinstance(answer, numbers.Integral):
        raise Incorrect(Text(f"Expected {what.en} as a whole number (int), but got "
                             f"{describe(answer)}.",
                             f"{subject(what)}应当是一个整数（int），但你给的是 {describe(answer, zh=True)}。"))
    return int(answer)


def expect_probability(answer, what: Text = Text("a probability", "概率")) -> float:
    """Accept a float, an int, or a one-element tensor/array; return a float."""
    if hasattr(answer, "item") and getattr(answer, "numel", lambda: 1)() == 1:
        answer = answer.item()
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        raise Incorrect(Text(f"Expected {what.en} as a float, but got {describe(answer)}.",
                             f"{subject(what)}应当是一个浮点数（float），但你给的是 {describe(answer, zh=True)}。"))
    return float(answer)


def expect_str(answer, what: Text) -> str:
    if not isinstance(answer, str):
        raise Incorrect(Text(f"Expected {what.en} as a string, but got {describe(answer)}.",
                             f"{subject(what)}应当是一个字符串（str），但你给的是 {describe(answer, zh=True)}。"))
    return answer


def expect_int_list(answer, what: Text) -> list[int]:
    """Accept a list/tuple of ints or a 1-D tensor/array; return a list of ints."""
    if hasattr(answer, "tolist") and not isinstance(answer, (list, tuple)):
        if getattr(answer, "ndim", 1) != 1:
            raise Incorrect(Text(f"Expected {what.en} as one flat sequence, but got an array of "
                                 f"shape {tuple(answer.shape)}: take one row, or flatten it.",
                                 f"{subject(what)}应当是一维序列，但你给的数组形状是 "
                                 f"{tuple(answer.shape)}：取其中一行，或把它展平。"))
        answer = answer.tolist()
    if not isinstance(answer, (list, tuple)):
        raise Incorrect(Text(f"Expected {what.en} as a list of ints, but got {describe(answer)}.",
                             f"{subject(what)}应当是由整数组成的列表，但你给的是 {describe(answer, zh=True)}。"))
    import numbers

    if not all(isinstance(x, numbers.Integral) and not isinstance(x, bool) for x in answer):
        raise Incorrect(Text(f"Expected {what.en} to contain only ints, but got "
                             f"{describe(list(answer))}.",
                             f"{subject(what)}里应当只有整数，但你给的是 {describe(list(answer), zh=True)}。"))
    return [int(x) for x in answer]  # numpy and torch integers count as ints


def expect_shape(answer, what: Text) -> tuple[int, ...]:
    """Accept a torch.Size or a tuple/list of ints; return a tuple."""
    if hasattr(answer, "shape") and not isinstance(answer, (tuple, list)):
        raise Incorrect(Text(f"Expected {what.en} (a shape such as (1, 5, 384)), but got a "
                             "tensor: use its `.shape`.",
                             f"{subject(what)}应当是一个形状（例如 (1, 5, 384)），但你给的是张量本身："
                             "请取它的 `.shape`。"))
    if not isinstance(answer, (tuple, list)) or not all(isinstance(x, int) for x in answer):
        raise Incorrect(Text(f"Expected {what.en} as a tuple of ints, but got {describe(answer)}.",
                             f"{subject(what)}应当是由整数组成的元组，但你给的是 {describe(answer, zh=True)}。"))
    return tuple(answer)
