"""Exercises for chapter 6 (fine-tuning with Trainer and LoRA).

Each checker recomputes the true answer from the checkpoint the chapter trains (`sentence-encoder`:
MiniLM, offline and in hub mode alike) and accepts every form of a right answer a learner may
reasonably give (tuples or `torch.Size`, NumPy or torch numbers, both ways of reading an
`EvalPrediction`). Nothing a learner passes may end in a traceback: `_one_line` turns any
unexpected exception inside a checker into one clear Incorrect (the shared `Exercise.grade`
catches only Incorrect).
"""
import functools
import math
import numbers

from . import Exercise, Incorrect
from . import _models
from ..checkpoints import checkpoint
from ..errors import CourseError
from ..language import Text

ROLE = "sentence-encoder"  # the checkpoint chapter 6 fine-tunes: MiniLM in both modes
REVIEWS = ["Dull.",
           "A warm, funny film with a sharp script.",
           "The second half drags, but the actors keep it watchable.",
           "Beautiful to look at and completely empty.",
           "Too long by an hour.",
           "A small, honest film about grief, played without a single false note."]
BATCH_SIZE = 2
# Three evaluation sets (logits for two classes, true labels), each with another accuracy, so
# that a function returning a constant cannot pass. The first is the one to try by hand.
EVAL_SETS = [
    ([[2.0, -1.0], [0.3, 0.9], [-0.5, 1.5], [1.2, 1.1], [0.0, 2.0], [0.7, -0.2]],
     [0, 1, 0, 0, 1, 0]),
    ([[-1.0, 0.5], [0.2, 0.4], [1.5, -0.5], [-0.3, 0.8], [0.9, -1.1], [2.2, 0.1], [-0.4, 0.6]],
     [0, 1, 1, 0, 1, 0, 0]),
    ([[0.4, -0.4], [1.0, 0.2], [-2.0, 1.0], [0.3, -0.6]],
     [0, 1, 1, 0]),
]
LOGITS, LABELS = EVAL_SETS[0]
LORA_RANK = 4
# Float32 arithmetic gets an accuracy of a few examples right to about 1e-7, float16 to about
# 2.5e-4; two different counts of right answers are at least 1/7 apart in these sets.
ACCURACY_TOLERANCE = 5e-4


def _one_line(checker):
    """Let Incorrect (and the course's own one-line CourseError, such as a model set that is
    not built) through; turn any other exception into one line for the learner."""
    @functools.wraps(checker)
    def guarded(answer):
        try:
            checker(answer)
        except (Incorrect, CourseError):
            raise
        except Exception as exc:  # noqa: BLE001  (whatever a learner's object does)
            reason = f"{type(exc).__name__}: {_first_line(exc)}"
            raise Incorrect(Text(f"The check could not use this answer ({reason}); look at its "
                                 "type and compare it with the question.",
                                 f"检查无法使用这个答案（{reason}）；请看看它的类型，"
                                 "再对照题目。")) from None
    return guarded


def describe(value, zh: bool = False) -> str:
    """A short, one-line repr of a learner's answer with its type; never raises (the shared
    helper of this package may print a tensor over several lines)."""
    try:
        text = " ".join(repr(value).split())
    except Exception:  # noqa: BLE001  (an object whose repr fails is still described)
        text = "<?>"
    if len(text) > 60:
        text = text[:57] + "..."
    kind = type(value).__name__
    return f"{text}（类型 {kind}）" if zh else f"{text} (type {kind})"


def _first_line(exc: BaseException, limit: int = 120) -> str:
    text = (str(exc).strip().splitlines() or [""])[0]
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _as_int(value):
    """A Python, NumPy or 0-d torch integer as an int; anything else as None."""
    if hasattr(value, "item") and getattr(value, "ndim", None) == 0:
        value = value.item()
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return None


# ---- exercise 1: dynamic padding -----------------------------------------------------------

def _tokenizer():
    return _models.tokenizer(ROLE)


def _lengths() -> list[int]:
    """Token count of each review, [CLS] and [SEP] included."""
    tok = _tokenizer()
    return [len(tok(review)["input_ids"]) for review in REVIEWS]


