"""Chapter 6's exercises against the answers learners really write.

For each exercise: right answers in several styles pass, plausible wrong answers fail with
advice that names the slip, answers of the wrong type fail with a message, and nothing a
learner can pass to `check()` ends in a traceback. The true answers are computed from the
checkpoint, never written here.
"""
import os
import subprocess
import sys

import numpy as np
import pytest
import torch

from course_utils.errors import CourseError
from course_utils.exercises import CORRECT, INCORRECT, Incorrect, ch06
from course_utils.language import Text


def passes(exercise, answer):
    verdict = exercise.grade(answer)
    assert verdict.status == CORRECT, verdict.message


def fails(exercise, answer) -> str:
    verdict = exercise.grade(answer)
    assert verdict.status == INCORRECT, verdict.message
    assert "\n" not in verdict.message and "Traceback" not in verdict.message
    return verdict.message


@pytest.fixture(scope="module")
def shapes():
    return ch06._padded_shapes()


@pytest.fixture(scope="module")
def tokenizer():
    return ch06._tokenizer()


# ---- exercise 1: dynamic padding -----------------------------------------------------------

def test_the_batches_really_have_different_widths(shapes):
    """The exercise is about dynamic padding only if padding each batch on its own differs
    from padding all reviews together."""
    widths = [w for _, w in shapes]
    assert len(set(widths)) == len(widths) > 1
    assert max(ch06._lengths()) == max(widths)


def test_padded_shapes_accepts_every_way_of_writing_the_shapes(shapes, tokenizer):
    from transformers import DataCollatorWithPadding

    passes(ch06.padded_shapes, shapes)  # tuples
    passes(ch06.padded_shapes, [torch.Size(s) for s in shapes])  # .shape as it comes
    passes(ch06.padded_shapes, [list(s) for s in shapes])
    passes(ch06.padded_shapes, tuple(shapes))
    passes(ch06.padded_shapes, np.array(shapes))  # a 2-D array of shapes
    passes(ch06.padded_shapes, [(np.int64(r), np.int64(w)) for r, w in shapes])
    passes(ch06.padded_shapes, [tuple(torch.tensor(s)) for s in shapes])  # 0-d tensors
    # dynamic padding by hand, batch by batch, is dynamic padding too
    by_hand = [tuple(tokenizer(ch06.REVIEWS[i:i + 2], padding=True, return_tensors="np")
                     ["input_ids"].shape) for i in range(0, len(ch06.REVIEWS), 2)]
    passes(ch06.padded_shapes, by_hand)
    collator = DataCollatorWithPadding(tokenizer, return_tensors="np")
    features = [tokenizer(r) for r in ch06.REVIEWS]
    passes(ch06.padded_shapes, [collator(features[i:i + 2])["input_ids"].shape
                                for i in range(0, 6, 2)])


def test_padding_everything_together_is_not_dynamic_padding(shapes, tokenizer):
    rows, longest = len(ch06.REVIEWS), max(ch06._lengths())
    whole = tuple(tokenizer(ch06.REVIEWS, padding=True, return_tensors="pt")["input_ids"].shape)
    assert whole == (rows, longest)
    assert "one shape" in fails(ch06.padded_shapes, whole)
    assert "in one batch" in fails(ch06.padded_shapes, [whole])
    assert "longest review of all" in fails(ch06.padded_shapes, [(2, longest)] * len(shapes))
    assert "maximum length" in fails(ch06.padded_shapes,
                                     [(2, tokenizer.model_max_length)] * len(shapes))


def test_padded_shapes_names_the_usual_slips(shapes):
    assert "[CLS] and [SEP]" in fails(ch06.padded_shapes, [(r, w - 2) for r, w in shapes])
    assert "3 batches" in fails(ch06.padded_shapes, shapes[:2])
    assert "2 in each" in fails(ch06.padded_shapes, [(1, w) for _, w in shapes])
    sorted_widths = [max(pair) for pair in ch06._batches(sorted(ch06._lengths()))]
    assert sorted_widths != [w for _, w in shapes]
    assert "order" in fails(ch06.padded_shapes, [(2, w) for w in sorted_widths])
    assert "collator's shapes" in fails(ch06.padded_shapes, [(2, w + 1) for _, w in shapes])


