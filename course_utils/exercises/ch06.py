"""Exercises for chapter 6 (fine-tuning with Trainer and LoRA)."""
from . import Exercise, Incorrect, describe, expect_int, expect_shape
from . import _models
from ..checkpoints import checkpoint
from ..language import Text

REVIEWS = ["Dull.",
           "A warm, funny film with a sharp script.",
           "The second half drags, but the actors keep it watchable.",
           "Beautiful to look at and completely empty."]
LOGITS = [[2.0, -1.0], [0.3, 0.9], [-0.5, 1.5], [1.2, 1.1], [0.0, 2.0], [0.7, -0.2]]
LABELS = [0, 1, 0, 0, 1, 0]
LORA_RANK = 4


def _padded_shape():
    from transformers import DataCollatorWithPadding

    tok = _models.tokenizer("encoder")
    batch = DataCollatorWithPadding(tok, return_tensors="pt")([tok(r) for r in REVIEWS])
    return tuple(batch["input_ids"].shape)


def _check_shape(answer):
    got = expect_shape(answer, Text("the batch's shape", "批次的形状"))
    true = _padded_shape()
    if got == true:
        return
    if len(got) != 2:
        raise Incorrect(Text(f"A batch of token ids has two dimensions (reviews, tokens); got {got}.",
                             f"一批 token 编号有两个维度（影评条数，token 数），而你给的是 {got}。"))
    if got[0] != true[0]:
        raise Incorrect(Text(f"The first dimension counts reviews: there are {len(REVIEWS)}.",
                             f"第一个维度是影评的条数：一共有 {len(REVIEWS)} 条。"))
    tok = _models.tokenizer("encoder")
    if got[1] == tok.model_max_length:
        raise Incorrect(Text("That is padding to the model's maximum length: the collator pads only "
                             "to the longest review in the batch.",
                             "这是填充到模型最大长度的结果：collator 只填充到批次内最长的那条影评。"))
    if got[1] == max(len(tok(r)["input_ids"]) for r in REVIEWS) - 2:
        raise Incorrect(Text("Close: count [CLS] and [SEP] too (tokenize with the tokenizer's "
                             "__call__, not .tokenize).",
                             "很接近了：还要算上 [CLS] 和 [SEP]（直接调用分词器本身来分词，"
                             "不要用 .tokenize）。"))
    raise Incorrect(Text("Not the collator's shape: tokenize each review on its own (no padding), "
                         "then pass the list to DataCollatorWithPadding.",
                         "这不是 collator 给出的形状：先对每条影评单独分词（不填充），"
                         "再把得到的列表传给 DataCollatorWithPadding。"))


padded_shape = Exercise(
    name=Text("Exercise 1 (dynamic padding)", "练习 1（动态填充）"),
    question=Text("Shape of input_ids when DataCollatorWithPadding batches ch06.REVIEWS.",
                  "用 DataCollatorWithPadding 把 ch06.REVIEWS 组成一个批次时 input_ids 的形状。"),
    checker=_check_shape,
    answer_name="shape",
    hints=[Text("Tokenize each review separately with the encoder's tokenizer, without padding.",
                "用编码器的分词器对每条影评分别分词，不要填充。"),
           Text("`DataCollatorWithPadding(tokenizer, return_tensors='pt')(features)['input_ids']"
                ".shape`; the longest review decides the width.",
                "`DataCollatorWithPadding(tokenizer, return_tensors='pt')(features)['input_ids']"
                ".shape`；宽度由最长的那条影评决定。")],
    solution_code='''
from transformers import AutoTokenizer, DataCollatorWithPadding
from course_utils import checkpoint
from course_utils.exercises import ch06

tokenizer = AutoTokenizer.from_pretrained(checkpoint("encoder"))
features = [tokenizer(review) for review in ch06.REVIEWS]
batch = DataCollatorWithPadding(tokenizer, return_tensors="pt")(features)
shape = tuple(batch["input_ids"].shape)''',
)


def _accuracy():
    import numpy as np

    return float((np.argmax(np.array(LOGITS), axis=-1) == np.array(LABELS)).mean())


