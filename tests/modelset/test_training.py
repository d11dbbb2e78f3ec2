"""The training recipes stay runnable: a two-step smoke run on a tiny slice produces an
artefact that the build can merge into a checkpoint the public API loads. Quality is not
asserted here; `python -m course_utils evaluate` measures it."""
import json

import pytest

from course_utils.modelset import scoring, training
from course_utils.modelset.build import merge_artefact
from course_utils.paths import models_dir


@pytest.mark.parametrize("task", sorted(training.TRAINERS))
def test_smoke_training_gives_a_mergeable_artefact(task, tmp_path, capsys):
    artefact = tmp_path / "artefact"
    metrics = training.train(task, smoke=True, out=artefact)
    assert metrics["training"]["steps"] == 2
    files = {p.name for p in artefact.iterdir()}
    assert {"adapter_model.safetensors", "adapter_config.json", "training.json"} <= files
    assert not any(name.endswith(".bin") for name in files)
    record = json.loads((artefact / "training.json").read_text())
    assert record["recipe"]["task"] == task
    assert task == "fill-mask" or record["head_config"]["num_labels"]

    dest = tmp_path / "merged"
    merge_artefact(task, artefact, models_dir() / "minilm", dest)
    assert (dest / "README.md").read_text().startswith("---")
    if training.PIPELINE_TASKS[task] is None:  # question answering: no pipeline in v5
        from datasets import Dataset
        from transformers import AutoModelForQuestionAnswering, AutoTokenizer

        from course_utils.modelset.extractive_qa import predict_answers

        rows = Dataset.from_list([{"question": "Who wrote it?",
                                   "context": "The letter was written by Ada in London."}])
        model = AutoModelForQuestionAnswering.from_pretrained(dest)
        answer = predict_answers(model, AutoTokenizer.from_pretrained(dest), rows)[0]
        assert answer in rows[0]["context"]
    elif task == "fill-mask":
        from safetensors.torch import load_file
        from transformers import AutoModelForMaskedLM, pipeline

        guesses = pipeline("fill-mask", model=str(dest))("Ada visited [MASK].", top_k=3)
        assert len(guesses) == 3 and all(g["token_str"] for g in guesses)
        trained_bias = load_file(str(artefact / training.EXTRA_PARAMETERS))["cls.predictions.bias"]
        merged = AutoModelForMaskedLM.from_pretrained(dest)
        assert merged.cls.predictions.bias.detach().equal(trained_bias), "bias not merged"
        assert merged.cls.predictions.decoder.weight.data_ptr() == \
            merged.bert.embeddings.word_embeddings.weight.data_ptr(), "decoder no longer tied"
    else:
        from transformers import pipeline

        out = pipeline(training.PIPELINE_TASKS[task], model=str(dest))("Ada visited Paris.")
        labels = set(record["head_config"]["id2label"].values())
        assert all(item.get("label", item.get("entity")) in labels for item in out)


def test_batches_group_similar_lengths_and_cover_every_example():
    import torch

    lengths = [5, 50, 6, 49, 7, 48, 8, 47] * 10
    batches = training.length_bucketed_batches(lengths, 4, torch.Generator().manual_seed(0))
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert all(max(lengths[i] for i in b) - min(lengths[i] for i in b) <= 3 for b in batches)


def test_held_out_masking_is_fixed_and_skips_special_tokens():
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(models_dir() / "minilm")
    enc = tokenizer(["the cat sat on the mat and looked at the dog"] * 20)
    features = [dict(zip(enc.keys(), v)) for v in zip(*enc.values())]
    first = scoring.fixed_masking(tokenizer, features, 0.3, seed=7)
    assert first == scoring.fixed_masking(tokenizer, features, 0.3, seed=7)
    for feature in first:
        ids, labels = feature["input_ids"], feature["labels"]
        assert ids[0] == tokenizer.cls_token_id and ids[-1] == tokenizer.sep_token_id
        assert all((label == -100) == (token != tokenizer.mask_token_id)
                   for token, label in zip(ids, labels))


def test_committed_artefacts_are_small():
    sizes = [p.stat().st_size for p in training.ARTEFACTS.rglob("*") if p.is_file()]
    assert all(size <= 5 << 20 for size in sizes)
    assert sum(sizes) <= 20 << 20


def test_sentiment_checkpoint_meets_its_accuracy_target():
    """The built checkpoint, loaded through pipeline() as a learner would, scores >= 0.82 on
    the 1,320 held-out snippets (films never seen in training)."""
    from course_utils.modelset.evaluation import evaluate_sentiment

    score = evaluate_sentiment()
    assert score.examples == 1320
    assert score.value >= score.target, f"accuracy {score.value:.4f}"


def test_text_generation_checkpoint_names_paris():
    from course_utils.modelset.evaluation import evaluate_text_generation

    assert evaluate_text_generation().passed


@pytest.mark.parametrize("task", ["ner", "question-answering", "paraphrase"])
def test_built_checkpoint_reproduces_its_recorded_test_score(task):
    """The figure in each model card is what the built checkpoint scores through the public
    API (pipeline / AutoModelFor...), so the card cannot drift from the weights."""
    from course_utils.modelset.evaluation import EVALUATORS

    record = json.loads((training.ARTEFACTS / task / "training.json").read_text())
    recorded = next(iter(record["metrics"]["test"].values()))
    assert EVALUATORS[task]().value == pytest.approx(recorded, abs=0.01)


