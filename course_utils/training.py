"""Training recipes for the course's task heads: `python -m course_utils train <task>`.

Each recipe fine-tunes MiniLM with LoRA adapters (peft) plus a fresh task head, then saves
only what training changed (the adapters and the head, as safetensors) into
course_utils/artefacts/<task>/. The model-set build merges them onto the MiniLM body. The loop
is a plain PyTorch loop, seeded, single-process, so a rerun gives the same artefact.
"""
import json
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ARTEFACTS = Path(__file__).resolve().parent / "artefacts"


@dataclass
class Recipe:
    task: str
    epochs: float = 3
    batch_size: int = 32
    max_length: int = 64
    learning_rate: float = 5e-4
    warmup_fraction: float = 0.06
    weight_decay: float = 0.01
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.1
    seed: int = 0


RECIPES = {"sentiment": Recipe("sentiment"),
           "ner": Recipe("ner", epochs=2, max_length=96),
           "question-answering": Recipe("question-answering", epochs=2, batch_size=16,
                                        max_length=256, learning_rate=5e-4),
           "paraphrase": Recipe("paraphrase", epochs=1, max_length=96)}


def length_bucketed_batches(lengths, batch_size, generator):
    """Shuffle, then sort within windows of 50 batches so each batch holds similar lengths:
    much less padding (CPU time) than random batches, still a different order each epoch."""
    import torch

    order = torch.randperm(len(lengths), generator=generator).tolist()
    window = batch_size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start:start + window], key=lambda i: lengths[i])
        batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    perm = torch.randperm(len(batches), generator=generator).tolist()
    return [batches[i] for i in perm]


def train_loop(model, features, collate, recipe: Recipe, log=print, max_steps=None):
    """Fine-tune `model` on a list of feature dicts (each with its labels); return stats."""
    import torch
    from transformers import get_linear_schedule_with_warmup

    generator = torch.Generator().manual_seed(recipe.seed)
    lengths = [len(f["input_ids"]) for f in features]
    steps_per_epoch = math.ceil(len(features) / recipe.batch_size)
    total = max_steps or int(steps_per_epoch * recipe.epochs)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=recipe.learning_rate,
                                  weight_decay=recipe.weight_decay)
    schedule = get_linear_schedule_with_warmup(optimizer, int(total * recipe.warmup_fraction),
                                               total)
    model.train()
    step, started, running, last_logged = 0, time.perf_counter(), 0.0, 0
    while step < total:
        for batch_ids in length_bucketed_batches(lengths, recipe.batch_size, generator):
            batch = collate([features[i] for i in batch_ids])
            loss = model(**batch).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            running += loss.item()
            if step % 50 == 0 or step == total:
                mean_loss = running / (step - last_logged)
                log(f"    step {step}/{total}  loss {mean_loss:.4f}  "
                    f"{time.perf_counter() - started:.0f} s")
                running, last_logged = 0.0, step
            if step >= total:
                break
    model.eval()
    return {"steps": total, "train_seconds": round(time.perf_counter() - started, 1)}


