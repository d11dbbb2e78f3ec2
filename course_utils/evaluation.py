"""`python -m course_utils evaluate`: score every built task checkpoint on its test split,
loading it exactly as a learner would (pipeline / AutoModelFor... from the folder)."""
from dataclasses import dataclass

from .paths import models_dir


@dataclass
class Score:
    task: str
    metric: str
    value: float
    target: float
    examples: int

    @property
    def passed(self) -> bool:
        return self.value >= self.target


def evaluate_sentiment(limit=None) -> Score:
    from transformers import pipeline

    from .data import load_rotten_tomatoes

    test = load_rotten_tomatoes()["test"]
    if limit:
        test = test.select(range(limit))
    classify = pipeline("text-classification", model=str(models_dir() / "sentiment"))
    names = test.features["label"].names
    predictions = classify(list(test["text"]), batch_size=64, truncation=True, max_length=64)
    correct = sum(p["label"] == names[y] for p, y in zip(predictions, test["label"]))
    return Score("sentiment", "accuracy", correct / len(test), 0.82, len(test))


def evaluate_text_generation(limit=None) -> Score:
    from transformers import pipeline

    generate = pipeline("text-generation", model=str(models_dir() / "smollm2"))
    out = generate("The capital of France is", max_new_tokens=8, do_sample=False,
                   return_full_text=False)[0]["generated_text"]
    return Score("text-generation", "greedy 'capital of France' names Paris",
                 float("Paris" in out), 1.0, 1)


def evaluate_ner(limit=None) -> Score:
    """Entity-level F1 on the hand-written sentences: the pipeline's grouped entities
    (aggregation_strategy="simple") must match gold type, start and end exactly."""
    from transformers import pipeline

    from .metrics import span_f1
    from .testsets import load_ner_test

    test = load_ner_test()
    if limit:
        test = test.select(range(limit))
    tag = pipeline("token-classification", model=str(models_dir() / "ner"),
                   aggregation_strategy="simple")
    gold, predicted = [], []
    for text, spans, found in zip(test["text"], test["spans"], tag(list(test["text"]))):
        gold.append({tuple(s.split(":")[:1]) + tuple(map(int, s.split(":")[1:]))
                     for s in spans})
        predicted.append({(e["entity_group"], *_strip(text, e["start"], e["end"]))
                          for e in found})
    return Score("ner", "entity F1 (hand-written test set)", span_f1(gold, predicted)["f1"],
                 0.85, len(test))


def _strip(text, start, end):
    """Offsets without surrounding spaces (some tokenizers include a leading one)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def evaluate_question_answering(limit=None) -> Score:
    """Exact match (SQuAD normalisation) on the hand-written questions, decoding the best
    valid span from AutoModelForQuestionAnswering (transformers 5 has no QA pipeline)."""
    from transformers import AutoModelForQuestionAnswering, AutoTokenizer

    from .extractive_qa import predict_answers
    from .metrics import exact_match
    from .testsets import load_qa_test

    test = load_qa_test()
    if limit:
        test = test.select(range(limit))
    folder = models_dir() / "question-answering"
    model = AutoModelForQuestionAnswering.from_pretrained(folder).eval()
    predictions = predict_answers(model, AutoTokenizer.from_pretrained(folder), test)
    hits = sum(exact_match(p, a["text"]) for p, a in zip(predictions, test["answers"]))
    return Score("question-answering", "exact match (hand-written test set)", hits / len(test),
                 0.70, len(test))


EVALUATORS = {"sentiment": evaluate_sentiment, "ner": evaluate_ner,
              "question-answering": evaluate_question_answering,
              "text-generation": evaluate_text_generation}


def evaluate(tasks=None, limit=None, log=print) -> list[Score]:
    from .notebook_setup import setup

    setup()
    scores = []
    log(f"{'task':16} {'metric':40} {'value':>7} {'target':>7} {'n':>6}  ok")
    for task in tasks or EVALUATORS:
        score = EVALUATORS[task](limit=limit)
        scores.append(score)
        log(f"{score.task:16} {score.metric:40} {score.value:7.4f} {score.target:7.2f} "
            f"{score.examples:6}  {'yes' if score.passed else 'NO'}")
    return scores
