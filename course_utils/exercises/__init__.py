"""Self-checking exercises in the spirit of Kaggle's learntools.

Each exercise is a small object a notebook calls explicitly:

    answer = ...            # the starter: `...` means "not attempted yet"
    ex1.check(answer)       # prints Correct / Incorrect / Not attempted, with a reason
    ex1.hint()              # hints are staged: hint(2) gives the second
    ex1.solution()          # prints a solution that the test-suite proves passes check()

`check()` prints rather than raises, so an unsolved exercise never breaks a notebook run.
`grade()` returns the same verdict as data, for tests. Whatever a learner passes, the verdict is
one line: a checker says what is wrong by raising `Incorrect`, and any other exception inside a
checker (an answer of a shape no checker foresaw, or a bug in the course) becomes a one-line
"could not be checked" verdict too, kept on `Verdict.exception` so the tests see it.

The `expect_*` helpers turn a learner's answer into plain Python values, one way for every
exercise: a 0-d tensor, a NumPy scalar and a Python number are the same number; a list, a
tuple, a range, a 1-D tensor or array (or a batch of one row) and `list(tensor)` are the same
sequence. `close()` compares floats with a tolerance scaled to the value and to the precision
the answer was computed in.

Every message is a `Text` in English and Chinese (course_utils.language): the Chinese edition
gets Chinese verdicts, hints and solutions from the same code cells.
"""
import numbers
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
    # An exception other than Incorrect raised while checking: None when the checker handled
    # the answer itself. The learner sees one line; the tests assert it stays None.
    exception: BaseException | None = field(default=None, compare=False)

    @property
    def passed(self) -> bool:
        return self.status == CORRECT


@dataclass(eq=False)  # each exercise is one object: equal only to itself, and hashable
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
        except Exception as exc:  # never a traceback for the learner; the tests see `exception`
            return Verdict(INCORRECT, str(Text(
                f"{self.name.en}: incorrect. This answer could not be checked "
                f"({type(exc).__name__}: {first_line(exc)}); you gave {describe(answer)}. "
                "hint() shows what the answer should be.",
                f"{self.name.zh}：不正确。无法检查这个答案（{type(exc).__name__}: {first_line(exc)}）；"
                f"你给的是 {describe(answer, zh=True)}。hint() 会说明答案应当是什么。")), exc)
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
        n = max(1, min(int(n), len(self.hints)))
        total = len(self.hints)
        more = Text(f" (hint({n + 1}) for more)", f"（更多提示：hint({n + 1})）")
        print(Text(f"Hint {n}/{total}: {self.hints[n - 1].en}" + (more.en if n < total else ""),
                   f"提示 {n}/{total}：{self.hints[n - 1].zh}" + (more.zh if n < total else "")))

    def solution(self) -> None:
        print(Text("Solution:", "参考答案："), self.solution_code.strip(), sep="\n")

    def __repr__(self) -> str:
        return f"<Exercise {self.name}: {self.question}>"


# ---- helpers that checkers share: each raises Incorrect with a learner-facing message ----

def first_line(exc: BaseException, limit: int = 120) -> str:
    """An exception's message as one short line (loaders' messages run over many lines)."""
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else ""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def describe(value, zh: bool = False) -> str:
    """A short repr of a learner's answer with its type, for messages (`zh=True` in Chinese).
    Never raises, whatever the object."""
    try:
        text = " ".join(repr(value).split())
    except Exception:  # an object whose repr fails still gets described
        text = "<?>"
    if len(text) > 60:
        text = text[:57] + "..."
    kind = type(value).__name__
    return f"{text}（类型 {kind}）" if zh else f"{text} (type {kind})"


def subject(what: Text) -> str:
    """The Chinese subject of a sentence, spaced from the Chinese that follows when it ends in
    a Latin letter or digit ("token id 应当", but "参数个数应当")."""
    return what.zh + " " if what.zh[-1:].isascii() and what.zh[-1:].isalnum() else what.zh


def _is_array(value) -> bool:
    """A torch tensor or a NumPy array/scalar (duck-typed, so NumPy and torch stay optional)."""
    return hasattr(value, "shape") and hasattr(value, "dtype") and hasattr(value, "tolist")


def _unwrap(value):
    """A 0-d tensor, a NumPy scalar or a one-element array as its Python value."""
    if _is_array(value):
        size = value.numel() if callable(getattr(value, "numel", None)) else getattr(value, "size", 0)
        if size == 1:
            return value.reshape(-1).tolist()[0]
    return value


