"""Exercises for chapter 6 (fine-tuning with Trainer and LoRA)."""
from . import Exercise, Incorrect, describe, expect_int, expect_shape
from . import _models
from ..checkpoints import checkpoint

REVIEWS = ["Dull.",
           "A warm, funny film with a sharp script.",
           "The second half drags, but the actors keep it watchable.",
           "Beautiful to look at and completely empty."]
LOGITS = [[2.0, -1.0], [0.3, 0.9], [-0.5, 1.5], [1.2, 1.1], [0.0, 2.0], [0.7, -0.2]]
LABELS = [0, 1, 0, 0, 1, 0]
LORA_RANK = 4


def _padded_shape():
    from transformers import DataCollatorWithPadding

    tok = _models.tokenizer("encoder")
    batch = DataCollatorWithPadding(tok, return_tensors="pt")([tok(r) for r in REVIEWS])
    return tuple(batch["input_ids"].shape)


def _check_shape(answer):
    got = expect_shape(answer, "the batch's shape")
    true = _padded_shape()
    if got == true:
        return
    if len(got) != 2:
        raise Incorrect(f"A batch of token ids has two dimensions (reviews, tokens); got {got}.")
    if got[0] != true[0]:
        raise Incorrect(f"The first dimension counts reviews: there are {len(REVIEWS)}.")
    tok = _models.tokenizer("encoder")
    if got[1] == tok.model_max_length:
        raise Incorrect("That is padding to the model's maximum length: the collator pads only "
                        "to the longest review in the batch.")
    if got[1] == max(len(tok(r)["input_ids"]) for r in REVIEWS) - 2:
        raise Incorrect("Close: count [CLS] and [SEP] too (tokenize with the tokenizer's "
                        "__call__, not .tokenize).")
    raise Incorrect("Not the collator's shape: tokenize each review on its own (no padding), "
                    "then pass the list to DataCollatorWithPadding.")


padded_shape = Exercise(
    name="Exercise 1 (dynamic padding)",
    question="Shape of input_ids when DataCollatorWithPadding batches ch06.REVIEWS.",
    checker=_check_shape,
    answer_name="shape",
    hints=["Tokenize each review separately with the encoder's tokenizer, without padding.",
           "`DataCollatorWithPadding(tokenizer, return_tensors='pt')(features)['input_ids']"
           ".shape`; the longest review decides the width."],
    solution_code='''
from transformers import AutoTokenizer, DataCollatorWithPadding
from course_utils import checkpoint
from course_utils.exercises import ch06

tokenizer = AutoTokenizer.from_pretrained(checkpoint("encoder"))
features = [tokenizer(review) for review in ch06.REVIEWS]
batch = DataCollatorWithPadding(tokenizer, return_tensors="pt")(features)
shape = tuple(batch["input_ids"].shape)''',
)


def _accuracy():
    import numpy as np

    return float((np.argmax(np.array(LOGITS), axis=-1) == np.array(LABELS)).mean())


def _check_metrics(answer):
    import numpy as np

    if not callable(answer):
        raise Incorrect(f"Expected a function (compute_metrics), but got {describe(answer)}.")
    try:
        result = answer((np.array(LOGITS), np.array(LABELS)))
    except Exception as exc:  # the learner's own code: report it in one line
        raise Incorrect(f"Calling it with (logits, labels) raised {type(exc).__name__}: {exc}. "
                        "Trainer passes one pair (logits, labels) of NumPy arrays.") from None
    if not isinstance(result, dict) or "accuracy" not in result:
        raise Incorrect(f"Trainer needs a dict such as {{'accuracy': 0.5}}; the function "
                        f"returned {describe(result)}.")
    value = result["accuracy"]
    if hasattr(value, "item"):
        value = value.item()
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise Incorrect(f"The accuracy should be a number, but it is {describe(value)}.")
    if abs(value - _accuracy()) < 1e-9:
        return
    if abs(value - 100 * _accuracy()) < 1e-6:
        raise Incorrect("That is a percentage: give the accuracy as a fraction between 0 and 1.")
    raise Incorrect(f"It returned {value!r} for ch06.LOGITS and ch06.LABELS, which is not "
                    "their accuracy: predicted class = argmax of each row; accuracy = share of "
                    "predictions equal to the label.")


compute_metrics = Exercise(
    name="Exercise 2 (compute_metrics)",
    question="A compute_metrics function that returns {'accuracy': ...} from (logits, labels).",
    checker=_check_metrics,
    answer_name="my_compute_metrics",
    hints=["Trainer calls it with one argument that unpacks as `logits, labels = eval_pred`.",
           "`(logits.argmax(axis=-1) == labels).mean()` is the accuracy; wrap it in a dict, "
           "as a float."],
    solution_code='''
def my_compute_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": float((logits.argmax(axis=-1) == labels).mean())}''',
)


def _lora_trainable():
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("encoder"),
                                                               num_labels=2)
    config = LoraConfig(task_type=TaskType.SEQ_CLS, r=LORA_RANK,
                        target_modules=["query", "value"])
    trainable, _ = get_peft_model(model, config).get_nb_trainable_parameters()
    return trainable


def _check_lora(answer):
    got = expect_int(answer, "the number of trainable parameters")
    true = _lora_trainable()
    if got == true:
        return
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(checkpoint("encoder"))
    head = config.hidden_size * 2 + 2
    if got == true - head:
        raise Incorrect("Those are the LoRA matrices only: with task_type SEQ_CLS the new "
                        "classification head is trained too, and counts.")
    if got > true * 10:
        raise Incorrect("That is far too many: only the LoRA matrices and the head train; "
                        "everything else is frozen.")
    raise Incorrect("Not the count peft reports: build the PEFT model and call "
                    "print_trainable_parameters() (or get_nb_trainable_parameters()).")


lora_parameters = Exercise(
    name="Exercise 3 (LoRA's trainable parameters)",
    question=f"Trainable parameters with LoRA r={LORA_RANK} on query and value, 2 labels.",
    checker=_check_lora,
    answer_name="n_trainable",
    hints=["Load the encoder with AutoModelForSequenceClassification(num_labels=2), then "
           f"LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, "
           "target_modules=['query', 'value']).",
           "By hand: each adapted layer adds r x (inputs + outputs) weights; the new head "
           "(hidden size x 2 + 2) trains as well."],
    solution_code=f'''
from peft import LoraConfig, TaskType, get_peft_model
from transformers import AutoModelForSequenceClassification
from course_utils import checkpoint

model = AutoModelForSequenceClassification.from_pretrained(checkpoint("encoder"), num_labels=2)
config = LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, target_modules=["query", "value"])
n_trainable = get_peft_model(model, config).get_nb_trainable_parameters()[0]''',
)

ALL = [padded_shape, compute_metrics, lora_parameters]
