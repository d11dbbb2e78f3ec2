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
        gold.append({_gold_span(s) for s in spans})
        predicted.append({(e["entity_group"], *_strip(text, e["start"], e["end"]))
                          for e in found})
    return Score("ner", "entity F1 (hand-written test set)", span_f1(gold, predicted)["f1"],
                 0.85, len(test))


def _gold_span(encoded: str):
    """'PER:0:12' (how the test set stores a span) -> ('PER', 0, 12)."""
    kind, start, end = encoded.split(":")
    return kind, int(start), int(end)


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


def evaluate_paraphrase(limit=None) -> Score:
    """Accuracy on the hand-written pairs (paraphrases, hard negatives, related, unrelated),
    through the text-classification pipeline given each pair as text and text_pair."""
    from transformers import pipeline

    from .synthetic.paraphrase import LABELS
    from .testsets import read_jsonl

    rows = read_jsonl("paraphrase_test.jsonl")[:limit]
    classify = pipeline("text-classification", model=str(models_dir() / "paraphrase"))
    out = classify([{"text": r["sentence1"], "text_pair": r["sentence2"]} for r in rows],
                   batch_size=32)
    correct = sum(o["label"] == LABELS[r["label"]] for o, r in zip(out, rows))
    return Score("paraphrase", "accuracy (hand-written pairs)", correct / len(rows), 0.85,
                 len(rows))


EVALUATORS = {"sentiment": evaluate_sentiment, "ner": evaluate_ner,
              "paraphrase": evaluate_paraphrase,
              "question-answering": evaluate_question_answering,
              "text-generation": evaluate_text_generation}


FOLDERS = {"text-generation": "smollm2"}  # the others live in a folder named after the task


def evaluate(tasks=None, limit=None, log=print) -> list[Score]:
    from .errors import CourseError
    from .notebook_setup import setup

    unknown = [t for t in tasks or [] if t not in EVALUATORS]
    if unknown:
        raise CourseError(f"No evaluation for {', '.join(unknown)}; known tasks: "
                          f"{', '.join(EVALUATORS)}.")
    setup()
    scores = []
    log(f"{'task':18} {'metric':40} {'value':>7} {'target':>7} {'n':>6}  ok")
    for task in tasks or EVALUATORS:
        if not (models_dir() / FOLDERS.get(task, task) / "config.json").exists():
            log(f"{task:18} not built: no checkpoint in {models_dir()}; train its artefact "
                f"(python -m course_utils train {task}) and run `make models`")
            scores.append(Score(task, "not built", 0.0, 1.0, 0))
            continue
        score = EVALUATORS[task](limit=limit)
        scores.append(score)
        log(f"{score.task:18} {score.metric:40} {score.value:7.4f} {score.target:7.2f} "
            f"{score.examples:6}  {'yes' if score.passed else 'NO'}")
    return scores
