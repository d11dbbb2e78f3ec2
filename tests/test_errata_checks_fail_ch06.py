"""Chapter 6's claim checks can fail: each test breaks transformers or peft (one monkeypatched
attribute, undone after the test) the way the chapter says the library does not behave, and
expects the check to report exactly that. tests/test_errata.py shows each holds as installed.
"""
import copy

import pytest

from course_utils import errata
from course_utils.errata import BY_ID


def fails(claim: str, reason: str):
    result = errata.run_check(BY_ID[claim])
    assert result.holds is False, f"{claim} still holds on a library that contradicts it"
    assert reason in result.reason, f"{claim} failed for another reason: {result.reason}"


CH06 = [e.id for e in errata.ENTRIES if e.chapter == 6]


@pytest.mark.parametrize("claim", CH06)
def test_every_chapter6_claim_has_a_check_that_holds_as_installed(claim):
    assert BY_ID[claim].check is not None
    result = errata.run_check(BY_ID[claim])
    assert result.holds, result.reason


def test_eval_strategy_check_fails_when_the_old_name_is_accepted(monkeypatch):
    from transformers import TrainingArguments

    original = TrainingArguments.__init__

    def accepting(self, *args, evaluation_strategy=None, **kwargs):
        if evaluation_strategy is not None:
            kwargs["eval_strategy"] = evaluation_strategy
        original(self, *args, **kwargs)

    monkeypatch.setattr(TrainingArguments, "__init__", accepting)
    fails("ch06-eval-strategy", "accepts evaluation_strategy= again")


def test_processing_class_check_fails_when_tokenizer_is_accepted(monkeypatch):
    from transformers import Trainer

    original = Trainer.__init__

    def accepting(self, *args, tokenizer=None, **kwargs):
        if tokenizer is not None:
            kwargs["processing_class"] = tokenizer
        original(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "__init__", accepting)
    fails("ch06-processing-class", "Trainer accepts tokenizer= again")


def test_default_collator_check_fails_without_a_padding_collator(monkeypatch):
    import transformers.trainer as trainer_module
    from transformers import default_data_collator

    monkeypatch.setattr(trainer_module, "DataCollatorWithPadding", lambda tok: default_data_collator)
    fails("ch06-default-collator", "with a tokenizer and no data_collator, Trainer uses function")


def test_default_collator_check_fails_when_batches_are_padded_to_a_fixed_width(monkeypatch):
    import transformers.trainer as trainer_module
    from transformers import DataCollatorWithPadding

    monkeypatch.setattr(trainer_module, "DataCollatorWithPadding", lambda tok: DataCollatorWithPadding(
        tok, padding="max_length", max_length=32))
    fails("ch06-default-collator", "tokens wide, not its longest member's")


def test_label_check_fails_when_the_collator_keeps_label(monkeypatch):
    from transformers import DataCollatorWithPadding

    original = DataCollatorWithPadding.__call__

    def keeping(self, features):
        batch = original(self, features)
        batch["label"] = batch.pop("labels")
        return batch

    monkeypatch.setattr(DataCollatorWithPadding, "__call__", keeping)
    fails("ch06-collator-renames-label", "not `labels`")


def test_label_check_fails_when_trainer_drops_the_label_column(monkeypatch):
    from transformers import Trainer

    original = Trainer._set_signature_columns_if_needed

    def without_label(self):
        original(self)
        self._signature_columns = [c for c in self._signature_columns if c != "label"]

    monkeypatch.setattr(Trainer, "_set_signature_columns_if_needed", without_label)
    fails("ch06-collator-renames-label", "not `labels`")


def test_save_model_check_fails_when_the_tokenizer_is_not_saved(monkeypatch):
    from transformers import Trainer

    monkeypatch.setattr(Trainer, "save_model", lambda self, output_dir=None, _internal_call=False:
                        self.model.save_pretrained(output_dir))
    fails("ch06-save-model-files", "save_model writes ['config.json', 'model.safetensors']")


def test_peft_head_check_fails_when_seq_cls_is_a_plain_peft_model(monkeypatch):
    import peft.mapping_func
    from peft import PeftModel

    monkeypatch.setitem(peft.mapping_func.MODEL_TYPE_TO_PEFT_MODEL_MAPPING, "SEQ_CLS", PeftModel)
    fails("ch06-peft-head-not-pooler", "without the classifier")


def test_peft_head_check_fails_when_the_pooler_trains_too(monkeypatch):
    from peft import PeftModelForSequenceClassification

    original = PeftModelForSequenceClassification.__init__

    def with_pooler(self, model, peft_config, *args, **kwargs):
        peft_config.modules_to_save = ["pooler"]
        original(self, model, peft_config, *args, **kwargs)

    monkeypatch.setattr(PeftModelForSequenceClassification, "__init__", with_pooler)
    fails("ch06-peft-head-not-pooler", "pooler")


def test_merge_check_fails_when_merging_leaves_the_peft_model_alone(monkeypatch):
    from peft.tuners.lora import LoraModel

    original = LoraModel.merge_and_unload

    def on_a_copy(self, *args, **kwargs):
        return original(copy.deepcopy(self), *args, **kwargs)

    monkeypatch.setattr(LoraModel, "merge_and_unload", on_a_copy)
    fails("ch06-merge-in-place", "still saves its LoRA matrices")


def test_compute_metrics_check_fails_when_trainer_passes_a_plain_pair(monkeypatch):
    import transformers.trainer as trainer_module

    monkeypatch.setattr(trainer_module, "EvalPrediction",
                        lambda predictions, label_ids, **kwargs: (predictions, label_ids))
    fails("ch06-compute-metrics-eval-prediction", "compute_metrics gets a tuple")


def test_hub_model_id_check_fails_when_the_repository_is_named_otherwise(monkeypatch):
    from transformers import Trainer

    original = Trainer.init_hf_repo

    def output_dir_name(self, *args, **kwargs):
        self.args.hub_model_id = None  # as if hub_model_id were ignored
        original(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "init_hf_repo", output_dir_name)
    fails("ch06-hub-model-id", "not the repository hub_model_id names")


def test_hub_model_id_check_puts_the_hub_back_as_it_found_it():
    import huggingface_hub.constants as hub_constants
    import transformers.trainer as trainer_module

    before = (trainer_module.hf_api, hub_constants.HF_HUB_OFFLINE)
    assert errata.run_check(BY_ID["ch06-hub-model-id"]).holds
    assert (trainer_module.hf_api, hub_constants.HF_HUB_OFFLINE) == before
