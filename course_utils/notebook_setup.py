"""The one call at the top of every notebook: `course_utils.setup()`.

It makes a notebook behave the same on every run and every machine of the same kind:
offline unless hub mode is on, seeded, a fixed number of threads, no progress bars or load
reports in cell outputs (those differ between runs), and one line of versions so a reader
knows what produced the outputs. It also picks the language the course speaks (exercise
messages, one-line errors): Chinese for the notebooks in notebooks/zh/ (course_utils.language).
"""
import os
import warnings

from .checkpoints import hub_mode
from .errors import show_course_errors_briefly
from .language import adopt_edition
from .paths import access_problem
from .versions import base_version, mismatch_note

QUIET_ENV = {
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "HF_DATASETS_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


def setup(seed: int = 0, threads: int = 2) -> None:
    """Seed, pin threads, silence volatile output, go offline (unless COURSE_HUB=1)."""
    os.environ.update(QUIET_ENV)
    show_course_errors_briefly()  # first, so that even a wrong COURSE_LANG prints as one line
    adopt_edition()
    hub = hub_mode()
    if not hub:
        os.environ.update(OFFLINE_ENV)
    import datasets
    import huggingface_hub
    import torch
    import transformers

    if not hub:
        huggingface_hub.constants.HF_HUB_OFFLINE = True  # in case it was imported earlier
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    huggingface_hub.utils.disable_progress_bars()
    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    warnings.filterwarnings("ignore", message="IProgress not found")
    # transformers 5.24 warns about its own renamed method when peft (0.21) calls it: a
    # library-to-library message a learner can do nothing about (chapter 6's LoRA cells).
    warnings.filterwarnings("ignore", message="`is_gradient_checkpointing` is deprecated")
    torch.set_num_threads(max(1, min(threads, os.cpu_count() or 1)))
    transformers.set_seed(seed)
    mode = "hub mode (COURSE_HUB=1)" if hub else "offline"
    print(f"transformers {transformers.__version__} | torch {base_version(torch.__version__)} | "
          f"datasets {datasets.__version__} | {mode} | seed {seed} | "
          f"{torch.get_num_threads()} threads")
    note = mismatch_note()
    if note:
        print(note)
    problem = access_problem()
    if problem and not hub:
        print(f"warning: {problem}")