def _batches(items: list) -> list[list]:
    return [items[i:i + BATCH_SIZE] for i in range(0, len(items), BATCH_SIZE)]


def _padded_shapes() -> list[tuple[int, int]]:
    """What the collator really gives, batch by batch."""
    from transformers import DataCollatorWithPadding

    tok = _tokenizer()
    collator = DataCollatorWithPadding(tok)
    return [tuple(collator(batch)["input_ids"].shape)
            for batch in _batches([tok(review) for review in REVIEWS])]


def _shape_list(answer) -> list[tuple[int, ...]]:
    """A list (or tuple, or 2-D array) of shapes, each a tuple of ints; Incorrect otherwise."""
    what = Text("one shape per batch, such as [(2, 12), (2, 16), (2, 17)]",
                "每个批次一个形状，例如 [(2, 12), (2, 16), (2, 17)]")
    if isinstance(answer, (str, bytes, dict)) or answer is None:
        raise Incorrect(Text(f"Expected {what.en}, but got {describe(answer)}.",
                             f"答案应当是{what.zh}，但你给的是 {describe(answer, zh=True)}。"))
    if hasattr(answer, "shape") and not isinstance(answer, (tuple, list)):
        if getattr(answer, "ndim", 0) != 2:
            raise Incorrect(Text("Expected the batches' shapes, but got a tensor or array: take "
                                 "each batch's `['input_ids'].shape`.",
                                 "答案应当是各批次的形状，但你给的是张量或数组：请取每个批次的 "
                                 "`['input_ids'].shape`。"))
        answer = answer.tolist()
    if not isinstance(answer, (list, tuple)):
        raise Incorrect(Text(f"Expected {what.en} in a list, but got {describe(answer)}.",
                             f"答案应当是放在列表里的{what.zh}，但你给的是 "
                             f"{describe(answer, zh=True)}。"))
    if answer and all(_as_int(x) is not None for x in answer):
        raise Incorrect(Text(f"That is one shape, {tuple(int(x) for x in answer)}: give a list "
                             f"with one shape per batch of {BATCH_SIZE} reviews.",
                             f"这是一个形状 {tuple(int(x) for x in answer)}：请给出一个列表，"
                             f"每 {BATCH_SIZE} 条影评组成的批次各有一个形状。"))
    shapes = []
    for item in answer:
        if hasattr(item, "shape") and not isinstance(item, (tuple, list)):
            raise Incorrect(Text("One of the items is a tensor or array, not a shape: use its "
                                 "`.shape`.",
                                 "其中一项是张量或数组，而不是形状：请取它的 `.shape`。"))
        ints = [_as_int(x) for x in item] if isinstance(item, (tuple, list)) else [None]
        if None in ints:
            raise Incorrect(Text(f"Each shape should be a tuple of ints, but one is "
                                 f"{describe(item)}.",
                                 f"每个形状都应当是由整数组成的元组，但其中一个是 "
                                 f"{describe(item, zh=True)}。"))
        shapes.append(tuple(ints))
    return shapes


