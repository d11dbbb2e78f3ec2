"""Exercises for chapter 1 (pipelines). Each check recomputes the answer with the same
checkpoint the learner uses, so it stays right if a checkpoint is retrained."""
from functools import lru_cache

from . import Exercise, Incorrect, describe, expect_probability, expect_str
from ..checkpoints import checkpoint

REVIEW = "The plot was predictable and the acting wooden."
HAPPY = "What a wonderful surprise!"
NER_TEXT = "Angela Merkel visited Paris with officials from the United Nations."
SPORT_TEXT = "The striker scored twice in the final."
TOPICS = ["sport", "cooking", "finance"]


@lru_cache(maxsize=None)
def _pipeline(task, role, **kwargs):
    from transformers import pipeline

    return pipeline(task, model=checkpoint(role), **kwargs)


def _check_label(answer):
    if isinstance(answer, (dict, list)):
        raise Incorrect("That is the whole pipeline result; give just its 'label' string, "
                        "e.g. result[0]['label'].")
    got = expect_str(answer, "the label")
    true = _pipeline("text-classification", "sentiment")(REVIEW)[0]["label"]
    if got.upper() == true and got != true:
        raise Incorrect(f"Labels are case-sensitive: the model's label is written {true!r}.")
    if got != true:
        raise Incorrect(f"The pipeline does not say {got!r} for this review. Labels are "
                        "the model's config.id2label values.")


sentiment_label = Exercise(
    name="Exercise 1 (a pipeline's label)",
    question=f"Label of {REVIEW!r} from the sentiment pipeline.",
    checker=_check_label,
    answer_name="label",
    hints=["`classifier = pipeline('sentiment-analysis', model=checkpoint('sentiment'))`.",
           "The pipeline returns a list of dicts: take `[0]['label']`."],
    solution_code=f'''
from transformers import pipeline
from course_utils import checkpoint

classifier = pipeline("sentiment-analysis", model=checkpoint("sentiment"))
label = classifier({REVIEW!r})[0]["label"]''',
)


def _positive_probability():
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(checkpoint("sentiment"))
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentiment"))
    with torch.no_grad():
        probs = model(**tok(HAPPY, return_tensors="pt")).logits.softmax(-1)[0]
    return probs[model.config.label2id["POSITIVE"]].item()


def _check_probability(answer):
    answer = expect_probability(answer)
    true = _positive_probability()
    if abs(answer - true) < 1e-4:
        return
    if abs(answer - (1 - true)) < 1e-4:
        raise Incorrect("That is the probability of NEGATIVE: pick the column "
                        "model.config.label2id['POSITIVE'].")
    if not 0 <= answer <= 1:
        raise Incorrect("Probabilities lie between 0 and 1: apply softmax to the logits.")
    raise Incorrect("Not the model's probability: tokenize with the checkpoint's tokenizer, "
                    "run the model, then softmax over the last dimension.")


by_hand = Exercise(
    name="Exercise 2 (the three steps by hand)",
    question=f"P(POSITIVE) for {HAPPY!r}, computed without the pipeline.",
    checker=_check_probability,
    answer_name="p_positive",
    hints=["Tokenizer -> AutoModelForSequenceClassification -> logits.softmax(dim=-1).",
           "`model.config.label2id['POSITIVE']` tells which column is POSITIVE."],
    solution_code=f'''
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("sentiment"))
model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentiment"))
with torch.no_grad():
    probs = model(**tokenizer({HAPPY!r}, return_tensors="pt")).logits.softmax(dim=-1)
p_positive = probs[0, model.config.label2id["POSITIVE"]].item()''',
)


def _check_entities(answer):
    if not isinstance(answer, (list, tuple)):
        raise Incorrect(f"Expected a list of (entity_group, word) pairs, got {describe(answer)}.")
    if any(isinstance(a, dict) for a in answer):
        raise Incorrect("Those are the pipeline's dicts: keep (e['entity_group'], e['word']).")
    pairs = [tuple(a) for a in answer if isinstance(a, (list, tuple))]
    if len(pairs) != len(answer) or any(len(p) != 2 for p in pairs):
        raise Incorrect("Each item must be a pair: (entity_group, word).")
    found = _pipeline("token-classification", "ner", aggregation_strategy="simple")(NER_TEXT)
    true = [(e["entity_group"], e["word"]) for e in found]
    if pairs == true:
        return
    if sorted(pairs) == sorted(true):
        raise Incorrect("Right pairs, wrong order: keep the order the pipeline returns.")
    if [(g, w.lower()) for g, w in pairs] == true:
        raise Incorrect("Use the words exactly as the pipeline returns them (lower case: the "
                        "model is uncased).")
    raise Incorrect(f"The pipeline finds {len(true)} entities here; you have {len(pairs)}. "
                    "Did you pass aggregation_strategy='simple'?")


entities = Exercise(
    name="Exercise 3 (named entities)",
    question=f"(entity_group, word) pairs for {NER_TEXT!r}.",
    checker=_check_entities,
    answer_name="entities",
    hints=["`ner = pipeline('ner', model=checkpoint('ner'), aggregation_strategy='simple')`.",
           "Build the list with a comprehension over `ner(text)`; keep e['word'] as it comes "
           "back (lower case: the model is uncased)."],
    solution_code=f'''
from transformers import pipeline
from course_utils import checkpoint

ner = pipeline("ner", model=checkpoint("ner"), aggregation_strategy="simple")
entities = [(e["entity_group"], e["word"]) for e in ner({NER_TEXT!r})]''',
)


def _check_topic(answer):
    import torch

    got = expect_str(answer, "the label")
    if got not in TOPICS:
        raise Incorrect(f"The answer must be one of {TOPICS}.")
    extractor = _pipeline("feature-extraction", "encoder")

    def vector(text):
        return torch.nn.functional.normalize(extractor(text, return_tensors=True)[0].mean(0), dim=0)

    scores = {t: float(vector(SPORT_TEXT) @ vector(f"This text is about {t}.")) for t in TOPICS}
    if got != max(scores, key=scores.get):
        raise Incorrect("Not the most similar label: compare the sentence's vector with the "
                        "vector of 'This text is about {label}.' for each label.")


zero_shot = Exercise(
    name="Exercise 4 (zero-shot by similarity)",
    question=f"Best of {TOPICS} for {SPORT_TEXT!r} by sentence-vector similarity.",
    checker=_check_topic,
    answer_name="best_label",
    hints=["Reuse `sentence_vector` from section 1.4.",
           "Take the label whose description has the highest cosine similarity."],
    solution_code=f'''
import torch
from transformers import pipeline
from course_utils import checkpoint

extractor = pipeline("feature-extraction", model=checkpoint("encoder"))


def sentence_vector(text):
    vector = extractor(text, return_tensors=True)[0].mean(dim=0)
    return torch.nn.functional.normalize(vector, dim=0)


scores = {{label: float(sentence_vector({SPORT_TEXT!r}) @ sentence_vector(f"This text is about {{label}}."))
          for label in {TOPICS!r}}}
best_label = max(scores, key=scores.get)''',
)

ALL = [sentiment_label, by_hand, entities, zero_shot]