def lora_model(model, recipe: Recipe, head_modules):
    """Wrap a MiniLM model with LoRA on every attention and feed-forward projection; the task
    head (and pooler) are trained in full and saved beside the adapters."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=recipe.lora_r, lora_alpha=recipe.lora_alpha,
                        lora_dropout=recipe.lora_dropout,
                        target_modules=["query", "key", "value", "dense"],
                        modules_to_save=head_modules)
    return get_peft_model(model, config)


def save_artefact(peft_model, recipe: Recipe, metrics: dict, dest: Path):
    """Write the adapters + head (safetensors) and a record of how they were made."""
    dest.mkdir(parents=True, exist_ok=True)
    peft_model.save_pretrained(dest)
    (dest / "README.md").unlink(missing_ok=True)  # peft's empty template; the build writes a card
    head = peft_model.base_model.model.config
    head_config = {"num_labels": head.num_labels}
    if recipe.task != "question-answering":
        head_config.update(id2label={str(k): v for k, v in head.id2label.items()},
                           label2id=dict(head.label2id))
    record = {"recipe": asdict(recipe), "metrics": metrics, "head_config": head_config}
    (dest / "training.json").write_text(json.dumps(record, indent=2) + "\n")


# ---- tasks -------------------------------------------------------------------------------

def _encoder_folder() -> str:
    """Training always starts from the offline MiniLM, whatever COURSE_HUB says."""
    from .paths import models_dir

    return str(models_dir() / "minilm")


def _classification_features(tokenizer, dataset, recipe: Recipe, pair=False):
    """Features for one text (`text`) or a sentence pair (`sentence1`, `sentence2`)."""
    texts = [list(dataset["sentence1"]), list(dataset["sentence2"])] if pair \
        else [list(dataset["text"])]
    enc = tokenizer(*texts, truncation=True, max_length=recipe.max_length)
    return [{"input_ids": i, "attention_mask": a, "token_type_ids": t, "labels": y}
            for i, a, t, y in zip(enc["input_ids"], enc["attention_mask"],
                                  enc["token_type_ids"], dataset["label"])]


def _accuracy(model, features, collate, batch_size=64) -> float:
    import torch

    correct = 0
    with torch.no_grad():
        for start in range(0, len(features), batch_size):
            batch = collate(features[start:start + batch_size])
            labels = batch.pop("labels")
            correct += (model(**batch).logits.argmax(-1) == labels).sum().item()
    return correct / len(features)


def _headed_model(class_name, recipe: Recipe, head_modules, labels=None):
    """MiniLM with a fresh task head (seeded), wrapped with LoRA adapters."""
    import torch
    import transformers

    torch.manual_seed(recipe.seed)
    kwargs = {}
    if labels:
        id2label = dict(enumerate(labels))
        kwargs = {"num_labels": len(labels), "id2label": id2label,
                  "label2id": {label: i for i, label in id2label.items()}}
    model = getattr(transformers, class_name).from_pretrained(_encoder_folder(), **kwargs)
    return lora_model(model, recipe, head_modules)


def _fit_and_save(peft_model, train, collate, recipe, dest, smoke, log, score) -> dict:
    """Train, score validation and test with `score(split)`, save the artefact."""
    stats = train_loop(peft_model, train, collate, recipe, log, max_steps=2 if smoke else None)
    metrics = {split: score(split) for split in ("validation", "test")}
    metrics["training"] = stats
    save_artefact(peft_model, recipe, metrics, dest)
    return metrics


def train_sentiment(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    from transformers import AutoTokenizer, DataCollatorWithPadding

    from .data import SENTIMENT_LABELS, load_rotten_tomatoes

    data = load_rotten_tomatoes()
    if smoke:
        data = {split: data[split].select(range(16)) for split in data}
    tokenizer = AutoTokenizer.from_pretrained(_encoder_folder())
    model = _headed_model(HEAD_CLASSES["sentiment"], recipe, ["classifier", "pooler"],
                          SENTIMENT_LABELS)
    collate = DataCollatorWithPadding(tokenizer, return_tensors="pt")
    train = _classification_features(tokenizer, data["train"], recipe)
    log(f"    {len(train)} training snippets, {math.ceil(len(train) / recipe.batch_size)} "
        "steps per epoch")
    return _fit_and_save(model, train, collate, recipe, dest, smoke, log, lambda split: {
        "accuracy": round(_accuracy(model, _classification_features(
            tokenizer, data[split], recipe), collate), 4)})


def _ner_features(tokenizer, dataset, recipe: Recipe):
    """Label every sub-word: the first piece of a word gets the word's tag, later pieces
    continue the entity (I-) or stay O, so the pipeline's grouping sees whole words."""
    names = dataset.features["ner_tags"].feature.names
    enc = tokenizer(list(dataset["tokens"]), is_split_into_words=True, truncation=True,
                    max_length=recipe.max_length)
    features = []
    for row, tags in enumerate(dataset["ner_tags"]):
        labels, previous = [], None
        for word in enc.word_ids(row):
            if word is None:
                labels.append(-100)
            elif word != previous:
                labels.append(tags[word])
            else:
                tag = names[tags[word]]
                labels.append(names.index("I-" + tag[2:]) if tag != "O" else tags[word])
            previous = word
        features.append({"input_ids": enc["input_ids"][row],
                         "attention_mask": enc["attention_mask"][row],
                         "token_type_ids": enc["token_type_ids"][row], "labels": labels})
    return features


def _ner_f1(model, features, collate, names, batch_size=64) -> float:
    import torch

    from .metrics import bio_spans, span_f1

    gold, predicted = [], []
    with torch.no_grad():
        for start in range(0, len(features), batch_size):
            batch = collate(features[start:start + batch_size])
            labels = batch.pop("labels")
            preds = model(**batch).logits.argmax(-1)
            for y, p in zip(labels.tolist(), preds.tolist()):
                keep = [(names[a], names[b]) for a, b in zip(y, p) if a != -100]
                gold.append(bio_spans([a for a, _ in keep]))
                predicted.append(bio_spans([b for _, b in keep]))
    return span_f1(gold, predicted)["f1"]


