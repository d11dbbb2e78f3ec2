"""One check per claim: it runs against the installed libraries and raises AssertionError
(with a one-line reason) when the claim no longer holds.

Checks read the library (mapping tables, signatures, defaults, the files it writes) and,
where behaviour is the claim, run it on the tiny objects of `fixtures`. None of them
downloads anything or needs the course's model set.
"""
import inspect
import json
import os
import tempfile
from pathlib import Path

from .fixtures import (CHINESE, VOCAB, bart_config, bert_config, bert_tokenizer, electra_config,
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


# ---- chapter 1: pipelines -------------------------------------------------------------

def fill_mask_is_its_own_task():
    tasks, _ = _tasks()
    _require("fill-mask" in tasks, "fill-mask is not a pipeline task")
    classes = [c.__name__ for c in tasks["fill-mask"]["pt"]]
    _require(classes == ["AutoModelForMaskedLM"], f"fill-mask runs {classes}, not AutoModelForMaskedLM")
    _require("bert" in _auto("MODEL_FOR_MASKED_LM_MAPPING_NAMES"), "BERT has no masked-LM class")


def question_answering_pipeline_removed():
    tasks, aliases = _tasks()
    _require("question-answering" not in tasks and "question-answering" not in aliases,
             "question-answering is still a pipeline task")


def seq2seq_pipelines_removed():
    tasks, aliases = _tasks()
    still = [t for t in ("summarization", "translation", "text2text-generation")
             if t in tasks or t in aliases]
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
    from transformers.pipelines.token_classification import TokenClassificationPipeline

    params = inspect.signature(TokenClassificationPipeline._sanitize_parameters).parameters
    _require("grouped_entities" not in params, "_sanitize_parameters accepts grouped_entities again")
    _require("aggregation_strategy" in params, "aggregation_strategy is no longer a parameter")


def aggregation_strategies():
    from transformers.pipelines.token_classification import AggregationStrategy

    values = sorted(s.value for s in AggregationStrategy)
    _require(values == ["average", "first", "max", "none", "simple"], f"strategies are {values}")


def ner_scores_are_numpy_floats():
    import numpy as np
    from transformers import BertForTokenClassification, pipeline

    fixtures_model = BertForTokenClassification(bert_config(num_labels=3, id2label={
        0: "O", 1: "B-PER", 2: "I-PER"}, label2id={"O": 0, "B-PER": 1, "I-PER": 2}))
    tagger = pipeline("token-classification", model=fixtures_model, tokenizer=bert_tokenizer())
    found = tagger("hello world the cat")
    _require(found, "the tiny tagger found no token at all")
    _require(isinstance(found[0]["score"], np.floating),
             f"scores are {type(found[0]['score']).__name__}, not NumPy floats")


def return_all_scores_gone():
    from transformers.pipelines.text_classification import TextClassificationPipeline

    source = inspect.getsource(TextClassificationPipeline)
    _require("return_all_scores" not in source, "TextClassificationPipeline reads return_all_scores again")
    _require("top_k" in inspect.signature(TextClassificationPipeline._sanitize_parameters).parameters,
             "top_k is not a text-classification parameter")


def top_k_defaults_to_50():
    from transformers import GenerationConfig

    config = GenerationConfig()
    value = config.top_k
    if value is None and hasattr(GenerationConfig, "_get_default_generation_params"):
        value = GenerationConfig._get_default_generation_params().get("top_k")
    _require(value == 50, f"the default top_k is {value}")


def pipeline_truncates_only_when_asked():
    from transformers.pipelines.text_classification import TextClassificationPipeline

    params = inspect.signature(TextClassificationPipeline._sanitize_parameters).parameters
    _require("truncation" not in params or params["truncation"].default in (None, False),
             "text-classification truncates by default")
    source = inspect.getsource(TextClassificationPipeline._sanitize_parameters)
    _require("truncation" in source or "tokenizer_kwargs" in source,
             "text-classification no longer forwards truncation to the tokenizer")


def text_generation_applies_chat_template():
    from transformers.pipelines.text_generation import TextGenerationPipeline

    _require("apply_chat_template" in inspect.getsource(TextGenerationPipeline),
             "TextGenerationPipeline no longer applies chat templates")


def zero_shot_hypothesis_template():
    from transformers.pipelines.zero_shot_classification import ZeroShotClassificationPipeline

    default = inspect.signature(ZeroShotClassificationPipeline.preprocess).parameters["hypothesis_template"].default
    _require(default == "This example is {}.", f"the default template is {default!r}")


def marian_is_seq2seq():
    table = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    _require("marian" in table, "Marian is not mapped by AutoModelForSeq2SeqLM")


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
    import torch
    from transformers import AutoModel

    model = AutoModel.from_config(bert_config(), attn_implementation="eager").eval()
    ids = torch.tensor([token_ids("[CLS]", "the", "cat", "[SEP]", "[PAD]")])
    mask = torch.tensor([[1, 1, 1, 1, 0]])
    with torch.no_grad():
        attentions = model(input_ids=ids, attention_mask=mask, output_attentions=True).attentions
    weights = attentions[0][0]
    _require(torch.allclose(weights.sum(-1), torch.ones_like(weights.sum(-1)), atol=1e-5),
             "attention rows do not sum to 1")
    _require(float(weights[..., -1].abs().max()) < 1e-6, "a masked key still gets attention")


def bert_pretraining_heads():
    import torch
    from transformers import BertForPreTraining

    model = BertForPreTraining(bert_config()).eval()
    with torch.no_grad():
        out = model(input_ids=torch.tensor([token_ids("[CLS]", "the", "[MASK]", "[SEP]")]))
    _require(out.prediction_logits.shape[-1] == len(VOCAB), "no masked-LM head")
    _require(tuple(out.seq_relationship_logits.shape) == (1, 2), "no next-sentence head")


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
    table = _auto("MODEL_FOR_CAUSAL_LM_MAPPING_NAMES")
    missing = [t for t in ("bert", "roberta") if t not in table]
    _require(not missing, f"no causal-LM class for {missing}")
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
    import transformers

    root = Path(transformers.__file__).parent
    found = any("newly initialized because missing from the checkpoint" in p.read_text(encoding="utf-8")
                for p in (root / "utils").glob("*.py"))
    _require(found, "the load report no longer says 'newly initialized because missing from the checkpoint'")


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

    still = [m for m in ("encode_plus", "batch_encode_plus") if hasattr(PreTrainedTokenizerBase, m)]
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

    names = list(DistilBertTokenizer.model_input_names)
    _require(names == ["input_ids", "attention_mask"], f"DistilBERT's inputs are {names}")


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
    masked = _auto("MODEL_FOR_MASKED_LM_MAPPING_NAMES")
    seq2seq = _auto("MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES")
    names = ("bert", "roberta", "albert", "distilbert", "electra")
    _require(all(t in masked for t in names), "a notes' model is missing from the masked-LM table")
    _require(not set(names) & set(seq2seq), "a notes' masked-LM model is in the seq2seq table")


def electra_discriminator_per_token():
    import torch
    from transformers import ElectraForMaskedLM, ElectraForPreTraining

    model = ElectraForPreTraining(electra_config()).eval()
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([token_ids("[CLS]", "the", "cat", "[SEP]")])).logits
    _require(tuple(logits.shape) == (1, 4), f"the discriminator gives {tuple(logits.shape)}, not one score per token")
    _require(ElectraForMaskedLM is not None, "no ELECTRA generator class")


