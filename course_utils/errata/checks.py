"""One check per claim: it runs against the installed libraries and raises AssertionError
(with a one-line reason) when the claim no longer holds.

Checks read the library (mapping tables, signatures, defaults, the files it writes) and,
where behaviour is the claim, run it on the tiny objects of `fixtures`. None of them
downloads anything or needs the course's model set.

The rule every check follows: it must fail if the library behaved otherwise than the claim
says. A check that only reads back a value it set, finds a keyword in the source or asserts
something no release could make false proves nothing; tests/test_errata_checks_fail.py
breaks the library (or the fixture) the way each claim says it is not, and expects the
check to fail.
"""
import contextlib
import inspect
import json
import os
import tempfile
from pathlib import Path

from .fixtures import (CHINESE, VOCAB, WORDS, bart_config, bert_config, bert_tokenizer, electra_config,
                       llama_config, token_ids, vocab_file)


def _auto(name: str) -> dict:
    from transformers.models.auto import modeling_auto

    return getattr(modeling_auto, name)


def _model_types() -> dict:
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING_NAMES

    return CONFIG_MAPPING_NAMES


def _tasks():
    from transformers.pipelines import SUPPORTED_TASKS, TASK_ALIASES

    return SUPPORTED_TASKS, TASK_ALIASES


def _require(condition, reason: str) -> None:
    if not condition:
        raise AssertionError(reason)


@contextlib.contextmanager
def _seeded(seed: int = 0):
    """Random weights made inside are the same on every run; the caller's RNG is left as it was."""
    import torch

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield


def _model_inputs(model) -> list:
    """Record the `input_ids` of every forward call of `model` (what a pipeline really fed it)."""
    seen = []

    def hook(module, args, kwargs):
        ids = kwargs.get("input_ids", args[0] if args else None)
        seen.append(None if ids is None else ids.detach().clone())

    model.register_forward_pre_hook(hook, with_kwargs=True)
    return seen


def _tagger_without_outside_label():
    """A tiny token classifier whose every label is an entity (no "O"), so that whatever its
    random weights predict, every word is reported: results never depend on luck."""
    from transformers import BertForTokenClassification

    labels = {0: "B-PER", 1: "I-PER"}
    with _seeded():
        return BertForTokenClassification(bert_config(
            num_labels=2, id2label=labels, label2id={v: k for k, v in labels.items()})).eval()


# ---- chapter 1: pipelines -------------------------------------------------------------

def fill_mask_is_its_own_task():
    import math

    from transformers import BertForMaskedLM, pipeline

    tasks, _ = _tasks()
    _require("fill-mask" in tasks, "fill-mask is not a pipeline task")
    classes = [c.__name__ for c in tasks["fill-mask"]["pt"]]
    _require(classes == ["AutoModelForMaskedLM"], f"fill-mask runs {classes}, not AutoModelForMaskedLM")
    _require("bert" in _auto("MODEL_FOR_MASKED_LM_MAPPING_NAMES"), "BERT has no masked-LM class")
    with _seeded():
        model = BertForMaskedLM(bert_config()).eval()
    filler = pipeline("fill-mask", model=model, tokenizer=bert_tokenizer())
    found = filler("the cat [MASK] on the mat", top_k=len(VOCAB))
    tokens = [f["token_str"] for f in found]
    _require(len(set(tokens)) == len(VOCAB) and set(tokens) <= set(VOCAB),
             "fill-mask does not score every word of the vocabulary at the masked position")
    total = sum(f["score"] for f in found)
    _require(math.isclose(total, 1.0, abs_tol=1e-4),
             f"the scores at the masked position sum to {total:.4f}, not 1 (not one softmax over the vocabulary)")


def _task_is_refused(task: str) -> bool:
    """What `pipeline(task)` does first: `check_task` resolves the name or raises KeyError."""
    from transformers.pipelines import check_task

    try:
        check_task(task)
    except KeyError:
        return True
    return False


def question_answering_pipeline_removed():
    tasks, aliases = _tasks()
    _require("question-answering" not in tasks and "question-answering" not in aliases,
             "question-answering is still a pipeline task")
    _require(_task_is_refused("question-answering"),
             "pipeline('question-answering') is accepted, not a KeyError")


def seq2seq_pipelines_removed():
    tasks, aliases = _tasks()
    still = [t for t in ("summarization", "translation", "text2text-generation")
             if t in tasks or t in aliases or not _task_is_refused(t)]
    _require(not still, f"still pipeline tasks: {', '.join(still)}")


def removed_task_error_names_replacement():
    from transformers import pipeline

    try:
        pipeline("question-answering")
    except KeyError as exc:
        message = str(exc)
        _require("removed" in message and "text-generation" in message,
                 f"the error does not name the replacement: {message[:120]}")
        return
    except Exception as exc:  # noqa: BLE001  (a different failure is what the check reports)
        raise AssertionError(f"raises {type(exc).__name__}, not a KeyError naming the replacement")
    raise AssertionError("pipeline('question-answering') no longer raises")


def sentiment_analysis_alias():
    _, aliases = _tasks()
    _require(aliases.get("sentiment-analysis") == "text-classification",
             f"sentiment-analysis -> {aliases.get('sentiment-analysis')!r}")


def ner_alias():
    _, aliases = _tasks()
    _require(aliases.get("ner") == "token-classification", f"ner -> {aliases.get('ner')!r}")


def grouped_entities_removed():
    from transformers import pipeline

    model, tok = _tagger_without_outside_label(), bert_tokenizer()
    try:
        pipeline("token-classification", model=model, tokenizer=tok, grouped_entities=True)
    except TypeError as exc:
        _require("grouped_entities" in str(exc), f"a TypeError that does not name grouped_entities: {exc}")
    else:
        raise AssertionError("pipeline(..., grouped_entities=True) is accepted again, not a TypeError")
    tagger = pipeline("token-classification", model=model, tokenizer=tok, aggregation_strategy="simple")
    found = tagger("hello world the cat")
    _require(found and all("entity_group" in f for f in found),
             f"aggregation_strategy='simple' does not group the words into entities: {found}")


def aggregation_strategies():
    from transformers.pipelines.token_classification import AggregationStrategy

    values = sorted(s.value for s in AggregationStrategy)
    _require(values == ["average", "first", "max", "none", "simple"], f"strategies are {values}")


def ner_scores_are_numpy_floats():
    import numpy as np
    from transformers import pipeline

    tagger = pipeline("token-classification", model=_tagger_without_outside_label(), tokenizer=bert_tokenizer())
    found = tagger("hello world the cat")
    _require(found, "the tiny tagger found no token at all")
    _require(isinstance(found[0]["score"], np.floating),
             f"scores are {type(found[0]['score']).__name__}, not NumPy floats")


def _tiny_classifier(num_labels: int = 3, **config):
    from transformers import BertForSequenceClassification, pipeline

    with _seeded():
        model = BertForSequenceClassification(bert_config(num_labels=num_labels, **config)).eval()
    return model, pipeline("text-classification", model=model, tokenizer=bert_tokenizer())


