"""How long chapter 6's training takes on `google-bert/bert-base-uncased`, measured on this CPU.

Not a test: a measurement behind a sentence of chapter 6 (why its hub mode fine-tunes MiniLM).
The real checkpoint cannot be downloaded here, so this builds a full-size stand-in: the real
configuration (`BertConfig()`'s defaults are bert-base-uncased's: 12 layers, hidden size 768,
30,522 tokens, 110 million weights), random weights, and the offline MiniLM's tokenizer files,
which are bert-base-uncased's vocabulary, so every review has the same token count as with the
real tokenizer. It serves the stand-in on a local Hub (tests/local_hub.py), switches hub mode on,
and runs the chapter's two training runs (full fine-tuning, then LoRA r=8 on query and value)
with the chapter's settings for STEPS steps each, then one evaluation of the 400 reviews; the
same for the offline MiniLM. It prints seconds per step, wall clock and this process's CPU time
(which a busy machine inflates less), and the chapter's 48 steps and 3 evaluations per model.

    COURSE_HOME=... .venv/bin/python tests/time_hub_encoder.py [STEPS [THREADS]]

On a machine shared with other work, wall-clock figures mean little; THREADS=1 gives the
cleanest ratio of the two models' CPU time (no threads waiting for one another).
"""
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

HUB_ID = "google-bert/bert-base-uncased"
CHAPTER_STEPS, CHAPTER_EVALS = 48, 3  # two epochs of 384 reviews in batches of 16; evaluations


def full_size_standin(root: Path) -> Path:
    from transformers import AutoTokenizer, BertConfig, BertForPreTraining

    from course_utils.paths import models_dir

    folder = root / HUB_ID
    config = BertConfig()  # bert-base-uncased's configuration
    config.architectures = ["BertForMaskedLM"]
    BertForPreTraining(config).save_pretrained(folder)
    AutoTokenizer.from_pretrained(models_dir() / "minilm").save_pretrained(folder)
    return root


def measure(name, model_id, steps):
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import (AutoModelForSequenceClassification, AutoTokenizer,
                              DataCollatorWithPadding, PrinterCallback, Trainer,
                              TrainingArguments, set_seed)

    from course_utils.data import load_rotten_tomatoes

    reviews = load_rotten_tomatoes()
    tokenizer = AutoTokenizer.from_pretrained(model_id)
    tokens = [reviews[split].shuffle(seed=0).select(range(n)).map(
        lambda b: tokenizer(b["text"], truncation=True), batched=True,
        remove_columns=["text", "movie"]) for split, n in [("train", 384), ("validation", 400)]]
    scratch = tempfile.mkdtemp()
    rows = []
    for run, rate in [("full", 1e-4), ("LoRA", 5e-3)]:
        set_seed(0)
        model = AutoModelForSequenceClassification.from_pretrained(model_id, num_labels=2)
        if run == "LoRA":
            model = get_peft_model(model, LoraConfig(task_type=TaskType.SEQ_CLS, r=8, lora_alpha=16,
                                                     lora_dropout=0.1,
                                                     target_modules=["query", "value"]))
        args = TrainingArguments(output_dir=scratch, per_device_train_batch_size=16,
                                 per_device_eval_batch_size=64, learning_rate=rate,
                                 max_steps=steps, save_strategy="no", seed=0, report_to="none",
                                 disable_tqdm=True, dataloader_pin_memory=False)
        trainer = Trainer(model=model, args=args, train_dataset=tokens[0], eval_dataset=tokens[1],
                          data_collator=DataCollatorWithPadding(tokenizer),
                          processing_class=tokenizer)
        trainer.remove_callback(PrinterCallback)
        wall, cpu = time.perf_counter(), time.process_time()
        trainer.train()
        step_wall, step_cpu = [(b - a) / steps for a, b in [
            (wall, time.perf_counter()), (cpu, time.process_time())]]
        wall, cpu = time.perf_counter(), time.process_time()
        trainer.evaluate()
        eval_wall, eval_cpu = time.perf_counter() - wall, time.process_time() - cpu
        params = sum(p.numel() for p in model.parameters())
        chapter_wall = CHAPTER_STEPS * step_wall + (CHAPTER_EVALS - 1) * eval_wall
        chapter_cpu = CHAPTER_STEPS * step_cpu + (CHAPTER_EVALS - 1) * eval_cpu
        print(f"{name:10} {run:4} {params / 1e6:6.1f}M weights | per step {step_wall:5.2f} s wall, "
              f"{step_cpu:5.2f} s CPU | evaluation {eval_wall:5.1f} s wall, {eval_cpu:5.1f} s CPU | "
              f"the chapter's run: {chapter_wall:5.0f} s wall, {chapter_cpu:5.0f} s CPU | "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
        rows.append(chapter_cpu)
    return rows


def main():
    """Build and serve the stand-in here; measure in a child process that starts with
    HF_ENDPOINT set (huggingface_hub reads it once, when it is imported)."""
    import subprocess

    from course_utils.classroom.mirror import LocalHub

    steps = sys.argv[1] if len(sys.argv) > 1 else "16"
    threads = sys.argv[2] if len(sys.argv) > 2 else "2"
    with tempfile.TemporaryDirectory() as root, tempfile.TemporaryDirectory() as home:
        with LocalHub(full_size_standin(Path(root))) as hub:
            env = dict(os.environ, HF_ENDPOINT=hub.url, HF_HOME=home, COURSE_HUB="1")
            env.pop("HF_HUB_OFFLINE", None)
            subprocess.run([sys.executable, __file__, "--measure", steps, threads], env=env,
                           check=True)


def measure_both(steps: int, threads: int):
    import torch

    from course_utils import checkpoint
    from course_utils.paths import models_dir

    torch.set_num_threads(threads)  # course_utils.setup() uses 2 on the two-core reference machine
    small = measure("MiniLM", str(models_dir() / "minilm"), steps)
    large = measure("bert-base", checkpoint("encoder"), steps)
    print(f"CPU time of the chapter's runs, bert-base-uncased / MiniLM: full "
          f"{large[0] / small[0]:.1f}x, LoRA {large[1] / small[1]:.1f}x; {threads} thread(s)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        measure_both(int(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
