"""Tiny, throw-away objects for the claim checks: a WordPiece vocabulary and BERT-, Llama-,
BART- and ELECTRA-shaped models with a few thousand random weights.

A check asks what the *library* does (which files `save_pretrained` writes, what padding
returns), not what a trained model knows, so it needs no download and no built model set,
and it runs in well under a second once torch and transformers are imported.
"""
import functools
import tempfile
from pathlib import Path

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
CHINESE = "弱小的我也有大梦想"
WORDS = ["hello", "world", "the", "cat", "sat", "on", "mat", "sofa", "hug", "##ging", "face", ".", "!"]
VOCAB = SPECIAL + list(CHINESE) + WORDS


@functools.lru_cache(maxsize=1)
def _folder() -> tempfile.TemporaryDirectory:
    """A temporary folder that lives as long as the process (removed when it ends)."""
    return tempfile.TemporaryDirectory(prefix="errata-vocab-")


def vocab_file() -> Path:
    """A vocab.txt (one token per line, ids are line numbers)."""
    path = Path(_folder().name) / "vocab.txt"
    path.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    return path


def bert_tokenizer():
    """A BERT tokenizer (lower-casing WordPiece, one token per Chinese character)."""
    from transformers import BertTokenizer

    return BertTokenizer(str(vocab_file()))


def bert_config(**overrides):
    from transformers import BertConfig

    sizes = dict(vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                 intermediate_size=32, max_position_embeddings=64)
    return BertConfig(**{**sizes, **overrides})


def llama_config():
    from transformers import LlamaConfig

    return LlamaConfig(vocab_size=len(VOCAB), hidden_size=16, intermediate_size=32,
                       num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=2,
                       max_position_embeddings=64)


def bart_config():
    from transformers import BartConfig

    return BartConfig(vocab_size=len(VOCAB), d_model=16, encoder_layers=1, decoder_layers=1,
                      encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
                      decoder_ffn_dim=32, max_position_embeddings=64)


def electra_config():
    from transformers import ElectraConfig

    return ElectraConfig(vocab_size=len(VOCAB), embedding_size=16, hidden_size=16,
                         num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
                         max_position_embeddings=64)


def token_ids(*tokens: str) -> list[int]:
    return [VOCAB.index(t) for t in tokens]
