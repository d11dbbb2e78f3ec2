"""Exercises for chapter 4 (the Auto classes)."""
from . import Exercise, Incorrect, describe, expect_int, expect_str
from ..checkpoints import checkpoint

TASKS = ["named-entity recognition", "translation with an encoder-decoder model",
         "next-word generation", "extractive question answering", "sentiment of a review",
         "filling in a [MASK]"]
ANSWERS = {
    "named-entity recognition": "AutoModelForTokenClassification",
    "translation with an encoder-decoder model": "AutoModelForSeq2SeqLM",
    "next-word generation": "AutoModelForCausalLM",
    "extractive question answering": "AutoModelForQuestionAnswering",
    "sentiment of a review": "AutoModelForSequenceClassification",
    "filling in a [MASK]": "AutoModelForMaskedLM",
}


def _check_lookup(answer):
    from transformers.models.auto import modeling_auto

    got = expect_str(answer, "a class name")
    true = modeling_auto.MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES["llama"]
    if got == "LlamaModel":
        raise Incorrect("That is AutoModel's entry (the body without a head); look in the "
                        "sequence-classification table.")
    if got != true:
        raise Incorrect(f"{got!r} is not what the library's table holds for 'llama'.")


lookup = Exercise(
    name="Exercise 1 (the lookup table)",
    question="Class built by AutoModelForSequenceClassification for model_type 'llama'.",
    checker=_check_lookup,
    answer_name="class_name",
    hints=["The tables are in `transformers.models.auto.modeling_auto`.",
           "`MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES['llama']`."],
    solution_code='''
from transformers.models.auto import modeling_auto

class_name = modeling_auto.MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES["llama"]''',
)


def _check_choices(answer):
    if not isinstance(answer, dict):
        raise Incorrect(f"Expected a dict from task to class name, but got {describe(answer)}.")
    missing = [t for t in TASKS if t not in answer]
    if missing:
        raise Incorrect(f"No entry for: {', '.join(missing)}.")
    names = {getattr(v, "__name__", v) for v in answer.values()}
    unknown = [n for n in names if not (isinstance(n, str) and n.startswith("AutoModel"))]
    if unknown:
        raise Incorrect(f"Values must be Auto class names such as 'AutoModelForCausalLM'; "
                        f"got {unknown[0]!r}.")
    wrong = [t for t in TASKS if getattr(answer[t], "__name__", answer[t]) != ANSWERS[t]]
    if wrong:
        raise Incorrect(f"Look again at: {'; '.join(wrong)}.")


choose_class = Exercise(
    name="Exercise 2 (pick the class)",
    question="Map each task to the Auto class you would load.",
    checker=_check_choices,
    answer_name="choices",
    hints=["One label per token, one per text, a span, a next token, a masked token, a new "
           "text from an encoder-decoder: six different heads.",
           "Classes themselves are accepted too, not just their names."],
    solution_code=f'''
choices = {ANSWERS!r}''',
)


def _check_params(answer):
    from transformers import AutoConfig, AutoModel

    got = expect_int(answer, "the number of parameters")
    config = AutoConfig.from_pretrained(checkpoint("encoder"), num_hidden_layers=4)
    true = sum(p.numel() for p in AutoModel.from_config(config).parameters())
    full = sum(p.numel() for p in AutoModel.from_pretrained(checkpoint("encoder")).parameters())
    if got == full:
        raise Incorrect("That is the full 6-layer model; set num_hidden_layers=4 in the config.")
    if got != true:
        raise Incorrect("Not the count of a 4-layer MiniLM: build it with "
                        "AutoModel.from_config(config) and sum p.numel().")


from_config = Exercise(
    name="Exercise 3 (from_config)",
    question="Parameters of MiniLM rebuilt with 4 layers and random weights.",
    checker=_check_params,
    answer_name="n_parameters",
    hints=["`AutoConfig.from_pretrained(path, num_hidden_layers=4)` changes one value.",
           "`AutoModel.from_config(config)` builds it with random weights."],
    solution_code='''
from transformers import AutoConfig, AutoModel
from course_utils import checkpoint

config = AutoConfig.from_pretrained(checkpoint("encoder"), num_hidden_layers=4)
model = AutoModel.from_config(config)
n_parameters = sum(p.numel() for p in model.parameters())''',
)

ALL = [lookup, choose_class, from_config]