def return_all_scores_gone():
    _, classify = _tiny_classifier(num_labels=3)
    plain = classify("hello world")
    asked = classify("hello world", return_all_scores=True)
    _require(asked == plain and len(asked) == 1,
             f"return_all_scores=True changes the result ({len(asked)} labels instead of the top one)")
    every = classify("hello world", top_k=None)
    labels = sorted(r["label"] for r in every)
    _require(labels == ["LABEL_0", "LABEL_1", "LABEL_2"], f"top_k=None returns {labels}, not every label")


def top_k_defaults_to_50():
    """Sample one token from a 100-word model with nothing but do_sample=True and count the
    tokens left in the running: 50 when the default top-k filter applies."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    with _seeded():
        model = LlamaForCausalLM(LlamaConfig(
            vocab_size=100, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
            num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64,
            pad_token_id=0, bos_token_id=1, eos_token_id=2)).eval()
        out = model.generate(torch.tensor([[3, 4, 5]]), do_sample=True, max_new_tokens=1,
                             output_scores=True, return_dict_in_generate=True)
    kept = int(torch.isfinite(out.scores[0]).sum())
    _require(kept == 50, f"sampling with no top_k keeps {kept} of 100 tokens, not 50")


def pipeline_truncates_only_when_asked():
    """A 20-word text and a tokenizer limited to 8 tokens: the model must see all 22 ids unless
    the caller passes truncation=True, and 8 when they do."""
    model, classify = _tiny_classifier(num_labels=2)
    classify.tokenizer.model_max_length = 8
    seen = _model_inputs(model)
    text = " ".join(["the cat sat on the mat"] * 3 + ["hello world"])
    classify(text)
    classify(text, truncation=True)
    lengths = [ids.shape[-1] for ids in seen]
    _require(len(lengths) == 2, f"the model ran {len(lengths)} times for two calls")
    _require(lengths[0] == 22, f"text-classification truncates unasked: the model saw {lengths[0]} of 22 ids")
    _require(lengths[1] == 8, f"truncation=True is not passed on: the model saw {lengths[1]} ids, not 8")


def text_generation_applies_chat_template():
    """A chat template that writes "hug" before each message and "face" as the generation
    prompt: the model must see exactly the ids the template renders, and the pipeline must
    return the conversation with the reply appended."""
    from transformers import LlamaForCausalLM, pipeline

    tok = bert_tokenizer()
    tok.chat_template = ("{% for m in messages %}hug {{ m['content'] }} {% endfor %}"
                         "{% if add_generation_prompt %}face{% endif %}")
    with _seeded():
        model = LlamaForCausalLM(llama_config()).eval()
    seen = _model_inputs(model)
    chat = [{"role": "user", "content": "the cat"}]
    out = pipeline("text-generation", model=model, tokenizer=tok)(chat, max_new_tokens=1, do_sample=False)
    expected = token_ids("hug", "the", "cat", "face")
    _require(seen and seen[0][0].tolist() == expected,
             f"the model saw {seen[0][0].tolist() if seen else None}, not the chat template's {expected}")
    reply = out[0]["generated_text"]
    _require(isinstance(reply, list) and reply[:1] == chat and reply[-1].get("role") == "assistant",
             "a list of messages does not come back as the conversation with the reply")


def _tokenizer_with(*words: str):
    """The fixture's WordPiece tokenizer with a few more whole words in its vocabulary
    (lower-casing said explicitly: 5.2 did not lower-case a tokenizer made from a dict)."""
    from transformers import BertTokenizer

    return BertTokenizer(vocab={w: i for i, w in enumerate(VOCAB + list(words))}, do_lower_case=True)


def zero_shot_hypothesis_template():
    """Run the pipeline on a tiny NLI model and read the hypothesis it pairs with the text."""
    from transformers import BertForSequenceClassification, pipeline

    tok = _tokenizer_with("this", "example", "is", "about")
    labels = {0: "entailment", 1: "neutral", 2: "contradiction"}
    with _seeded():
        model = BertForSequenceClassification(bert_config(
            vocab_size=len(tok), num_labels=3, id2label=labels,
            label2id={v: k for k, v in labels.items()})).eval()
    seen = _model_inputs(model)
    pipeline("zero-shot-classification", model=model, tokenizer=tok)("hello world", candidate_labels=["cat"])
    _require(seen, "the zero-shot pipeline never ran the model")
    text = tok.decode(seen[0][0], skip_special_tokens=True)
    _require(text == "hello world this example is cat.",
             f"the pipeline asked the NLI model about {text!r}, not 'hello world' + 'this example is cat.'")


def marian_is_seq2seq():
    from transformers import AutoModelForSeq2SeqLM, MarianConfig

    table = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    _require("marian" in table, "Marian is not mapped by AutoModelForSeq2SeqLM")
    config = MarianConfig(vocab_size=len(VOCAB), d_model=16, encoder_layers=1, decoder_layers=1,
                          encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
                          decoder_ffn_dim=32, max_position_embeddings=64, pad_token_id=0,
                          decoder_start_token_id=0)
    with _seeded():
        built = type(AutoModelForSeq2SeqLM.from_config(config)).__name__
    _require(built == "MarianMTModel", f"AutoModelForSeq2SeqLM builds {built} for a Marian config")


# ---- chapter 2: models ----------------------------------------------------------------

def encoder_returns_a_vector_per_token():
    import torch
    from transformers import BertModel

    model = BertModel(bert_config()).eval()
    ids = torch.tensor([token_ids("[CLS]", "the", "cat", "sat", "[SEP]")])
    with torch.no_grad():
        shape = tuple(model(input_ids=ids).last_hidden_state.shape)
    _require(shape == (1, 5, 16), f"last_hidden_state has shape {shape}, not (1, 5, 16)")


def attention_is_softmax_over_allowed_keys():
    """Recompute layer 0's weights from its own query and key projections: softmax over the
    allowed keys of q·k / sqrt(head size), and compare with what the model reports."""
    import torch
    from transformers import AutoModel

    config = bert_config()
    with _seeded():
        model = AutoModel.from_config(config, attn_implementation="eager").eval()
    ids = torch.tensor([token_ids("[CLS]", "the", "cat", "[SEP]", "[PAD]")])
    mask = torch.tensor([[1, 1, 1, 1, 0]])
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask, output_attentions=True, output_hidden_states=True)
        layer = model.encoder.layer[0].attention.self
        heads, size = config.num_attention_heads, config.hidden_size // config.num_attention_heads

        def split(x):
            return x.view(1, -1, heads, size).transpose(1, 2)

        hidden = out.hidden_states[0]
        scores = split(layer.query(hidden)) @ split(layer.key(hidden)).transpose(-1, -2) / size ** 0.5
        expected = scores.masked_fill(mask[:, None, None, :] == 0, float("-inf")).softmax(-1)
    weights = out.attentions[0]
    _require(float(weights[..., -1].abs().max()) < 1e-6, "a masked key still gets attention")
    _require(torch.allclose(weights, expected, atol=1e-5),
             "the attention weights are not a softmax of query·key over the allowed keys")


def bert_pretraining_heads():
    import torch
    from torch.nn.functional import cross_entropy
    from transformers import BertForPreTraining

    with _seeded():
        model = BertForPreTraining(bert_config()).eval()
    ids = torch.tensor([token_ids("[CLS]", "the", "[MASK]", "[SEP]")])
    labels = torch.tensor([[-100, -100, VOCAB.index("cat"), -100]])
    with torch.no_grad():
        out = model(input_ids=ids, labels=labels, next_sentence_label=torch.tensor([1]))
    _require(out.prediction_logits.shape[-1] == len(VOCAB), "no masked-LM head")
    _require(tuple(out.seq_relationship_logits.shape) == (1, 2), "no next-sentence head")
    _require(out.loss is not None, "BertForPreTraining gives no loss for masked-LM and next-sentence labels")
    expected = (cross_entropy(out.prediction_logits.view(-1, len(VOCAB)), labels.view(-1))
                + cross_entropy(out.seq_relationship_logits, torch.tensor([1])))
    _require(torch.allclose(out.loss, expected, atol=1e-5),
             "the pre-training loss is not masked-LM + next-sentence cross-entropy")


def decoder_sees_only_the_left():
    import torch
    from transformers import LlamaForCausalLM

    torch.manual_seed(0)
    model = LlamaForCausalLM(llama_config()).eval()
    a = torch.tensor([token_ids("the", "cat", "sat", "on", "mat")])
    b = torch.tensor([token_ids("the", "cat", "sat", "on", "sofa")])
    with torch.no_grad():
        first_a = model(input_ids=a, output_hidden_states=True).hidden_states[-1][0, 0]
        first_b = model(input_ids=b, output_hidden_states=True).hidden_states[-1][0, 0]
    _require(torch.equal(first_a, first_b), "the first token of a causal model sees later tokens")


def bart_is_encoder_decoder():
    _require("bart" in _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES"), "BART is not seq2seq")
    from transformers import BartConfig

    _require(BartConfig().is_encoder_decoder, "BartConfig is not encoder-decoder")


def transformer_xl_removed():
    _require("transfo-xl" not in _model_types(), "transfo-xl is still a model type")


def bert_has_a_causal_lm_head():
    from transformers import AutoModelForCausalLM

    table = _auto("MODEL_FOR_CAUSAL_LM_MAPPING_NAMES")
    missing = [t for t in ("bert", "roberta") if t not in table]
    _require(not missing, f"no causal-LM class for {missing}")
    with _seeded():
        built = type(AutoModelForCausalLM.from_config(bert_config(is_decoder=True))).__name__
    _require(built == "BertLMHeadModel", f"AutoModelForCausalLM builds {built} for a BERT config")
    seq2seq = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    _require(not {"bert", "roberta", "gpt2", "llama"} & set(seq2seq), "an encoder or decoder is in the seq2seq table")


def base_hidden_size_768():
    from transformers import BertConfig, DistilBertConfig

    _require(BertConfig().hidden_size == 768, f"BertConfig().hidden_size is {BertConfig().hidden_size}")
    _require(DistilBertConfig().dim == 768, f"DistilBertConfig().dim is {DistilBertConfig().dim}")


def save_pretrained_writes_safetensors():
    from transformers import BertModel

    with tempfile.TemporaryDirectory(prefix="errata-save-") as tmp:
        folder = Path(tmp)
        BertModel(bert_config()).save_pretrained(folder)
        files = sorted(p.name for p in folder.iterdir())
        _require(files == ["config.json", "model.safetensors"], f"save_pretrained wrote {files}")


def pytorch_model_bin_still_loads():
    import torch
    from transformers import BertModel

    with tempfile.TemporaryDirectory(prefix="errata-bin-") as tmp:
        folder = Path(tmp)
        model = BertModel(bert_config())
        model.config.save_pretrained(folder)
        torch.save(model.state_dict(), folder / "pytorch_model.bin")
        reloaded = BertModel.from_pretrained(folder)
        same = all(torch.equal(a, b) for a, b in zip(model.state_dict().values(), reloaded.state_dict().values()))
        _require(same, "weights loaded from pytorch_model.bin differ")


def dtype_auto_loads_the_stored_precision():
    import torch
    from transformers import BertModel

    with tempfile.TemporaryDirectory(prefix="errata-dtype-") as tmp:
        BertModel(bert_config()).to(torch.bfloat16).save_pretrained(tmp)
        loaded = BertModel.from_pretrained(tmp)
        _require(loaded.dtype == torch.bfloat16,
                 f"a bfloat16 checkpoint loaded as {loaded.dtype} with no dtype given")


def torch_dtype_still_accepted():
    import warnings

    import torch
    from transformers import BertModel

    with tempfile.TemporaryDirectory(prefix="errata-torch-dtype-") as tmp:
        BertModel(bert_config()).save_pretrained(tmp)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            loaded = BertModel.from_pretrained(tmp, torch_dtype=torch.float16)
        _require(loaded.dtype == torch.float16, f"torch_dtype= gave {loaded.dtype}")


def fast_tokenizer_names_are_aliases():
    import transformers

    _require(transformers.PreTrainedTokenizerFast is transformers.TokenizersBackend,
             "PreTrainedTokenizerFast is no longer an alias of TokenizersBackend")
    _require(transformers.BertTokenizerFast is transformers.BertTokenizer,
             "BertTokenizerFast is no longer an alias of BertTokenizer")
    _require(issubclass(transformers.BertTokenizer, transformers.TokenizersBackend),
             "BertTokenizer is not backed by TokenizersBackend")


def tokenizer_saves_no_vocab_txt():
    with tempfile.TemporaryDirectory(prefix="errata-tok-") as tmp:
        folder = Path(tmp)
        bert_tokenizer().save_pretrained(folder)
        files = sorted(p.name for p in folder.iterdir())
        _require(files == ["tokenizer.json", "tokenizer_config.json"], f"the tokenizer saved {files}")


def hub_cache_is_hf_home_hub():
    from huggingface_hub import constants

    _require(constants.default_cache_path == os.path.join(constants.HF_HOME, "hub"),
             f"downloads go to {constants.default_cache_path}, not HF_HOME/hub")
    if not {"HF_HOME", "XDG_CACHE_HOME"} & set(os.environ):
        expected = os.path.join(os.path.expanduser("~"), ".cache", "huggingface")
        _require(constants.HF_HOME == expected, f"HF_HOME defaults to {constants.HF_HOME}")


def transformers_cache_not_read():
    import transformers

    root = Path(transformers.__file__).parent
    readers = [str(p.relative_to(root)) for p in root.rglob("*.py")
               if "TRANSFORMERS_CACHE" in p.read_text(encoding="utf-8", errors="ignore")]
    _require(not readers, f"TRANSFORMERS_CACHE appears in {readers[:3]}")


def hub_cache_folder_layout():
    from huggingface_hub.file_download import repo_folder_name

    name = repo_folder_name(repo_id="org/name", repo_type="model")
    _require(name == "models--org--name", f"the cache folder is named {name!r}")


def old_config_still_loads():
    from transformers import AutoConfig

    old = {"architectures": ["BertModel"], "model_type": "bert", "hidden_size": 384,
           "num_hidden_layers": 6, "num_attention_heads": 12, "intermediate_size": 1536,
           "gradient_checkpointing": False, "position_embedding_type": "absolute",
           "transformers_version": "4.8.2", "vocab_size": 30522}
    with tempfile.TemporaryDirectory(prefix="errata-config-") as tmp:
        folder = Path(tmp)
        (folder / "config.json").write_text(json.dumps(old))
        config = AutoConfig.from_pretrained(folder)
        _require(type(config).__name__ == "BertConfig" and config.hidden_size == 384,
                 "a configuration written by 4.8.2 no longer loads as BertConfig")


def load_report_wording():
    """Load a classifier from a bare encoder's checkpoint and read the report it logs."""
    import io
    import logging

    from transformers import BertForSequenceClassification, BertModel

    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    logger = logging.getLogger("transformers.modeling_utils")
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False  # the report goes to `captured` only, not to the reader's screen
    try:
        with tempfile.TemporaryDirectory(prefix="errata-report-") as tmp, _seeded():
            BertModel(bert_config()).save_pretrained(tmp)
            BertForSequenceClassification.from_pretrained(tmp)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    report = captured.getvalue()
    _require("newly initialized because missing from the checkpoint" in report,
             "the load report no longer says 'newly initialized because missing from the checkpoint'")
    _require("classifier.weight" in report, "the load report does not name the new weights (classifier.weight)")


