"""Exercises for chapter 4 (the Auto classes)."""
from functools import lru_cache

from . import Exercise, Incorrect, describe, expect_int, expect_mapping, expect_str
from ..checkpoints import checkpoint
from ..language import Text

TASKS = ["named-entity recognition", "translation with an encoder-decoder model",
         "next-word generation", "extractive question answering", "sentiment of a review",
         "filling in a [MASK]"]
ANSWERS = {
    "named-entity recognition": "AutoModelForTokenClassification",
    "translation with an encoder-decoder model": "AutoModelForSeq2SeqLM",
    "next-word generation": "AutoModelForCausalLM",
    "extractive question answering": "AutoModelForQuestionAnswering",
    "sentiment of a review": "AutoModelForSequenceClassification",
    "filling in a [MASK]": "AutoModelForMaskedLM",
}


def _class_name(value):
    """A class or its name, as a name ('BertModel' for both)."""
    if isinstance(value, type):
        return value.__name__
    return value.strip() if isinstance(value, str) else value


def _check_lookup(answer):
    from transformers.models.auto import modeling_auto

    got = expect_str(_class_name(answer), Text("a class name", "类名"))
    true = modeling_auto.MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES["llama"]
    if got == true:
        return
    if got == modeling_auto.MODEL_MAPPING_NAMES["llama"]:
        raise Incorrect(Text("That is AutoModel's entry (the body without a head); look in the "
                             "sequence-classification table.",
                             "这是 AutoModel 表里的条目（不带模型头的主体）；请去序列分类的那张表里查。"))
    if got == "AutoModelForSequenceClassification":
        raise Incorrect(Text("That is the Auto class itself; the answer is the class it builds "
                             "for model_type 'llama', read from its table.",
                             "这是 Auto 类本身；答案是它为 model_type 'llama' 构建的类，要从它的表里查。"))
    raise Incorrect(Text(f"{got!r} is not what the library's sequence-classification table holds "
                         "for 'llama'.",
                         f"库里的序列分类表为 'llama' 登记的不是 {got!r}。"))


lookup = Exercise(
    name=Text("Exercise 1 (the lookup table)", "练习 1（查表）"),
    question=Text("Class built by AutoModelForSequenceClassification for model_type 'llama'.",
                  "对 model_type 为 'llama' 的模型，AutoModelForSequenceClassification 构建的是哪个类？"),
    checker=_check_lookup,
    answer_name="class_name",
    hints=[Text("The tables are in `transformers.models.auto.modeling_auto`.",
                "这些表在 `transformers.models.auto.modeling_auto` 里。"),
           Text("`MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES['llama']`.",
                "`MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES['llama']`。")],
    solution_code='''
from transformers.models.auto import modeling_auto

class_name = modeling_auto.MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES["llama"]''',
)


def _check_choices(answer):
    given = expect_mapping(answer, Text("your answer", "你的答案"),
                           "{'next-word generation': 'AutoModelForCausalLM', ...}")
    by_task = {k.strip().lower() if isinstance(k, str) else k: v for k, v in given.items()}
    missing = [t for t in TASKS if t.lower() not in by_task]
    if missing:
        raise Incorrect(Text(f"No entry for: {', '.join(missing)}.",
                             f"缺少这些任务的条目：{'、'.join(missing)}。"))
    names = {t: _class_name(by_task[t.lower()]) for t in TASKS}
    unknown = [n for n in names.values() if not (isinstance(n, str) and n.startswith("AutoModel"))]
    if unknown:
        raise Incorrect(Text(f"Values must be Auto class names such as 'AutoModelForCausalLM'; "
                             f"got {unknown[0]!r}.",
                             f"值必须是 Auto 类的类名，例如 'AutoModelForCausalLM'；"
                             f"你给的是 {unknown[0]!r}。"))
    wrong = [t for t in TASKS if names[t] != ANSWERS[t]]
    if wrong:
        raise Incorrect(Text(f"Look again at: {'; '.join(wrong)}.",
                             f"请再检查这些任务：{'；'.join(wrong)}。"))


choose_class = Exercise(
    name=Text("Exercise 2 (pick the class)", "练习 2（选类）"),
    question=Text("Map each task to the Auto class you would load.",
                  "为每个任务写出你会加载的 Auto 类。"),
    checker=_check_choices,
    answer_name="choices",
    hints=[Text("One label per token, one per text, a span, a next token, a masked token, a new "
                "text from an encoder-decoder: six different heads.",
                "每个 token 一个标签、每段文本一个标签、一个片段、下一个 token、被遮住的 token、"
                "由编码器-解码器生成的新文本：六种不同的模型头。"),
           Text("Classes themselves are accepted too, not just their names.",
                "直接给类本身也可以，不一定要写类名。")],
    solution_code=f'''
choices = {ANSWERS!r}''',
)


@lru_cache(maxsize=None)
def _counts(layers: int):
    """Parameters of the encoder rebuilt with `layers` layers, and of the encoder as it is."""
    import torch
    from transformers import AutoConfig, AutoModel

    def count(config):
        with torch.device("meta"):  # shapes only: no memory, and the learner's seed untouched
            return sum(p.numel() for p in AutoModel.from_config(config).parameters())

    config = AutoConfig.from_pretrained(checkpoint("encoder"))
    small = AutoConfig.from_pretrained(checkpoint("encoder"), num_hidden_layers=layers)
    return count(small), count(config), config.num_hidden_layers


def _check_params(answer):
    got = expect_int(answer, Text("the number of parameters", "参数个数"))
    true, full, layers = _counts(4)
    if got == true:
        return
    if got == full:
        raise Incorrect(Text(f"That is the full {layers}-layer model; set num_hidden_layers=4 in "
                             "the config.",
                             f"这是完整的 {layers} 层模型的参数个数；请在配置里设置 num_hidden_layers=4。"))
    if got == _counts(2)[0]:
        raise Incorrect(Text("That is the 2-layer model of section 4.2; this exercise asks for 4 "
                             "layers.",
                             "这是 4.2 节的 2 层模型；这道练习要的是 4 层。"))
    raise Incorrect(Text("Not the count of the encoder rebuilt with 4 layers: build it with "
                         "AutoModel.from_config(config) and sum p.numel().",
                         "这不是编码器改成 4 层后的参数个数：请用 AutoModel.from_config(config) "
                         "构建模型，再把 p.numel() 加起来。"))


from_config = Exercise(
    name=Text("Exercise 3 (from_config)", "练习 3（from_config）"),
    question=Text("Parameters of the encoder rebuilt with 4 layers and random weights.",
                  "把编码器改成 4 层、用随机权重重新构建后的参数个数。"),
    checker=_check_params,
    answer_name="n_parameters",
    hints=[Text("`AutoConfig.from_pretrained(path, num_hidden_layers=4)` changes one value.",
                "`AutoConfig.from_pretrained(path, num_hidden_layers=4)` 只改一个值。"),
           Text("`AutoModel.from_config(config)` builds it with random weights.",
                "`AutoModel.from_config(config)` 用随机权重构建模型。")],
    solution_code='''
from transformers import AutoConfig, AutoModel
from course_utils import checkpoint

config = AutoConfig.from_pretrained(checkpoint("encoder"), num_hidden_layers=4)
model = AutoModel.from_config(config)
n_parameters = sum(p.numel() for p in model.parameters())''',
)

ALL = [lookup, choose_class, from_config]
