"""Exercises for chapter 5 (worked task examples)."""
from functools import lru_cache

from . import (Exercise, Incorrect, close, describe, expect_int_list, expect_probability,
               precision_of, tolerance, refuse_probability_slips)
from ..checkpoints import checkpoint
from ..language import Text

# A real paraphrase the course's checkpoint scores about 0.92; every slip below (the pair
# swapped, one string, no token type ids, the other class) gives a value at least 0.01 away.
PAIR = ("The bridge will reopen next month.", "The bridge reopens in a month.")
START = [0.1, 2.0, 0.3, 0.2, 3.0, 0.5, 0.1, 0.2]
END = [0.2, 0.1, 2.5, 0.3, 0.4, 1.0, 0.2, 3.2]
MAX_TOKENS = 3
LOGITS = [[2.0, 1.0, 0.5, 3.0, -1.0, 0.0]]
# MRPC's class 1 is "is a paraphrase". The column is read by index, not by name: the course's
# checkpoint names it "is paraphrase", but a Hub checkpoint may name it otherwise (LABEL_1...).
PARAPHRASE_CLASS = 1


@lru_cache(maxsize=None)
def _pair_variants() -> dict:
    """P(is paraphrase) for the pair as asked, and for the usual slips."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(checkpoint("paraphrase"))
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("paraphrase"))

    def probability(encoding, column=PARAPHRASE_CLASS):
        with torch.no_grad():
            return model(**encoding).logits.softmax(-1)[0, column].item()

    a, b = PAIR
    pair = tok(a, b, return_tensors="pt")
    untyped = {k: v for k, v in pair.items() if k != "token_type_ids"}
    with torch.no_grad():
        logits = model(**pair).logits[0].tolist()
    return {
        "true": probability(pair),
        "other class": probability(pair, 1 - PARAPHRASE_CLASS),
        "swapped": probability(tok(b, a, return_tensors="pt")),
        # what the model gives when nothing marks the second sentence as segment B: the pair
        # without token_type_ids, or one string joined with [SEP] (the two give the same)
        "unmarked": probability(untyped),
        "one string": probability(tok(f"{a} {b}", return_tensors="pt")),
        "logits": logits,
    }


def _paraphrase_probability():
    return _pair_variants()["true"]


def _check_pair(answer):
    got = expect_probability(answer)
    precision = precision_of(answer)
    variants = _pair_variants()
    true = variants["true"]
    if close(got, true, precision):
        return
    if close(got, variants["other class"], precision):
        raise Incorrect(Text("That is P(not paraphrase): take column 1, MRPC's 'is paraphrase' "
                             "class (model.config.id2label names it).",
                             "这是 P(不是同义句)：取第 1 列，即 MRPC 的 'is paraphrase' 类"
                             "（model.config.id2label 里有它的名字）。"))
    if close(got, variants["swapped"], precision):
        raise Incorrect(Text(f"That is the pair in the other order: encode {PAIR[0]!r} first. "
                             "A cross-encoder reads the two segments differently.",
                             f"这是顺序颠倒后的句子对：应先编码 {PAIR[0]!r}。"
                             "交叉编码器对两个片段的读法不同。"))
    if close(got, variants["unmarked"], precision):
        raise Incorrect(Text("That is what the model gives when nothing marks the second sentence "
                             "as segment B: token_type_ids were left out, or the two sentences "
                             "were joined into one string with [SEP]. Encode them as a pair, "
                             "tokenizer(a, b), and pass everything it returns (model(**inputs)).",
                             "这是没有任何东西把第二句标记为片段 B 时模型给出的值：要么漏传了 "
                             "token_type_ids，要么把两句话用 [SEP] 拼成了一个字符串。请把它们作为句子对编码，"
                             "即 tokenizer(a, b)，并把它返回的全部内容传给模型（model(**inputs)）。"))
    if close(got, variants["one string"], precision):
        raise Incorrect(Text("That is the two sentences read as one text: encode them as a pair, "
                             "tokenizer(a, b), so the tokenizer adds [SEP] and the token type ids.",
                             "这是把两句话当成一段文本读的结果：请把它们作为句子对编码，即 tokenizer(a, b)，"
                             "分词器才会加上 [SEP] 和 token type ids。"))
    refuse_probability_slips(got, true, variants["logits"], precision)
    raise Incorrect(Text(f"Not the probability the paraphrase model gives this pair. Check the "
                         f"two sentences ({PAIR[0]!r} first), that tokenizer and model both come "
                         "from checkpoint('paraphrase'), and that softmax runs over the classes.",
                         "这不是同义句模型给这对句子的概率。请检查两句话"
                         f"（{PAIR[0]!r} 在前）、分词器和模型是否都来自 checkpoint('paraphrase')，"
                         "以及 softmax 是否在类别这一维上计算。"))


pair_probability = Exercise(
    name=Text("Exercise 1 (paraphrase probability)", "练习 1（同义句概率）"),
    question=Text(f"P(is paraphrase) for {PAIR}.", f"{PAIR} 是同义句的概率 P(is paraphrase)。"),
    checker=_check_pair,
    answer_name="p_paraphrase",
    hints=[Text("Load checkpoint('paraphrase') with AutoModelForSequenceClassification, and "
                "encode the two sentences as a pair, tokenizer(a, b).",
                "用 AutoModelForSequenceClassification 加载 checkpoint('paraphrase')，"
                "并把两句话作为句子对编码，即 tokenizer(a, b)。"),
           Text("Column 1 is MRPC's 'is paraphrase' class; `model.config.id2label` shows the names.",
                "第 1 列是 MRPC 的 'is paraphrase' 类；`model.config.id2label` 列出了各类的名字。")],
    solution_code=f'''
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("paraphrase"))
model = AutoModelForSequenceClassification.from_pretrained(checkpoint("paraphrase"))
with torch.no_grad():
    probs = model(**tokenizer({PAIR[0]!r}, {PAIR[1]!r}, return_tensors="pt")).logits.softmax(-1)
p_paraphrase = probs[0, 1].item()''',
)


def _best_valid_span():
    pairs = [(START[s] + END[e], (s, e)) for s in range(len(START)) for e in range(len(END))
             if s <= e < s + MAX_TOKENS]
    return max(pairs)[1]


def _check_span(answer):
    what = Text("the span (start, end)", "片段 (start, end)")
    if isinstance(answer, (str, bytes)) or not hasattr(answer, "__len__"):
        raise Incorrect(Text(f"Expected a pair (start, end), but got {describe(answer)}.",
                             f"答案应当是一对 (start, end)，但你给的是 {describe(answer, zh=True)}。"))
    values = expect_int_list(answer, what)
    if len(values) != 2:
        raise Incorrect(Text(f"Expected a pair (start, end), but got {len(values)} numbers.",
                             f"答案应当是一对 (start, end)，但你给了 {len(values)} 个数。"))
    s, e = values
    if not (0 <= s < len(START) and 0 <= e < len(END)):
        raise Incorrect(Text(f"Positions run from 0 to {len(START) - 1} (Python counts from 0).",
                             f"位置从 0 到 {len(START) - 1}（Python 从 0 开始计数）。"))
    if e < s:
        raise Incorrect(Text("The end comes before the start: not a span.",
                             "终点在起点之前：这不是一个片段。"))
    if e >= s + MAX_TOKENS:
        raise Incorrect(Text(f"That span has {e - s + 1} tokens; at most {MAX_TOKENS} are allowed. "
                             "Two separate argmaxes ignore that limit.",
                             f"这个片段有 {e - s + 1} 个 token，最多只允许 {MAX_TOKENS} 个。"
                             "分别取两个 argmax 会忽略这个限制。"))
    if (s, e) != _best_valid_span():
        raise Incorrect(Text("A valid span, but not the best: compare START[s] + END[e] over all "
                             "valid pairs.",
                             "这是一个合法片段，但不是最好的：在所有合法的 (s, e) 对上比较 "
                             "START[s] + END[e]。"))


valid_span = Exercise(
    name=Text("Exercise 2 (best valid span)", "练习 2（最好的合法片段）"),
    question=Text("Best (start, end) with start <= end and at most 3 tokens.",
                  "满足 start <= end 且不超过 3 个 token 的最好的 (start, end)。"),
    checker=_check_span,
    answer_name="span",
    hints=[Text("Loop over every start s and every end e with s <= e < s + 3.",
                "遍历所有满足 s <= e < s + 3 的起点 s 和终点 e。"),
           Text("Keep the pair with the highest START[s] + END[e].",
                "保留 START[s] + END[e] 最大的那一对。")],
    solution_code='''
from course_utils.exercises import ch05

pairs = [(ch05.START[s] + ch05.END[e], (s, e))
         for s in range(len(ch05.START)) for e in range(len(ch05.END))
         if s <= e < s + 3]
span = max(pairs)[1]''',
)


def _kept_by_top_p():
    import torch
    from transformers import TopPLogitsWarper

    scores = TopPLogitsWarper(top_p=0.8)(None, torch.tensor(LOGITS))
    return sorted(torch.isfinite(scores[0]).nonzero().flatten().tolist())


def _check_top_p(answer):
    items = answer.tolist() if hasattr(answer, "tolist") and hasattr(answer, "shape") else answer
    if isinstance(items, list) and items and isinstance(items[0], list) and len(items) == 1:
        items = items[0]
    if isinstance(items, (list, tuple)) and len(items) == len(LOGITS[0]) and \
            all(isinstance(x, bool) for x in items):
        raise Incorrect(Text("That is a mask over the 6 tokens (True where a token survives); "
                             "give the positions where it is True, e.g. with .nonzero().",
                             "这是 6 个 token 上的掩码（保留的 token 处为 True）；请给出为 True 的位置，"
                             "例如用 .nonzero()。"))
    got = expect_int_list(answer, Text("the kept token ids", "保留下来的 token id"))
    true = _kept_by_top_p()
    if got == true:
        return
    if sorted(got) == true:
        raise Incorrect(Text("Right ids; sort the list.", "id 是对的；请把列表排好序。"))
    raise Incorrect(Text("Not the ids that stay finite: apply the warper to the logits tensor "
                         "and keep the positions that are not -inf.",
                         "这些不是过滤后仍为有限值的 id：把 warper 应用到 logits 张量上，"
                         "保留不是 -inf 的位置。"))


top_p = Exercise(
    name=Text("Exercise 3 (top-p filtering)", "练习 3（top-p 过滤）"),
    question=Text("Token ids kept by TopPLogitsWarper(top_p=0.8) on LOGITS.",
                  "TopPLogitsWarper(top_p=0.8) 作用于 LOGITS 后保留下来的 token id。"),
    checker=_check_top_p,
    answer_name="kept",
    hints=[Text("`TopPLogitsWarper(top_p=0.8)(None, torch.tensor(ch05.LOGITS))`: input_ids are not "
                "needed by this warper.",
                "`TopPLogitsWarper(top_p=0.8)(None, torch.tensor(ch05.LOGITS))`：这个 warper "
                "用不到 input_ids。"),
           Text("Filtered-out tokens are set to -inf: `torch.isfinite` finds the survivors.",
                "被过滤掉的 token 会被设为 -inf：用 `torch.isfinite` 找出保留下来的。")],
    solution_code='''
import torch
from transformers import TopPLogitsWarper
from course_utils.exercises import ch05

scores = TopPLogitsWarper(top_p=0.8)(None, torch.tensor(ch05.LOGITS))
kept = sorted(torch.isfinite(scores[0]).nonzero().flatten().tolist())''',
)

ALL = [pair_probability, valid_span, top_p]
