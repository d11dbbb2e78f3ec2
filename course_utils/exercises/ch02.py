"""Exercises for chapter 2 (models)."""
import os
import re
from pathlib import Path

from . import Exercise, Incorrect, describe, expect_int, expect_mapping, first_line, precision_of
from . import _models
from ..language import Text

FAMILY_OF = {
    "BERT": "encoder-only", "DistilBERT": "encoder-only", "ELECTRA": "encoder-only",
    "GPT-2": "decoder-only", "Llama": "decoder-only",
    "T5": "encoder-decoder", "BART": "encoder-decoder",
}
FAMILIES = ("encoder-only", "decoder-only", "encoder-decoder")


def _name_key(name) -> str:
    """'GPT-2', 'gpt2' and 'Gpt 2' are one name."""
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def _family(value):
    """'Encoder only', 'encoder_only' and 'encoder-only' are one family."""
    if not isinstance(value, str):
        return value
    return re.sub(r"[\s_]+", "-", value.strip().lower())


def _check_families(answer):
    given = expect_mapping(answer, Text("your answer", "你的答案"), "{'BERT': 'encoder-only', ...}")
    by_key = {_name_key(k): v for k, v in given.items()}
    missing = [name for name in FAMILY_OF if _name_key(name) not in by_key]
    if missing:
        raise Incorrect(Text(f"Your dict has no entry for {', '.join(missing)}.",
                             f"你的字典里缺少这些名字：{'、'.join(missing)}。"))
    families = {name: _family(by_key[_name_key(name)]) for name in FAMILY_OF}
    odd = [v for v in families.values() if v not in FAMILIES]
    if odd:
        raise Incorrect(Text(f"Each value must be one of {FAMILIES}; {odd[0]!r} is not.",
                             f"每个值都必须是 {FAMILIES} 之一，而 {odd[0]!r} 不是。"))
    wrong = sorted(name for name, fam in FAMILY_OF.items() if families[name] != fam)
    if wrong:
        raise Incorrect(Text(f"Look again at: {', '.join(wrong)}. Ask: does the model have a "
                             "decoder that generates text token by token, an encoder, or both?",
                             f"再看看这几个：{'、'.join(wrong)}。想一想：它有逐个 token 生成文本的"
                             "解码器、只有编码器，还是两者都有？"))


families = Exercise(
    name=Text("Exercise 1 (model families)", "练习 1（模型类别）"),
    question=Text("Map each model name to 'encoder-only', 'decoder-only' or 'encoder-decoder'.",
                  "把每个模型名对应到 'encoder-only'、'decoder-only' 或 'encoder-decoder'。"),
    checker=_check_families,
    answer_name="families",
    hints=[Text("BERT-like models read the whole sentence at once and have no decoder.",
                "BERT 这类模型一次读入整个句子，没有解码器。"),
           Text("ELECTRA's pre-training uses a small generator, but the model you fine-tune is "
                "an encoder; BART and T5 are the classic seq2seq models.",
                "ELECTRA 预训练时用到一个小型生成器，但你拿来微调的模型是编码器；"
                "BART 和 T5 是经典的 seq2seq 模型。")],
    solution_code='''
families = {
    "BERT": "encoder-only", "DistilBERT": "encoder-only", "ELECTRA": "encoder-only",
    "GPT-2": "decoder-only", "Llama": "decoder-only",
    "T5": "encoder-decoder", "BART": "encoder-decoder",
}''',
)


def _count(module) -> int:
    return sum(p.numel() for p in module.parameters())


def _check_layer_params(answer):
    got = expect_int(answer, Text("the number of parameters", "参数个数"))
    model = _models.model("encoder")
    true = _count(model.encoder.layer[0])
    if got == true:
        return
    if got == _count(model):
        raise Incorrect(Text("That is the whole model; count only `model.encoder.layer[0]`.",
                             "这是整个模型的参数个数；只统计 `model.encoder.layer[0]`。"))
    if got == _count(model.encoder.layer):
        raise Incorrect(Text("That is every layer together; count only the first one, "
                             "`model.encoder.layer[0]`.",
                             "这是所有层加在一起的个数；只统计第一层 `model.encoder.layer[0]`。"))
    raise Incorrect(Text(f"{got:,} is not it. Sum `p.numel()` over `.parameters()` of the "
                         "first layer only.",
                         f"{got:,} 不对。只对第一层的 `.parameters()` 求 `p.numel()` 之和。"))


layer_params = Exercise(
    name=Text("Exercise 2 (parameters in one layer)", "练习 2（一层的参数）"),
    question=Text("How many parameters does the first transformer layer of the encoder have?",
                  "编码器的第一个 Transformer 层有多少个参数？"),
    checker=_check_layer_params,
    answer_name="n_layer_params",
    hints=[Text("The layers of a BERT-style model are in `model.encoder.layer`, a list.",
                "BERT 式模型的各层在 `model.encoder.layer` 中，它是一个列表。"),
           Text("`sum(p.numel() for p in module.parameters())` counts a module's parameters.",
                "`sum(p.numel() for p in module.parameters())` 可以统计一个模块的参数个数。")],
    solution_code='''
from transformers import AutoModel
from course_utils import checkpoint

model = AutoModel.from_pretrained(checkpoint("encoder"))
n_layer_params = sum(p.numel() for p in model.encoder.layer[0].parameters())''',
)

