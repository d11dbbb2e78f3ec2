"""`python -m course_utils evaluate`: score every built task checkpoint on its test split,
loading it exactly as a learner would (pipeline / AutoModelFor... from the folder)."""
from dataclasses import dataclass

from ..paths import models_dir


@dataclass
class Score:
    task: str
    metric: str
    value: float
    target: float | None  # None: a figure to report, with no bar to pass
    examples: int

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.value >= self.target


def evaluate_sentiment(limit=None) -> Score:
    from transformers import pipeline

    from ..data import load_rotten_tomatoes

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


def evaluate_ner(limit=None, dev=False) -> Score:
    """Entity-level F1 on the hand-written sentences: the pipeline's grouped entities
    (word-level, see NER_AGGREGATION) must match gold type, start and end exactly."""
    from .scoring import ner_pipeline_f1, ner_tagger
    from .testsets import load_ner_test, set_file

    test = load_ner_test(set_file("ner", dev))
    if limit:
        test = test.select(range(limit))
    f1 = ner_pipeline_f1(ner_tagger(str(models_dir() / "ner")), test)
    return Score("ner", f"entity F1 (hand-written {_set(dev)})", f1, 0.85, len(test))


def _set(dev: bool) -> str:
    return "dev set" if dev else "test set"


def evaluate_question_answering(limit=None, dev=False) -> Score:
    """Exact match (SQuAD normalisation) on the hand-written questions, decoding the best
    valid span from AutoModelForQuestionAnswering (transformers 5 has no QA pipeline)."""
    from transformers import AutoModelForQuestionAnswering, AutoTokenizer

    from .extractive_qa import predict_answers
    from .metrics import exact_match
    from .testsets import load_qa_test, set_file

    test = load_qa_test(set_file("question-answering", dev))
    if limit:
        test = test.select(range(limit))
    folder = models_dir() / "question-answering"
    model = AutoModelForQuestionAnswering.from_pretrained(folder).eval()
    predictions = predict_answers(model, AutoTokenizer.from_pretrained(folder), test)
    hits = sum(exact_match(p, a["text"]) for p, a in zip(predictions, test["answers"]))
    return Score("question-answering", f"exact match (hand-written {_set(dev)})", hits / len(test),
                 0.70, len(test))


def evaluate_paraphrase(limit=None, dev=False) -> Score:
    """Accuracy on the hand-written pairs (paraphrases, hard negatives, related, unrelated),
    through the text-classification pipeline given each pair as text and text_pair."""
    from transformers import pipeline

    from .synthetic.paraphrase import LABELS
    from .testsets import read_jsonl, set_file

    rows = read_jsonl(set_file("paraphrase", dev))[:limit]
    classify = pipeline("text-classification", model=str(models_dir() / "paraphrase"))
    out = classify([{"text": r["sentence1"], "text_pair": r["sentence2"]} for r in rows],
                   batch_size=32)
    correct = sum(o["label"] == LABELS[r["label"]] for o, r in zip(out, rows))
    return Score("paraphrase", f"accuracy (hand-written {_set(dev)})", correct / len(rows), 0.85,
                 len(rows))


def evaluate_fill_mask(limit=None, dev=False) -> Score:
    """Probe sentences whose top 5 fill-mask predictions hold an accepted word."""
    from transformers import pipeline

    from .testsets import load_fillmask_probe

    rows = load_fillmask_probe(dev)[:limit]
    fill = pipeline("fill-mask", model=str(models_dir() / "fill-mask"))
    hits = sum(any(guess["token_str"] in row["answers"] for guess in fill(row["text"], top_k=5))
               for row in rows)
    return Score("fill-mask", f"plausible word in top 5 ({'dev ' if dev else ''}probe set)",
                 hits / len(rows), 0.70, len(rows))


def evaluate_fill_mask_held_out(limit=None) -> Score:
    """Top-1 accuracy at 15 % of the positions of held-out real text, masked the same way on
    every run: how often the model restores the exact word (a synonym counts as wrong)."""
    from transformers import (AutoModelForMaskedLM, AutoTokenizer,
                              DataCollatorForTokenClassification)

    from .fillmask_corpus import load_english_prose
    from .scoring import masked_held_out, masked_token_accuracy
    from .training import RECIPES

    folder = models_dir() / "fill-mask"
    tokenizer = AutoTokenizer.from_pretrained(folder)
    test = load_english_prose(widened=False)["test"]
    if limit:
        test = test.select(range(limit))
    features = masked_held_out(tokenizer, test["text"], RECIPES["fill-mask"].max_length)
    scores = masked_token_accuracy(AutoModelForMaskedLM.from_pretrained(folder).eval(), features,
                                   DataCollatorForTokenClassification(tokenizer,
                                                                      return_tensors="pt"))
    return Score("fill-mask", "top-1 at masked held-out tokens", scores["top1"], None,
                 scores["masked"])


EVALUATORS = {"sentiment": evaluate_sentiment, "ner": evaluate_ner,
              "paraphrase": evaluate_paraphrase,
              "question-answering": evaluate_question_answering,
              "fill-mask": evaluate_fill_mask, "fill-mask-held-out": evaluate_fill_mask_held_out,
              "text-generation": evaluate_text_generation}


FOLDERS = {"text-generation": "smollm2", "fill-mask-held-out": "fill-mask"}


DEV_SETS = {"ner", "question-answering", "paraphrase", "fill-mask"}


def evaluate(tasks=None, limit=None, log=print, dev=False) -> list[Score]:
    """Score each built checkpoint; with `dev`, the generated tasks are scored on their
    hand-written dev sets instead (for work on the generators) and the rest are skipped."""
    from ..errors import CourseError
    from ..notebook_setup import setup

    unknown = [t for t in tasks or [] if t not in EVALUATORS]
    if unknown:
        raise CourseError(f"No evaluation for {', '.join(unknown)}; known tasks: "
                          f"{', '.join(EVALUATORS)}.")
    setup()
    scores = []
    log(f"{'task':18} {'metric':40} {'value':>7} {'target':>7} {'n':>6}  ok")
    for task in tasks or (sorted(DEV_SETS) if dev else EVALUATORS):
        if not (models_dir() / FOLDERS.get(task, task) / "config.json").exists():
            log(f"{task:18} not built: no checkpoint in {models_dir()}; train its artefact "
                f"(python -m course_utils train {task}) and run `make models`")
            scores.append(Score(task, "not built", 0.0, 1.0, 0))
            continue
        score = EVALUATORS[task](limit=limit, **({"dev": True} if dev else {}))
        scores.append(score)
        target = "-" if score.target is None else f"{score.target:.2f}"
        verdict = {None: "-", True: "yes", False: "NO"}[score.passed]
        log(f"{score.task:18} {score.metric:40} {score.value:7.4f} {target:>7} "
            f"{score.examples:6}  {verdict}")
    return scores
