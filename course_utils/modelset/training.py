"""Training recipes for the course's task heads: `python -m course_utils train <task>`.

Each recipe fine-tunes MiniLM with LoRA adapters (peft) plus a fresh task head, then saves
only what training changed (the adapters and the head, as safetensors) into
course_utils/modelset/artefacts/<task>/. The model-set build merges them onto the MiniLM body. The loop
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
    mlm_probability: float = 0.15
    bf16_autocast: bool = False
    fp16_artefact: bool = False  # store what training changed in float16: half the size


RECIPES = {"sentiment": Recipe("sentiment"),
           "ner": Recipe("ner", epochs=2, max_length=96),
           "question-answering": Recipe("question-answering", epochs=2, batch_size=16,
                                        max_length=256, learning_rate=5e-4,
                                        bf16_autocast=True),
           "paraphrase": Recipe("paraphrase", epochs=2, max_length=96),
           "fill-mask": Recipe("fill-mask", epochs=4, batch_size=64, max_length=96,
                               learning_rate=1e-3, lora_r=32, lora_alpha=64,
                               bf16_autocast=True, fp16_artefact=True)}


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


def model_loss(model, batch):
    return model(**batch).loss


def train_loop(model, features, collate, recipe: Recipe, log=print, max_steps=None,
               loss_fn=model_loss):
    """Fine-tune `model` on a list of feature dicts (each with its labels); return stats.
    With `recipe.bf16_autocast` the forward pass runs in bfloat16 (about 1.5x faster on CPUs
    with bf16 instructions, but emulated, and some 40x slower, on CPUs without them such as
    AVX2-only ones; the weights and the optimiser stay in float32)."""
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
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=recipe.bf16_autocast):
                loss = loss_fn(model, batch)
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


def lora_model(model, recipe: Recipe, head_modules, targets=("query", "key", "value", "dense")):
    """Wrap a MiniLM model with LoRA on every attention and feed-forward projection; the task
    head (and pooler) are trained in full and saved beside the adapters."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=recipe.lora_r, lora_alpha=recipe.lora_alpha,
                        lora_dropout=recipe.lora_dropout,
                        target_modules=targets if isinstance(targets, str) else list(targets),
                        modules_to_save=head_modules)
    return get_peft_model(model, config)


def round_trained_to_fp16(peft_model):
    """Round every trained parameter to float16 precision (kept in float32), so the model
    that is scored is exactly the one a float16 artefact stores."""
    import torch

    with torch.no_grad():
        for param in peft_model.parameters():
            if param.requires_grad:
                param.copy_(param.half().float())


def _to_fp16_file(path: Path):
    from safetensors.torch import load_file, save_file

    tensors = load_file(str(path))
    save_file({k: v.half().contiguous() for k, v in tensors.items()}, str(path),
              metadata={"format": "pt"})


def save_artefact(peft_model, recipe: Recipe, metrics: dict, dest: Path):
    """Write the adapters + head (safetensors) and a record of how they were made."""
    dest.mkdir(parents=True, exist_ok=True)
    peft_model.save_pretrained(dest)
    if recipe.fp16_artefact:
        _to_fp16_file(dest / "adapter_model.safetensors")
    (dest / "README.md").unlink(missing_ok=True)  # peft's empty template; the build writes a card
    head = peft_model.base_model.model.config
    head_config = {} if recipe.task == "fill-mask" else {"num_labels": head.num_labels}
    if recipe.task not in ("question-answering", "fill-mask"):
        head_config.update(id2label={str(k): v for k, v in head.id2label.items()},
                           label2id=dict(head.label2id))
    record = {"recipe": asdict(recipe), "metrics": metrics, "head_config": head_config}
    (dest / "training.json").write_text(json.dumps(record, indent=2) + "\n")


# ---- tasks -------------------------------------------------------------------------------

def _encoder_folder() -> str:
    """Training always starts from the offline MiniLM, whatever COURSE_HUB says."""
    from ..paths import models_dir

    return str(models_dir() / "minilm")


def _classification_features(tokenizer, dataset, recipe: Recipe, pair=False):
    """Features for one text (`text`) or a sentence pair (`sentence1`, `sentence2`)."""
    texts = [list(dataset["sentence1"]), list(dataset["sentence2"])] if pair \
        else [list(dataset["text"])]
    enc = tokenizer(*texts, truncation=True, max_length=recipe.max_length)
    return [{"input_ids": i, "attention_mask": a, "token_type_ids": t, "labels": y}
            for i, a, t, y in zip(enc["input_ids"], enc["attention_mask"],
                                  enc["token_type_ids"], dataset["label"])]


