"""Every exercise: its solution passes, `...` is 'not attempted', wrong answers are told why.

Solutions are executed exactly as `solution()` prints them, so a broken solution or a broken
check is caught here before a learner meets it.
"""
import pytest

from course_utils.exercises import (CORRECT, INCORRECT, NOT_ATTEMPTED, Exercise, Incorrect,
                                    ch01, ch02, ch03, ch04, ch05, ch06)
from course_utils.language import Text

ALL = ch01.ALL + ch02.ALL + ch03.ALL + ch04.ALL + ch05.ALL + ch06.ALL


def run_solution(exercise, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace = {}
    exec(exercise.solution_code, namespace)
    return namespace[exercise.answer_name]


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.name.en)
def test_solution_passes_its_check(exercise, tmp_path, monkeypatch, capsys):
    answer = run_solution(exercise, tmp_path, monkeypatch)
    verdict = exercise.grade(answer)
    assert verdict.status == CORRECT, verdict.message
    exercise.check(answer)
    assert "correct!" in capsys.readouterr().out


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.name.en)
def test_untouched_starter_is_not_attempted(exercise, capsys):
    assert exercise.grade(...).status == NOT_ATTEMPTED
    exercise.check(...)
    assert "not attempted yet" in capsys.readouterr().out


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.name.en)
def test_answer_of_the_wrong_type_is_explained(exercise):
    verdict = exercise.grade(object())
    assert verdict.status == INCORRECT
    assert "Expected" in verdict.message or "got" in verdict.message


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.name.en)
def test_every_exercise_has_hints_and_a_solution(exercise, capsys):
    assert exercise.hints and exercise.solution_code.strip()
    exercise.hint()
    assert capsys.readouterr().out.startswith("Hint 1/")
    exercise.solution()
    assert exercise.answer_name in capsys.readouterr().out


# ---- specific wrong answers get specific advice ------------------------------------------

def grade(exercise, answer):
    verdict = exercise.grade(answer)
    assert verdict.status == INCORRECT
    return verdict.message


def test_families_names_the_wrong_entries_without_giving_them_away():
    answer = dict(ch02.FAMILY_OF, BERT="encoder-decoder", ELECTRA="decoder-only")
    message = grade(ch02.families, answer)
    assert "BERT, ELECTRA" in message and "encoder-only" not in message
    assert "no entry for T5" in grade(ch02.families, {k: v for k, v in ch02.FAMILY_OF.items()
                                                      if k != "T5"})
    assert "must be one of" in grade(ch02.families, dict(ch02.FAMILY_OF, T5="seq2seq"))


def test_layer_params_spots_the_whole_model_count():
    from course_utils.exercises import _models

    whole = sum(p.numel() for p in _models.model("encoder").parameters())
    assert "whole model" in grade(ch02.layer_params, whole)
    assert "whole number" in grade(ch02.layer_params, 1.5)
    assert ch02.layer_params.grade(123).status == INCORRECT


def test_hidden_states_explains_a_single_tensor_and_none():
    import torch

    assert "whole tuple" in grade(ch02.hidden_states, torch.zeros(1, 3, 384))
    assert "output_hidden_states=True" in grade(ch02.hidden_states, None)
    fake = tuple(torch.zeros(1, 3, 384) for _ in range(7))
    assert "shape" in grade(ch02.hidden_states, fake)


def test_saved_folder_must_hold_safetensors_of_the_encoder(tmp_path):
    assert "not a folder" in grade(ch02.save_reload, str(tmp_path / "nowhere"))
    (tmp_path / "config.json").write_text("{}")
    assert "model.safetensors" in grade(ch02.save_reload, str(tmp_path))


def test_saved_folder_may_be_sharded(tmp_path):
    from course_utils.exercises import _models

    _models.model("encoder").save_pretrained(tmp_path / "sharded", max_shard_size="20MB")
    assert not (tmp_path / "sharded" / "model.safetensors").exists()
    assert ch02.save_reload.grade(tmp_path / "sharded").passed


def test_saved_folder_of_another_model_is_refused(tmp_path):
    from transformers import AutoModelForCausalLM

    from course_utils import checkpoint

    AutoModelForCausalLM.from_pretrained(checkpoint("causal-lm")).save_pretrained(tmp_path / "lm")
    assert "not the encoder" in grade(ch02.save_reload, str(tmp_path / "lm"))


