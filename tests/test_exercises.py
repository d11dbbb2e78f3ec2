"""Every exercise takes every right answer and refuses the wrong ones, without a traceback.

For chapters 1-5, each exercise has right answers written in several styles a learner would
use (a list, a tensor, `list(tensor)`, NumPy integers, another precision, another API that
gives the same value) and plausible wrong answers, each expected to get its own advice; every
answer must be handled by the checker itself (`Verdict.exception is None`), so a bug in a
checker fails here instead of reaching a learner as "could not be checked". Odd objects
(None, a function, a string, a tensor of the wrong dtype...) must give a one-line verdict for
every exercise of the course. Solutions are executed exactly as `solution()` prints them.
(Chapter 6's exercises have their own answer tables in tests/test_exercises_ch06.py.)
"""
import copy
from pathlib import Path

import numpy as np
import pytest
import torch

from course_utils.exercises import (CORRECT, INCORRECT, NOT_ATTEMPTED, Exercise, Incorrect,
                                    _models, ch01, ch02, ch03, ch04, ch05, ch06, close,
                                    expect_float, expect_int, expect_int_list, expect_shape,
                                    tolerance)
from course_utils.language import Text

ALL = ch01.ALL + ch02.ALL + ch03.ALL + ch04.ALL + ch05.ALL + ch06.ALL
AUDITED = ch01.ALL + ch02.ALL + ch03.ALL + ch04.ALL + ch05.ALL


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


# ---- the answers a learner might give, chapter by chapter ---------------------------------
# Each right answer is a function of a temporary folder returning the answer; each wrong one
# also names a few words the advice must contain.

def pipe(task, role, **kwargs):
    return ch01._pipeline(task, role, **kwargs)


def sentiment_parts():
    from transformers import AutoModelForSequenceClassification

    from course_utils import checkpoint

    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentiment"))
    return _models.tokenizer("sentiment"), model


def happy_probs(dtype=torch.float32):
    tok, model = sentiment_parts()
    with torch.no_grad():
        return model.to(dtype)(**tok(ch01.HAPPY, return_tensors="pt")).logits.softmax(-1)[0]


def positive():
    return sentiment_parts()[1].config.label2id["POSITIVE"]


def ner_pairs():
    return ch01._entity_pairs()


def topic_scores():
    return ch01._topic_scores()


def encoder_hidden(dtype=torch.float32, **call):
    tok = _models.tokenizer("encoder")
    from transformers import AutoModel

    from course_utils import checkpoint

    model = AutoModel.from_pretrained(checkpoint("encoder"), dtype=dtype)
    with torch.no_grad():
        return model(**tok(ch02.HIDDEN_SENTENCE, return_tensors="pt"), output_hidden_states=True,
                     **call).hidden_states


def save_encoder(folder, dtype=None, change=False, **kwargs):
    model = _models.model("encoder")
    if dtype is not None or change:  # a copy: the cached encoder must stay as loaded
        model = copy.deepcopy(model).to(dtype or torch.float32)
    if change:
        with torch.no_grad():
            model.pooler.dense.bias += 1
    model.save_pretrained(folder, **kwargs)
    return folder


def layer0_count():
    return sum(p.numel() for p in _models.model("encoder").encoder.layer[0].parameters())


def zh():
    return _models.tokenizer("chinese-tokenizer")


def lm():
    return ch03._lm_tokenizer()


def paraphrase_parts():
    from transformers import AutoModelForSequenceClassification

    from course_utils import checkpoint

    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("paraphrase"))
    return _models.tokenizer("paraphrase"), model


def pair_probs(*texts, drop_types=False, dtype=torch.float32):
    tok, model = paraphrase_parts()
    enc = tok(*texts, return_tensors="pt")
    if drop_types:
        enc.pop("token_type_ids")
    with torch.no_grad():
        return model.to(dtype)(**enc).logits.softmax(-1)[0]


def four_layer_count():
    from transformers import AutoConfig, AutoModel

    from course_utils import checkpoint

    config = AutoConfig.from_pretrained(checkpoint("encoder"), num_hidden_layers=4)
    return AutoModel.from_config(config)