HIDDEN_SENTENCE = "Transformers are everywhere."


def _as_tensor(value):
    """A tensor from a tensor or a NumPy array; None for anything else."""
    import torch

    if isinstance(value, torch.Tensor):
        return value
    if type(value).__module__ == "numpy" and hasattr(value, "dtype"):
        return torch.from_numpy(value) if value.dtype.kind in "fiub" else None
    return None


def _check_hidden_states(answer):
    import torch

    if answer is None:
        raise Incorrect(Text("Got None: the model returns hidden states only when called with "
                             "`output_hidden_states=True`.",
                             "得到的是 None：只有调用时传入 `output_hidden_states=True`，"
                             "模型才会返回隐藏状态。"))
    if hasattr(answer, "last_hidden_state") and not isinstance(answer, (tuple, list)):
        raise Incorrect(Text("That is the model's whole output: take its `.hidden_states` "
                             "(after calling it with output_hidden_states=True).",
                             "这是模型的完整输出：请取它的 `.hidden_states`"
                             "（调用时要传入 output_hidden_states=True）。"))
    precision = precision_of(answer)
    stacked = _as_tensor(answer)
    if stacked is not None:
        if stacked.ndim not in (3, 4):
            raise Incorrect(Text("That is one tensor; the answer is the whole tuple "
                                 "`outputs.hidden_states` (pass output_hidden_states=True).",
                                 "这只是一个张量；答案是整个元组 `outputs.hidden_states`"
                                 "（调用时传入 output_hidden_states=True）。"))
        if stacked.ndim == 3 and stacked.shape[0] == 1:
            raise Incorrect(Text("That is one tensor; the answer is the whole tuple "
                                 "`outputs.hidden_states` (pass output_hidden_states=True).",
                                 "这只是一个张量；答案是整个元组 `outputs.hidden_states`"
                                 "（调用时传入 output_hidden_states=True）。"))
        answer = tuple(stacked.unbind(0))  # accept the tuple stacked into one tensor
    if not isinstance(answer, (tuple, list)) or not answer:
        raise Incorrect(Text(f"Expected a tuple of tensors, but got {describe(answer)}.",
                             f"答案应当是由张量组成的元组，但你给的是 {describe(answer, zh=True)}。"))
    tensors = [_as_tensor(t) for t in answer]
    if any(t is None or not t.is_floating_point() for t in tensors):
        raise Incorrect(Text(f"Expected a tuple of float tensors, but got {describe(answer)}.",
                             f"答案应当是由浮点张量组成的元组，但你给的是 {describe(answer, zh=True)}。"))
    tok, model = _models.tokenizer("encoder"), _models.model("encoder")
    with torch.no_grad():
        true = model(**tok(HIDDEN_SENTENCE, return_tensors="pt"),
                     output_hidden_states=True).hidden_states
    if len(tensors) != len(true):
        raise Incorrect(Text(f"Expected {len(true)} tensors (the embeddings plus one per layer), "
                             f"got {len(tensors)}.",
                             f"应当有 {len(true)} 个张量（嵌入层输出加上每层一个），"
                             f"你给了 {len(tensors)} 个。"))
    if all(t.shape == b.shape[1:] for t, b in zip(tensors, true)):
        tensors = [t.unsqueeze(0) for t in tensors]  # the batch dimension dropped: same values
    if any(t.shape != b.shape for t, b in zip(tensors, true)):
        raise Incorrect(Text(f"The tensors have shape {tuple(tensors[0].shape)}, expected "
                             f"{tuple(true[0].shape)}: did you encode exactly {HIDDEN_SENTENCE!r}, "
                             "as one sentence with return_tensors='pt'?",
                             f"张量的形状是 {tuple(tensors[0].shape)}，应当是 "
                             f"{tuple(true[0].shape)}：请确认你编码的正好是 {HIDDEN_SENTENCE!r}，"
                             "而且是作为单个句子、用 return_tensors='pt' 编码的。"))
    allowed = max(1e-4, 8 * precision)  # relative error: float32 1e-4, bfloat16 about 6 %
    if all(((t.detach().float() - b).norm() / b.norm()).item() <= allowed
           for t, b in zip(tensors, true)):
        return
    raise Incorrect(Text("Right shapes, different values. Things that change them: another "
                         "tokenizer or other tokenizer settings, dropout switched on "
                         "(model.train()), or weights that were changed or trained.",
                         "形状对了，数值不同。会改变数值的原因有：换了分词器或分词设置、打开了 dropout"
                         "（model.train()），或者权重被修改或训练过。"))