@_one_line
def _check_shapes(answer):
    got = _shape_list(answer)
    true = _padded_shapes()
    if got == true:
        return
    n_batches, lengths = len(true), _lengths()
    if len(got) == 1 and got[0][:1] == (len(REVIEWS),):
        raise Incorrect(Text(f"That is all {len(REVIEWS)} reviews in one batch: split them, in "
                             f"order, into batches of {BATCH_SIZE} first, and pad each batch.",
                             f"这是把 {len(REVIEWS)} 条影评放进同一个批次的结果：请先按顺序把它们"
                             f"分成每批 {BATCH_SIZE} 条，再分别填充每个批次。"))
    if len(got) != n_batches:
        raise Incorrect(Text(f"{len(REVIEWS)} reviews in batches of {BATCH_SIZE} make "
                             f"{n_batches} batches, so {n_batches} shapes; got {len(got)}.",
                             f"{len(REVIEWS)} 条影评每批 {BATCH_SIZE} 条，一共 {n_batches} 个批次，"
                             f"所以应有 {n_batches} 个形状；你给了 {len(got)} 个。"))
    if any(len(shape) != 2 for shape in got):
        raise Incorrect(Text("A batch of token ids has two dimensions (reviews, tokens).",
                             "一批 token 编号有两个维度（影评条数，token 数）。"))
    if [s[0] for s in got] != [s[0] for s in true]:
        raise Incorrect(Text(f"The first dimension counts the reviews of a batch: "
                             f"{BATCH_SIZE} in each.",
                             f"第一个维度是一个批次里影评的条数：每批 {BATCH_SIZE} 条。"))
    widths, true_widths = [s[1] for s in got], [s[1] for s in true]
    if all(w == _tokenizer().model_max_length for w in widths):
        raise Incorrect(Text("That is padding to the model's maximum length: the collator pads "
                             "each batch only to the longest review in it.",
                             "这是填充到模型最大长度的结果：collator 只把每个批次填充到"
                             "该批次内最长的那条影评。"))
    if all(w == max(lengths) for w in widths):
        raise Incorrect(Text("That pads every batch to the longest review of all: dynamic "
                             "padding pads each batch only to its own longest review, so "
                             "the widths differ.",
                             "这是把每个批次都填充到所有影评中最长的那条：动态填充只把每个批次"
                             "填充到它自己最长的那条影评，所以各批次的宽度不同。"))
    if widths == [w - 2 for w in true_widths]:
        raise Incorrect(Text("Close: count [CLS] and [SEP] too (tokenize with the tokenizer's "
                             "__call__, not .tokenize).",
                             "很接近了：还要算上 [CLS] 和 [SEP]（直接调用分词器本身来分词，"
                             "不要用 .tokenize）。"))
    if widths == [max(b) for b in _batches(sorted(lengths))]:
        raise Incorrect(Text("Those are batches of the reviews sorted by length: keep them in "
                             "the order of ch06.REVIEWS.",
                             "这是按长度排序后再分批的结果：请保持 ch06.REVIEWS 里的顺序。"))
    raise Incorrect(Text("Not the collator's shapes: tokenize each review on its own (no "
                         f"padding), then pass each batch of {BATCH_SIZE} to "
                         "DataCollatorWithPadding.",
                         "这不是 collator 给出的形状：先对每条影评单独分词（不填充），再把每 "
                         f"{BATCH_SIZE} 条组成的批次分别传给 DataCollatorWithPadding。"))


padded_shapes = Exercise(
    name=Text("Exercise 1 (dynamic padding)", "练习 1（动态填充）"),
    question=Text(f"Shapes of input_ids when DataCollatorWithPadding pads ch06.REVIEWS in "
                  f"batches of {BATCH_SIZE}, in order.",
                  f"用 DataCollatorWithPadding 按顺序把 ch06.REVIEWS 每 {BATCH_SIZE} 条组成一个"
                  "批次时，各批次 input_ids 的形状。"),
    checker=_check_shapes,
    answer_name="shapes",
    hints=[Text("Tokenize each review separately with the chapter's tokenizer, without padding; "
                f"then cut the list into batches of {BATCH_SIZE}.",
                "用本章的分词器对每条影评分别分词，不要填充；再把列表切成每批 "
                f"{BATCH_SIZE} 条。"),
           Text("`collator(features[i:i + 2])['input_ids'].shape` for i = 0, 2, 4; each "
                "batch's longest review decides its width.",
                "对 i = 0, 2, 4 分别求 `collator(features[i:i + 2])['input_ids'].shape`；"
                "每个批次的宽度由该批次最长的影评决定。")],
    solution_code='''
from transformers import AutoTokenizer, DataCollatorWithPadding
from course_utils import checkpoint
from course_utils.exercises import ch06

tokenizer = AutoTokenizer.from_pretrained(checkpoint("sentence-encoder"))
collator = DataCollatorWithPadding(tokenizer)
features = [tokenizer(review) for review in ch06.REVIEWS]
shapes = [tuple(collator(features[i:i + ch06.BATCH_SIZE])["input_ids"].shape)
          for i in range(0, len(features), ch06.BATCH_SIZE)]''',
)


# ---- exercise 2: compute_metrics -----------------------------------------------------------

