"""Exercises for chapter 5 (worked task examples)."""
from . import Exercise, Incorrect, describe, expect_int_list, expect_probability
from ..checkpoints import checkpoint

PAIR = ("The train was late.", "The train did not arrive on time.")
START = [0.1, 2.0, 0.3, 0.2, 3.0, 0.5, 0.1, 0.2]
END = [0.2, 0.1, 2.5, 0.3, 0.4, 1.0, 0.2, 3.2]
MAX_TOKENS = 3
LOGITS = [[2.0, 1.0, 0.5, 3.0, -1.0, 0.0]]
# MRPC's class 1 is "is a paraphrase". The column is read by index, not by name: the course's
# checkpoint names it "is paraphrase", but a Hub checkpoint may name it otherwise (LABEL_1...).
PARAPHRASE_CLASS = 1


def _paraphrase_probability():
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(checkpoint("paraphrase"))
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("paraphrase"))
    with torch.no_grad():
        probs = model(**tok(*PAIR, return_tensors="pt")).logits.softmax(-1)[0]
    return probs[PARAPHRASE_CLASS].item()


def _check_pair(answer):
    answer = expect_probability(answer)
    true = _paraphrase_probability()
    if abs(answer - true) < 1e-4:
        return
    if abs(answer - (1 - true)) < 1e-4:
        raise Incorrect("That is P(not paraphrase): take column 1, MRPC's 'is paraphrase' "
                        "class (model.config.id2label names it).")
    raise Incorrect("Not the model's probability: encode the two sentences as a pair, "
                    "tokenizer(a, b), and softmax the logits.")


pair_probability = Exercise(
    name="Exercise 1 (paraphrase probability)",
    question=f"P(is paraphrase) for {PAIR}.",
    checker=_check_pair,
    answer_name="p_paraphrase",
    hints=["Load checkpoint('paraphrase') with AutoModelForSequenceClassification.",
           "Column 1 is MRPC's 'is paraphrase' class; `model.config.id2label` shows the names."],
    solution_code=f'''
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("paraphrase"))
model = AutoModelForSequenceClassification.from_pretrained(checkpoint("paraphrase"))
with torch.no_grad():
    probs = model(**tokenizer({PAIR[0]!r}, {PAIR[1]!r}, return_tensors="pt")).logits.softmax(-1)
p_paraphrase = probs[0, 1].item()''',
)


def _best_valid_span():
    pairs = [(START[s] + END[e], (s, e)) for s in range(len(START)) for e in range(len(END))
             if s <= e < s + MAX_TOKENS]
    return max(pairs)[1]


def _check_span(answer):
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Incorrect(f"Expected a pair (start, end), but got {describe(answer)}.")
    s, e = expect_int_list(list(answer), "start and end")
    if e < s:
        raise Incorrect("The end comes before the start: not a span.")
    if e >= s + MAX_TOKENS:
        raise Incorrect(f"That span has {e - s + 1} tokens; at most {MAX_TOKENS} are allowed. "
                        "Two separate argmaxes ignore that limit.")
    if (s, e) != _best_valid_span():
        raise Incorrect("A valid span, but not the best: compare START[s] + END[e] over all "
                        "valid pairs.")


valid_span = Exercise(
    name="Exercise 2 (best valid span)",
    question="Best (start, end) with start <= end and at most 3 tokens.",
    checker=_check_span,
    answer_name="span",
    hints=["Loop over every start s and every end e with s <= e < s + 3.",
           "Keep the pair with the highest START[s] + END[e]."],
    solution_code='''
from course_utils.exercises import ch05

pairs = [(ch05.START[s] + ch05.END[e], (s, e))
         for s in range(len(ch05.START)) for e in range(len(ch05.END))
         if s <= e < s + 3]
span = max(pairs)[1]''',
)


def _kept_by_top_p():
    import torch
    from transformers import TopPLogitsWarper

    scores = TopPLogitsWarper(top_p=0.8)(None, torch.tensor(LOGITS))
    return sorted(torch.isfinite(scores[0]).nonzero().flatten().tolist())


def _check_top_p(answer):
    got = expect_int_list(answer, "the kept token ids")
    true = _kept_by_top_p()
    if sorted(got) == true and got != true:
        raise Incorrect("Right ids; sort the list.")
    if got != true:
        raise Incorrect("Not the ids that stay finite: apply the warper to the logits tensor "
                        "and keep the positions that are not -inf.")


top_p = Exercise(
    name="Exercise 3 (top-p filtering)",
    question="Token ids kept by TopPLogitsWarper(top_p=0.8) on LOGITS.",
    checker=_check_top_p,
    answer_name="kept",
    hints=["`TopPLogitsWarper(top_p=0.8)(None, torch.tensor(ch05.LOGITS))`: input_ids are not "
           "needed by this warper.",
           "Filtered-out tokens are set to -inf: `torch.isfinite` finds the survivors."],
    solution_code='''
import torch
from transformers import TopPLogitsWarper
from course_utils.exercises import ch05

scores = TopPLogitsWarper(top_p=0.8)(None, torch.tensor(ch05.LOGITS))
kept = sorted(torch.isfinite(scores[0]).nonzero().flatten().tolist())''',
)

ALL = [pair_probability, valid_span, top_p]