# ---- chapter 3: tokenizers ------------------------------------------------------------

def encode_is_cls_characters_sep():
    tok = bert_tokenizer()
    ids = tok.encode(CHINESE)
    expected = token_ids("[CLS]", *CHINESE, "[SEP]")
    _require(ids == expected, f"encode gives {ids}, not [CLS] + one id per character + [SEP]")


def padding_never_truncates():
    tok = bert_tokenizer()
    n = len(tok.encode(CHINESE, padding="max_length", max_length=10))
    _require(n == 11, f"padding='max_length', max_length=10 gives {n} ids, not 11")
    n = len(tok.encode(CHINESE, padding="max_length", truncation=True, max_length=10))
    _require(n == 10, f"with truncation=True it gives {n} ids, not 10")


def max_length_alone_truncates():
    import warnings

    tok = bert_tokenizer()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        n = len(tok.encode(CHINESE, max_length=5))
    _require(n == 5, f"max_length=5 without padding gives {n} ids, not 5")


def pad_id_is_not_always_zero():
    from transformers import RobertaConfig

    config = RobertaConfig()
    _require(config.pad_token_id == 1 and config.bos_token_id == 0,
             f"RoBERTa pads with {config.pad_token_id}, starts with {config.bos_token_id}")


def encode_plus_removed():
    from transformers import PreTrainedTokenizerBase

    tok = bert_tokenizer()  # what a learner calls: a subclass could bring the methods back
    still = [m for m in ("encode_plus", "batch_encode_plus")
             if hasattr(PreTrainedTokenizerBase, m) or hasattr(tok, m)]
    _require(not still, f"tokenizers still have {still}")


