"""Tiny stand-ins for every Hub checkpoint the course uses in hub mode, made at test time.

Hub mode (COURSE_HUB=1) downloads the notes' own checkpoints. The tests cannot reach the Hub,
so `tests/local_hub.py` serves these stand-ins instead: for each Hub id, a checkpoint of the
**same architecture class and tokenizer kind** as the real one (same `model_type` and
`architectures`, same casing, same special tokens at the same ids where that is cheap, a chat
template only where the real tokenizer has one: none of these has), with random weights and a
vocabulary learned from the notebooks' own text. Outputs are meaningless; what the hub-mode
test checks is that every notebook *runs* against models shaped like the real ones.

Where each `id2label` comes from (the real files cannot be downloaded here):
- SST-2 (`distilbert-base-uncased-finetuned-sst-2-english`): NEGATIVE/POSITIVE, as its model
  card and the notes print them (chapter 1's pipeline output in the notes).
- CoNLL-2003 (`dbmdz/bert-large-cased-finetuned-conll03-english`): the nine BIO tags of the
  CoNLL-2003 entity types (O, B-/I-MISC, PER, ORG, LOC) that its model card names; the order
  follows the transformers token-classification example of that time and is **not verified**
  against the real config.
- MRPC (`bert-base-cased-finetuned-mrpc`): **not verified**. The transformers documentation's
  example for this model types its class names by hand (`["not paraphrase", "is
  paraphrase"]`), which suggests the config carries only the default LABEL_0/LABEL_1; the
  stand-in keeps those defaults rather than invent names.
- MNLI (`facebook/bart-large-mnli`): contradiction, neutral, entailment, as in its model card;
  the zero-shot pipeline only needs one label starting with "entail".
Google's BERT checkpoints say `BertForMaskedLM` in `architectures` but hold the weights of the
whole pre-training model (pooler and next-sentence head too): the stand-ins do the same, so
`AutoModel` finds a pooler in them as it does in the real files.
Casing: `bert-base-chinese` has `do_lower_case: false` in its tokenizer_config.json (recalled,
not re-checked here); UER's Chinese QA model keeps BertTokenizer's default. Chinese has no case,
so neither choice changes what the notebooks do.
"""
import json
from dataclasses import dataclass, field
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
TINY = {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
        "intermediate_size": 64}
CONLL = ["O", "B-MISC", "I-MISC", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]


@dataclass(frozen=True)
class Standin:
    architecture: str  # the real checkpoint's `architectures[0]`
    tokenizer: str  # a key of TOKENIZER_KINDS
    labels: tuple = ()  # id2label in id order, () for none
    extra: dict = field(default_factory=dict)  # config values the real checkpoint sets
    weights: str = ""  # class whose weights the real file holds, when not `architecture`


STANDINS = {
    "google-bert/bert-base-uncased": Standin("BertForMaskedLM", "wordpiece-uncased",
                                             weights="BertForPreTraining"),
    "google-bert/bert-base-chinese": Standin("BertForMaskedLM", "wordpiece-chinese",
                                             weights="BertForPreTraining"),
    "sentence-transformers/all-MiniLM-L6-v2": Standin("BertModel", "wordpiece-uncased"),
    "openai-community/gpt2": Standin("GPT2LMHeadModel", "gpt2-bpe"),
    "distilbert/distilbert-base-uncased-finetuned-sst-2-english": Standin(
        "DistilBertForSequenceClassification", "wordpiece-uncased-distilbert",
        ("NEGATIVE", "POSITIVE"), {"finetuning_task": "sst-2"}),
    "distilbert/distilbert-base-cased": Standin("DistilBertForMaskedLM", "wordpiece-cased-distilbert"),
    "dbmdz/bert-large-cased-finetuned-conll03-english": Standin(
        "BertForTokenClassification", "wordpiece-cased", tuple(CONLL)),
    "google-bert/bert-large-uncased-whole-word-masking-finetuned-squad": Standin(
        "BertForQuestionAnswering", "wordpiece-uncased"),
    "google-bert/bert-base-cased-finetuned-mrpc": Standin(
        "BertForSequenceClassification", "wordpiece-cased", ("LABEL_0", "LABEL_1")),
    "uer/roberta-base-chinese-extractive-qa": Standin("BertForQuestionAnswering", "wordpiece-chinese"),
    "facebook/bart-large-mnli": Standin(
        "BartForSequenceClassification", "roberta-bpe", ("contradiction", "neutral", "entailment")),
}


def corpus() -> list[str]:
    """Every line of the notebooks' sources: whatever text a notebook feeds a tokenizer."""
    lines = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            lines += "".join(cell["source"]).splitlines()
    return [line for line in lines if line.strip()]


