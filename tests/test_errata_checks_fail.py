"""Every rewritten claim check can fail: each test breaks the library (or the fixture a check
uses) the way its claim says the library does not behave, and expects the check to report
exactly that. A check that still held here would be one that passes whatever transformers
does (tests/test_errata.py shows that each holds on the pinned releases).

The breakage is always a monkeypatch of one library attribute, undone after the test.
"""
import functools

import pytest

from course_utils import errata
from course_utils.errata import BY_ID


def fails(claim: str, reason: str):
    result = errata.run_check(BY_ID[claim])
    assert result.holds is False, f"{claim} still holds on a library that contradicts it"
    assert reason in result.reason, f"{claim} failed for another reason: {result.reason}"


# ---- chapter 1 ---------------------------------------------------------------------------

def text_classification():
    from transformers.pipelines.text_classification import TextClassificationPipeline

    return TextClassificationPipeline


def test_truncation_check_fails_when_the_pipeline_truncates_unasked(monkeypatch):
    pipeline_class = text_classification()
    original = pipeline_class.preprocess

    def always_truncating(self, inputs, **tokenizer_kwargs):
        return original(self, inputs, **{**tokenizer_kwargs, "truncation": True})

    monkeypatch.setattr(pipeline_class, "preprocess", always_truncating)
    fails("ch01-pipeline-truncates-when-asked", "truncates unasked")


def test_truncation_check_fails_when_truncation_is_not_passed_on(monkeypatch):
    pipeline_class = text_classification()
    original = pipeline_class._sanitize_parameters

    def dropping_truncation(self, **kwargs):
        kwargs.pop("truncation", None)
        return original(self, **kwargs)

    monkeypatch.setattr(pipeline_class, "_sanitize_parameters", dropping_truncation)
    fails("ch01-pipeline-truncates-when-asked", "truncation=True is not passed on")


def test_return_all_scores_check_fails_when_the_argument_is_honoured(monkeypatch):
    pipeline_class = text_classification()
    original = pipeline_class._sanitize_parameters

    def honouring(self, return_all_scores=None, **kwargs):
        if return_all_scores:
            kwargs["top_k"] = None
        return original(self, **kwargs)

    monkeypatch.setattr(pipeline_class, "_sanitize_parameters", honouring)
    fails("ch01-return-all-scores-ignored", "return_all_scores=True changes the result")


def test_return_all_scores_check_fails_when_top_k_none_returns_one_label(monkeypatch):
    pipeline_class = text_classification()
    original = pipeline_class.postprocess

    def top_only(self, model_outputs, function_to_apply=None, top_k=1, _legacy=True):
        return original(self, model_outputs, function_to_apply, top_k=1, _legacy=False)

    monkeypatch.setattr(pipeline_class, "postprocess", top_only)
    fails("ch01-return-all-scores-ignored", "top_k=None returns")


def test_grouped_entities_check_fails_when_the_argument_is_accepted_again(monkeypatch):
    from transformers.pipelines.token_classification import TokenClassificationPipeline

    original = TokenClassificationPipeline._sanitize_parameters

    def accepting(self, grouped_entities=None, **kwargs):
        if grouped_entities:
            kwargs["aggregation_strategy"] = "simple"
        return original(self, **kwargs)

    monkeypatch.setattr(TokenClassificationPipeline, "_sanitize_parameters", accepting)
    fails("ch01-grouped-entities-removed", "accepted again")


def test_top_k_check_fails_when_the_default_changes(monkeypatch):
    from transformers import GenerationConfig

    defaults = GenerationConfig._get_default_generation_params()
    monkeypatch.setattr(GenerationConfig, "_get_default_generation_params",
                        staticmethod(lambda: {**defaults, "top_k": 20}))
    fails("ch01-top-k-default-50", "keeps 20 of 100 tokens, not 50")


def test_chat_template_check_fails_when_the_template_is_not_applied(monkeypatch):
    from transformers import PreTrainedTokenizerBase

    def plain_text(self, conversation, return_tensors=None, **kwargs):
        text = " ".join(m["content"] for m in conversation)  # the messages' text, no template
        return self(text, add_special_tokens=False, return_tensors=return_tensors)

    monkeypatch.setattr(PreTrainedTokenizerBase, "apply_chat_template", plain_text)
    fails("ch01-chat-template", "not the chat template's")