def _logits_and_labels(model, features, collate, batch_size=64):
    """Classifier logits and gold labels for every feature, computed in batches."""
    import torch

    logits, labels = [], []
    with torch.no_grad():
        for start in range(0, len(features), batch_size):
            batch = collate(features[start:start + batch_size])
            labels.append(batch.pop("labels"))
            logits.append(model(**batch).logits)
    return torch.cat(logits), torch.cat(labels)


def _accuracy(model, features, collate) -> float:
    logits, labels = _logits_and_labels(model, features, collate)
    return (logits.argmax(-1) == labels).float().mean().item()


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


def _fit_and_save(peft_model, train, collate, recipe, dest, smoke, log, score,
                  loss_fn=model_loss, calibrate=None) -> dict:
    """Train, optionally `calibrate()` the trained model (its result is recorded), score
    validation and test with `score(split)`, save the artefact."""
    stats = train_loop(peft_model, train, collate, recipe, log,
                       max_steps=2 if smoke else None, loss_fn=loss_fn)
    if recipe.fp16_artefact:
        round_trained_to_fp16(peft_model)
    calibration = calibrate() if calibrate else None
    metrics = {split: score(split) for split in ("validation", "test")}
    if calibration:
        metrics["calibration"] = calibration
    metrics["training"] = stats
    save_artefact(peft_model, recipe, metrics, dest)
    return metrics