def vocab_file_keyword_ignored():
    import warnings

    from transformers import BertTokenizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wrong = BertTokenizer(vocab_file=str(vocab_file()))
    right = BertTokenizer(str(vocab_file()))
    _require(len(right) == len(VOCAB), f"the positional vocab gives {len(right)} tokens")
    _require(len(wrong) == 5, f"vocab_file= gives {len(wrong)} tokens, not the 5 special ones")


def special_tokens_have_empty_offsets():
    tok = bert_tokenizer()
    offsets = tok("hello world", return_offsets_mapping=True)["offset_mapping"]
    _require(tuple(offsets[0]) == (0, 0) and tuple(offsets[-1]) == (0, 0),
             f"special tokens have offsets {offsets[0]} and {offsets[-1]}")


def distilbert_has_no_token_type_ids():
    from transformers import DistilBertTokenizer

    keys = sorted(DistilBertTokenizer(str(vocab_file()))("hello world", "the cat"))
    _require(keys == ["attention_mask", "input_ids"], f"DistilBERT's tokenizer returns {keys}")
    _require("token_type_ids" in bert_tokenizer()("hello world", "the cat"),
             "BERT's tokenizer returns no token_type_ids either: the comparison means nothing")


def vocab_equals_get_vocab():
    tok = bert_tokenizer()
    _require(tok.vocab == tok.get_vocab(), "tokenizer.vocab differs from get_vocab()")


# ---- chapter 4: Auto classes ------------------------------------------------------------

def auto_class_maps_model_type():
    from transformers import AutoModel, AutoModelForTokenClassification

    config = bert_config()
    _require(type(AutoModel.from_config(config)).__name__ == "BertModel", "AutoModel did not build BertModel")
    built = type(AutoModelForTokenClassification.from_config(config)).__name__
    _require(built == "BertForTokenClassification", f"the token-classification class built {built}")
    _require(_auto("MODEL_MAPPING_NAMES")["bert"] == "BertModel", "MODEL_MAPPING_NAMES['bert'] changed")


def translation_models_are_seq2seq():
    causal = _auto("MODEL_FOR_CAUSAL_LM_MAPPING_NAMES")
    seq2seq = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    _require({"marian", "t5", "m2m_100"} <= set(seq2seq), "a translation model left the seq2seq table")
    _require("t5" not in causal, "T5 is now a causal LM")
    _require({"gpt2", "llama"} <= set(causal), "GPT-2 and Llama are not causal LMs")


def masked_lm_models_are_encoder_only():
    from transformers import AutoConfig

    masked = _auto("MODEL_FOR_MASKED_LM_MAPPING_NAMES")
    seq2seq = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    names = ("bert", "roberta", "albert", "distilbert", "electra")
    _require(all(t in masked for t in names), "a notes' model is missing from the masked-LM table")
    _require(not set(names) & set(seq2seq), "a notes' masked-LM model is in the seq2seq table")
    both = [t for t in names if AutoConfig.for_model(t).is_encoder_decoder]
    _require(not both, f"configured as encoder-decoder: {both}")


def electra_discriminator_per_token():
    """The discriminator's loss is a per-token original/replaced binary cross-entropy; the
    generator's is the masked-LM likelihood of the true tokens and nothing else (no term
    that rewards fooling the discriminator)."""
    import torch
    from torch.nn.functional import binary_cross_entropy_with_logits, cross_entropy
    from transformers import ElectraForMaskedLM, ElectraForPreTraining

    ids = torch.tensor([token_ids("[CLS]", "the", "cat", "sat", "[SEP]")])
    replaced = torch.tensor([[0, 0, 1, 0, 0]])
    with _seeded(), torch.no_grad():
        discriminator = ElectraForPreTraining(electra_config()).eval()
        shape = tuple(discriminator(input_ids=ids).logits.shape)
        _require(shape == (1, 5), f"the discriminator gives {shape}, not one score per token")
        out = discriminator(input_ids=ids, labels=replaced)
    expected = binary_cross_entropy_with_logits(out.logits, replaced.float())
    _require(torch.allclose(out.loss, expected, atol=1e-5),
             "the discriminator's loss is not a per-token original/replaced cross-entropy")
    masked = torch.tensor([token_ids("[CLS]", "the", "[MASK]", "sat", "[SEP]")])
    labels = torch.tensor([[-100, -100, VOCAB.index("cat"), -100, -100]])
    with _seeded(), torch.no_grad():
        generator = ElectraForMaskedLM(electra_config()).eval()
        out = generator(input_ids=masked, labels=labels)
    expected = cross_entropy(out.logits.view(-1, len(VOCAB)), labels.view(-1))
    _require(torch.allclose(out.loss, expected, atol=1e-5),
             "the generator's loss is not the masked-LM likelihood of the true token")