def _eval_prediction(logits, labels):
    """What Trainer passes: an EvalPrediction of float32 logits and int64 labels (fresh arrays,
    so a function that changes them in place cannot spoil the next call)."""
    import numpy as np
    from transformers import EvalPrediction

    return EvalPrediction(predictions=np.array(logits, dtype=np.float32),
                          label_ids=np.array(labels, dtype=np.int64))


def _accuracy(logits=LOGITS, labels=LABELS) -> float:
    import numpy as np

    return float((np.argmax(np.array(logits), axis=-1) == np.array(labels)).mean())


def _required_positional(function) -> int | None:
    import inspect

    try:
        params = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return None
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(1 for p in params if p.kind in kinds and p.default is inspect.Parameter.empty)


def _metric_value(result, where: Text) -> float:
    """The number under 'accuracy' in what the learner's function returned."""
    if result is None:
        raise Incorrect(Text(f"It returned None {where.en}: did the function forget `return`?",
                             f"它{where.zh} 返回了 None：函数是不是忘了写 `return`？"))
    if not isinstance(result, dict):
        raise Incorrect(Text(f"Trainer needs a dict such as {{'accuracy': 0.5}}; the function "
                             f"returned {describe(result)}.",
                             f"Trainer 需要一个字典，例如 {{'accuracy': 0.5}}；而这个函数返回的是 "
                             f"{describe(result, zh=True)}。"))
    if "accuracy" not in result:
        keys = ", ".join(repr(k) for k in result) or "none"
        raise Incorrect(Text(f"The dict needs the key 'accuracy' (Trainer logs it as "
                             f"eval_accuracy); its keys are: {keys}.",
                             f"字典里要有键 'accuracy'（Trainer 记录时会写成 eval_accuracy）；"
                             f"它的键是：{keys}。"))
    value = result["accuracy"]
    if hasattr(value, "item") and getattr(value, "ndim", None) == 0:
        value = value.item()  # a NumPy scalar, a 0-d array or tensor
    if hasattr(value, "shape") and not isinstance(value, numbers.Number):
        raise Incorrect(Text(f"The accuracy should be one number, but it is an array of shape "
                             f"{tuple(value.shape)}: take the mean of the comparison.",
                             f"准确率应当是一个数，但它是形状为 {tuple(value.shape)} 的数组："
                             "请对比较结果取平均。"))
    if not isinstance(value, numbers.Real) or isinstance(value, bool) or math.isnan(value):
        raise Incorrect(Text(f"The accuracy should be a number, but it is {describe(value)}.",
                             f"准确率应当是一个数，但它是 {describe(value, zh=True)}。"))
    return float(value)


def _where(i: int) -> Text:
    return Text(f"for ch06.EVAL_SETS[{i}]", f"对 ch06.EVAL_SETS[{i}]")