def train_ner(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    from transformers import AutoTokenizer, DataCollatorForTokenClassification

    from .synthetic.ner import LABELS, load_ner

    data = load_ner(n_train=32, n_validation=16) if smoke else load_ner()
    tokenizer = AutoTokenizer.from_pretrained(_encoder_folder())
    model = _headed_model(HEAD_CLASSES["ner"], recipe, ["classifier"], LABELS)
    collate = DataCollatorForTokenClassification(tokenizer, return_tensors="pt")
    train = _ner_features(tokenizer, data["train"], recipe)
    log(f"    {len(train)} generated sentences")
    return _fit_and_save(model, train, collate, recipe, dest, smoke, log, lambda split: {
        "entity_f1": round(_ner_f1(model, _ner_features(tokenizer, data[split], recipe),
                                   collate, LABELS), 4)})


def _exact_match(model, tokenizer, dataset) -> float:
    from .extractive_qa import predict_answers
    from .metrics import exact_match

    predictions = predict_answers(model, tokenizer, dataset)
    return sum(exact_match(p, a["text"]) for p, a in zip(predictions, dataset["answers"])) \
        / len(dataset)


def train_question_answering(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    from transformers import AutoTokenizer, DataCollatorWithPadding

    from .extractive_qa import qa_features
    from .synthetic.qa import load_qa

    data = load_qa(n_train=8, n_validation=4) if smoke else load_qa()
    if smoke:
        data["test"] = data["test"].select(range(4))
    tokenizer = AutoTokenizer.from_pretrained(_encoder_folder())
    model = _headed_model(HEAD_CLASSES["question-answering"], recipe, ["qa_outputs"])
    _, train = qa_features(tokenizer, data["train"], recipe.max_length)
    log(f"    {len(train)} generated questions")
    collate = DataCollatorWithPadding(tokenizer, return_tensors="pt")
    return _fit_and_save(model, train, collate, recipe, dest, smoke, log, lambda split: {
        "exact_match": round(_exact_match(model, tokenizer, data[split]), 4)})


def train_paraphrase(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    """A cross-encoder: both sentences go through MiniLM together, as a pair, so attention
    can compare them word by word (what catches 'A hired B' versus 'B hired A')."""
    from transformers import AutoTokenizer, DataCollatorWithPadding

    from .synthetic.paraphrase import LABELS, load_paraphrase

    data = load_paraphrase(n_train=32, n_validation=16) if smoke else load_paraphrase()
    tokenizer = AutoTokenizer.from_pretrained(_encoder_folder())
    model = _headed_model(HEAD_CLASSES["paraphrase"], recipe, ["classifier", "pooler"], LABELS)
    collate = DataCollatorWithPadding(tokenizer, return_tensors="pt")
    train = _classification_features(tokenizer, data["train"], recipe, pair=True)
    log(f"    {len(train)} generated pairs")
    return _fit_and_save(model, train, collate, recipe, dest, smoke, log, lambda split: {
        "accuracy": round(_accuracy(model, _classification_features(
            tokenizer, data[split], recipe, pair=True), collate), 4)})


TRAINERS = {"sentiment": train_sentiment, "ner": train_ner,
            "question-answering": train_question_answering, "paraphrase": train_paraphrase}
HEAD_CLASSES = {"sentiment": "AutoModelForSequenceClassification",
                "ner": "AutoModelForTokenClassification",
                "question-answering": "AutoModelForQuestionAnswering",
                "paraphrase": "AutoModelForSequenceClassification"}
PIPELINE_TASKS = {"sentiment": "text-classification", "ner": "token-classification",
                  "question-answering": None,  # v5 has no QA pipeline: AutoModelFor... only
                  "paraphrase": "text-classification"}


def train(task: str, smoke: bool = False, out: Path | None = None, log=print) -> dict:
    """Retrain one task's artefact from the course data and print its metrics."""
    from .notebook_setup import setup

    if task not in TRAINERS:
        from .errors import CourseError
        raise CourseError(f"No training recipe for {task!r}; known: {', '.join(TRAINERS)}.")
    setup(seed=RECIPES[task].seed)
    dest = out or ARTEFACTS / task
    log(f"Training {task} ({'smoke run, 2 steps' if smoke else 'full recipe'}) -> {dest}")
    metrics = TRAINERS[task](RECIPES[task], dest, smoke=smoke, log=log)
    log(json.dumps(metrics, indent=2))
    return metrics