def masked_lm_has_its_own_table():
    masked = _auto("MODEL_FOR_MASKED_LM_MAPPING_NAMES")
    pretraining = _auto("MODEL_FOR_PRETRAINING_MAPPING_NAMES")
    _require(masked["bert"] == "BertForMaskedLM" and pretraining["bert"] == "BertForPreTraining",
             "masked LM and pre-training no longer map BERT to different classes")


def seq2seq_trains_with_teacher_forcing():
    import torch
    from transformers import BartForConditionalGeneration, GenerationConfig

    torch.manual_seed(0)
    model = BartForConditionalGeneration(bart_config()).eval()
    ids = torch.tensor([token_ids("the", "cat", "sat")])
    labels = torch.tensor([token_ids("on", "the", "mat")])
    with torch.no_grad():
        out = model(input_ids=ids, labels=labels)
    _require(out.loss is not None and out.logits.shape[1] == 3,
             "labels alone do not give a teacher-forced loss")
    _require(GenerationConfig(num_beams=4).num_beams == 4, "num_beams is not a generation setting")


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
    classification = _auto("MODEL_FOR_IMAGE_CLASSIFICATION_MAPPING_NAMES")
    detection = _auto("MODEL_FOR_OBJECT_DETECTION_MAPPING_NAMES")
    _require("vit" in classification and "detr" in detection and "detr" not in classification,
             "the image classification and detection tables overlap as they did not")


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
    from transformers.models.clip.modeling_clip import CLIPOutput

    _require("logits_per_image" in CLIPOutput.__dataclass_fields__, "CLIP no longer scores image-text pairs")
    types = _model_types()
    _require(not [t for t in types if "crf" in t], "a CRF model type exists")
    _require("transfo-xl" not in types, "transfo-xl is a model type again")