def test_unknown_task_names_get_a_clear_message():
    from course_utils.errors import CourseError
    from course_utils.modelset.evaluation import evaluate

    with pytest.raises(CourseError, match="known tasks: sentiment"):
        evaluate(["sentimentt"])
    with pytest.raises(CourseError, match="No training recipe for 'summarization'"):
        training.train("summarization")


@pytest.mark.parametrize("evaluator, split, metric", [("fill-mask", "probe", "top5_plausible"),
                                                      ("fill-mask-held-out", "test", "top1")])
def test_fill_mask_checkpoint_reproduces_its_recorded_scores(evaluator, split, metric):
    """Through pipeline("fill-mask") and AutoModelForMaskedLM, the built checkpoint scores
    what training recorded: the probe set and top-1 on held-out masked tokens."""
    from course_utils.modelset.evaluation import EVALUATORS

    record = json.loads((training.ARTEFACTS / "fill-mask" / "training.json").read_text())
    assert EVALUATORS[evaluator]().value == pytest.approx(record["metrics"][split][metric],
                                                          abs=0.01)


def test_decision_threshold_is_chosen_on_dev_pairs_and_folded_into_the_head():
    """The paraphrase recipe's operating point: the smallest margin bar that is best on the
    dev pairs, moved into the classifier's biases so that a plain argmax applies it."""
    from types import SimpleNamespace

    import torch

    class MarginModel(torch.nn.Module):  # logit(positive) - logit(negative) == x
        def __init__(self):
            super().__init__()
            self.head = torch.nn.Linear(1, 2)
            with torch.no_grad():
                self.head.weight.copy_(torch.tensor([[0.0], [1.0]]))
                self.head.bias.zero_()
            self.base_model = SimpleNamespace(model=SimpleNamespace(
                classifier=SimpleNamespace(modules_to_save={"default": self.head})))

        def forward(self, x):
            return SimpleNamespace(logits=self.head(x))

    def collate(rows):
        return {"x": torch.tensor([[r["x"]] for r in rows]),
                "labels": torch.tensor([r["labels"] for r in rows])}

    dev = [{"x": m, "labels": 1} for m in (5.0, 6.0, 7.0)] + \
          [{"x": m, "labels": 0} for m in (1.0, 2.0, 3.0)]
    model = MarginModel()
    record = training.set_decision_threshold(model, dev, collate, log=lambda _: None)
    assert record == {"dev_threshold": 3.0, "dev_accuracy_before": 0.5, "dev_accuracy": 1.0}
    with torch.no_grad():
        verdicts = model(torch.tensor([[3.0], [3.5], [5.0]])).logits.argmax(-1).tolist()
    assert verdicts == [0, 1, 1]


def test_generated_ner_sentences_are_scored_in_the_hand_written_sets_format():
    from datasets import ClassLabel, Dataset, Features, Sequence, Value

    from course_utils.modelset.synthetic.ner import LABELS

    features = Features({"tokens": Sequence(Value("string")),
                         "ner_tags": Sequence(ClassLabel(names=LABELS))})
    tags = ["B-PER", "O", "B-PER", "I-PER", "O"]
    rows = Dataset.from_dict({"tokens": [["Ada", "met", "Bob", "Smith", "."]],
                              "ner_tags": [[LABELS.index(t) for t in tags]]}, features=features)
    converted = training._with_text_and_spans(rows)
    assert converted == {"text": ["Ada met Bob Smith ."], "spans": [["PER:0:3", "PER:8:17"]]}


def test_ner_training_labels_capital_markers_o_before_and_i_inside_an_entity():
    from datasets import ClassLabel, Dataset, Features, Sequence, Value
    from transformers import AutoTokenizer

    from course_utils.paths import models_dir
    from course_utils.modelset.synthetic.ner import LABELS

    features = Features({"tokens": Sequence(Value("string")),
                         "ner_tags": Sequence(ClassLabel(names=LABELS))})
    tags = ["O", "O", "B-LOC", "I-LOC", "O", "B-PER"]
    rows = Dataset.from_dict({"tokens": [["We", "saw", "New", "York", "with", "Vuorinen"]],
                              "ner_tags": [[LABELS.index(t) for t in tags]]}, features=features)
    from course_utils.modelset.case_markers import task_tokenizer

    tokenizer = task_tokenizer("ner", AutoTokenizer.from_pretrained(models_dir() / "minilm"))
    feature = training._ner_features(tokenizer, rows, training.RECIPES["ner"])[0]
    pairs = [(token, LABELS[label] if label >= 0 else None) for token, label in
             zip(tokenizer.convert_ids_to_tokens(feature["input_ids"]), feature["labels"])]
    assert pairs == [("[CLS]", None), ("^", "O"), ("we", "O"), ("saw", "O"),
                     ("^", "O"), ("new", "B-LOC"), ("^", "I-LOC"), ("york", "I-LOC"),
                     ("with", "O"), ("^", "O"), ("vu", "B-PER"), ("##orin", "I-PER"),
                     ("##en", "I-PER"), ("[SEP]", None)]