def test_zero_shot_check_fails_on_another_default_hypothesis(monkeypatch):
    from transformers.pipelines.zero_shot_classification import ZeroShotClassificationPipeline

    original = ZeroShotClassificationPipeline.preprocess

    def other_default(self, inputs, candidate_labels=None, hypothesis_template="This is about {}."):
        return original(self, inputs, candidate_labels, hypothesis_template)

    monkeypatch.setattr(ZeroShotClassificationPipeline, "preprocess", other_default)
    fails("ch01-zero-shot-template", "this is about cat.")


@pytest.mark.parametrize("claim,task", [("ch01-qa-pipeline-removed", "question-answering"),
                                        ("ch01-seq2seq-pipelines-removed", "summarization")])
def test_removed_task_checks_fail_when_check_task_accepts_the_task(monkeypatch, claim, task):
    from transformers import pipelines

    original = pipelines.check_task
    monkeypatch.setattr(pipelines, "check_task",
                        lambda name: original("text-classification" if name == task else name))
    fails(claim, task)


def test_fill_mask_check_fails_when_scores_are_not_one_softmax(monkeypatch):
    from transformers.pipelines.fill_mask import FillMaskPipeline

    original = FillMaskPipeline.postprocess

    def halved(self, *args, **kwargs):
        return [{**r, "score": r["score"] / 2} for r in original(self, *args, **kwargs)]

    monkeypatch.setattr(FillMaskPipeline, "postprocess", halved)
    fails("ch01-fill-mask-not-generation", "not one softmax over the vocabulary")


def test_marian_check_fails_when_the_auto_class_builds_something_else(monkeypatch):
    from transformers.models.auto import modeling_auto

    monkeypatch.setattr(modeling_auto.AutoModelForSeq2SeqLM, "from_config",
                        classmethod(lambda cls, config, **kw: modeling_auto.AutoModel.from_config(config)))
    fails("ch01-marian-seq2seq", "builds MarianModel")


def test_ner_scores_check_fails_when_scores_are_python_floats(monkeypatch):
    from transformers.pipelines.token_classification import TokenClassificationPipeline

    original = TokenClassificationPipeline.postprocess

    def python_floats(self, *args, **kwargs):
        return [{**e, "score": float(e["score"])} for e in original(self, *args, **kwargs)]

    monkeypatch.setattr(TokenClassificationPipeline, "postprocess", python_floats)
    fails("ch01-ner-scores-numpy", "not NumPy floats")


# ---- chapter 2 ---------------------------------------------------------------------------

def test_attention_check_fails_on_weights_that_are_not_softmax_of_query_key(monkeypatch):
    """Uniform attention over the allowed keys: rows still sum to 1 and the padding still gets
    nothing, so only the recomputation from query and key can tell."""
    import torch
    from transformers.models.bert import modeling_bert

    def uniform(module, query, key, value, attention_mask, scaling=None, dropout=0.0, **kwargs):
        allowed = (attention_mask == 0).float().expand(-1, query.shape[1], query.shape[2], -1)
        weights = allowed / allowed.sum(-1, keepdim=True)
        return torch.matmul(weights, value).transpose(1, 2).contiguous(), weights

    monkeypatch.setattr(modeling_bert, "eager_attention_forward", uniform)
    fails("ch02-attention-query-key", "not a softmax of query·key")


def test_pretraining_heads_check_fails_without_next_sentence_loss(monkeypatch):
    import torch
    import transformers

    class MaskedLMOnly(transformers.BertForPreTraining):
        def forward(self, *args, labels=None, next_sentence_label=None, **kwargs):
            out = super().forward(*args, **kwargs)
            out.loss = torch.nn.functional.cross_entropy(  # next-sentence prediction left out
                out.prediction_logits.view(-1, out.prediction_logits.shape[-1]), labels.view(-1))
            return out

    monkeypatch.setattr(transformers, "BertForPreTraining", MaskedLMOnly)
    fails("ch02-bert-fine-tuning", "not masked-LM + next-sentence")


def test_causal_head_check_fails_when_bert_builds_no_causal_lm(monkeypatch):
    from transformers.models.auto import modeling_auto

    monkeypatch.setattr(modeling_auto.AutoModelForCausalLM, "from_config",
                        classmethod(lambda cls, config, **kw: modeling_auto.AutoModelForMaskedLM.from_config(config)))
    fails("ch02-encoders-have-causal-heads", "builds BertForMaskedLM")