@_one_line
def _check_metrics(answer):
    import numpy as np

    if not callable(answer):
        raise Incorrect(Text(f"Expected a function (compute_metrics), but got {describe(answer)}.",
                             f"答案应当是一个函数（compute_metrics），但你给的是 "
                             f"{describe(answer, zh=True)}。"))
    if (_required_positional(answer) or 0) > 1:
        raise Incorrect(Text("Trainer calls compute_metrics with one argument, an EvalPrediction: "
                             "take one parameter and unpack it (`logits, labels = eval_pred`).",
                             "Trainer 调用 compute_metrics 时只传一个参数，即一个 EvalPrediction："
                             "函数只接收一个参数，再把它解包（`logits, labels = eval_pred`）。"))
    values = []
    for i, (logits, labels) in enumerate(EVAL_SETS):
        try:
            result = answer(_eval_prediction(logits, labels))
        except Exception as exc:  # noqa: BLE001  (the learner's own code: report it in one line)
            raise Incorrect(Text(f"Called as Trainer calls it, with an EvalPrediction "
                                 f"{_where(i).en}, it raised {type(exc).__name__}: "
                                 f"{_first_line(exc)}.",
                                 f"像 Trainer 那样用一个 EvalPrediction 调用它（{_where(i).zh}）时，"
                                 f"它抛出了 {type(exc).__name__}：{_first_line(exc)}。")) from None
        values.append(_metric_value(result, _where(i)))
    trues = [_accuracy(logits, labels) for logits, labels in EVAL_SETS]
    wrong = [i for i, (v, t) in enumerate(zip(values, trues)) if abs(v - t) > ACCURACY_TOLERANCE]
    if not wrong:
        return
    i = wrong[0]
    value, true = values[i], trues[i]
    logits, labels = (np.array(a) for a in EVAL_SETS[i])
    if len(set(values)) == 1:
        raise Incorrect(Text(f"It returned {value!r} for each of the {len(EVAL_SETS)} evaluation "
                             "sets, whose accuracies differ: compute the accuracy from the "
                             "predictions and labels it is given.",
                             f"对 {len(EVAL_SETS)} 组评估数据它都返回 {value!r}，而它们的准确率"
                             "各不相同：请根据传入的预测和标签计算准确率。"))
    if abs(value - 100 * true) < 100 * ACCURACY_TOLERANCE:
        raise Incorrect(Text("That is a percentage: give the accuracy as a fraction between 0 and 1.",
                             "这是百分数：请把准确率写成 0 到 1 之间的小数。"))
    if abs(value - (1 - true)) <= ACCURACY_TOLERANCE:
        raise Incorrect(Text("That is the share of wrong predictions (the error rate): the "
                             "accuracy is the share of predictions equal to the label.",
                             "这是预测错误的比例（错误率）：准确率是预测与标签相同的比例。"))
    if abs(value - logits.argmax(axis=-1).mean()) <= ACCURACY_TOLERANCE:
        raise Incorrect(Text("That is the share of reviews predicted as class 1: compare each "
                             "prediction with its label.",
                             "这是被预测为类别 1 的比例：请把每个预测和它的标签相比较。"))
    if abs(value - true) < 0.01:
        raise Incorrect(Text(f"Close: {value!r} where the accuracy {_where(i).en} is "
                             f"{true:.6f}. Do not round it: Trainer logs the figure as it is.",
                             f"很接近了：{_where(i).zh}，准确率是 {true:.6f}，而它返回了 "
                             f"{value!r}。不要四舍五入：Trainer 会原样记录这个数。"))
    raise Incorrect(Text(f"It returned {value!r} {_where(i).en}, which is not their "
                         "accuracy: predicted class = argmax of each row; accuracy = share of "
                         "predictions equal to the label.",
                         f"{_where(i).zh}，它返回了 {value!r}，这不是它们的准确率："
                         "预测类别 = 每一行的 argmax；准确率 = 预测与标签相同的比例。"))


compute_metrics = Exercise(
    name=Text("Exercise 2 (compute_metrics)", "练习 2（compute_metrics）"),
    question=Text("A compute_metrics function that returns {'accuracy': ...} from the "
                  "EvalPrediction Trainer passes it.",
                  "写一个 compute_metrics 函数，根据 Trainer 传入的 EvalPrediction 返回 "
                  "{'accuracy': ...}。"),
    checker=_check_metrics,
    answer_name="my_compute_metrics",
    hints=[Text("Trainer calls it with one argument, an EvalPrediction: `eval_pred.predictions` "
                "are the logits and `eval_pred.label_ids` the labels, or unpack it as "
                "`logits, labels = eval_pred`.",
                "Trainer 调用它时只传一个参数，即一个 EvalPrediction：`eval_pred.predictions` "
                "是 logits，`eval_pred.label_ids` 是标签；也可以用 "
                "`logits, labels = eval_pred` 解包。"),
           Text("`(logits.argmax(axis=-1) == labels).mean()` is the accuracy; wrap it in a dict, "
                "as a float.",
                "`(logits.argmax(axis=-1) == labels).mean()` 就是准确率；把它转成 float，"
                "放进一个字典。")],
    solution_code='''
def my_compute_metrics(eval_pred):
    predictions = eval_pred.predictions.argmax(axis=-1)
    return {"accuracy": float((predictions == eval_pred.label_ids).mean())}''',
)


# ---- exercise 3: LoRA's trainable parameters -----------------------------------------------

