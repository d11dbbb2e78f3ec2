"""What the chapters say about the Hub checkpoints of hub mode is held against their recorded
configuration (tests/hub_checkpoints.json: one row per Hub id, values read from copies of the
published files, each row with its evidence).

The chapters print what depends on the checkpoint wherever they can (`model.config`, the state
dict, the tokenizer); the sentences below are the ones that still state a number or property
of a Hub checkpoint, in both editions. If a checkpoint's role changes, or a sentence is edited,
this test names the sentence to check.
"""
import json
import re
from pathlib import Path

import pytest

from course_utils.checkpoints import CHECKPOINTS
from hub_standins import STANDINS

ROOT = Path(__file__).resolve().parent.parent
TABLE = json.loads((Path(__file__).parent / "hub_checkpoints.json").read_text(encoding="utf-8"))
ROWS = {repo: row for repo, row in TABLE.items() if not repo.startswith("_")}
BERT_BASE = "google-bert/bert-base-uncased"
SST2 = "distilbert/distilbert-base-uncased-finetuned-sst-2-english"


class About:
    """A number stated roughly ("about 21,000"): within 5 %."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, int) and abs(other - self.value) <= 0.05 * self.value

    def __repr__(self):
        return f"about {self.value}"


# (notebook, cell id, English words, Chinese words, Hub id, field, what the words say)
CLAIMS = [
    ("01_pipelines.ipynb", "093fa7ef",
     "in hub mode it is `bert-base-uncased`, pre-trained with masked-LM, and its head is part of the checkpoint",
     "在 Hub 模式下它是 `bert-base-uncased`，用掩码语言建模做过预训练，MLM 头就是 checkpoint 的一部分",
     BERT_BASE, "architectures", ["BertForMaskedLM"]),
    ("02_models.ipynb", "66c68799", "In hub mode (`bert-base-uncased`) the same cell prints 768",
     "在 Hub 模式下（`bert-base-uncased`），同一个单元格打印的是 768", BERT_BASE, "hidden_size", 768),
    ("02_models.ipynb", "dfc20877", "4.6.0.dev0 for `bert-base-uncased` in hub mode",
     "Hub 模式下的 `bert-base-uncased` 是 4.6.0.dev0", BERT_BASE, "transformers_version", "4.6.0.dev0"),
    ("02_models.ipynb", "520a5ba3", "the notes' DistilBERT, a 6-layer model",
     "笔记用的 DistilBERT 是从 BERT 蒸馏出的 6 层模型", SST2, "num_hidden_layers", 6),
    ("02_models.ipynb", "520a5ba3", "DistilBERT", "DistilBERT", SST2, "model_type", "distilbert"),
    ("02_models.ipynb", "520a5ba3", "fine-tuned on the SST-2 movie-review sentences",
     "在 SST-2 影评句子上微调过", SST2, "finetuning_task", "sst-2"),
    ("02_models.ipynb", "520a5ba3", "the 12-layer `bert-base-uncased`", "12 层的 `bert-base-uncased`",
     BERT_BASE, "num_hidden_layers", 12),
    ("03_tokenizers.ipynb", "30a3ce15", "`gpt2` in hub mode has no padding token at all",
     "Hub 模式下的 `gpt2` 根本没有填充 token", "openai-community/gpt2", "has_pad_token", False),
    ("03_tokenizers.ipynb", "31a77c86", "bert-base-chinese keeps about 21,000 tokens",
     "bert-base-chinese 保留约 21,000 个 token", "google-bert/bert-base-chinese", "vocab_size",
     About(21000)),
    ("04_auto_classes.ipynb", "b061d2b4", "DistilBERT has no pooler", "DistilBERT 没有 pooler",
     SST2, "has_pooler", False),
    ("04_auto_classes.ipynb", "b061d2b4", "the `pre_classifier` layer of DistilBERT's sentence head",
     "DistilBERT 句子分类头里的 `pre_classifier` 层", SST2, "sentence_head",
     ["pre_classifier", "classifier"]),
    ("05_task_examples.ipynb", "23f22beb", "`gpt2` in hub mode has none at all",
     "Hub 模式下的 `gpt2` 则根本没有填充 token", "openai-community/gpt2", "has_pad_token", False),
]


def cell_text(path: Path, cell_id: str) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    source = next(c["source"] for c in cells if c.get("id") == cell_id)
    lines = [re.sub(r"^\s*>\s?", "", line) for line in "".join(source).splitlines()]
    return " ".join(" ".join(lines).split())


def test_every_hub_checkpoint_has_a_recorded_row_with_evidence():
    hub_ids = {c.hub_id for c in CHECKPOINTS.values()} | set(STANDINS)
    assert hub_ids <= set(ROWS), hub_ids - set(ROWS)
    for repo, row in ROWS.items():
        assert row["fields"] and len(row["evidence"]) > 40, repo


@pytest.mark.parametrize("notebook,cell,en,zh,repo,field,value", CLAIMS,
                         ids=[f"{c[0][:2]}-{c[1]}-{c[5]}" for c in CLAIMS])
def test_what_a_chapter_says_about_a_hub_checkpoint_is_what_it_holds(notebook, cell, en, zh,
                                                                   repo, field, value):
    assert en in cell_text(ROOT / "notebooks" / notebook, cell), f"{notebook} {cell}: {en!r}"
    assert zh in cell_text(ROOT / "notebooks" / "zh" / notebook, cell), f"zh/{notebook} {cell}: {zh!r}"
    recorded = ROWS[repo]["fields"]
    assert field in recorded, f"{repo}: {field} was never checked; record it with its evidence"
    assert value == recorded[field], f"{notebook} {cell} says {field} = {value!r}; {repo} has {recorded[field]!r}"


def test_the_sentence_role_is_a_sentence_embedding_model_in_hub_mode():
    assert ROWS[CHECKPOINTS["sentence-encoder"].hub_id]["fields"]["architectures"] == ["BertModel"]
    assert CHECKPOINTS["sentence-encoder"].folder == CHECKPOINTS["encoder"].folder


@pytest.mark.parametrize("repo", sorted(STANDINS))
def test_standins_agree_with_the_recorded_table(repo):
    """The local Hub's stand-ins must not contradict what is known about the real files."""
    recorded, standin = ROWS[repo]["fields"], STANDINS[repo]
    if "architectures" in recorded:
        assert [standin.architecture] == recorded["architectures"]
    if "id2label" in recorded:
        assert list(standin.labels) == recorded["id2label"]
    if "model_type" in recorded:
        import transformers

        model_class = getattr(transformers, standin.weights or standin.architecture)
        assert model_class.config_class.model_type == recorded["model_type"]