def masked_lm_has_its_own_table():
    from transformers import AutoModelForMaskedLM, AutoModelForPreTraining

    masked = _auto("MODEL_FOR_MASKED_LM_MAPPING_NAMES")
    pretraining = _auto("MODEL_FOR_PRETRAINING_MAPPING_NAMES")
    _require(masked is not pretraining, "AutoModelForMaskedLM reads the pre-training table")
    with _seeded():
        built = (type(AutoModelForMaskedLM.from_config(bert_config())).__name__,
                 type(AutoModelForPreTraining.from_config(bert_config())).__name__)
    _require(built == ("BertForMaskedLM", "BertForPreTraining"),
             f"for BERT the masked-LM and pre-training classes build {built}")


def seq2seq_trains_with_teacher_forcing():
    """With `labels`, the decoder is fed the correct previous tokens (the labels shifted right
    behind the start token, computed here by hand) and the loss is the cross-entropy of the
    labels; beam search is an option of `generate`, not of the training forward pass."""
    import torch
    from torch.nn.functional import cross_entropy
    from transformers import BartForConditionalGeneration

    config = bart_config()
    with _seeded():
        model = BartForConditionalGeneration(config).eval()
    ids = torch.tensor([token_ids("the", "cat", "sat")])
    labels = torch.tensor([token_ids("on", "the", "mat")])
    gold_prefix = torch.cat([torch.tensor([[config.decoder_start_token_id]]), labels[:, :-1]], dim=1)
    with torch.no_grad():
        trained = model(input_ids=ids, labels=labels)
        forced = model(input_ids=ids, decoder_input_ids=gold_prefix)
    _require(torch.allclose(trained.logits, forced.logits, atol=1e-5),
             "with labels, the decoder is not fed the correct previous tokens (no teacher forcing)")
    expected = cross_entropy(trained.logits.view(-1, len(VOCAB)), labels.view(-1))
    _require(torch.allclose(trained.loss, expected, atol=1e-5), "the training loss is not the labels' cross-entropy")
    _require("num_beams" not in inspect.signature(model.forward).parameters,
             "the training forward pass takes num_beams")
    with _seeded(), torch.no_grad():
        beams = model.generate(ids, num_beams=3, num_return_sequences=3, max_new_tokens=2, do_sample=False)
    _require(beams.shape[0] == 3, f"generate(num_beams=3) returned {beams.shape[0]} sequences, not 3 beams")


def xlnet_token_classification():
    _require("xlnet" in _auto("MODEL_FOR_TOKEN_CLASSIFICATION_MAPPING_NAMES"),
             "XLNet is no longer mapped for token classification")
    seq2seq = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    _require(not {"bert", "electra", "xlnet"} & set(seq2seq), "a token-classification encoder is seq2seq")


def extractive_qa_outputs_scores():
    import torch
    from transformers import BertForQuestionAnswering

    model = BertForQuestionAnswering(bert_config()).eval()
    with torch.no_grad():
        out = model(input_ids=torch.tensor([token_ids("[CLS]", "the", "cat", "[SEP]")]))
    _require(tuple(out.start_logits.shape) == (1, 4) and tuple(out.end_logits.shape) == (1, 4),
             "the QA head does not give start and end scores per token")


def multiple_choice_softmax_across_choices():
    import torch
    from transformers import BertForMultipleChoice

    model = BertForMultipleChoice(bert_config()).eval()
    ids = torch.tensor([[token_ids("[CLS]", "the", "cat", "[SEP]")] * 3])
    with torch.no_grad():
        out = model(input_ids=ids, labels=torch.tensor([1]))
    _require(tuple(out.logits.shape) == (1, 3), f"logits have shape {tuple(out.logits.shape)}, not (1, choices)")
    expected = torch.nn.functional.cross_entropy(out.logits, torch.tensor([1]))
    _require(torch.allclose(out.loss, expected), "the loss is not one softmax over the choices")


def image_classification_is_not_detection():
    import torch
    from transformers import AutoModelForImageClassification, ViTConfig

    classification = _auto("MODEL_FOR_IMAGE_CLASSIFICATION_MAPPING_NAMES")
    detection = _auto("MODEL_FOR_OBJECT_DETECTION_MAPPING_NAMES")
    _require("vit" in classification and "detr" in detection and "detr" not in classification,
             "the image classification and detection tables overlap as they did not")
    config = ViTConfig(image_size=8, patch_size=4, hidden_size=16, num_hidden_layers=1,
                       num_attention_heads=2, intermediate_size=32, num_labels=3)
    with _seeded(), torch.no_grad():
        logits = AutoModelForImageClassification.from_config(config).eval()(torch.randn(2, 3, 8, 8)).logits
    _require(tuple(logits.shape) == (2, 3),
             f"image classification gives logits of shape {tuple(logits.shape)}, not one set of label scores per image")


def segmentation_models():
    types = _model_types()
    _require(not [t for t in types if any(n in t for n in ("unet", "segnet", "pspnet"))],
             "U-Net, SegNet or PSPNet is now a model type")
    semantic = _auto("MODEL_FOR_SEMANTIC_SEGMENTATION_MAPPING_NAMES")
    _require("segformer" in semantic and not {"bert", "roberta", "electra"} & set(semantic),
             "the semantic-segmentation table changed")


def image_segmentation_only_detr():
    table = _auto("MODEL_FOR_IMAGE_SEGMENTATION_MAPPING_NAMES")
    _require(list(table) == ["detr"], f"AutoModelForImageSegmentation maps {list(table)}")


def masked_image_modeling_models():
    table = _auto("MODEL_FOR_MASKED_IMAGE_MODELING_MAPPING_NAMES")
    _require({"vit", "deit", "swin"} <= set(table), f"masked image modelling maps {sorted(table)}")
    _require(not {"bert", "roberta", "electra", "detr"} & set(table), "a text or detection model is mapped")


def object_detection_models():
    table = _auto("MODEL_FOR_OBJECT_DETECTION_MAPPING_NAMES")
    _require({"detr", "rt_detr", "yolos"} <= set(table), f"object detection maps {sorted(table)[:8]}...")
    absent = [t for t in _model_types() if any(n in t for n in ("faster_rcnn", "retinanet", "yolov3", "efficientdet"))]
    _require(not absent, f"now model types: {absent}")
    _require(not {"bert", "roberta", "distilbert"} & set(table), "a text model is a detection model")