def precision_of(answer) -> float:
    """The relative precision an answer was computed in: its dtype's machine epsilon, for a
    tensor or array of floats; float32's for anything else (the checks compute in float32)."""
    dtype = getattr(answer, "dtype", None)
    if isinstance(answer, (list, tuple)) and answer:
        dtype = getattr(answer[0], "dtype", None)
    try:
        import torch

        if isinstance(dtype, torch.dtype) and dtype.is_floating_point:
            return max(torch.finfo(dtype).eps, torch.finfo(torch.float32).eps)
    except ImportError:
        pass
    try:
        import numpy as np

        if dtype is not None and np.issubdtype(np.dtype(dtype), np.floating):
            return max(float(np.finfo(dtype).eps), float(np.finfo(np.float32).eps))
    except (ImportError, TypeError):
        pass
    return 1.2e-7  # float32


def tolerance(true: float, precision: float = 1.2e-7) -> float:
    """How far a right answer may be from the check's own value: relative to the value, and
    wide enough for the answer's precision (float32: 1e-4 relative, which covers batching and
    padding; bfloat16: 1.6 %, twice its rounding step), with a small floor for values near 0."""
    relative = max(1e-4, 2 * precision)
    return relative * abs(true) + relative * 1e-6


def close(got: float, true: float, precision: float = 1.2e-7) -> bool:
    return abs(got - true) <= tolerance(true, precision)


def expect_int(answer, what: Text) -> int:
    """Accept an int, a NumPy or torch integer (0-d too), or a float with a whole value."""
    value = _unwrap(answer)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise Incorrect(Text(f"Expected {what.en} as a whole number (int), but got "
                             f"{describe(answer)}.",
                             f"{subject(what)}应当是一个整数（int），但你给的是 {describe(answer, zh=True)}。"))
    return int(value)