def top_p_scores():
    from transformers import TopPLogitsWarper

    return TopPLogitsWarper(top_p=0.8)(None, torch.tensor(ch05.LOGITS))


RIGHT = {
    ch01.sentiment_label: [
        ("the pipeline's label", lambda d: pipe("text-classification", "sentiment")(ch01.REVIEW)[0]["label"]),
        ("id2label of the argmax", lambda d: (lambda tok, m: m.config.id2label[
            m(**tok(ch01.REVIEW, return_tensors="pt")).logits.argmax().item()])(*sentiment_parts())),
        ("with a trailing newline", lambda d: pipe("text-classification", "sentiment")(ch01.REVIEW)[0]["label"] + "\n"),
        ("a NumPy string", lambda d: np.str_(pipe("text-classification", "sentiment")(ch01.REVIEW)[0]["label"])),
    ],
    ch01.by_hand: [
        ("a float from .item()", lambda d: happy_probs()[positive()].item()),
        ("a 0-d tensor", lambda d: happy_probs()[positive()]),
        ("a NumPy float32", lambda d: happy_probs().numpy()[positive()]),
        ("the pipeline with top_k=None", lambda d: {s["label"]: s["score"] for s in
                                                    pipe("text-classification", "sentiment")(ch01.HAPPY, top_k=None)}["POSITIVE"]),
        ("a bfloat16 tensor", lambda d: happy_probs(torch.bfloat16)[positive()]),
        ("a float64 model", lambda d: happy_probs(torch.float64)[positive()].item()),
        ("a one-element list", lambda d: [happy_probs()[positive()].item()]),
    ],
    ch01.entities: [
        ("a list of tuples", lambda d: ner_pairs()),
        ("a list of lists", lambda d: [list(p) for p in ner_pairs()]),
        ("a tuple of tuples", lambda d: tuple(ner_pairs())),
        ("a generator", lambda d: (p for p in ner_pairs())),
    ],
    ch01.zero_shot: [
        ("max over the scores", lambda d: max(topic_scores(), key=topic_scores().get)),
        ("sorted, first", lambda d: sorted(topic_scores().items(), key=lambda kv: -kv[1])[0][0]),
        ("capitalised", lambda d: max(topic_scores(), key=topic_scores().get).capitalize()),
    ],
    ch02.families: [
        ("the solution's dict", lambda d: dict(ch02.FAMILY_OF)),
        ("spaces and capitals", lambda d: {k: v.replace("-", " ").title() for k, v in ch02.FAMILY_OF.items()}),
        ("other spellings of the names", lambda d: {k.lower().replace("-", ""): v.replace("-", "_")
                                                    for k, v in ch02.FAMILY_OF.items()}),
    ],
    ch02.layer_params: [
        ("an int", lambda d: layer0_count()),
        ("a float", lambda d: float(layer0_count())),
        ("a 0-d tensor", lambda d: torch.tensor(layer0_count())),
        ("a NumPy int64", lambda d: np.int64(layer0_count())),
    ],
    ch02.hidden_states: [
        ("the tuple", lambda d: encoder_hidden()),
        ("a list", lambda d: list(encoder_hidden())),
        ("stacked", lambda d: torch.stack(encoder_hidden())),
        ("NumPy arrays", lambda d: [h.numpy() for h in encoder_hidden()]),
        ("without the batch dimension", lambda d: [h[0] for h in encoder_hidden()]),
        ("from a model in bfloat16 (section 2.8)", lambda d: encoder_hidden(torch.bfloat16)),
        ("from a model in float64", lambda d: encoder_hidden(torch.float64)),
    ],
    ch02.save_reload: [
        ("a string", lambda d: str(save_encoder(d / "enc"))),
        ("a Path", lambda d: save_encoder(d / "enc")),
        ("sharded", lambda d: save_encoder(d / "sharded", max_shard_size="20MB")),
        ("saved in float64", lambda d: str(save_encoder(d / "f64", dtype=torch.float64))),
    ],
    ch03.truncate: [
        ("encode", lambda d: zh().encode(ch03.SENTENCE, max_length=8, truncation=True)),
        ("the call's input_ids", lambda d: zh()(ch03.SENTENCE, max_length=8, truncation=True)["input_ids"]),
        ("a (1, 8) tensor", lambda d: zh()(ch03.SENTENCE, max_length=8, truncation=True, return_tensors="pt")["input_ids"]),
        ("list(tensor)", lambda d: list(zh()(ch03.SENTENCE, max_length=8, truncation=True, return_tensors="pt")["input_ids"][0])),
        ("NumPy int64s", lambda d: list(np.array(zh().encode(ch03.SENTENCE, max_length=8, truncation=True)))),
        ("padding and truncation", lambda d: zh().encode(ch03.SENTENCE, padding="max_length", max_length=8, truncation=True)),
    ],
    ch03.attention_mask: [
        ("a list", lambda d: lm()(ch03.BATCH, padding=True)["attention_mask"][0]),
        ("a tensor row", lambda d: lm()(ch03.BATCH, padding=True, return_tensors="pt")["attention_mask"][0]),
        ("list(tensor row)", lambda d: list(lm()(ch03.BATCH, padding=True, return_tensors="pt")["attention_mask"][0])),
        ("a boolean mask", lambda d: lm()(ch03.BATCH, padding=True, return_tensors="pt")["attention_mask"][0].bool()),
        ("padded on the left", lambda d: (setattr(lm(), "padding_side", "left"),
                                          lm()(ch03.BATCH, padding=True)["attention_mask"][0],
                                          setattr(lm(), "padding_side", "right"))[1]),
    ],
    ch03.token_types: [
        ("two arguments", lambda d: zh()(*ch03.PAIR)["token_type_ids"]),
        ("text and text_pair", lambda d: zh()(text=ch03.PAIR[0], text_pair=ch03.PAIR[1])["token_type_ids"]),
        ("a batch of one pair", lambda d: zh()([ch03.PAIR[0]], [ch03.PAIR[1]])["token_type_ids"][0]),
        ("a (1, n) tensor", lambda d: zh()(*ch03.PAIR, return_tensors="pt")["token_type_ids"]),
    ],
    ch03.round_trip: [
        ("decode", lambda d: _models.tokenizer("encoder").decode(_models.tokenizer("encoder").encode(ch03.ENGLISH), skip_special_tokens=True)),
        ("decode without clean-up", lambda d: _models.tokenizer("encoder").decode(
            _models.tokenizer("encoder").encode(ch03.ENGLISH), skip_special_tokens=True, clean_up_tokenization_spaces=False)),
        ("batch_decode", lambda d: _models.tokenizer("encoder").batch_decode(
            [_models.tokenizer("encoder").encode(ch03.ENGLISH)], skip_special_tokens=True)),
        ("tokens back to a string", lambda d: _models.tokenizer("encoder").convert_tokens_to_string(
            _models.tokenizer("encoder").tokenize(ch03.ENGLISH))),
    ],
    ch04.lookup: [
        ("the table's string", lambda d: "LlamaForSequenceClassification"),
        ("the class itself", lambda d: __import__("transformers").LlamaForSequenceClassification),
        ("the class's __name__ with a space", lambda d: " LlamaForSequenceClassification"),
    ],
    ch04.choose_class: [
        ("names", lambda d: dict(ch04.ANSWERS)),
        ("classes", lambda d: {t: getattr(__import__("transformers"), n) for t, n in ch04.ANSWERS.items()}),
        ("mixed, other key case", lambda d: {t.upper() if i % 2 else t: (getattr(__import__("transformers"), n) if i % 2 else n)
                                             for i, (t, n) in enumerate(ch04.ANSWERS.items())}),
    ],
    ch04.from_config: [
        ("sum of numel", lambda d: sum(p.numel() for p in four_layer_count().parameters())),
        ("num_parameters()", lambda d: four_layer_count().num_parameters()),
        ("a NumPy int64", lambda d: np.int64(four_layer_count().num_parameters())),
        ("a float", lambda d: float(four_layer_count().num_parameters())),
    ],
    ch05.pair_probability: [
        ("a float", lambda d: pair_probs(*ch05.PAIR)[1].item()),
        ("a 0-d tensor", lambda d: pair_probs(*ch05.PAIR)[1]),
        ("through the pipeline", lambda d: pipe("text-classification", "paraphrase")(
            {"text": ch05.PAIR[0], "text_pair": ch05.PAIR[1]}, top_k=None)[0]["score"]
            if pipe("text-classification", "paraphrase").model.config.id2label[1] ==
            pipe("text-classification", "paraphrase")({"text": ch05.PAIR[0], "text_pair": ch05.PAIR[1]},
                                                       top_k=None)[0]["label"]
            else pipe("text-classification", "paraphrase")({"text": ch05.PAIR[0], "text_pair": ch05.PAIR[1]},
                                                            top_k=None)[1]["score"]),
        ("a bfloat16 tensor", lambda d: pair_probs(*ch05.PAIR, dtype=torch.bfloat16)[1]),
        ("a NumPy float32", lambda d: pair_probs(*ch05.PAIR).numpy()[1]),
    ],
    ch05.valid_span: [
        ("a tuple", lambda d: ch05._best_valid_span()),
        ("a list", lambda d: list(ch05._best_valid_span())),
        ("NumPy int64s", lambda d: tuple(np.int64(x) for x in ch05._best_valid_span())),
        ("list(tensor)", lambda d: list(torch.tensor(ch05._best_valid_span()))),
        ("a tensor", lambda d: torch.tensor(ch05._best_valid_span())),
    ],
    ch05.top_p: [
        ("a sorted list", lambda d: ch05._kept_by_top_p()),
        ("nonzero() of the mask", lambda d: torch.isfinite(top_p_scores()[0]).nonzero()),
        ("a NumPy array", lambda d: np.flatnonzero(np.isfinite(top_p_scores()[0].numpy()))),
        ("list(tensor)", lambda d: list(torch.isfinite(top_p_scores()[0]).nonzero().flatten())),
        ("a tuple", lambda d: tuple(ch05._kept_by_top_p())),
    ],
}