def _wordpiece_vocab(texts, lowercase: bool) -> dict:
    """BERT's layout: [PAD] 0, [unused*] 1-99, [UNK] 100, [CLS] 101, [SEP] 102, [MASK] 103."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=lowercase, handle_chinese_chars=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=4000, show_progress=False))
    head = ["[PAD]"] + [f"[unused{i}]" for i in range(99)] + ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    learned = sorted(tok.get_vocab().items(), key=lambda kv: kv[1])
    tokens = head + [t for t, _ in learned if t not in head]
    return {t: i for i, t in enumerate(tokens)}


def _bpe(texts, first: list[str], last: list[str]):
    """Byte-level BPE vocabulary and merges, with special tokens first and/or last."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(vocab_size=3000, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(texts, trainer)
    state = json.loads(tok.to_str())["model"]
    learned = sorted(state["vocab"].items(), key=lambda kv: kv[1])
    tokens = first + [t for t, _ in learned] + last
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in state["merges"]]
    return {t: i for i, t in enumerate(tokens)}, merges


def make_tokenizer(kind: str, texts):
    from transformers import BertTokenizer, DistilBertTokenizer, GPT2Tokenizer, RobertaTokenizer

    if kind.startswith("wordpiece"):
        lowercase = "uncased" in kind
        cls = DistilBertTokenizer if kind.endswith("distilbert") else BertTokenizer
        return cls(vocab=_wordpiece_vocab(texts, lowercase), do_lower_case=lowercase,
                   model_max_length=512)
    if kind == "gpt2-bpe":  # <|endoftext|> is the last id, bos = eos = unk; no pad token
        vocab, merges = _bpe(texts, [], ["<|endoftext|>"])
        return GPT2Tokenizer(vocab=vocab, merges=merges, model_max_length=1024)
    if kind == "roberta-bpe":  # <s> 0, <pad> 1, </s> 2, <unk> 3, ..., <mask> last
        vocab, merges = _bpe(texts, ["<s>", "<pad>", "</s>", "<unk>"], ["<mask>"])
        return RobertaTokenizer(vocab=vocab, merges=merges, model_max_length=1024)
    raise ValueError(kind)


def make_model(standin: Standin, tokenizer):
    import transformers

    model_class = getattr(transformers, standin.weights or standin.architecture)
    config_class = model_class.config_class
    size = len(tokenizer)
    labels = {}
    if standin.labels:
        labels = {"id2label": dict(enumerate(standin.labels)),
                  "label2id": {name: i for i, name in enumerate(standin.labels)}}
    if config_class.model_type == "gpt2":
        eos = tokenizer.eos_token_id
        config = config_class(vocab_size=size, n_embd=32, n_layer=2, n_head=2, n_positions=1024,
                              bos_token_id=eos, eos_token_id=eos)
    elif config_class.model_type == "distilbert":
        config = config_class(vocab_size=size, dim=32, n_layers=2, n_heads=2, hidden_dim=64,
                              pad_token_id=tokenizer.pad_token_id, **labels, **standin.extra)
    elif config_class.model_type == "bart":
        config = config_class(vocab_size=size, d_model=32, encoder_layers=1, decoder_layers=1,
                              encoder_attention_heads=2, decoder_attention_heads=2,
                              encoder_ffn_dim=64, decoder_ffn_dim=64,
                              max_position_embeddings=1024, pad_token_id=tokenizer.pad_token_id,
                              bos_token_id=tokenizer.bos_token_id,
                              eos_token_id=tokenizer.eos_token_id,
                              decoder_start_token_id=tokenizer.eos_token_id, **labels)
    else:
        config = config_class(vocab_size=size, pad_token_id=tokenizer.pad_token_id,
                              **TINY, **labels, **standin.extra)
    config.architectures = [standin.architecture]
    transformers.set_seed(0)
    return model_class(config)


def build_standins(root: Path, repo_ids=None) -> Path:
    """Write one folder per Hub id under `root` (`root/<owner>/<name>/`), ready to serve."""
    texts = corpus()
    tokenizers = {}
    for repo_id in repo_ids or STANDINS:
        standin = STANDINS[repo_id]
        if standin.tokenizer not in tokenizers:
            tokenizers[standin.tokenizer] = make_tokenizer(standin.tokenizer, texts)
        tokenizer = tokenizers[standin.tokenizer]
        folder = root / repo_id
        make_model(standin, tokenizer).save_pretrained(folder)
        if standin.weights:  # save_pretrained wrote the weights' class; the real file says this
            config = json.loads((folder / "config.json").read_text())
            config["architectures"] = [standin.architecture]
            (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")
        tokenizer.save_pretrained(folder)
        if standin.tokenizer.startswith("wordpiece"):  # the real repositories ship vocab.txt
            vocab = sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])
            (folder / "vocab.txt").write_text("".join(f"{t}\n" for t, _ in vocab),
                                              encoding="utf-8")
        (folder / "README.md").write_text(
            f"# stand-in for {repo_id}\n\nRandom weights, for the course's tests only.\n",
            encoding="utf-8")
    return root