def wav2vec2_is_ctc():
    ctc = _auto("MODEL_FOR_CTC_MAPPING_NAMES")
    speech = _auto("MODEL_FOR_SPEECH_SEQ_2_SEQ_MAPPING_NAMES")
    _require("wav2vec2" in ctc and "wav2vec2" not in speech, "Wav2Vec2 is no longer CTC-only")
    _require("m2m_100" in _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES") and "m2m_100" not in speech,
             "M2M100 is no longer a text-to-text model")


def speech_seq2seq_members():
    speech = _auto("MODEL_FOR_SPEECH_SEQ_2_SEQ_MAPPING_NAMES")
    _require({"whisper", "speech_to_text"} <= set(speech), f"speech seq2seq maps {sorted(speech)[:8]}...")


def vision2seq_renamed():
    import transformers

    _require(not hasattr(transformers, "AutoModelForVision2Seq"), "AutoModelForVision2Seq is back")
    _require(hasattr(transformers, "AutoModelForImageTextToText"), "AutoModelForImageTextToText is missing")


def task_list_models():
    """CLIP's loss on a batch of image-text pairs is the symmetric contrastive cross-entropy
    (each image against every text and back), computed here from its own similarity scores."""
    import torch
    from torch.nn.functional import cross_entropy
    from transformers import CLIPConfig, CLIPModel

    small = dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2)
    config = CLIPConfig(text_config=dict(vocab_size=len(VOCAB), max_position_embeddings=16, **small),
                        vision_config=dict(image_size=8, patch_size=4, **small), projection_dim=8)
    with _seeded(), torch.no_grad():
        model = CLIPModel(config).eval()
        out = model(input_ids=torch.tensor([token_ids("the", "cat"), token_ids("the", "mat"), token_ids("hug", "!")]),
                    pixel_values=torch.randn(3, 3, 8, 8), return_loss=True)
    pairs = torch.arange(3)
    expected = (cross_entropy(out.logits_per_text, pairs) + cross_entropy(out.logits_per_image, pairs)) / 2
    _require(tuple(out.logits_per_image.shape) == (3, 3), "CLIP does not score every image against every text")
    _require(torch.allclose(out.loss, expected, atol=1e-5), "CLIP's loss is not contrastive over image-text pairs")
    types = _model_types()
    _require(not [t for t in types if "crf" in t], "a CRF model type exists")
    _require("transfo-xl" not in types, "transfo-xl is a model type again")


def llama_has_no_masked_lm_or_multiple_choice():
    for table in ("MODEL_FOR_MASKED_LM_MAPPING_NAMES", "MODEL_FOR_MULTIPLE_CHOICE_MAPPING_NAMES"):
        _require("llama" not in _auto(table), f"llama is now in {table}")
    _require("llama" in _auto("MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES"), "llama lost its classification head")


def sequence_head_loads_into_token_head():
    import torch
    from transformers import BertForSequenceClassification, BertForTokenClassification

    with tempfile.TemporaryDirectory(prefix="errata-heads-") as tmp, _seeded():
        folder = Path(tmp)
        saved = BertForSequenceClassification(bert_config(num_labels=2))
        saved.save_pretrained(folder)
        loaded, info = BertForTokenClassification.from_pretrained(folder, output_loading_info=True)
    _require(not info["missing_keys"], f"created at random: {sorted(info['missing_keys'])}")
    _require(torch.equal(loaded.classifier.weight, saved.classifier.weight),
             "the token-classification head did not receive the saved head's weights")


# ---- chapter 5: worked examples ---------------------------------------------------------

def top_k_top_p_filtering_removed():
    """Scores 3, 2, 1, 0 are probabilities 0.644, 0.237, 0.087, 0.032: top-k 2 keeps two,
    top-p 0.5 only the first (0.644 >= 0.5), top-p 0.9 the first three (0.881 < 0.9)."""
    import torch
    from transformers import TopKLogitsWarper, TopPLogitsWarper

    try:
        from transformers import top_k_top_p_filtering  # noqa: F401
    except ImportError:
        pass
    else:
        raise AssertionError("`from transformers import top_k_top_p_filtering` works again")
    scores = torch.tensor([[0.0, 3.0, 1.0, 2.0]])  # out of order, so position alone proves nothing

    def kept(warper) -> list[bool]:
        return torch.isfinite(warper(None, scores.clone()))[0].tolist()

    def filtered_to_minus_inf(warper) -> bool:
        out = warper(None, scores.clone())[0]
        return bool((out[~torch.isfinite(out)] == float("-inf")).all())

    for warper, expected in [(TopKLogitsWarper(top_k=2), [False, True, False, True]),
                             (TopPLogitsWarper(top_p=0.5), [False, True, False, False]),
                             (TopPLogitsWarper(top_p=0.9), [False, True, True, True])]:
        name = type(warper).__name__
        _require(kept(warper) == expected, f"{name} keeps {kept(warper)}, not {expected}")
        _require(filtered_to_minus_inf(warper), f"{name} does not set the filtered scores to -inf")


def pretraining_objectives():
    """The pre-training classes: BERT's (masked LM + next sentence, checked in chapter 2),
    GPT's is its causal-LM class, BART's its seq2seq (denoising) class; no task head (QA,
    token labelling) and no translation model is a pre-training class; GPT's loss is the
    next-token cross-entropy; ELMo has no model type."""
    import torch
    from torch.nn.functional import cross_entropy
    from transformers import AutoConfig, AutoModelForPreTraining, OpenAIGPTConfig

    try:
        AutoConfig.for_model("elmo")
    except ValueError:
        pass
    else:
        raise AssertionError("ELMo is now a model type")
    pretraining = _auto("MODEL_FOR_PRETRAINING_MAPPING_NAMES")
    causal, seq2seq = _auto("MODEL_FOR_CAUSAL_LM_MAPPING_NAMES"), _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    _require(pretraining.get("bert") == "BertForPreTraining", f"BERT pre-trains with {pretraining.get('bert')}")
    _require(pretraining.get("openai-gpt") == causal.get("openai-gpt"),
             f"GPT pre-trains with {pretraining.get('openai-gpt')}, not its causal-LM class {causal.get('openai-gpt')}")
    _require(pretraining.get("bart") == seq2seq.get("bart"),
             f"BART pre-trains with {pretraining.get('bart')}, not its seq2seq class")
    heads = [c for c in pretraining.values() if c.endswith(("ForQuestionAnswering", "ForTokenClassification"))]
    _require(not heads, f"task heads in the pre-training table: {heads}")
    _require("marian" not in pretraining, "a translation model (Marian) is a pre-training class")
    config = OpenAIGPTConfig(vocab_size=len(VOCAB), n_positions=16, n_embd=16, n_layer=1, n_head=2)
    ids = torch.tensor([token_ids("the", "cat", "sat", "on", "the", "mat")])
    with _seeded(), torch.no_grad():
        out = AutoModelForPreTraining.from_config(config).eval()(input_ids=ids, labels=ids)
    expected = cross_entropy(out.logits[0, :-1], ids[0, 1:])
    _require(torch.allclose(out.loss, expected, atol=1e-5), "GPT's pre-training loss is not next-token prediction")