WRONG = {
    ch01.sentiment_label: [
        ("the whole result", lambda d: pipe("text-classification", "sentiment")(ch01.REVIEW), "whole pipeline result"),
        ("lower case", lambda d: pipe("text-classification", "sentiment")(ch01.REVIEW)[0]["label"].lower(), "case-sensitive"),
        ("the other label", lambda d: next(l for l in sentiment_parts()[1].config.id2label.values()
                                           if l != pipe("text-classification", "sentiment")(ch01.REVIEW)[0]["label"]),
         "does not say"),
        ("the score", lambda d: pipe("text-classification", "sentiment")(ch01.REVIEW)[0]["score"], "as a string"),
    ],
    ch01.by_hand: [
        ("P(NEGATIVE)", lambda d: happy_probs()[1 - positive()].item(), "NEGATIVE"),
        ("the logit", lambda d: ch01._sentiment_logits()[0][positive()], "logit"),
        ("a constant", lambda d: 0.5, "Not the probability"),
        ("both probabilities", lambda d: happy_probs(), "one number"),
        ("a probability rounded to 2 places", lambda d: round(happy_probs()[positive()].item() - 0.004, 2)
         if abs(round(happy_probs()[positive()].item(), 2) - happy_probs()[positive()].item()) < 1e-4
         else round(happy_probs()[positive()].item(), 2), "float32 precision"),
    ],
    ch01.entities: [
        ("the pipeline's dicts", lambda d: pipe("token-classification", "ner", aggregation_strategy="simple")(ch01.NER_TEXT), "dicts"),
        ("word first", lambda d: [(w, g) for g, w in ner_pairs()], "wrong way round"),
        ("other order", lambda d: list(reversed(ner_pairs())), "order"),
        ("title case", lambda d: [(g, w.title()) for g, w in ner_pairs()], "letter case"),
        ("without aggregation", lambda d: [(e["entity"], e["word"]) for e in
                                           pipe("token-classification", "ner")(ch01.NER_TEXT)], "B-/I-"),
        ("one missing", lambda d: ner_pairs()[:-1], "finds"),
    ],
    ch01.zero_shot: [
        ("a label outside the list", lambda d: "football", "must be one of"),
        ("the scores", lambda d: topic_scores(), "just the winning label"),
        ("another label", lambda d: min(topic_scores(), key=topic_scores().get), "Not the most similar"),
    ],
    ch02.families: [
        ("two wrong", lambda d: dict(ch02.FAMILY_OF, BERT="encoder-decoder", ELECTRA="decoder-only"), "BERT, ELECTRA"),
        ("one missing", lambda d: {k: v for k, v in ch02.FAMILY_OF.items() if k != "T5"}, "no entry for T5"),
        ("another word", lambda d: dict(ch02.FAMILY_OF, T5="seq2seq"), "must be one of"),
        ("a list", lambda d: list(ch02.FAMILY_OF.items()), "Expected your answer as a dict"),
    ],
    ch02.layer_params: [
        ("the whole model", lambda d: sum(p.numel() for p in _models.model("encoder").parameters()), "whole model"),
        ("all the layers", lambda d: sum(p.numel() for p in _models.model("encoder").encoder.layer.parameters()), "every layer"),
        ("weights only", lambda d: sum(p.numel() for n, p in _models.model("encoder").encoder.layer[0].named_parameters()
                                       if n.endswith("weight")), "first layer only"),
        ("a fraction", lambda d: 1.5, "whole number"),
    ],
    ch02.hidden_states: [
        ("last_hidden_state only", lambda d: encoder_hidden()[-1], "whole tuple"),
        ("None", lambda d: None, "output_hidden_states=True"),
        ("the whole output", lambda d: (lambda tok, m: m(**tok(ch02.HIDDEN_SENTENCE, return_tensors="pt"),
                                                          output_hidden_states=True))(
            _models.tokenizer("encoder"), _models.model("encoder")), ".hidden_states"),
        ("layers only", lambda d: encoder_hidden()[1:], "embeddings plus one per layer"),
        ("another sentence", lambda d: (lambda tok, m: m(**tok("Transformers are here.", return_tensors="pt"),
                                                          output_hidden_states=True).hidden_states)(
            _models.tokenizer("encoder"), _models.model("encoder")), "shape"),
        ("dropout on", lambda d: (torch.manual_seed(0), _models.model("encoder").train(),
                                  _models.model("encoder")(**_models.tokenizer("encoder")(ch02.HIDDEN_SENTENCE, return_tensors="pt"),
                                                           output_hidden_states=True).hidden_states,
                                  _models.model("encoder").eval())[2], "dropout"),
    ],
    ch02.save_reload: [
        ("no folder", lambda d: str(d / "nowhere"), "not a folder"),
        ("None", lambda d: None, "returns nothing"),
        ("the model", lambda d: _models.model("encoder"), "the model"),
        ("a folder without weights", lambda d: ((d / "cfg").mkdir(), (d / "cfg" / "config.json").write_text("{}"))
         and str(d / "cfg"), "model.safetensors"),
        ("in bfloat16", lambda d: str(save_encoder(d / "bf16", dtype=torch.bfloat16)), "bfloat16"),
        ("after changing a weight", lambda d: str(save_encoder(d / "changed", change=True)), "differ"),
        ("the decoder", lambda d: (__import__("transformers").AutoModelForCausalLM.from_pretrained(
            __import__("course_utils").checkpoint("causal-lm")).save_pretrained(d / "lm")) or str(d / "lm"),
         "not the encoder"),
    ],
    ch03.truncate: [
        ("no truncation", lambda d: zh().encode(ch03.SENTENCE, padding="max_length", max_length=8), "truncation=True"),
        ("sliced by hand", lambda d: zh().encode(ch03.SENTENCE)[:8], "sliced"),
        ("without special tokens", lambda d: zh().encode(ch03.SENTENCE, add_special_tokens=False)[:8], "[CLS] and [SEP]"),
        ("the whole encoding", lambda d: zh()(ch03.SENTENCE, max_length=8, truncation=True), "whole output"),
        ("a string", lambda d: "1, 2, 3", "list of ints"),
    ],
    ch03.attention_mask: [
        ("the idx != 0 rule", lambda d: [1 if i != 0 else 0 for i in lm()(ch03.BATCH, padding=True)["input_ids"][0]],
         "padding as real text"),
        ("the second row", lambda d: lm()(ch03.BATCH, padding=True)["attention_mask"][1], "second text"),
        ("without padding", lambda d: lm()(ch03.BATCH)["attention_mask"][0], "entries"),
        ("inverted", lambda d: [1 - v for v in lm()(ch03.BATCH, padding=True)["attention_mask"][0]], "Not the mask"),
    ],
    ch03.token_types: [
        ("one string", lambda d: zh()("".join(ch03.PAIR))["token_type_ids"], "two arguments"),
        ("joined with [SEP]", lambda d: zh()(ch03.PAIR[0] + "[SEP]" + ch03.PAIR[1])["token_type_ids"], "All zeros"),
        ("swapped", lambda d: zh()(ch03.PAIR[1], ch03.PAIR[0])["token_type_ids"], "other order"),
        ("the input ids", lambda d: zh()(*ch03.PAIR)["input_ids"], "Expected"),
    ],
    ch03.round_trip: [
        ("with special tokens", lambda d: _models.tokenizer("encoder").decode(_models.tokenizer("encoder").encode(ch03.ENGLISH)),
         "skip_special_tokens"),
        ("the original", lambda d: ch03.ENGLISH, "original text"),
        ("the tokens", lambda d: _models.tokenizer("encoder").tokenize(ch03.ENGLISH), "as a string"),
        ("another text", lambda d: "i have been waiting", "Decode"),
    ],
    ch04.lookup: [
        ("the body", lambda d: "LlamaModel", "AutoModel's entry"),
        ("the Auto class", lambda d: "AutoModelForSequenceClassification", "Auto class itself"),
        ("the causal LM", lambda d: "LlamaForCausalLM", "is not what"),
        ("lower case", lambda d: "llamaforsequenceclassification", "is not what"),
    ],
    ch04.choose_class: [
        ("masked for generation", lambda d: dict(ch04.ANSWERS, **{"next-word generation": "AutoModelForMaskedLM"}),
         "next-word generation"),
        ("not class names", lambda d: {t: 1 for t in ch04.TASKS}, "Auto class names"),
        ("one missing", lambda d: {t: n for t, n in ch04.ANSWERS.items() if t != "filling in a [MASK]"}, "No entry"),
        ("seq2seq and causal swapped", lambda d: dict(ch04.ANSWERS, **{
            "next-word generation": "AutoModelForSeq2SeqLM",
            "translation with an encoder-decoder model": "AutoModelForCausalLM"}), "translation"),
    ],
    ch04.from_config: [
        ("the full model", lambda d: _models.model("encoder").num_parameters(), "full"),
        ("2 layers, section 4.2", lambda d: ch04._counts(2)[0], "2-layer"),
        ("one layer's count", lambda d: layer0_count(), "Not the count"),
        ("a string", lambda d: "19,164,288", "whole number"),
    ],
    ch05.pair_probability: [
        ("P(not paraphrase)", lambda d: pair_probs(*ch05.PAIR)[0].item(), "not paraphrase"),
        ("swapped", lambda d: pair_probs(ch05.PAIR[1], ch05.PAIR[0])[1].item(), "other order"),
        ("joined with [SEP]", lambda d: pair_probs(f"{ch05.PAIR[0]} [SEP] {ch05.PAIR[1]}")[1].item(), "segment B"),
        ("no token_type_ids", lambda d: pair_probs(*ch05.PAIR, drop_types=True)[1].item(), "segment B"),
        ("one string", lambda d: pair_probs(f"{ch05.PAIR[0]} {ch05.PAIR[1]}")[1].item(), "one text"),
        ("the logit", lambda d: ch05._pair_variants()["logits"][1], "logit"),
        ("the old constant", lambda d: 0.0003, "Not the probability"),
    ],
    ch05.valid_span: [
        ("two argmaxes", lambda d: (ch05.START.index(max(ch05.START)), ch05.END.index(max(ch05.END))), "at most 3"),
        ("reversed", lambda d: (5, 2), "before the start"),
        ("valid, not best", lambda d: (4, 4), "not the best"),
        ("counted from 1", lambda d: (7, 8), "from 0"),
        ("three numbers", lambda d: (1, 2, 3), "3 numbers"),
        ("floats", lambda d: (1.5, 2.9), "only ints"),
        ("strings", lambda d: ("1", "2"), "only ints"),
    ],
    ch05.top_p: [
        ("unsorted", lambda d: list(reversed(ch05._kept_by_top_p())), "sort"),
        ("the mask", lambda d: torch.isfinite(top_p_scores()[0]).tolist(), "mask over the 6 tokens"),
        ("a set", lambda d: set(ch05._kept_by_top_p()), "no order"),
        ("the top token only", lambda d: [ch05.LOGITS[0].index(max(ch05.LOGITS[0]))], "not -inf"),
        ("the filtered scores", lambda d: top_p_scores()[0].tolist(), "only ints"),
    ],
}


