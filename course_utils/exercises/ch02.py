"""Exercises for chapter 2 (models)."""
from pathlib import Path

from . import Exercise, Incorrect, describe, expect_int, expect_str
from . import _models

FAMILY_OF = {
    "BERT": "encoder-only", "DistilBERT": "encoder-only", "ELECTRA": "encoder-only",
    "GPT-2": "decoder-only", "Llama": "decoder-only",
    "T5": "encoder-decoder", "BART": "encoder-decoder",
}
FAMILIES = ("encoder-only", "decoder-only", "encoder-decoder")


def _check_families(answer):
    if not isinstance(answer, dict):
        raise Incorrect(f"Expected a dict such as {{'BERT': 'encoder-only', ...}}, "
                        f"but got {describe(answer)}.")
    missing = [name for name in FAMILY_OF if name not in answer]
    if missing:
        raise Incorrect(f"Your dict has no entry for {', '.join(missing)}.")
    odd = [v for v in answer.values() if v not in FAMILIES]
    if odd:
        raise Incorrect(f"Each value must be one of {FAMILIES}; {odd[0]!r} is not.")
    wrong = sorted(name for name, fam in FAMILY_OF.items() if answer[name] != fam)
    if wrong:
        raise Incorrect(f"Look again at: {', '.join(wrong)}. Ask: does the model have a "
                        "decoder that generates text token by token, an encoder, or both?")


families = Exercise(
    name="Exercise 1 (model families)",
    question="Map each model name to 'encoder-only', 'decoder-only' or 'encoder-decoder'.",
    checker=_check_families,
    answer_name="families",
    hints=["BERT-like models read the whole sentence at once and have no decoder.",
           "ELECTRA's pre-training uses a small generator, but the model you fine-tune is "
           "an encoder; BART and T5 are the classic seq2seq models."],
    solution_code='''
families = {
    "BERT": "encoder-only", "DistilBERT": "encoder-only", "ELECTRA": "encoder-only",
    "GPT-2": "decoder-only", "Llama": "decoder-only",
    "T5": "encoder-decoder", "BART": "encoder-decoder",
}''',
)


def _check_layer_params(answer):
    got = expect_int(answer, "the number of parameters")
    layer = _models.model("encoder").encoder.layer[0]
    true = sum(p.numel() for p in layer.parameters())
    whole = sum(p.numel() for p in _models.model("encoder").parameters())
    if got == whole:
        raise Incorrect("That is the whole model; count only `model.encoder.layer[0]`.")
    if got != true:
        raise Incorrect(f"{got:,} is not it. Sum `p.numel()` over `.parameters()` of the "
                        "first layer only.")


layer_params = Exercise(
    name="Exercise 2 (parameters in one layer)",
    question="How many parameters does the first transformer layer of the encoder have?",
    checker=_check_layer_params,
    answer_name="n_layer_params",
    hints=["The layers of a BERT-style model are in `model.encoder.layer`, a list.",
           "`sum(p.numel() for p in module.parameters())` counts a module's parameters."],
    solution_code='''
from transformers import AutoModel
from course_utils import checkpoint

model = AutoModel.from_pretrained(checkpoint("encoder"))
n_layer_params = sum(p.numel() for p in model.encoder.layer[0].parameters())''',
)

HIDDEN_SENTENCE = "Transformers are everywhere."


def _check_hidden_states(answer):
    import torch

    if isinstance(answer, torch.Tensor):
        if answer.ndim != 4:
            raise Incorrect("That is one tensor; the answer is the whole tuple "
                            "`outputs.hidden_states` (pass output_hidden_states=True).")
        answer = tuple(answer.unbind(0))  # accept the tuple stacked into one tensor
    if answer is None:
        raise Incorrect("Got None: the model returns hidden states only when called with "
                        "`output_hidden_states=True`.")
    if not isinstance(answer, (tuple, list)) or not all(isinstance(t, torch.Tensor)
                                                        for t in answer):
        raise Incorrect(f"Expected a tuple of tensors, but got {describe(answer)}.")
    tok, model = _models.tokenizer("encoder"), _models.model("encoder")
    with torch.no_grad():
        true = model(**tok(HIDDEN_SENTENCE, return_tensors="pt"),
                     output_hidden_states=True).hidden_states
    if len(answer) != len(true):
        raise Incorrect(f"Expected {len(true)} tensors (the embeddings plus one per layer), "
                        f"got {len(answer)}.")
    if answer[0].shape != true[0].shape:
        raise Incorrect(f"The tensors have shape {tuple(answer[0].shape)}, expected "
                        f"{tuple(true[0].shape)}: did you encode exactly {HIDDEN_SENTENCE!r}, "
                        "as one sentence with return_tensors='pt'?")
    if not all(torch.allclose(a, b, atol=1e-4) for a, b in zip(answer, true)):
        raise Incorrect("Right shapes, different values: encode the sentence with the "
                        "encoder's own tokenizer and default settings.")


hidden_states = Exercise(
    name="Exercise 3 (all hidden states)",
    question=f"Return every layer's hidden states for {HIDDEN_SENTENCE!r} from the encoder.",
    checker=_check_hidden_states,
    answer_name="all_hidden",
    hints=["Call the model with `output_hidden_states=True`.",
           "The result has a `.hidden_states` attribute: a tuple, embeddings first."],
    solution_code=f'''
import torch
from transformers import AutoModel, AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("encoder"))
model = AutoModel.from_pretrained(checkpoint("encoder"))
with torch.no_grad():
    outputs = model(**tokenizer({HIDDEN_SENTENCE!r}, return_tensors="pt"),
                    output_hidden_states=True)
all_hidden = outputs.hidden_states''',
)


def _check_saved(answer):
    import torch
    from transformers import AutoModel

    folder = Path(expect_str(str(answer) if isinstance(answer, Path) else answer,
                             "the folder you saved to"))
    if not folder.is_dir():
        raise Incorrect(f"{folder} is not a folder: pass the path you gave to save_pretrained.")
    if not (folder / "config.json").exists():
        raise Incorrect(f"{folder} has no config.json: use `model.save_pretrained(folder)`.")
    weights = list(folder.glob("*.safetensors"))
    if not weights:
        raise Incorrect(f"{folder} has no model.safetensors: use `model.save_pretrained(folder)` "
                        "(safetensors is the format v5 writes).")
    try:
        saved = AutoModel.from_pretrained(folder).state_dict()
    except Exception as exc:  # a half-written folder: tell the learner, not a traceback
        raise Incorrect(f"from_pretrained could not load {folder}: {exc}") from None
    original = _models.model("encoder").state_dict()
    if saved.keys() != original.keys() or any(saved[k].shape != original[k].shape
                                              for k in original):
        raise Incorrect("The saved model is not the encoder: save the model loaded from "
                        "checkpoint('encoder').")
    if not all(torch.equal(saved[k], original[k]) for k in original):
        raise Incorrect("Some saved weights differ from the encoder's: save the model as "
                        "loaded, without training or changing it.")


save_reload = Exercise(
    name="Exercise 4 (save a checkpoint)",
    question="Save the encoder with save_pretrained and give the folder's path.",
    checker=_check_saved,
    answer_name="saved_folder",
    hints=["`model.save_pretrained(folder)` creates the folder if needed.",
           "Pass the same folder, as a string, to `check()`."],
    solution_code='''
from transformers import AutoModel
from course_utils import checkpoint

model = AutoModel.from_pretrained(checkpoint("encoder"))
saved_folder = "my-minilm"
model.save_pretrained(saved_folder)''',
)

ALL = [families, layer_params, hidden_states, save_reload]