def test_load_report_check_fails_when_nothing_is_reported(monkeypatch):
    from transformers.utils.loading_report import LoadStateDictInfo

    monkeypatch.setattr(LoadStateDictInfo, "create_loading_report", lambda self, model=None: None)
    fails("ch02-load-report", "no longer says")


# ---- chapter 3 ---------------------------------------------------------------------------

def test_distilbert_check_fails_when_its_tokenizer_returns_segments(monkeypatch):
    from transformers import DistilBertTokenizer

    monkeypatch.setattr(DistilBertTokenizer, "model_input_names",
                        ["input_ids", "token_type_ids", "attention_mask"])
    fails("ch03-distilbert-no-token-types", "token_type_ids")


def test_encode_plus_check_fails_when_a_tokenizer_class_brings_it_back(monkeypatch):
    from transformers import BertTokenizer

    monkeypatch.setattr(BertTokenizer, "encode_plus", lambda self, *a, **kw: self(*a, **kw), raising=False)
    fails("ch03-encode-plus-removed", "tokenizers still have ['encode_plus']")


# ---- chapter 4 ---------------------------------------------------------------------------

def test_image_classification_check_fails_on_scores_per_patch(monkeypatch):
    from transformers import ViTForImageClassification

    original = ViTForImageClassification.forward

    def per_patch(self, pixel_values=None, **kwargs):
        out = original(self, pixel_values=pixel_values, **kwargs)
        out.logits = out.logits[:, None, :].expand(-1, 4, -1)  # one label per patch, as a detector would
        return out

    monkeypatch.setattr(ViTForImageClassification, "forward", per_patch)
    fails("ch04-image-classification-only", "not one set of label scores per image")


def test_electra_check_fails_on_an_adversarial_generator(monkeypatch):
    import transformers

    class Adversarial(transformers.ElectraForMaskedLM):
        def forward(self, *args, **kwargs):
            out = super().forward(*args, **kwargs)
            out.loss = -out.loss  # rewarded for the discriminator's mistakes, not for the true token
            return out

    monkeypatch.setattr(transformers, "ElectraForMaskedLM", Adversarial)
    fails("ch04-electra-not-adversarial", "not the masked-LM likelihood")


def test_electra_check_fails_on_a_discriminator_scoring_whole_sequences(monkeypatch):
    import transformers

    monkeypatch.setattr(transformers, "ElectraForPreTraining",
                        functools.partial(transformers.ElectraForSequenceClassification))
    fails("ch04-electra-not-adversarial", "not one score per token")


def test_teacher_forcing_check_fails_when_the_decoder_does_not_see_the_labels(monkeypatch):
    import torch
    from transformers.models.bart import modeling_bart

    def start_tokens_only(labels, pad_token_id, decoder_start_token_id):
        return torch.full_like(labels, decoder_start_token_id)

    monkeypatch.setattr(modeling_bart, "shift_tokens_right", start_tokens_only)
    fails("ch04-teacher-forcing", "no teacher forcing")