def _lora_trainable(rank: int = LORA_RANK) -> int:
    return _lora_counts(checkpoint(ROLE), rank)[0]


@functools.lru_cache(maxsize=None)
def _lora_counts(model_id: str, rank: int) -> tuple[int, int]:
    """(trainable, all) as peft counts them, for LoRA of `rank` on query and value."""
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(model_id, num_labels=2)
    config = LoraConfig(task_type=TaskType.SEQ_CLS, r=rank, target_modules=["query", "value"])
    return tuple(get_peft_model(model, config).get_nb_trainable_parameters())


def _head_size() -> int:
    from transformers import AutoConfig

    return AutoConfig.from_pretrained(checkpoint(ROLE)).hidden_size * 2 + 2


@_one_line
def _check_lora(answer):
    if isinstance(answer, (tuple, list)) and len(answer) == 2:
        raise Incorrect(Text("That looks like get_nb_trainable_parameters()'s pair (trainable, "
                             "all): give only the first number.",
                             "这看起来是 get_nb_trainable_parameters() 返回的一对数"
                             "（可训练的，全部的）：只给第一个数。"))
    if isinstance(answer, str) and answer.replace(",", "").strip().isdigit():
        raise Incorrect(Text(f"That is text, {answer!r}: give the number as an int, without "
                             "quotes or commas.",
                             f"这是文本 {answer!r}：请给出 int 类型的数，不要引号和逗号。"))
    true, total = _lora_counts(checkpoint(ROLE), LORA_RANK)
    if isinstance(answer, float) and any(math.isclose(answer, share, rel_tol=1e-3)
                                         for share in (100 * true / total, true / total)):
        raise Incorrect(Text("That is the share of the weights that train (the percentage "
                             "print_trainable_parameters() prints): give the number of "
                             "trainable parameters.",
                             "这是参与训练的权重所占的比例（print_trainable_parameters() 打印的"
                             "百分比）：请给出可训练参数的个数。"))
    value = answer.item() if hasattr(answer, "item") and getattr(answer, "ndim", None) == 0 \
        else answer
    got = _as_int(value)
    if got is None and isinstance(value, float) and value.is_integer():
        got = int(value)  # 74498.0, or a float tensor holding it
    if got is None:
        raise Incorrect(Text(f"Expected the number of trainable parameters as a whole number "
                             f"(int), but got {describe(answer)}.",
                             f"可训练参数的个数应当是一个整数（int），但你给的是 "
                             f"{describe(answer, zh=True)}。"))
    if got == true:
        return
    head = _head_size()
    if got == true - head:
        raise Incorrect(Text("Those are the LoRA matrices only: with task_type SEQ_CLS the new "
                             "classification head is trained too, and counts.",
                             "这只是 LoRA 矩阵的参数：task_type 为 SEQ_CLS 时，新的分类头也参与训练，"
                             "也要算进去。"))
    lora = true - head
    if got in (lora // 2 + head, lora // 2):
        raise Incorrect(Text("That counts one of the two target modules: LoRA adapts both "
                             "`query` and `value` in every layer.",
                             "这只算了两个目标模块中的一个：LoRA 在每一层都适配 `query` 和 "
                             "`value` 两个模块。"))
    if got == 2 * lora + head:
        raise Incorrect(Text(f"That is the count for rank {2 * LORA_RANK} (the chapter's): this "
                             f"exercise asks for rank {LORA_RANK}.",
                             f"这是秩为 {2 * LORA_RANK} 时（本章用的）的个数：这道题问的是秩为 "
                             f"{LORA_RANK} 的情况。"))
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
    hints=[Text("Load the chapter's encoder with AutoModelForSequenceClassification(num_labels=2), "
                f"then LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, "
                "target_modules=['query', 'value']).",
                "用 AutoModelForSequenceClassification(num_labels=2) 加载本章的编码器，再用 "
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

model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentence-encoder"),
                                                           num_labels=2)
config = LoraConfig(task_type=TaskType.SEQ_CLS, r={LORA_RANK}, target_modules=["query", "value"])
n_trainable = get_peft_model(model, config).get_nb_trainable_parameters()[0]''',
)

ALL = [padded_shapes, compute_metrics, lora_parameters]