def train_sentiment(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    from transformers import AutoTokenizer, DataCollatorWithPadding

    from ..data import SENTIMENT_LABELS, load_rotten_tomatoes

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
    continue the entity (I-) or stay O, so the pipeline's grouping sees whole words.

    A capital marker (see `case_markers`) is a word of its own to the pipeline, so it gets
    I- inside an entity (keeping "New York" one entity) and O before one (so the entity's
    first word is the word itself)."""
    from .case_markers import marker_id

    names = dataset.features["ner_tags"].feature.names
    mark = marker_id(tokenizer)
    enc = tokenizer(list(dataset["tokens"]), is_split_into_words=True, truncation=True,
                    max_length=recipe.max_length)
    features = []
    for row, tags in enumerate(dataset["ner_tags"]):
        ids, labels, previous, pieces = enc["input_ids"][row], [], None, 0
        for position, word in enumerate(enc.word_ids(row)):
            if word is None:
                labels.append(-100)
                previous = None
                continue
            pieces = pieces + 1 if word == previous else 0
            tag = names[tags[word]]
            inside = names.index("I-" + tag[2:]) if tag != "O" else tags[word]
            if pieces == 0 and ids[position] == mark:
                labels.append(tags[word] if tag.startswith("I-") else names.index("O"))
                pieces = -1  # the word's own first piece comes next
            else:
                labels.append(tags[word] if pieces == 0 else inside)
            previous = word
        features.append({"input_ids": ids, "attention_mask": enc["attention_mask"][row],
                         "token_type_ids": enc["token_type_ids"][row], "labels": labels})
    return features


def _with_text_and_spans(dataset):
    """Generated sentences (words + BIO tags) as the hand-written sets store them: the words
    joined by spaces, and gold spans 'TYPE:start:end' in characters."""
    from .metrics import bio_spans

    names = dataset.features["ner_tags"].feature.names
    texts, all_spans = [], []
    for words, tags in zip(dataset["tokens"], dataset["ner_tags"]):
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
        texts.append(" ".join(words))
        all_spans.append([f"{kind}:{starts[a]}:{starts[b - 1] + len(words[b - 1])}"
                          for kind, a, b in sorted(bio_spans([names[t] for t in tags]))])
    return {"text": texts, "spans": all_spans}


def _ner_f1(peft_model, tokenizer, dataset) -> float:
    """Entity F1 through the same pipeline `evaluate` uses, on the model being trained."""
    from .scoring import ner_pipeline_f1, ner_tagger

    test = dataset if "spans" in dataset.column_names else _with_text_and_spans(dataset)
    return ner_pipeline_f1(ner_tagger(peft_model.base_model.model, tokenizer), test)


def train_ner(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    from transformers import AutoTokenizer, DataCollatorForTokenClassification

    from .case_markers import task_tokenizer
    from .synthetic.ner import LABELS, load_ner

    data = load_ner(n_train=32, n_validation=16) if smoke else load_ner()
    tokenizer = task_tokenizer("ner", AutoTokenizer.from_pretrained(_encoder_folder()))
    model = _headed_model(HEAD_CLASSES["ner"], recipe, ["classifier"], LABELS)
    collate = DataCollatorForTokenClassification(tokenizer, return_tensors="pt")
    train = _ner_features(tokenizer, data["train"], recipe)
    log(f"    {len(train)} generated sentences")
    return _fit_and_save(model, train, collate, recipe, dest, smoke, log, lambda split: {
        "entity_f1": round(_ner_f1(model, tokenizer, data[split]), 4)})


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

    def calibrate():
        dev = _classification_features(tokenizer, data["dev"], recipe, pair=True)
        return set_decision_threshold(model, dev, collate, log)

    return _fit_and_save(model, train, collate, recipe, dest, smoke, log, lambda split: {
        "accuracy": round(_accuracy(model, _classification_features(
            tokenizer, data[split], recipe, pair=True), collate), 4)}, calibrate=calibrate)


def set_decision_threshold(peft_model, dev_features, collate, log=print) -> dict:
    """Choose the operating point on the hand-written dev pairs and fold it into the head.

    Trained on generated pairs, the model is too ready to call a hand-written pair a
    paraphrase when one fact changed; a higher bar on logit(positive) - logit(negative)
    corrects part of that. The bar (a 0.5 grid, the smallest that is best on the dev set)
    is moved into the classifier's two biases, so the checkpoint stays a plain classifier
    whose argmax, in pipeline() too, applies it."""
    import torch

    logits, labels = _logits_and_labels(peft_model, dev_features, collate)
    margins, labels = (logits[:, 1] - logits[:, 0]).tolist(), labels.tolist()
    grid = sorted((t / 2 for t in range(-16, 17)), key=abs)
    accuracy = {t: sum((m > t) == (y == 1) for m, y in zip(margins, labels)) / len(labels)
                for t in grid}
    best = max(grid, key=lambda t: accuracy[t])  # max() keeps the first: smallest |t|
    head = peft_model.base_model.model.classifier.modules_to_save["default"]
    with torch.no_grad():
        head.bias[1] -= best / 2
        head.bias[0] += best / 2
    log(f"    decision threshold {best:+.1f} on the dev pairs: accuracy {accuracy[0.0]:.4f} "
        f"at 0 -> {accuracy[best]:.4f}")
    return {"dev_threshold": best, "dev_accuracy_before": round(accuracy[0.0], 4),
            "dev_accuracy": round(accuracy[best], 4)}


# ---- fill-mask ---------------------------------------------------------------------------

EXTRA_PARAMETERS = "extra_parameters.safetensors"
_MLM_LORA_TARGETS = r".*encoder\.layer\.\d+\..*(query|key|value|dense)"


def masked_only_loss(model, batch):
    """Masked-LM loss that runs the vocabulary projection on the masked positions only.
    BertForMaskedLM's own loss projects every position onto all 30,522 words; with 15 %
    masked that is most of the head's work thrown away (a third of a CPU training step)."""
    import torch

    labels = batch.pop("labels")
    mlm = model.base_model.model
    hidden = mlm.bert(**batch).last_hidden_state
    picked = labels != -100
    logits = mlm.cls(hidden[picked])
    return torch.nn.functional.cross_entropy(logits.float(), labels[picked])


def probe_plausible_rate(model, tokenizer, rows) -> float:
    """Share of probe sentences whose top 5 predictions include an accepted word."""
    import torch

    hits = 0
    with torch.no_grad():
        for row in rows:
            enc = tokenizer(row["text"].replace("[MASK]", tokenizer.mask_token),
                            return_tensors="pt")
            logits = model(**enc).logits[0][enc["input_ids"][0] == tokenizer.mask_token_id]
            top5 = tokenizer.convert_ids_to_tokens(logits[0].topk(5).indices.tolist())
            hits += any(word in row["answers"] for word in top5)
    return hits / len(rows)


def save_extra_parameters(peft_model, names, dest: Path, fp16=False):
    """Parameters outside peft's reach (the output bias the decoder shares), saved by name."""
    from safetensors.torch import save_file

    base = peft_model.base_model.model
    save_file({name: base.get_parameter(name).detach().clone().contiguous() for name in names},
              str(dest / EXTRA_PARAMETERS))
    if fp16:
        _to_fp16_file(dest / EXTRA_PARAMETERS)


def train_fill_mask(recipe: Recipe, dest: Path, smoke=False, log=print) -> dict:
    """Teach MiniLM to fill in words again. The sentence-embedding training blurred token
    identity in its top layers, so a head alone does not work: LoRA adapters on every encoder
    layer, a fresh prediction head (transform + output bias), and the decoder tied to the
    frozen word embeddings, so the artefact stays small."""
    import torch
    from transformers import (AutoModelForMaskedLM, AutoTokenizer, DataCollatorForLanguageModeling,
                              DataCollatorForTokenClassification)

    from .fillmask_corpus import load_english_prose
    from .scoring import masked_held_out, masked_token_accuracy

    data = load_english_prose(widened=not smoke)
    if smoke:
        data = {split: data[split].select(range(16)) for split in data}
    tokenizer = AutoTokenizer.from_pretrained(_encoder_folder())
    torch.manual_seed(recipe.seed)
    model = AutoModelForMaskedLM.from_pretrained(_encoder_folder())
    model = lora_model(model, recipe, ["transform"], targets=_MLM_LORA_TARGETS)
    model.base_model.model.cls.predictions.bias.requires_grad_(True)

    def encode(split):
        enc = tokenizer(list(data[split]["text"]), truncation=True, max_length=recipe.max_length,
                        return_special_tokens_mask=True)
        return [dict(zip(enc.keys(), values)) for values in zip(*enc.values())]

    train = encode("train")
    log(f"    {len(train)} passages, {sum(len(f['input_ids']) for f in train)} tokens")
    collate = DataCollatorForLanguageModeling(tokenizer, mlm_probability=recipe.mlm_probability,
                                              return_tensors="pt")
    padding = DataCollatorForTokenClassification(tokenizer, return_tensors="pt")

    def score(split):
        held_out = masked_held_out(tokenizer, data[split]["text"], recipe.max_length)
        return masked_token_accuracy(model, held_out, padding)

    metrics = _fit_and_save(model, train, collate, recipe, dest, smoke, log, score,
                            loss_fn=masked_only_loss)
    save_extra_parameters(model, ["cls.predictions.bias"], dest, fp16=recipe.fp16_artefact)
    add_probe_score(model, tokenizer, dest, metrics)
    return metrics


def add_probe_score(model, tokenizer, dest: Path, metrics: dict):
    """Score the hand-written probe sentences and record it beside the split metrics."""
    from .testsets import load_fillmask_probe

    metrics["probe"] = {"top5_plausible": round(
        probe_plausible_rate(model, tokenizer, load_fillmask_probe()), 4)}
    record = json.loads((dest / "training.json").read_text())
    record["metrics"] = metrics
    (dest / "training.json").write_text(json.dumps(record, indent=2) + "\n")


TRAINERS = {"sentiment": train_sentiment, "ner": train_ner,
            "question-answering": train_question_answering, "paraphrase": train_paraphrase,
            "fill-mask": train_fill_mask}
HEAD_CLASSES = {"sentiment": "AutoModelForSequenceClassification",
                "ner": "AutoModelForTokenClassification",
                "question-answering": "AutoModelForQuestionAnswering",
                "paraphrase": "AutoModelForSequenceClassification",
                "fill-mask": "AutoModelForMaskedLM"}


PIPELINE_TASKS = {"sentiment": "text-classification", "ner": "token-classification",
                  "question-answering": None,  # v5 has no QA pipeline: AutoModelFor... only
                  "paraphrase": "text-classification", "fill-mask": "fill-mask"}


def train(task: str, smoke: bool = False, out: Path | None = None, log=print) -> dict:
    """Retrain one task's artefact from the course data and print its metrics."""
    from ..notebook_setup import setup

    if task not in TRAINERS:
        from ..errors import CourseError
        raise CourseError(f"No training recipe for {task!r}; known: {', '.join(TRAINERS)}.")
    setup(seed=RECIPES[task].seed)
    dest = out or ARTEFACTS / task
    log(f"Training {task} ({'smoke run, 2 steps' if smoke else 'full recipe'}) -> {dest}")
    metrics = TRAINERS[task](RECIPES[task], dest, smoke=smoke, log=log)
    log(json.dumps(metrics, indent=2))
    return metrics
