"""Exercises for chapter 5 (worked task examples)."""
from . import Exercise, Incorrect, describe, expect_int_list, expect_probability
from ..checkpoints import checkpoint
from ..language import Text

PAIR = ("The train was late.", "The train did not arrive on time.")
START = [0.1, 2.0, 0.3, 0.2, 3.0, 0.5, 0.1, 0.2]
END = [0.2, 0.1, 2.5, 0.3, 0.4, 1.0, 0.2, 3.2]
MAX_TOKENS = 3
LOGITS = [[2.0, 1.0, 0.5, 3.0, -1.0, 0.0]]
# MRPC's class 1 is "is a paraphrase". The column is read by index, not by name: the course's
# checkpoint names it "is paraphrase", but a Hub checkpoint may name it otherwise (LABEL_1...).
PARAPHRASE_CLASS = 1


def _paraphrase_probability():
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(checkpoint("paraphrase"))
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("paraphrase"))
    with torch.no_grad():
        probs = model(**tok(*PAIR, return_tensors="pt")).logits.softmax(-1)[0]
    return probs[PARAPHRASE_CLASS].item()


def _check_pair(answer):
    answer = expect_probability(answer)
    true = _paraphrase_probability()
    if abs(answer - true) < 1e-4:
        return
    if abs(answer - (1 - true)) < 1e-4:
        raise Incorrect(Text("That is P(not paraphrase): take column 1, MRPC's 'is paraphrase' "
                             "class (model.config.id2label names it).",
                             "这是 P(不是同义句)：取第 1 列，即 MRPC 的 'is paraphrase' 类"
                             "（model.config.id2label 里有它的名字）。"))
    raise Incorrect(Text("Not the model's probability: encode the two sentences as a pair, "
                         "tokenizer(a, b), and softmax the logits.",
                         "这不是模型给出的概率：把两个句子作为一对编码，即 tokenizer(a, b)，"
                         "再对 logits 做 softmax。"))


pair_probability = Exercise(
    name=Text("Exercise 1 (paraphrase probability)", "练习 1（同义句概率）"),
    question=Text(f"P(is paraphrase) for {PAIR}.", f"{PAIR} 是同义句的概率 P(is paraphrase)。"),
    checker=_check_pair,
    answer_name="p_paraphrase",
    hints=[Text("Load checkpoint('paraphrase') with AutoModelForSequenceClassification.",
                "用 AutoModelForSequenceClassification 加载 checkpoint('paraphrase')。"),
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
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Incorrect(Text(f"Expected a pair (start, end), but got {describe(answer)}.",
                             f"答案应当是一对 (start, end)，但你给的是 {describe(answer, zh=True)}。"))
    s, e = expect_int_list(list(answer), Text("start and end", "起点和终点"))
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
    got = expect_int_list(answer, Text("the kept token ids", "保留下来的 token id"))
    true = _kept_by_top_p()
    if sorted(got) == true and got != true:
        raise Incorrect(Text("Right ids; sort the list.", "id 是对的；请把列表排好序。"))
    if got != true:
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
