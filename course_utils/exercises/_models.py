"""Cached loaders the checkers use, so a check recomputes the true answer from the same
checkpoint the learner is using (offline set or, in hub mode, the Hub)."""
from functools import lru_cache

from ..checkpoints import checkpoint


@lru_cache(maxsize=None)
def tokenizer(role: str):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(checkpoint(role))


@lru_cache(maxsize=None)
def model(role: str):
    from transformers import AutoModel

    return AutoModel.from_pretrained(checkpoint(role)).eval()