def llama_has_no_masked_lm_or_multiple_choice():
    for table in ("MODEL_FOR_MASKED_LM_MAPPING_NAMES", "MODEL_FOR_MULTIPLE_CHOICE_MAPPING_NAMES"):
        _require("llama" not in _auto(table), f"llama is now in {table}")
    _require("llama" in _auto("MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES"), "llama lost its classification head")


def sequence_head_loads_into_token_head():
    from transformers import BertForSequenceClassification, BertForTokenClassification

    with tempfile.TemporaryDirectory(prefix="errata-heads-") as tmp:
        folder = Path(tmp)
        BertForSequenceClassification(bert_config(num_labels=2)).save_pretrained(folder)
        _, info = BertForTokenClassification.from_pretrained(folder, output_loading_info=True)
        _require(not info["missing_keys"], f"created at random: {sorted(info['missing_keys'])}")


# ---- chapter 5: worked examples ---------------------------------------------------------

def top_k_top_p_filtering_removed():
    import torch
    import transformers
    from transformers import TopKLogitsWarper, TopPLogitsWarper

    _require(not hasattr(transformers, "top_k_top_p_filtering"), "top_k_top_p_filtering is back")
    scores = torch.tensor([[3.0, 2.0, 1.0, 0.0]])
    kept = TopKLogitsWarper(top_k=2)(None, scores.clone())
    _require(torch.isinf(kept[0, 2:]).all() and torch.isfinite(kept[0, :2]).all(), "top-k does not set the rest to -inf")
    kept = TopPLogitsWarper(top_p=0.5)(None, scores.clone())
    _require(int(torch.isfinite(kept).sum()) >= 1, "top-p removed every token")


def pretraining_objectives():
    types = _model_types()
    _require("elmo" not in types, "ELMo is now in the library")
    causal = _auto("MODEL_FOR_CAUSAL_LM_MAPPING_NAMES")
    _require("openai-gpt" in causal, "GPT has no causal-LM class")
    pretraining = _auto("MODEL_FOR_PRETRAINING_MAPPING_NAMES")
    _require(pretraining.get("openai-gpt") != "BertForPreTraining", "GPT pre-trains like BERT")


def mlm_collator_80_10_10():
    import dataclasses

    from transformers import DataCollatorForLanguageModeling

    defaults = {f.name: f.default for f in dataclasses.fields(DataCollatorForLanguageModeling)}
    got = (defaults.get("mlm_probability"), defaults.get("mask_replace_prob"), defaults.get("random_replace_prob"))
    _require(got == (0.15, 0.8, 0.1), f"(mlm_probability, mask, random) defaults are {got}")


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
