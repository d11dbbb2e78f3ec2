"""The one exception learners see from the course's own code.

A `CourseError` carries a message written for a person: what happened and what to run next.
In a notebook, `setup()` registers a handler so it prints as one line instead of a traceback.
"""


class CourseError(RuntimeError):
    """A problem the learner can fix; the message says how."""


def show_course_errors_briefly():
    """Make IPython print CourseError as a single line (no traceback) in this kernel."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return

    def _handler(shell, etype, value, tb, tb_offset=None):
        print(f"CourseError: {value}")
        return None

    shell.set_custom_exc((CourseError,), _handler)