@pytest.mark.parametrize("answer", [
    object(), None, 3, 2.5, "[(2, 12)]", {"input_ids": [[1]]}, [], [None], [[2.5, 3]],
    [(2, "12")], [torch.zeros(2, 12)], torch.zeros(2, 12), np.zeros((3, 2, 1)),
    (s for s in [(2, 12)]), [True, False], [(2, 12), 7]],
    ids=lambda a: type(a).__name__)
def test_padded_shapes_explains_wrong_types_in_one_line(answer):
    message = fails(ch06.padded_shapes, answer)
    assert "Expected" in message or "got" in message or "shape" in message


# ---- exercise 2: compute_metrics -----------------------------------------------------------

def attribute_style(eval_pred):  # as the transformers documentation writes it
    predictions = np.argmax(eval_pred.predictions, axis=1)
    return {"accuracy": (predictions == eval_pred.label_ids).mean()}


def unpacking_style(eval_pred):  # as the chapter writes it
    logits, labels = eval_pred
    return {"accuracy": float((logits.argmax(axis=-1) == labels).mean())}


def float32_style(eval_pred):
    hits = eval_pred[0].argmax(-1) == eval_pred[1]
    return {"accuracy": hits.astype(np.float32).sum() / np.float32(len(hits))}


def torch_style(eval_pred):
    logits, labels = (torch.from_numpy(a) for a in eval_pred)
    return {"accuracy": (logits.argmax(-1) == labels).float().mean()}  # a 0-d tensor


def two_class_style(eval_pred):  # fine for a two-label task, with extra metrics
    logits, labels = eval_pred.predictions, eval_pred.label_ids
    predictions = (logits[:, 1] > logits[:, 0]).astype(int)
    return {"accuracy": sum(int(p == y) for p, y in zip(predictions, labels)) / len(labels),
            "n": len(labels)}


@pytest.mark.parametrize("function", [attribute_style, unpacking_style, float32_style,
                                      torch_style, two_class_style],
                         ids=lambda f: f.__name__)
def test_compute_metrics_accepts_every_right_style(function):
    passes(ch06.compute_metrics, function)


def test_compute_metrics_is_called_as_trainer_calls_it():
    """What passes the check works in Trainer: the check passes the same kind of object that
    a real (tiny) Trainer.evaluate() passes, one EvalPrediction of NumPy arrays."""
    from transformers import EvalPrediction

    from course_utils.errata.checks import trainer_metrics_argument

    from_trainer = trainer_metrics_argument()
    seen = []
    assert ch06.compute_metrics.grade(lambda p: seen.append(p) or unpacking_style(p)).passed
    assert len(seen) == len(ch06.EVAL_SETS)
    for p in seen:
        assert type(p) is type(from_trainer) is EvalPrediction
        assert type(p.predictions) is type(from_trainer.predictions) is np.ndarray
        assert p.predictions.dtype == from_trainer.predictions.dtype
        assert p.label_ids.dtype == from_trainer.label_ids.dtype


def test_the_evaluation_sets_tell_wrong_answers_apart():
    accuracies = [ch06._accuracy(*s) for s in ch06.EVAL_SETS]
    assert len(set(accuracies)) == len(accuracies) and 0.5 not in accuracies
    for logits, labels in ch06.EVAL_SETS:
        a = np.array(logits)
        assert not np.any(a[:, 0] == a[:, 1]), "a tie would make argmax ambiguous"
        assert len(labels) > 2, "2 rows would let argmax(axis=0) broadcast silently"


def accuracy(p):
    return (p.predictions.argmax(-1) == p.label_ids).mean()