def expect_float(answer, what: Text) -> float:
    """Accept a float or an int (Python, NumPy or torch, 0-d or one element), or a list or tuple
    holding one; refuse NaN."""
    value = answer
    if isinstance(value, (list, tuple)) and len(value) == 1:
        value = value[0]
    if _is_array(value) and value.ndim > 0 and _size(value) != 1:
        raise Incorrect(Text(f"Expected {what.en} as one number, but got an array of shape "
                             f"{tuple(value.shape)}: pick the one entry you mean.",
                             f"{subject(what)}应当是一个数，但你给的数组形状是 {tuple(value.shape)}："
                             "请取出你要的那一个值。"))
    value = _unwrap(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise Incorrect(Text(f"Expected {what.en} as a number (float), but got {describe(answer)}.",
                             f"{subject(what)}应当是一个数（float），但你给的是 {describe(answer, zh=True)}。"))
    value = float(value)
    if value != value:
        raise Incorrect(Text(f"Expected {what.en} as a number, but got NaN (not a number): "
                             "something upstream divided zero by zero or overflowed.",
                             f"{subject(what)}应当是一个数，但你给的是 NaN（非数）：前面的计算出现了"
                             "0 除以 0 或溢出。"))
    return value


def expect_probability(answer, what: Text = Text("a probability", "概率")) -> float:
    """A float answer (see expect_float); range checks are the checker's, with its advice."""
    return expect_float(answer, what)


def expect_str(answer, what: Text) -> str:
    """Accept a string (NumPy strings too); surrounding whitespace does not count."""
    if not isinstance(answer, str):
        raise Incorrect(Text(f"Expected {what.en} as a string, but got {describe(answer)}.",
                             f"{subject(what)}应当是一个字符串（str），但你给的是 {describe(answer, zh=True)}。"))
    return str(answer).strip()


def _size(array) -> int:
    numel = getattr(array, "numel", None)
    return numel() if callable(numel) else int(getattr(array, "size", 0))


def _as_sequence(answer, what: Text) -> list:
    """A flat list from a list, tuple, range, 1-D tensor or array, or a batch of one row."""
    if _is_array(answer):
        if answer.ndim == 2 and 1 in tuple(answer.shape):
            answer = answer.reshape(-1)  # a batch of one (return_tensors="pt"), or a column
        if answer.ndim != 1:
            raise Incorrect(Text(f"Expected {what.en} as one flat sequence, but got an array of "
                                 f"shape {tuple(answer.shape)}: take one row, or flatten it.",
                                 f"{subject(what)}应当是一维序列，但你给的数组形状是 "
                                 f"{tuple(answer.shape)}：取其中一行，或把它展平。"))
        return list(answer.tolist())
    if isinstance(answer, (set, frozenset)):
        raise Incorrect(Text(f"Expected {what.en} as a list, but got a set, which has no order: "
                             "give sorted(...) of it.",
                             f"{subject(what)}应当是一个列表，但你给的是集合（set），集合没有顺序："
                             "请给出 sorted(...) 的结果。"))
    if isinstance(answer, (list, tuple, range)):
        if len(answer) == 1 and isinstance(answer[0], (list, tuple)):
            return list(answer[0])  # a batch of one, as a nested list
        if len(answer) == 1 and _is_array(answer[0]) and answer[0].ndim == 1:
            return list(answer[0].tolist())  # list(batch_tensor): one row
        return list(answer)
    raise Incorrect(Text(f"Expected {what.en} as a list of ints, but got {describe(answer)}.",
                         f"{subject(what)}应当是由整数组成的列表，但你给的是 {describe(answer, zh=True)}。"))


def expect_int_list(answer, what: Text, allow_bool: bool = False) -> list[int]:
    """Accept a list/tuple/range of ints (NumPy and torch integers, 0-d tensors as `list(tensor)`
    gives, whole-valued floats), or a 1-D tensor/array, or a batch of one; return a list of ints.
    `allow_bool`: True/False count as 1/0 (a boolean attention mask)."""
    items = [_unwrap(x) for x in _as_sequence(answer, what)]
    values = []
    for x in items:
        if isinstance(x, float) and x.is_integer():
            x = int(x)
        if isinstance(x, bool) and allow_bool:
            x = int(x)
        if isinstance(x, bool) or not isinstance(x, numbers.Integral):
            raise Incorrect(Text(f"Expected {what.en} to contain only ints, but got "
                                 f"{describe(items)}.",
                                 f"{subject(what)}里应当只有整数，但你给的是 {describe(items, zh=True)}。"))
        values.append(int(x))
    return values


def expect_shape(answer, what: Text) -> tuple[int, ...]:
    """Accept a torch.Size, a tuple/list of ints (NumPy and torch integers too) or a 1-D integer
    array holding one; refuse the tensor itself, with the advice to take its `.shape`."""
    is_shape_array = (_is_array(answer) and answer.ndim == 1
                      and "int" in str(answer.dtype) and len(answer) <= 8)
    if _is_array(answer) and not is_shape_array and not isinstance(answer, (tuple, list)):
        raise Incorrect(Text(f"Expected {what.en} (a shape such as (1, 5, 384)), but got a "
                             "tensor: use its `.shape`.",
                             f"{subject(what)}应当是一个形状（例如 (1, 5, 384)），但你给的是张量本身："
                             "请取它的 `.shape`。"))
    if not (is_shape_array or isinstance(answer, (tuple, list))):
        raise Incorrect(Text(f"Expected {what.en} as a tuple of ints, but got {describe(answer)}.",
                             f"{subject(what)}应当是由整数组成的元组，但你给的是 {describe(answer, zh=True)}。"))
    try:
        return tuple(expect_int_list(list(answer.tolist()) if is_shape_array else list(answer),
                                     what))
    except Incorrect:
        raise Incorrect(Text(f"Expected {what.en} as a tuple of ints, but got {describe(answer)}.",
                             f"{subject(what)}应当是由整数组成的元组，但你给的是 {describe(answer, zh=True)}。")) from None


def expect_mapping(answer, what: Text, example: str) -> dict:
    """Accept a dict or any mapping; return a plain dict."""
    from collections.abc import Mapping

    if not isinstance(answer, Mapping):
        raise Incorrect(Text(f"Expected {what.en} as a dict such as {example}, but got "
                             f"{describe(answer)}.",
                             f"{subject(what)}应当是一个字典，例如 {example}，但你给的是 "
                             f"{describe(answer, zh=True)}。"))
    return dict(answer)


def refuse_probability_slips(got: float, true: float, logits, precision) -> None:
    """The slips every "give the probability" exercise shares: a logit instead of a
    probability, a value outside [0, 1], or the right value outside float32 precision."""
    if any(close(got, logit, precision) for logit in logits):
        raise Incorrect(Text("That is a logit, the model's raw score: apply softmax over the last "
                             "dimension to turn the logits into probabilities.",
                             "这是一个 logit，即模型的原始分数：在最后一维上做 softmax，"
                             "把 logits 变成概率。"))
    if not 0 <= got <= 1:
        raise Incorrect(Text("Probabilities lie between 0 and 1: apply softmax to the logits.",
                             "概率应在 0 和 1 之间：对 logits 做 softmax。"))
    if abs(got - true) <= tolerance(true, 2 ** -7):
        raise Incorrect(Text("Close, but not within float32 precision. If you ran the model in "
                             "bfloat16 or float16, pass the probability as the tensor itself (its "
                             "dtype tells the check how precise it can be), or run in float32.",
                             "很接近，但不在 float32 的精度之内。如果你用 bfloat16 或 float16 运行了模型，"
                             "请把概率作为张量本身传入（检查会按它的 dtype 放宽精度），或改用 float32 运行。"))
