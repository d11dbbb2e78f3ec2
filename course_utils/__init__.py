"""Plumbing for the transformers course: setup, where checkpoints live, data, plots, exercises.

The lesson itself (the `transformers` calls) stays in the notebooks.
"""
from .checkpoints import checkpoint, hub_mode
from .errors import CourseError
from .notebook_setup import setup
from .paths import course_home

__all__ = ["CourseError", "checkpoint", "course_home", "hub_mode", "setup"]