@pytest.mark.parametrize("function, advice", [
    (lambda p: {"accuracy": 5 / 6}, "for each of the 3 evaluation sets"),
    (lambda p: {"accuracy": 100 * accuracy(p)}, "percentage"),
    (lambda p: {"accuracy": 1 - accuracy(p)}, "wrong predictions"),
    (lambda p: {"accuracy": p.predictions.argmax(-1).mean()}, "predicted as class 1"),
    (lambda p: {"accuracy": round(float(accuracy(p)), 2)}, "Do not round"),
    (lambda p: {"accuracy": (p.predictions.argmax(0) == p.label_ids).mean()}, "raised ValueError"),
    (lambda p: {"accuracy": (p.label_ids == p.label_ids).mean()}, "for each of the 3"),
    (lambda p: {"accuracy": p.label_ids.mean()}, "not their accuracy"),
    (lambda logits, labels: {"accuracy": 1.0}, "one argument, an EvalPrediction"),
    (lambda p: accuracy(p), "needs a dict"),
    (lambda p: {"eval_accuracy": accuracy(p)}, "the key 'accuracy'"),
    (lambda p: {"accuracy": p.predictions.argmax(-1) == p.label_ids}, "array of shape"),
    (lambda p: None, "forget `return`"),
    (lambda p: p.no_such_field, "raised AttributeError"),
], ids=["constant", "percentage", "error-rate", "share-positive", "rounded", "wrong-axis",
        "labels-vs-labels", "share-of-labels", "two-parameters", "bare-number", "prefixed-key", "no-mean",
        "no-return", "attribute-error"])
def test_compute_metrics_names_the_plausible_slips(function, advice):
    assert advice in fails(ch06.compute_metrics, function)


class Weird:
    def __eq__(self, other):
        raise RuntimeError("no comparing me")

    def __hash__(self):
        return 0


@pytest.mark.parametrize("answer", [
    object(), None, 0.8, "accuracy", {"accuracy": 0.8}, [unpacking_style], print,
    lambda: {"accuracy": 1.0}, lambda p: {"accuracy": "high"}, lambda p: {"accuracy": None},
    lambda p: {"accuracy": float("nan")}, lambda p: {"accuracy": Weird()},
    lambda p: {Weird(): 1}, lambda p: 1 / 0, lambda p: sys.exit(3) if False else [][1],
    lambda p: {"accuracy": torch.tensor([0.5, 0.5])}, lambda p: {"accuracy": True},
    lambda *args: {"accuracy": 2.0}, lambda p, *, k: {}],
    ids=lambda a: getattr(a, "__name__", type(a).__name__))
def test_compute_metrics_explains_anything_else_in_one_line(answer):
    fails(ch06.compute_metrics, answer)


def test_a_correct_float32_accuracy_passes_but_a_float_far_off_does_not():
    """The tolerance is sized for float32 and float16 arithmetic, far below the distance
    between two counts of right answers."""
    gap = min(1 / len(labels) for _, labels in ch06.EVAL_SETS)
    assert 10 * ch06.ACCURACY_TOLERANCE < gap
    passes(ch06.compute_metrics, lambda p: {"accuracy": accuracy(p).astype(np.float16)})
    fails(ch06.compute_metrics, lambda p: {"accuracy": accuracy(p) + 3 * ch06.ACCURACY_TOLERANCE})


# ---- exercise 3: LoRA's trainable parameters -----------------------------------------------

@pytest.fixture(scope="module")
def counts():
    return ch06._lora_counts(ch06.checkpoint(ch06.ROLE), ch06.LORA_RANK)


def test_lora_parameters_accepts_every_way_of_counting(counts):
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import AutoConfig, AutoModelForSequenceClassification

    trainable, _ = counts
    model = AutoModelForSequenceClassification.from_pretrained(ch06.checkpoint(ch06.ROLE),
                                                               num_labels=2)
    peft_model = get_peft_model(model, LoraConfig(task_type=TaskType.SEQ_CLS, r=4,
                                                  target_modules=["query", "value"]))
    passes(ch06.lora_parameters, sum(p.numel() for p in peft_model.parameters()
                                     if p.requires_grad))
    config = AutoConfig.from_pretrained(ch06.checkpoint(ch06.ROLE))
    h = config.hidden_size
    by_hand = config.num_hidden_layers * 2 * 4 * (h + h) + (2 * h + 2)
    passes(ch06.lora_parameters, by_hand)
    passes(ch06.lora_parameters, np.int64(trainable))
    passes(ch06.lora_parameters, torch.tensor(trainable))
    passes(ch06.lora_parameters, float(trainable))
    passes(ch06.lora_parameters, torch.tensor(float(trainable)))