def mlm_collator_80_10_10():
    """Collate 40,000 words with the default settings and count: about 15 % chosen; of those,
    about 80 % [MASK], 10 % another token, 10 % left as they were (a random replacement draws
    from the whole vocabulary, so 1 time in len(tok) it draws the same word). With 6,000
    chosen tokens the standard error of each share is under 0.6 points; the tolerances are
    2 points (1 for the 15 %)."""
    import torch
    from transformers import DataCollatorForLanguageModeling

    tok = bert_tokenizer()
    words = torch.tensor(token_ids(*WORDS))
    with _seeded():
        rows = words[torch.randint(len(words), (40, 1000))]
        batch = DataCollatorForLanguageModeling(tok, return_tensors="pt")([{"input_ids": r.tolist()} for r in rows])
    chosen = batch["labels"] != -100
    inputs = batch["input_ids"][chosen]
    share = {"chosen": float(chosen.float().mean()),
             "mask": float((inputs == tok.mask_token_id).float().mean()),
             "kept": float((inputs == rows[chosen]).float().mean())}
    share["random"] = 1 - share["mask"] - share["kept"]
    _require(bool((batch["labels"][chosen] == rows[chosen]).all()), "the labels are not the original tokens")
    _require(abs(share["chosen"] - 0.15) < 0.01, f"{share['chosen']:.1%} of tokens are chosen, not 15%")
    same = 1 / len(tok)
    for name, expected in [("mask", 0.8), ("random", 0.1 * (1 - same)), ("kept", 0.1 + 0.1 * same)]:
        _require(abs(share[name] - expected) < 0.02,
                 f"of the chosen tokens {share[name]:.1%} are {name}, not {expected:.0%}")


def clm_labels_copy_inputs():
    from transformers import DataCollatorForLanguageModeling

    tok = bert_tokenizer()
    batch = DataCollatorForLanguageModeling(tok, mlm=False, return_tensors="pt")(
        [tok("the cat sat"), tok("hello")])
    ids, labels = batch["input_ids"], batch["labels"]
    real = batch["attention_mask"].bool()
    _require(bool((labels[real] == ids[real]).all()), "causal-LM labels differ from the inputs")
    _require(bool((labels[~real] == -100).all()), "padding is not -100 in the labels")


def collator_hides_every_pad_id():
    from transformers import DataCollatorForLanguageModeling

    tok = bert_tokenizer()
    tok.pad_token = "."
    batch = DataCollatorForLanguageModeling(tok, mlm=False, return_tensors="pt")([tok("the cat sat .")])
    real_dot = batch["input_ids"][0] == tok.convert_tokens_to_ids(".")
    _require(bool(real_dot.any()), "the tiny sentence lost its full stop")
    _require(bool((batch["labels"][0][real_dot] == -100).all()),
             "a real token equal to the padding token keeps its label now")


# ---- chapter 6: fine-tuning with Trainer and peft ---------------------------------------
# The checks build a tiny sequence classifier and a 4-review dataset from the fixtures'
# vocabulary, and run the real Trainer, collator and peft calls on them (a second or two).

CH06_TEXTS = ["the cat sat", "hello world the cat sat on the mat", "hug", "the sofa"]
CH06_LABELS = [1, 0, 1, 0]


def _ch06_classifier():
    """A two-label BERT classifier with a pooler, seeded; the caller's RNG is left alone."""
    import torch
    from transformers import BertForSequenceClassification

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        return BertForSequenceClassification(bert_config(num_labels=2))


def _ch06_reviews():
    """The chapter's dataset in miniature: token ids and a `label` column."""
    from datasets import Dataset

    encoded = bert_tokenizer()(CH06_TEXTS, truncation=True)
    return Dataset.from_dict({**encoded, "label": CH06_LABELS})


def _ch06_arguments(folder, **overrides):
    from transformers import TrainingArguments

    settings = dict(output_dir=str(folder), per_device_train_batch_size=2,
                    per_device_eval_batch_size=2, report_to="none", disable_tqdm=True,
                    dataloader_pin_memory=False, save_strategy="no")
    return TrainingArguments(**{**settings, **overrides})


def _ch06_trainer(folder, **kwargs):
    """A Trainer on the tiny classifier that prints nothing (no PrinterCallback)."""
    from transformers import PrinterCallback, Trainer

    trainer = Trainer(model=_ch06_classifier(), args=_ch06_arguments(folder), **kwargs)
    trainer.remove_callback(PrinterCallback)
    return trainer


def eval_strategy_replaces_evaluation_strategy():
    from transformers import TrainingArguments

    with tempfile.TemporaryDirectory(prefix="errata-args-") as tmp:
        try:
            TrainingArguments(output_dir=tmp, report_to="none", evaluation_strategy="epoch")
        except TypeError as exc:
            _require("evaluation_strategy" in str(exc), f"a TypeError about something else: {exc}")
        else:
            raise AssertionError("TrainingArguments accepts evaluation_strategy= again")
        args = TrainingArguments(output_dir=tmp, report_to="none", eval_strategy="epoch")
        _require(args.eval_strategy == "epoch", f"eval_strategy='epoch' gives {args.eval_strategy!r}")


def trainer_takes_processing_class():
    from transformers import Trainer

    tok = bert_tokenizer()
    with tempfile.TemporaryDirectory(prefix="errata-trainer-") as tmp:
        args = _ch06_arguments(tmp)
        try:
            Trainer(model=_ch06_classifier(), args=args, tokenizer=tok)
        except TypeError as exc:
            _require("tokenizer" in str(exc), f"a TypeError about something else: {exc}")
        else:
            raise AssertionError("Trainer accepts tokenizer= again")
        trainer = _ch06_trainer(tmp, processing_class=tok)
        _require(trainer.processing_class is tok, "processing_class= does not keep the tokenizer")


def trainer_pads_dynamically_with_a_tokenizer():
    from transformers import DataCollatorWithPadding, default_data_collator

    tok = bert_tokenizer()
    short, long = tok("hug"), tok("hello world the cat sat on the mat")
    with tempfile.TemporaryDirectory(prefix="errata-trainer-") as tmp:
        trainer = _ch06_trainer(tmp, processing_class=tok)
        bare = _ch06_trainer(tmp)
    collator = trainer.data_collator
    _require(isinstance(collator, DataCollatorWithPadding),
             f"with a tokenizer and no data_collator, Trainer uses {type(collator).__name__}")
    width = collator([short, long])["input_ids"].shape[1]
    _require(width == len(long["input_ids"]),
             f"the batch is {width} tokens wide, not its longest member's {len(long['input_ids'])}")
    _require(bare.data_collator is default_data_collator,
             "without a tokenizer Trainer no longer falls back to default_data_collator")


