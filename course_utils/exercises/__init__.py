"""Self-checking exercises in the spirit of Kaggle's learntools.

Each exercise is a small object a notebook calls explicitly:

    answer = ...            # the starter: `...` means "not attempted yet"
    ex1.check(answer)       # prints Correct / Incorrect / Not attempted, with a reason
    ex1.hint()              # hints are staged: hint(2) gives the second
    ex1.solution()          # prints a solution that the test-suite proves passes check()

`check()` prints rather than raises, so an unsolved exercise never breaks a notebook run.
`grade()` returns the same verdict as data, for tests.
"""
from dataclasses import dataclass, field
from typing import Any, Callable


class Incorrect(Exception):
    """Raised inside a checker with a message for the learner."""


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

    name: str
    question: str
    checker: Callable[[Any], None]
    hints: list[str] = field(default_factory=list)
    solution_code: str = ""
    answer_name: str = "answer"

    def grade(self, answer) -> Verdict:
        if answer is Ellipsis:
            return Verdict(NOT_ATTEMPTED, f"{self.name}: not attempted yet. Replace the `...` "
                           f"assigned to `{self.answer_name}` with your answer, then run "
                           "this cell again.")
        try:
            self.checker(answer)
        except Incorrect as exc:
            return Verdict(INCORRECT, f"{self.name}: incorrect. {exc}")
        return Verdict(CORRECT, f"{self.name}: correct!")

    def check(self, answer) -> None:
        print(self.grade(answer).message)

    def hint(self, n: int = 1) -> None:
        if not self.hints:
            print("No hint for this one: try the solution().")
            return
        n = max(1, min(n, len(self.hints)))
        more = f" (hint({n + 1}) for more)" if n < len(self.hints) else ""
        print(f"Hint {n}/{len(self.hints)}: {self.hints[n - 1]}{more}")

    def solution(self) -> None:
        print(f"Solution:\n{self.solution_code.strip()}")

    def __repr__(self) -> str:
        return f"<Exercise {self.name}: {self.question}>"


# ---- helpers that checkers share: each raises Incorrect with a learner-facing message ----

def describe(value) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} (type {type(value).__name__})"


def expect_int(answer, what: str) -> int:
    import numbers

    if hasattr(answer, "item") and getattr(answer, "ndim", 1) == 0:
        answer = answer.item()  # a 0-d tensor or numpy scalar
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    if isinstance(answer, bool) or not isinstance(answer, numbers.Integral):
        raise Incorrect(f"Expected {what} as a whole number (int), but got {describe(answer)}.")
    return int(answer)


def expect_probability(answer, what: str = "a probability") -> float:
    """Accept a float, an int, or a one-element tensor/array; return a float."""
    if hasattr(answer, "item") and getattr(answer, "numel", lambda: 1)() == 1:
        answer = answer.item()
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        raise Incorrect(f"Expected {what} as a float, but got {describe(answer)}.")
    return float(answer)


def expect_str(answer, what: str) -> str:
    if not isinstance(answer, str):
        raise Incorrect(f"Expected {what} as a string, but got {describe(answer)}.")
    return answer


def expect_int_list(answer, what: str) -> list[int]:
    """Accept a list/tuple of ints or a 1-D tensor/array; return a list of ints."""
    if hasattr(answer, "tolist") and not isinstance(answer, (list, tuple)):
        if getattr(answer, "ndim", 1) != 1:
            raise Incorrect(f"Expected {what} as one flat sequence, but got an array of shape "
                            f"{tuple(answer.shape)}: take one row, or flatten it.")
        answer = answer.tolist()
    if not isinstance(answer, (list, tuple)):
        raise Incorrect(f"Expected {what} as a list of ints, but got {describe(answer)}.")
    import numbers

    if not all(isinstance(x, numbers.Integral) and not isinstance(x, bool) for x in answer):
        raise Incorrect(f"Expected {what} to contain only ints, but got {describe(list(answer))}.")
    return [int(x) for x in answer]  # numpy and torch integers count as ints


def expect_shape(answer, what: str) -> tuple[int, ...]:
    """Accept a torch.Size or a tuple/list of ints; return a tuple."""
    if hasattr(answer, "shape") and not isinstance(answer, (tuple, list)):
        raise Incorrect(f"Expected {what} (a shape such as (1, 5, 384)), but got a tensor: "
                        "use its `.shape`.")
    if not isinstance(answer, (tuple, list)) or not all(isinstance(x, int) for x in answer):
        raise Incorrect(f"Expected {what} as a tuple of ints, but got {describe(answer)}.")
    return tuple(answer)