def test_changed_weights_are_refused(tmp_path):
    import torch
    from transformers import AutoModel

    from course_utils import checkpoint

    model = AutoModel.from_pretrained(checkpoint("encoder"))
    with torch.no_grad():
        model.pooler.dense.bias += 1
    model.save_pretrained(tmp_path / "changed")
    assert "differ" in grade(ch02.save_reload, str(tmp_path / "changed"))


def test_integral_floats_and_stacked_hidden_states_are_accepted(tmp_path, monkeypatch):
    import torch

    n = run_solution(ch02.layer_params, tmp_path, monkeypatch)
    assert ch02.layer_params.grade(float(n)).passed
    assert ch02.layer_params.grade(torch.tensor(n)).passed
    states = run_solution(ch02.hidden_states, tmp_path, monkeypatch)
    assert ch02.hidden_states.grade(torch.stack(states)).passed


def test_truncation_check_spots_missing_truncation_and_hand_slicing():
    from course_utils.exercises import _models

    tok = _models.tokenizer("chinese-tokenizer")
    full = tok.encode(ch03.SENTENCE)
    assert "truncation=True" in grade(ch03.truncate, full)
    padded = tok.encode(ch03.SENTENCE, padding="max_length", max_length=8)
    assert "truncation=True" in grade(ch03.truncate, padded)
    assert "sliced" in grade(ch03.truncate, full[:8])
    assert "list of ints" in grade(ch03.truncate, "1, 2, 3")


def test_mask_check_spots_the_idx_not_zero_trick():
    from course_utils.exercises import _models

    tok = _models.tokenizer("causal-lm")
    ids = tok(ch03.BATCH, padding=True)["input_ids"][0]
    assert "pad_token_id" in grade(ch03.attention_mask, [1 if i != 0 else 0 for i in ids])
    assert "entries" in grade(ch03.attention_mask, [1, 1])


def test_token_types_check_spots_a_single_string():
    from course_utils.exercises import _models

    tok = _models.tokenizer("chinese-tokenizer")
    single = tok("".join(ch03.PAIR))["token_type_ids"]
    assert "as a pair" in grade(ch03.token_types, single)


def test_decode_check_spots_special_tokens_and_the_original_text():
    assert "skip_special_tokens" in grade(ch03.round_trip, "[CLS] i ' ve [SEP]")
    assert "original text" in grade(ch03.round_trip, ch03.ENGLISH)


def test_decode_accepts_both_space_clean_up_settings():
    from course_utils.exercises import _models

    tok = _models.tokenizer("encoder")
    ids = tok.encode(ch03.ENGLISH)
    for clean in (False, True):
        text = tok.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=clean)
        assert ch03.round_trip.grade(text).passed


# ---- the framework itself ----------------------------------------------------------------

DEMO = Text("Demo", "示例")


def test_hints_are_staged_and_clamped(capsys, monkeypatch):
    ex = Exercise(DEMO, Text("?", "？"), checker=lambda a: None,
                  hints=[Text("first", "第一条"), Text("second", "第二条")])
    for lang, expected in [("en", ["Hint 1/2: first (hint(2) for more)", "Hint 2/2: second"]),
                           ("zh", ["提示 1/2：第一条（更多提示：hint(2)）", "提示 2/2：第二条"])]:
        monkeypatch.setenv("COURSE_LANG", lang)
        ex.hint()
        ex.hint(2)
        ex.hint(9)
        assert capsys.readouterr().out.splitlines() == expected + expected[-1:]


def test_checker_message_reaches_the_learner_in_the_edition_language(capsys, monkeypatch):
    def checker(answer):
        raise Incorrect(Text("Try a bigger number.", "试一个更大的数。"))

    Exercise(DEMO, Text("?", "？"), checker=checker).check(3)
    assert capsys.readouterr().out == "Demo: incorrect. Try a bigger number.\n"
    monkeypatch.setenv("COURSE_LANG", "zh")
    Exercise(DEMO, Text("?", "？"), checker=checker).check(3)
    assert capsys.readouterr().out == "示例：不正确。试一个更大的数。\n"


def test_a_one_language_message_is_refused():
    with pytest.raises(TypeError):
        Incorrect("Try a bigger number.")


def test_ch01_label_check_explains_dicts_and_case():
    from course_utils.exercises.ch01 import REVIEW, _pipeline

    result = _pipeline("text-classification", "sentiment")(REVIEW)
    assert "whole pipeline result" in grade(ch01.sentiment_label, result)
    assert "case-sensitive" in grade(ch01.sentiment_label, result[0]["label"].lower())