def test_chapter_4_loading_a_sentence_head_as_a_token_head_drops_what_the_text_says():
    """Chapter 4, section 4.3, in both modes: nothing is created at random; BERT (offline) drops
    its pooler, DistilBERT (hub mode) the `pre_classifier` of its sentence head."""
    import tempfile

    from transformers import (BertConfig, BertForSequenceClassification, BertForTokenClassification,
                              DistilBertConfig, DistilBertForSequenceClassification,
                              DistilBertForTokenClassification)

    tiny = dict(vocab_size=64, num_labels=2)
    cases = [(BertForSequenceClassification(BertConfig(hidden_size=16, num_hidden_layers=1,
                                                       num_attention_heads=2, intermediate_size=32,
                                                       **tiny)),
              BertForTokenClassification, "pooler"),
             (DistilBertForSequenceClassification(DistilBertConfig(dim=16, n_layers=1, n_heads=2,
                                                                   hidden_dim=32, **tiny)),
              DistilBertForTokenClassification, "pre_classifier")]
    for sentence_model, token_class, dropped in cases:
        with tempfile.TemporaryDirectory() as folder:
            sentence_model.save_pretrained(folder)
            token_model, info = token_class.from_pretrained(folder, output_loading_info=True)
        assert not info["missing_keys"]
        assert info["unexpected_keys"] and all(dropped in k for k in info["unexpected_keys"])
        assert token_model.classifier.weight.shape == sentence_model.classifier.weight.shape
    assert not hasattr(DistilBertForSequenceClassification(DistilBertConfig(**tiny)).distilbert,
                       "pooler")
    head = [name for name, _ in DistilBertForSequenceClassification(DistilBertConfig(**tiny))
            .named_children() if name != "distilbert" and name != "dropout"]
    assert head == ROWS[SST2]["fields"]["sentence_head"]