def collator_renames_label_to_labels():
    """The dataset's `label` column reaches the model as `labels`: Trainer keeps the column
    (it is not a parameter of forward) and DataCollatorWithPadding renames it."""
    from transformers import BertForSequenceClassification

    params = inspect.signature(BertForSequenceClassification.forward).parameters
    _require("labels" in params and "label" not in params,
             "the classifier's forward no longer takes `labels`")
    with tempfile.TemporaryDirectory(prefix="errata-trainer-") as tmp:
        trainer = _ch06_trainer(tmp, train_dataset=_ch06_reviews(),
                                processing_class=bert_tokenizer())
        batch = next(iter(trainer.get_train_dataloader()))
    _require("labels" in batch and "label" not in batch,
             f"a training batch holds {sorted(batch)}, not `labels`")
    _require(len(batch["labels"]) == 2 and set(batch["labels"].tolist()) <= set(CH06_LABELS),
             f"the batch's labels are {batch['labels'].tolist()}")


def save_model_writes_weights_tokenizer_and_arguments():
    import zipfile

    with tempfile.TemporaryDirectory(prefix="errata-save-model-") as tmp:
        folder = Path(tmp) / "saved"
        trainer = _ch06_trainer(Path(tmp) / "run", processing_class=bert_tokenizer())
        trainer.save_model(folder)
        files = sorted(p.name for p in folder.iterdir())
        expected = ["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                    "training_args.bin"]
        _require(files == expected, f"save_model writes {files}")
        with zipfile.ZipFile(folder / "training_args.bin") as archive:
            pickled = [n for n in archive.namelist() if n.endswith(".pkl")]
        _require(pickled, "training_args.bin is no longer a torch.save pickle")


def peft_sequence_classifier_trains_and_saves_the_head():
    from peft import LoraConfig, TaskType, get_peft_model
    from safetensors.torch import load_file

    model = get_peft_model(_ch06_classifier(), LoraConfig(
        task_type=TaskType.SEQ_CLS, r=2, target_modules=["query", "value"]))
    saved = list(model.peft_config["default"].modules_to_save or [])
    _require("classifier" in saved, f"modules_to_save is {saved}, without the classifier")
    trained = [n for n, p in model.named_parameters() if p.requires_grad and "lora_" not in n]
    _require(trained and all(".classifier." in n for n in trained),
             f"besides the LoRA matrices, the trainable weights are {trained}")
    with tempfile.TemporaryDirectory(prefix="errata-peft-") as tmp:
        model.save_pretrained(tmp)
        keys = list(load_file(str(Path(tmp) / "adapter_model.safetensors")))
    _require(any("classifier" in k for k in keys), "the saved adapter has no classifier weights")
    _require(any("lora_A" in k for k in keys), "the saved adapter has no LoRA matrices")
    _require(not any("pooler" in k for k in keys), "the saved adapter holds the pooler")


def merge_and_unload_empties_the_peft_model():
    from peft import LoraConfig, TaskType, get_peft_model
    from safetensors.torch import load_file

    model = get_peft_model(_ch06_classifier(), LoraConfig(
        task_type=TaskType.SEQ_CLS, r=2, target_modules=["query", "value"]))
    with tempfile.TemporaryDirectory(prefix="errata-merge-") as tmp:
        model.save_pretrained(Path(tmp) / "before")
        merged = model.merge_and_unload()
        model.save_pretrained(Path(tmp) / "after")
        before = list(load_file(str(Path(tmp) / "before" / "adapter_model.safetensors")))
        after = list(load_file(str(Path(tmp) / "after" / "adapter_model.safetensors")))
    _require(any("lora_" in k for k in before), "the adapter saved before merging is empty")
    _require(not any("lora_" in k for k in after),
             "after merge_and_unload the PEFT model still saves its LoRA matrices: merging no "
             "longer changes it in place")
    _require(not any("lora_" in n for n, _ in merged.named_parameters()),
             "the merged model still has LoRA layers")


def trainer_metrics_argument():
    """What `Trainer.evaluate()` passes to `compute_metrics` (on the tiny classifier)."""
    seen = []

    def record(eval_pred):
        seen.append(eval_pred)
        return {}

    with tempfile.TemporaryDirectory(prefix="errata-trainer-") as tmp:
        trainer = _ch06_trainer(tmp, eval_dataset=_ch06_reviews(),
                                processing_class=bert_tokenizer(), compute_metrics=record)
        trainer.evaluate()
    _require(len(seen) == 1, f"compute_metrics was called {len(seen)} times for one evaluation")
    return seen[0]


def compute_metrics_gets_an_eval_prediction():
    import numpy as np
    from transformers import EvalPrediction

    got = trainer_metrics_argument()
    _require(isinstance(got, EvalPrediction), f"compute_metrics gets a {type(got).__name__}")
    _require(isinstance(got.predictions, np.ndarray) and got.predictions.shape == (len(CH06_TEXTS), 2),
             "`predictions` is not a NumPy array of logits, one row per example")
    _require(isinstance(got.label_ids, np.ndarray) and got.label_ids.tolist() == CH06_LABELS,
             "`label_ids` is not a NumPy array of the evaluation labels")
    unpacked = tuple(got)
    _require(len(unpacked) == 2 and unpacked[0] is got.predictions and unpacked[1] is got.label_ids,
             "it no longer unpacks as (predictions, label_ids)")


def trainer_pushes_to_hub_model_id():
    """`hub_model_id` names the repository `trainer.push_to_hub()` creates and uploads to, with
    the model, the tokenizer and a model card. The Hub is replaced by a recorder (and every real
    request is refused while the check runs), so nothing leaves the machine."""
    import huggingface_hub.constants as hub_constants
    import transformers.trainer as trainer_module
    from transformers import PrinterCallback, Trainer

    calls = []

    class Recorder:
        def create_repo(self, repo_id, **kwargs):
            calls.append(("create", repo_id))
            return type("RepoUrl", (), {"repo_id": repo_id})()

        def upload_folder(self, repo_id, folder_path, **kwargs):
            calls.append(("upload", repo_id, sorted(p.name for p in Path(folder_path).iterdir())))

    real_api, real_offline = trainer_module.hf_api, hub_constants.HF_HUB_OFFLINE
    trainer_module.hf_api, hub_constants.HF_HUB_OFFLINE = Recorder, True
    try:
        with tempfile.TemporaryDirectory(prefix="errata-push-") as tmp:
            args = _ch06_arguments(tmp, hub_model_id="your-name/tiny-classifier")
            _require(args.push_to_hub is False, "TrainingArguments pushes to the Hub by default")
            _require(args.hub_strategy == "every_save",
                     f"push_to_hub=True would push on {args.hub_strategy!r}, not every save")
            trainer = Trainer(model=_ch06_classifier(), args=args,
                              processing_class=bert_tokenizer())
            trainer.remove_callback(PrinterCallback)
            trainer.push_to_hub()
    finally:
        trainer_module.hf_api, hub_constants.HF_HUB_OFFLINE = real_api, real_offline
    _require(calls and calls[0] == ("create", "your-name/tiny-classifier"),
             f"push_to_hub created {calls[:1]}, not the repository hub_model_id names")
    uploads = [c for c in calls if c[0] == "upload"]
    _require(uploads and uploads[-1][1] == "your-name/tiny-classifier", "nothing was uploaded to it")
    files = uploads[-1][2]
    missing = {"README.md", "config.json", "model.safetensors", "tokenizer.json"} - set(files)
    _require(not missing, f"the upload lacks {sorted(missing)}")