def test_ch01_probability_check_spots_the_other_class_and_logits():
    from course_utils.exercises.ch01 import _positive_probability

    p = _positive_probability()
    assert "NEGATIVE" in grade(ch01.by_hand, 1 - p)
    assert "softmax" in grade(ch01.by_hand, 3.5)
    assert ch01.by_hand.grade(p + 1e-6).passed


def test_ch01_entities_check_spots_dicts_and_order():
    from course_utils.exercises.ch01 import NER_TEXT, _pipeline

    found = _pipeline("token-classification", "ner", aggregation_strategy="simple")(NER_TEXT)
    assert "dicts" in grade(ch01.entities, found)
    pairs = [(e["entity_group"], e["word"]) for e in found]
    if len(set(pairs)) > 1:
        assert "order" in grade(ch01.entities, list(reversed(pairs)))
    assert ch01.entities.grade([list(p) for p in pairs]).passed


def test_ch01_zero_shot_check_rejects_labels_outside_the_list():
    assert "must be one of" in grade(ch01.zero_shot, "football")


def test_ch04_checks_explain_the_usual_slips():
    assert "AutoModel's entry" in grade(ch04.lookup, "LlamaModel")
    wrong = dict(ch04.ANSWERS, **{"next-word generation": "AutoModelForMaskedLM"})
    assert "next-word generation" in grade(ch04.choose_class, wrong)
    assert "Auto class names" in grade(ch04.choose_class, {t: 1 for t in ch04.TASKS})
    import transformers

    as_classes = {t: getattr(transformers, n) for t, n in ch04.ANSWERS.items()}
    assert ch04.choose_class.grade(as_classes).passed
    from course_utils.exercises import _models

    full = sum(p.numel() for p in _models.model("encoder").parameters())
    assert "6-layer" in grade(ch04.from_config, full)


def test_ch05_checks_explain_the_usual_slips():
    from course_utils.exercises.ch05 import END, START, _paraphrase_probability

    independent = (START.index(max(START)), END.index(max(END)))
    assert "at most 3" in grade(ch05.valid_span, independent)
    assert "before the start" in grade(ch05.valid_span, (5, 2))
    assert "not the best" in grade(ch05.valid_span, (4, 4))
    assert "not paraphrase" in grade(ch05.pair_probability, 1 - _paraphrase_probability())
    kept = ch05._kept_by_top_p()
    if len(kept) > 1:
        assert "sort" in grade(ch05.top_p, list(reversed(kept)))


def test_ch06_checks_explain_the_usual_slips():
    from course_utils.exercises import _models

    rows, width = ch06._padded_shape()
    tok = _models.tokenizer("encoder")
    assert "maximum length" in grade(ch06.padded_shape, (rows, tok.model_max_length))
    assert "counts reviews" in grade(ch06.padded_shape, (1, width))
    assert "[CLS] and [SEP]" in grade(ch06.padded_shape, (rows, width - 2))
    assert "percentage" in grade(ch06.compute_metrics,
                                 lambda p: {"accuracy": 100 * ch06._accuracy()})
    assert "dict" in grade(ch06.compute_metrics, lambda p: ch06._accuracy())
    assert "raised" in grade(ch06.compute_metrics, lambda logits, labels: {})
    n = ch06._lora_trainable()
    head = 384 * 2 + 2
    assert "head is trained too" in grade(ch06.lora_parameters, n - head)
    assert "far too many" in grade(ch06.lora_parameters, 22_713_218)


def test_integer_lists_accept_numpy_ints_and_refuse_floats_and_strings():
    import numpy as np

    from course_utils.exercises.ch05 import _best_valid_span

    s, e = _best_valid_span()
    assert ch05.valid_span.grade((np.int64(s), np.int64(e))).passed
    assert not ch05.valid_span.grade((s + 0.5, e + 0.9)).passed
    assert not ch05.valid_span.grade((str(s), str(e))).passed
    assert ch05.top_p.grade(list(np.array(ch05._kept_by_top_p()))).passed


def test_ch01_entities_check_explains_title_case():
    from course_utils.exercises.ch01 import NER_TEXT, _pipeline

    found = _pipeline("token-classification", "ner", aggregation_strategy="simple")(NER_TEXT)
    titled = [(e["entity_group"], e["word"].title()) for e in found]
    if titled != [(e["entity_group"], e["word"]) for e in found]:
        assert "lower case" in grade(ch01.entities, titled)