def cases(table):
    return [pytest.param(exercise, name, make, *rest, id=f"{exercise.name.en}: {name}")
            for exercise, answers in table.items() for name, make, *rest in answers]


def test_every_exercise_has_three_styles_of_right_answer_and_three_wrong_answers():
    for exercise in AUDITED:
        assert len(RIGHT.get(exercise, [])) >= 3, exercise.name.en
        assert len(WRONG.get(exercise, [])) >= 3, exercise.name.en


@pytest.mark.parametrize("exercise,style,make", cases(RIGHT))
def test_right_answers_in_every_style_pass(exercise, style, make, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    verdict = exercise.grade(make(tmp_path))
    assert verdict.exception is None, f"{style}: the checker raised {verdict.exception!r}"
    assert verdict.status == CORRECT, f"{style}: {verdict.message}"


@pytest.mark.parametrize("exercise,style,make,advice", cases(WRONG))
def test_plausible_wrong_answers_are_refused_with_advice(exercise, style, make, advice, tmp_path,
                                                         monkeypatch):
    monkeypatch.chdir(tmp_path)
    verdict = exercise.grade(make(tmp_path))
    assert verdict.exception is None, f"{style}: the checker raised {verdict.exception!r}"
    assert verdict.status == INCORRECT, f"{style} was accepted"
    assert advice in verdict.message, f"{style}: {verdict.message}"
    assert "\n" not in verdict.message


ODD = [None, "a string", {"a": 1}, len, lambda *a: None, 3.5, -1, float("nan"), [], (), [None],
       torch.tensor([1.5, 2.5], dtype=torch.float16), torch.zeros(2, 3, dtype=torch.complex64),
       np.array(["x", "y"]), torch.tensor(True), object, b"bytes", range(3), {1, 2}, Path("/")]


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.name.en)
def test_odd_objects_get_a_one_line_verdict(exercise, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for odd in ODD:
        verdict = exercise.grade(odd)
        assert verdict.status == INCORRECT, f"{odd!r} was accepted"
        assert "\n" not in verdict.message
        if exercise in AUDITED:  # chapter 6's checkers have their own tests
            assert verdict.exception is None, f"{odd!r}: the checker raised {verdict.exception!r}"


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


def test_any_exception_in_a_checker_becomes_one_line_in_both_languages(capsys, monkeypatch):
    def broken(answer):
        raise RuntimeError("expected scalar type Float but found BFloat16\n  at line 2")

    exercise = Exercise(DEMO, Text("?", "？"), checker=broken)
    verdict = exercise.grade(torch.ones(2))
    assert verdict.status == INCORRECT and isinstance(verdict.exception, RuntimeError)
    assert "could not be checked (RuntimeError: expected scalar type Float but found BFloat16)" \
        in verdict.message
    exercise.check([1, 2])
    assert capsys.readouterr().out.count("\n") == 1
    monkeypatch.setenv("COURSE_LANG", "zh")
    assert "无法检查这个答案" in exercise.grade(1).message


def test_an_answer_whose_repr_fails_is_still_described():
    class Nasty:
        def __repr__(self):
            raise ValueError("no repr")

    def checker(answer):
        raise KeyError("x")

    assert "type Nasty" in Exercise(DEMO, Text("?", "？"), checker=checker).grade(Nasty()).message


def test_a_one_language_message_is_refused():
    with pytest.raises(TypeError):
        Incorrect("Try a bigger number.")


def test_numbers_are_numbers_whatever_their_type():
    what = Text("n", "n")
    for n in (7, 7.0, np.int64(7), np.int32(7), torch.tensor(7), torch.tensor([7]), np.array(7)):
        assert expect_int(n, what) == 7, repr(n)
    for bad in (True, 7.5, "7", [7, 8], None):
        with pytest.raises(Incorrect):
            expect_int(bad, what)
    for x in (0.25, np.float32(0.25), torch.tensor(0.25, dtype=torch.bfloat16), [0.25], (0.25,)):
        assert expect_float(x, what) == 0.25
    for bad in (float("nan"), "0.25", [0.1, 0.2], torch.ones(3), None, False):
        with pytest.raises(Incorrect):
            expect_float(bad, what)


def test_sequences_are_sequences_whatever_their_type():
    what = Text("ids", "ids")
    ids = [101, 7, 102]
    for seq in (ids, tuple(ids), np.array(ids), torch.tensor(ids), torch.tensor([ids]),
                list(torch.tensor(ids)), [np.int64(i) for i in ids], [float(i) for i in ids],
                [torch.tensor(ids)], [ids]):
        assert expect_int_list(seq, what) == ids, repr(seq)
    assert expect_int_list(range(3), what) == [0, 1, 2]
    assert expect_int_list([True, False], what, allow_bool=True) == [1, 0]
    for bad in ([True, False], [1.5], ["1"], "1 2", {1, 2}, torch.zeros(2, 3), None):
        with pytest.raises(Incorrect):
            expect_int_list(bad, what)


def test_shapes_accept_numpy_and_torch_integers():
    what = Text("shape", "shape")
    for shape in ((4, 12), [4, 12], torch.Size([4, 12]), (np.int64(4), np.int64(12)),
                  (torch.tensor(4), torch.tensor(12)), np.array([4, 12]), torch.tensor([4, 12])):
        assert expect_shape(shape, what) == (4, 12), repr(shape)
    for bad in (torch.zeros(4, 12), np.zeros((4, 12)), "4, 12", (4.5, 12), 48):
        with pytest.raises(Incorrect):
            expect_shape(bad, what)


def test_tolerance_scales_with_the_value_and_the_precision():
    assert close(0.9172 + 5e-5, 0.9172) and not close(0.9172 + 5e-4, 0.9172)
    assert close(2.6e-4 * (1 + 5e-5), 2.6e-4) and not close(3e-4, 2.6e-4)  # relative, not 1e-4 absolute
    bf16 = torch.finfo(torch.bfloat16).eps
    assert close(0.9172 * 1.01, 0.9172, bf16) and not close(0.9172 * 1.01, 0.9172)
    assert not close(0.9172 * 1.03, 0.9172, bf16)
    assert tolerance(1000.0) == pytest.approx(1000 * tolerance(1.0), rel=1e-3)


def test_chapter5_pair_discriminates_the_usual_slips():
    """The pair is chosen so that every slip lands far outside the tolerance (the old pair,
    scored 99.97 % 'not paraphrase', let them all pass under an absolute tolerance of 1e-4)."""
    variants = ch05._pair_variants()
    true = variants["true"]
    for slip in ("other class", "swapped", "unmarked", "one string"):
        assert abs(variants[slip] - true) > 100 * tolerance(true), slip