def _check_metrics(answer):
    import numpy as np

    if not callable(answer):
        raise Incorrect(Text(f"Expected a function (compute_metrics), but got {describe(answer)}.",
                             f"答案应当是一个函数（compute_metrics），但你给的是 "
                             f"{describe(answer, zh=True)}。"))
    try:
        result = answer((np.array(LOGITS), np.array(LABELS)))
    except Exception as exc:  # the learner's own code: report it in one line
        raise Incorrect(Text(f"Calling it with (logits, labels) raised {type(exc).__name__}: {exc}. "
                             "Trainer passes one pair (logits, labels) of NumPy arrays.",
                             f"用 (logits, labels) 调用它时抛出了 {type(exc).__name__}：{exc}。"
                             "Trainer 传入的是一对 NumPy 数组 (logits, labels)。")) from None
    if not isinstance(result, dict) or "accuracy" not in result:
        raise Incorrect(Text(f"Trainer needs a dict such as {{'accuracy': 0.5}}; the function "
                             f"returned {describe(result)}.",
                             f"Trainer 需要一个字典，例如 {{'accuracy': 0.5}}；而这个函数返回的是 "
                             f"{describe(result, zh=True)}。"))
    value = result["accuracy"]
    if hasattr(value, "item"):
        value = value.item()
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise Incorrect(Text(f"The accuracy should be a number, but it is {describe(value)}.",
                             f"准确率应当是一个数，但它是 {describe(value, zh=True)}。"))
    if abs(value - _accuracy()) < 1e-9:
        return
    if abs(value - 100 * _accuracy()) < 1e-6:
        raise Incorrect(Text("That is a percentage: give the accuracy as a fraction between 0 and 1.",
                             "这是百分数：请把准确率写成 0 到 1 之间的小数。"))
    raise Incorrect(Text(f"It returned {value!r} for ch06.LOGITS and ch06.LABELS, which is not "
                         "their accuracy: predicted class = argmax of each row; accuracy = share of "
                         "predictions equal to the label.",
                         f"对 ch06.LOGITS 和 ch06.LABELS，它返回了 {value!r}，这不是它们的准确率："
                         "预测类别 = 每一行的 argmax；准确率 = 预测与标签相同的比例。"))


compute_metrics = Exercise(
    name=Text("Exercise 2 (compute_metrics)", "练习 2（compute_metrics）"),
    question=Text("A compute_metrics function that returns {'accuracy': ...} from (logits, labels).",
                  "写一个 compute_metrics 函数，根据 (logits, labels) 返回 {'accuracy': ...}。"),
    checker=_check_metrics,
    answer_name="my_compute_metrics",
    hints=[Text("Trainer calls it with one argument that unpacks as `logits, labels = eval_pred`.",
                "Trainer 调用它时只传一个参数，可以用 `logits, labels = eval_pred` 解包。"),
           Text("`(logits.argmax(axis=-1) == labels).mean()` is the accuracy; wrap it in a dict, "
                "as a float.",
                "`(logits.argmax(axis=-1) == labels).mean()` 就是准确率；把它转成 float，"
                "放进一个字典。")],
    solution_code='''
def my_compute_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": float((logits.argmax(axis=-1) == labels).mean())}''',
)


def _lora_trainable():
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("encoder"),
                                                               num_labels=2)
    config = LoraConfig(task_type=TaskType.SEQ_CLS, r=LORA_RANK,
                        target_modules=["query", "value"])
    trainable, _ = get_peft_model(model, config).get_nb_trainable_parameters()
    return trainable


def _check_lora(answer):
    got = expect_int(answer, Text("the number of trainable parameters", "可训练参数的个数"))
    true = _lora_trainable()
    if got == true:
        return
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(checkpoint("encoder"))
    head = config.hidden_size * 2 + 2
    if got == true - head:
        raise Incorrect(Text("Those are the LoRA matrices only: with task_type SEQ_CLS the new "
                             "classification head is trained too, and counts.",
                             "这只是 LoRA 矩阵的参数：task_type 为 SEQ_CLS 时，新的分类头也参与训练，"
                             "也要算进去。"))
    if got > true * 10:
        raise Incorrect(Text("That is far too many: only the LoRA matrices and the head train; "
                             "everything else is frozen.",
                             "这个数太大了：只有 LoRA 矩阵和模型头参与训练，其余参数都被冻结。"))
    raise Incorrect(Text("Not the count peft reports: build the PEFT model and call "
                         "print_trainable_parameters() (or get_nb_trainable_parameters()).",
                         "这不是 peft 报告的个数：构建 PEFT 模型，再调用 "
                         "print_trainable_parameters()（或 get_nb_trainable_parameters()）。"))


lora_parameters = Exercise(
    name=Text("Exercise 3 (LoRA's trainable parameters)", "练习 3（LoRA 的可训练参数）"),
    question=Text(f"Trainable parameters with LoRA r={LORA_RANK} on query and value, 2 labels.",
                  f"在 query 和 value 上使用 r={LORA_RANK} 的 LoRA、2 个类别时的可训练参数个数。"),
    checker=_check_lora,
    answer_name="n_trainable",
    hints=[Text("Load the encoder with AutoModelForSequenceClassification(num_labels=2), then "
                f"LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, "
                "target_modules=['query', 'value']).",
                "用 AutoModelForSequenceClassification(num_labels=2) 加载编码器，再用 "
                f"LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, "
                "target_modules=['query', 'value'])。"),
           Text("By hand: each adapted layer adds r x (inputs + outputs) weights; the new head "
                "(hidden size x 2 + 2) trains as well.",
                "手算：每个被适配的层增加 r ×（输入维度 + 输出维度）个权重；新的模型头"
                "（隐藏层大小 × 2 + 2）也参与训练。")],
    solution_code=f'''
from peft import LoraConfig, TaskType, get_peft_model
from transformers import AutoModelForSequenceClassification
from course_utils import checkpoint

model = AutoModelForSequenceClassification.from_pretrained(checkpoint("encoder"), num_labels=2)
config = LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, target_modules=["query", "value"])
n_trainable = get_peft_model(model, config).get_nb_trainable_parameters()[0]''',
)

ALL = [padded_shape, compute_metrics, lora_parameters]
