"""Exercises for chapter 3 (tokenizers)."""
from . import Exercise, Incorrect, describe, expect_int_list, expect_str
from . import _models

SENTENCE = "弱小的我也有大梦想"


def _check_cut_ids(answer):
    got = expect_int_list(answer, "the ids")
    tok = _models.tokenizer("chinese-tokenizer")
    true = tok.encode(SENTENCE, max_length=8, truncation=True)
    if got == true:
        return
    if len(got) > 8:
        raise Incorrect(f"You have {len(got)} ids: nothing was cut. With padding, max_length "
                        "is only the length to pad to; add truncation=True.")
    if got == tok.encode(SENTENCE)[:8]:
        raise Incorrect("You sliced the list yourself, which drops [SEP]; let the tokenizer "
                        "truncate so the special tokens survive.")
    raise Incorrect(f"Expected 8 ids starting with [CLS] (id {tok.cls_token_id}) and ending "
                    f"with [SEP] (id {tok.sep_token_id}); got {got}.")


truncate = Exercise(
    name="Exercise 1 (truncation)",
    question=f"Encode {SENTENCE!r} with the Chinese tokenizer into exactly 8 ids.",
    checker=_check_cut_ids,
    answer_name="ids",
    hints=["`tokenizer.encode(text, max_length=..., truncation=True)`.",
           "The 8 include [CLS] and [SEP]: the tokenizer keeps both when it truncates."],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

zh_tokenizer = AutoTokenizer.from_pretrained(checkpoint("chinese-tokenizer"))
ids = zh_tokenizer.encode({SENTENCE!r}, max_length=8, truncation=True)''',
)

BATCH = ["Hi!", "Tokenizers turn text into numbers."]


def _check_mask(answer):
    got = expect_int_list(answer, "the attention mask")
    tok = _models.tokenizer("causal-lm")
    if tok.pad_token is None:  # gpt2 in hub mode has no pad token; the lesson sets one
        tok.pad_token = tok.eos_token
    true = tok(BATCH, padding=True)["attention_mask"][0]
    if got == true:
        return
    if len(got) != len(true):
        raise Incorrect(f"Your mask has {len(got)} entries; with padding=True both rows "
                        f"have {len(true)}. Tokenize the two texts together, as one batch.")
    if all(v == 1 for v in got):
        raise Incorrect("Your mask has no zeros, so padding would be attended to. "
                        "Is your mask built from ids == 0? Check what id this tokenizer "
                        "pads with (`tokenizer.pad_token_id`).")
    raise Incorrect("Not the mask the tokenizer computes: take it from its output.")


attention_mask = Exercise(
    name="Exercise 2 (attention mask)",
    question=f"Pad {BATCH} together with the causal-LM tokenizer; give the first row's mask.",
    checker=_check_mask,
    answer_name="mask",
    hints=["`tokenizer(list_of_texts, padding=True)` pads to the longest text.",
           "The output has an 'attention_mask' entry: one list per text."],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

lm_tokenizer = AutoTokenizer.from_pretrained(checkpoint("causal-lm"))
if lm_tokenizer.pad_token is None:
    lm_tokenizer.pad_token = lm_tokenizer.eos_token
mask = lm_tokenizer({BATCH!r}, padding=True)["attention_mask"][0]''',
)

PAIR = ("我爱你", "你爱我吗？")


def _check_token_types(answer):
    got = expect_int_list(answer, "the token type ids")
    tok = _models.tokenizer("chinese-tokenizer")
    true = tok(*PAIR)["token_type_ids"]
    if got == true:
        return
    if set(got) <= {0} and got:
        raise Incorrect("All zeros: encode the two sentences as a pair, "
                        "`tokenizer(first, second)`, not one string.")
    raise Incorrect(f"Expected {len(true)} values: 0 for [CLS], the first sentence and its "
                    "[SEP], then 1 for the second sentence and the final [SEP].")


token_types = Exercise(
    name="Exercise 3 (token type ids)",
    question=f"Encode the pair {PAIR} with the Chinese tokenizer; give its token_type_ids.",
    checker=_check_token_types,
    answer_name="token_types",
    hints=["Pass the two sentences as two arguments: `tokenizer(a, b)`."],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

zh_tokenizer = AutoTokenizer.from_pretrained(checkpoint("chinese-tokenizer"))
token_types = zh_tokenizer({PAIR[0]!r}, {PAIR[1]!r})["token_type_ids"]''',
)

ENGLISH = "I've been waiting for a HuggingFace course my whole life."


def _check_decoded(answer):
    got = expect_str(answer, "the decoded text")
    tok = _models.tokenizer("encoder")
    ids = tok.encode(ENGLISH)
    accepted = {tok.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=clean)
                for clean in (False, True)}
    if got in accepted:
        return
    if "[CLS]" in got or "[SEP]" in got:
        raise Incorrect("Drop the special tokens: `skip_special_tokens=True`.")
    if got == ENGLISH:
        raise Incorrect("That is the original text; decode the ids instead and look at what "
                        "an uncased tokenizer gives back.")
    raise Incorrect(f"Decode `tokenizer.encode({ENGLISH!r})`; got {describe(got)}.")


round_trip = Exercise(
    name="Exercise 4 (decode)",
    question="Encode the notes' English sentence with the encoder's tokenizer, then decode it "
             "back without special tokens.",
    checker=_check_decoded,
    answer_name="decoded",
    hints=["`tokenizer.decode(ids, skip_special_tokens=True)`.",
           "The result is lower-cased: the vocabulary is uncased."],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("encoder"))
decoded = tokenizer.decode(tokenizer.encode({ENGLISH!r}), skip_special_tokens=True)''',
)

ALL = [truncate, attention_mask, token_types, round_trip]