def test_lora_parameters_names_the_usual_slips(counts):
    trainable, total = counts
    head = ch06._head_size()
    lora = trainable - head
    assert "head is trained too" in fails(ch06.lora_parameters, lora)
    assert "one of the two target modules" in fails(ch06.lora_parameters, lora // 2 + head)
    assert "rank 8" in fails(ch06.lora_parameters, 2 * lora + head)
    assert "far too many" in fails(ch06.lora_parameters, total)
    assert "share of the weights" in fails(ch06.lora_parameters, 100 * trainable / total)
    assert "(trainable, all)" in fails(ch06.lora_parameters, (trainable, total))
    assert "without quotes" in fails(ch06.lora_parameters, f"{trainable:,}")
    assert "Not the count" in fails(ch06.lora_parameters, trainable + 1)


@pytest.mark.parametrize("answer", [object(), None, 1.5, "many", [1], {"n": 1}, True,
                                    torch.tensor([1, 2]), np.array([3.5])],
                         ids=lambda a: type(a).__name__)
def test_lora_parameters_explains_wrong_types_in_one_line(answer):
    fails(ch06.lora_parameters, answer)


# ---- the guard and both languages ------------------------------------------------------------

def test_an_unexpected_error_inside_a_checker_becomes_one_line():
    def broken(answer):
        raise KeyError("something\nelse")

    guarded = ch06._one_line(broken)
    with pytest.raises(Incorrect) as caught:
        guarded(1)
    assert "KeyError" in caught.value.args[0].en and "\n" not in caught.value.args[0].en
    assert "KeyError" in caught.value.args[0].zh


def test_the_course_own_errors_pass_through_the_guard():
    def unbuilt(answer):
        raise CourseError(Text("The offline model set is not built", "离线模型集还没有构建"))

    with pytest.raises(CourseError):
        ch06._one_line(unbuilt)(1)


def test_chinese_messages_for_the_new_slips(monkeypatch):
    monkeypatch.setenv("COURSE_LANG", "zh")
    assert "动态填充只把每个批次" in fails(ch06.padded_shapes,
                                   [(2, max(ch06._lengths()))] * 3)
    assert "不要四舍五入" in fails(ch06.compute_metrics,
                             lambda p: {"accuracy": round(float(accuracy(p)), 2)})
    assert "只接收一个参数" in fails(ch06.compute_metrics, lambda logits, labels: {})


HUB_SOLVE = """
from course_utils.exercises import CORRECT, ch06
from course_utils import checkpoint
assert checkpoint(ch06.ROLE) == "sentence-transformers/all-MiniLM-L6-v2", checkpoint(ch06.ROLE)
for exercise in ch06.ALL:
    namespace = {}
    exec(exercise.solution_code, namespace)
    verdict = exercise.grade(namespace[exercise.answer_name])
    assert verdict.status == CORRECT, verdict.message
print("all correct")
"""


def test_solutions_pass_in_hub_mode(tmp_path):
    """In hub mode the chapter trains the Hub's all-MiniLM-L6-v2; the checks recompute their
    answers from it (here a stand-in on a local Hub, as in tests/test_hub_mode.py)."""
    from hub_standins import build_standins
    from local_hub import LocalHub

    root = build_standins(tmp_path / "hub", ["sentence-transformers/all-MiniLM-L6-v2"])
    env = {k: v for k, v in os.environ.items()
           if k not in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE")}
    with LocalHub(root) as hub:
        env.update(COURSE_HUB="1", HF_ENDPOINT=hub.url, HF_HOME=str(tmp_path / "hf"))
        done = subprocess.run([sys.executable, "-c", HUB_SOLVE], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("all correct")


ODD = [None, "a string", {"a": 1}, len, lambda *a: None, 3.5, -1, float("nan"), [], (), [None],
       torch.tensor([1.5, 2.5], dtype=torch.float16), torch.zeros(2, 3, dtype=torch.complex64),
       np.array(["x", "y"]), torch.tensor(True), object, b"bytes", range(3), {1, 2},
       type("Unprintable", (), {"__repr__": lambda self: 1 / 0})()]


@pytest.mark.parametrize("exercise", ch06.ALL, ids=lambda e: e.name.en)
def test_odd_objects_get_a_one_line_verdict(exercise):
    for odd in ODD:
        fails(exercise, odd)