hidden_states = Exercise(
    name=Text("Exercise 3 (all hidden states)", "练习 3（全部隐藏状态）"),
    question=Text(f"Return every layer's hidden states for {HIDDEN_SENTENCE!r} from the encoder.",
                  f"返回编码器处理 {HIDDEN_SENTENCE!r} 时每一层的隐藏状态。"),
    checker=_check_hidden_states,
    answer_name="all_hidden",
    hints=[Text("Call the model with `output_hidden_states=True`.",
                "调用模型时传入 `output_hidden_states=True`。"),
           Text("The result has a `.hidden_states` attribute: a tuple, embeddings first.",
                "结果有一个 `.hidden_states` 属性：它是一个元组，第一项是嵌入层的输出。")],
    solution_code=f'''
import torch
from transformers import AutoModel, AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("encoder"))
model = AutoModel.from_pretrained(checkpoint("encoder"))
with torch.no_grad():
    outputs = model(**tokenizer({HIDDEN_SENTENCE!r}, return_tensors="pt"),
                    output_hidden_states=True)
all_hidden = outputs.hidden_states''',
)


def _check_saved(answer):
    import torch
    from transformers import AutoModel

    if answer is None:
        raise Incorrect(Text("Got None: save_pretrained returns nothing. Give the folder you "
                             "passed to it, e.g. saved_folder = 'my-encoder'.",
                             "得到的是 None：save_pretrained 没有返回值。请给出你传给它的文件夹，"
                             "例如 saved_folder = 'my-encoder'。"))
    if hasattr(answer, "save_pretrained"):
        raise Incorrect(Text("That is the model (or tokenizer) itself; give the folder you saved "
                             "it to, as a string.",
                             "这是模型（或分词器）本身；请以字符串形式给出你保存到的文件夹。"))
    if not isinstance(answer, (str, os.PathLike)):
        raise Incorrect(Text(f"Expected the folder you saved to, as a string, but got "
                             f"{describe(answer)}.",
                             f"答案应当是你保存到的文件夹（字符串），但你给的是 {describe(answer, zh=True)}。"))
    folder = Path(answer).expanduser()
    if not folder.is_dir():
        raise Incorrect(Text(f"{folder} is not a folder: pass the path you gave to save_pretrained.",
                             f"{folder} 不是一个文件夹：请传入你交给 save_pretrained 的路径。"))
    if not (folder / "config.json").exists():
        raise Incorrect(Text(f"{folder} has no config.json: use `model.save_pretrained(folder)`.",
                             f"{folder} 里没有 config.json：请用 `model.save_pretrained(folder)`。"))
    if not list(folder.glob("*.safetensors")):
        raise Incorrect(Text(f"{folder} has no model.safetensors: use `model.save_pretrained(folder)` "
                             "(safetensors is the format v5 writes).",
                             f"{folder} 里没有 model.safetensors：请用 `model.save_pretrained(folder)`"
                             "（v5 写出的格式是 safetensors）。"))
    try:
        saved = AutoModel.from_pretrained(folder).state_dict()
    except Exception as exc:  # a half-written folder: tell the learner, not a traceback
        raise Incorrect(Text(f"from_pretrained could not load {folder}: {first_line(exc)}",
                             f"from_pretrained 无法加载 {folder}：{first_line(exc)}")) from None
    original = _models.model("encoder").state_dict()
    if saved.keys() != original.keys() or any(saved[k].shape != original[k].shape
                                              for k in original):
        raise Incorrect(Text("The saved model is not the encoder: save the model loaded from "
                             "checkpoint('encoder').",
                             "保存的模型不是这个编码器：请保存从 checkpoint('encoder') 加载的模型。"))
    lossy = [k for k in original if saved[k].is_floating_point() and
             torch.finfo(saved[k].dtype).eps > torch.finfo(original[k].dtype).eps]
    if lossy:
        dtype = str(saved[lossy[0]].dtype).replace("torch.", "")
        raise Incorrect(Text(f"The weights were saved in {dtype}, which rounds them: save the "
                             "model in the precision it was loaded in (float32).",
                             f"权重是以 {dtype} 保存的，这会对权重做舍入：请按加载时的精度（float32）"
                             "保存模型。"))
    if not all(torch.equal(saved[k].to(original[k].dtype), original[k]) for k in original):
        raise Incorrect(Text("Some saved weights differ from the encoder's: save the model as "
                             "loaded, without training or changing it.",
                             "保存的部分权重与编码器的不同：请按加载时的原样保存模型，不要训练或修改它。"))


save_reload = Exercise(
    name=Text("Exercise 4 (save a checkpoint)", "练习 4（保存 checkpoint）"),
    question=Text("Save the encoder with save_pretrained and give the folder's path.",
                  "用 save_pretrained 保存编码器，并给出文件夹的路径。"),
    checker=_check_saved,
    answer_name="saved_folder",
    hints=[Text("`model.save_pretrained(folder)` creates the folder if needed.",
                "`model.save_pretrained(folder)` 会在需要时创建文件夹。"),
           Text("Pass the same folder, as a string, to `check()`.",
                "把同一个文件夹以字符串形式传给 `check()`。")],
    solution_code='''
from transformers import AutoModel
from course_utils import checkpoint

model = AutoModel.from_pretrained(checkpoint("encoder"))
saved_folder = "my-encoder"
model.save_pretrained(saved_folder)''',
)

ALL = [families, layer_params, hidden_states, save_reload]