def test_teacher_forcing_check_fails_when_beam_search_gives_one_sequence(monkeypatch):
    from transformers import BartForConditionalGeneration

    original = BartForConditionalGeneration.generate

    def greedy(self, *args, **kwargs):
        kwargs.update(num_beams=1, num_return_sequences=1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(BartForConditionalGeneration, "generate", greedy)
    fails("ch04-teacher-forcing", "not 3 beams")


def test_masked_lm_table_check_fails_when_it_builds_the_pretraining_class(monkeypatch):
    from transformers.models.auto import modeling_auto

    monkeypatch.setattr(modeling_auto.AutoModelForMaskedLM, "from_config",
                        classmethod(lambda cls, config, **kw: modeling_auto.AutoModelForPreTraining.from_config(config)))
    fails("ch04-masked-lm-own-table", "BertForPreTraining")


def test_encoder_only_check_fails_on_an_encoder_decoder_config(monkeypatch):
    from transformers import AutoConfig

    original = AutoConfig.for_model

    def electra_as_encoder_decoder(cls, model_type, *args, **kwargs):
        config = original(model_type, *args, **kwargs)
        config.is_encoder_decoder = model_type == "electra" or config.is_encoder_decoder
        return config

    monkeypatch.setattr(AutoConfig, "for_model", classmethod(electra_as_encoder_decoder))
    fails("ch04-masked-lm-encoder-only", "configured as encoder-decoder: ['electra']")


def test_clip_check_fails_on_a_one_sided_loss(monkeypatch):
    from transformers.models.clip import modeling_clip

    monkeypatch.setattr(modeling_clip, "image_text_contrastive_loss", modeling_clip.contrastive_loss)
    fails("ch04-task-list", "not contrastive")


def test_head_check_fails_when_the_head_is_created_at_random(monkeypatch):
    import torch
    from transformers import BertForTokenClassification

    original = BertForTokenClassification.from_pretrained

    def reinitialised(cls, *args, **kwargs):
        model, info = original.__func__(cls, *args, **kwargs)
        torch.nn.init.normal_(model.classifier.weight)
        return model, info

    monkeypatch.setattr(BertForTokenClassification, "from_pretrained", classmethod(reinitialised))
    fails("ch04-weights-match-by-name", "did not receive the saved head's weights")


# ---- chapter 5 ---------------------------------------------------------------------------

def test_filtering_check_fails_when_the_old_function_is_importable(monkeypatch):
    import transformers

    monkeypatch.setattr(transformers, "top_k_top_p_filtering", lambda logits, **kw: logits, raising=False)
    fails("ch05-top-k-top-p-filtering-removed", "works again")


def test_filtering_check_fails_when_top_p_filters_nothing(monkeypatch):
    from transformers import TopPLogitsWarper

    monkeypatch.setattr(TopPLogitsWarper, "__call__", lambda self, input_ids, scores: scores)
    fails("ch05-top-k-top-p-filtering-removed", "TopPLogitsWarper keeps")


def test_filtering_check_fails_when_filtered_scores_are_not_minus_inf(monkeypatch):
    import torch
    from transformers import TopKLogitsWarper

    original = TopKLogitsWarper.__call__

    def nan_filter(self, input_ids, scores):
        out = original(self, input_ids, scores)
        return out.masked_fill(torch.isinf(out), float("nan"))

    monkeypatch.setattr(TopKLogitsWarper, "__call__", nan_filter)
    fails("ch05-top-k-top-p-filtering-removed", "TopKLogitsWarper does not set the filtered scores to -inf")


def test_pretraining_check_fails_when_gpt_pretrains_with_another_head(monkeypatch):
    from transformers.models.auto import modeling_auto

    monkeypatch.setitem(modeling_auto.MODEL_FOR_PRETRAINING_MAPPING_NAMES, "openai-gpt", "OpenAIGPTDoubleHeadsModel")
    fails("ch05-pretraining-objectives", "not its causal-LM class")


def test_pretraining_check_fails_when_a_task_head_is_a_pretraining_class(monkeypatch):
    from transformers.models.auto import modeling_auto

    monkeypatch.setitem(modeling_auto.MODEL_FOR_PRETRAINING_MAPPING_NAMES, "xlnet", "XLNetForQuestionAnswering")
    fails("ch05-pretraining-objectives", "task heads")


def test_pretraining_check_fails_when_gpt_loss_is_not_next_token(monkeypatch):
    from transformers import OpenAIGPTLMHeadModel

    original = OpenAIGPTLMHeadModel.forward

    def same_position(self, input_ids=None, labels=None, **kwargs):
        out = original(self, input_ids=input_ids, **kwargs)
        out.loss = __import__("torch").nn.functional.cross_entropy(out.logits[0], labels[0])
        return out

    monkeypatch.setattr(OpenAIGPTLMHeadModel, "forward", same_position)
    fails("ch05-pretraining-objectives", "not next-token prediction")


@pytest.mark.parametrize("probabilities,reason", [
    (dict(mask_replace_prob=1.0, random_replace_prob=0.0), "are mask, not 80%"),
    (dict(mlm_probability=0.3), "not 15%"),
])
def test_mlm_check_fails_when_the_collator_masks_otherwise(monkeypatch, probabilities, reason):
    import transformers

    changed = functools.partial(transformers.DataCollatorForLanguageModeling, **probabilities)
    monkeypatch.setattr(transformers, "DataCollatorForLanguageModeling", changed)
    fails("ch05-mlm-80-10-10", reason)
