"""Maintainer tooling, kept out of the learner-facing top of course_utils and reached only
lazily from the command line: `python -m course_utils drift` (see `drift`).

PROOF_RELEASE is the older transformers release the test suite installs to prove that the
drift report catches drift: in it `question-answering` is still a pipeline (removed in 5.3.0).
"""
PROOF_RELEASE = "5.2.0"
