"""Exercises for chapter 3 (tokenizers)."""
from collections.abc import Mapping

from . import Exercise, Incorrect, describe, expect_int_list, expect_str
from . import _models
from ..language import Text

SENTENCE = "弱小的我也有大梦想"


def _not_the_whole_encoding(answer, key: str):
    """A tokenizer's whole output (a BatchEncoding, a dict) where one of its lists is asked for."""
    if isinstance(answer, Mapping):
        raise Incorrect(Text(f"That is the tokenizer's whole output: take its [{key!r}].",
                             f"这是分词器的完整输出：请取其中的 [{key!r}]。"))


def _check_cut_ids(answer):
    _not_the_whole_encoding(answer, "input_ids")
    got = expect_int_list(answer, Text("the ids", "编号列表"))
    tok = _models.tokenizer("chinese-tokenizer")
    true = tok.encode(SENTENCE, max_length=8, truncation=True)
    if got == true:
        return
    if len(got) > 8:
        raise Incorrect(Text(f"You have {len(got)} ids: nothing was cut. With padding, max_length "
                             "is only the length to pad to; add truncation=True.",
                             f"你给出了 {len(got)} 个编号：什么也没截掉。使用填充时，max_length 只是"
                             "要填充到的长度；请加上 truncation=True。"))
    if got == tok.encode(SENTENCE)[:8]:
        raise Incorrect(Text("You sliced the list yourself, which drops [SEP]; let the tokenizer "
                             "truncate so the special tokens survive.",
                             "你自己切了列表，这样会丢掉 [SEP]；让分词器来截断，特殊 token 才能保留下来。"))
    if got == tok.encode(SENTENCE, add_special_tokens=False)[:len(got)]:
        raise Incorrect(Text("Those are the characters' ids without [CLS] and [SEP]: the 8 ids "
                             "include both special tokens (keep add_special_tokens on).",
                             "这些是不带 [CLS] 和 [SEP] 的字符编号：这 8 个编号要包括这两个特殊 token"
                             "（保持 add_special_tokens 打开）。"))
    raise Incorrect(Text(f"Expected 8 ids starting with [CLS] (id {tok.cls_token_id}) and ending "
                         f"with [SEP] (id {tok.sep_token_id}); got {got}.",
                         f"应当是 8 个编号，以 [CLS]（编号 {tok.cls_token_id}）开头、以 [SEP]"
                         f"（编号 {tok.sep_token_id}）结尾；你给的是 {got}。"))


truncate = Exercise(
    name=Text("Exercise 1 (truncation)", "练习 1（截断）"),
    question=Text(f"Encode {SENTENCE!r} with the Chinese tokenizer into exactly 8 ids.",
                  f"用中文分词器把 {SENTENCE!r} 编码成恰好 8 个编号。"),
    checker=_check_cut_ids,
    answer_name="ids",
    hints=[Text("`tokenizer.encode(text, max_length=..., truncation=True)`.",
                "`tokenizer.encode(text, max_length=..., truncation=True)`。"),
           Text("The 8 include [CLS] and [SEP]: the tokenizer keeps both when it truncates.",
                "这 8 个包括 [CLS] 和 [SEP]：分词器截断时会保留这两个 token。")],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

zh_tokenizer = AutoTokenizer.from_pretrained(checkpoint("chinese-tokenizer"))
ids = zh_tokenizer.encode({SENTENCE!r}, max_length=8, truncation=True)''',
)

BATCH = ["Hi!", "Tokenizers turn text into numbers."]


def _lm_tokenizer():
    tok = _models.tokenizer("causal-lm")
    if tok.pad_token is None:  # gpt2 in hub mode has no pad token; the lesson sets one
        tok.pad_token = tok.eos_token
    return tok


def _check_mask(answer):
    _not_the_whole_encoding(answer, "attention_mask")
    got = expect_int_list(answer, Text("the attention mask", "注意力掩码"), allow_bool=True)
    tok = _lm_tokenizer()
    lengths = [len(ids) for ids in tok(BATCH)["input_ids"]]
    width, n = max(lengths), lengths[0]
    right, left = [1] * n + [0] * (width - n), [0] * (width - n) + [1] * n
    if got in (right, left):  # padding on either side masks the same tokens
        return
    if len(got) != width:
        raise Incorrect(Text(f"Your mask has {len(got)} entries; with padding=True both rows "
                             f"have {width}. Tokenize the two texts together, as one batch.",
                             f"你的掩码有 {len(got)} 个值；用 padding=True 时两行都有 {width} 个。"
                             "请把两段文本放在一起、作为一批来分词。"))
    padded = tok(BATCH, padding=True)["input_ids"][0]
    by_zero_rule = [1 if idx != 0 else 0 for idx in padded]
    if got == by_zero_rule or all(v == 1 for v in got):
        raise Incorrect(Text("That mask marks the first text's padding as real text. A mask of "
                             "the second text, or one built by hand (`1 if id != 0` does not work "
                             f"here: this tokenizer pads with id {tok.pad_token_id}), gives that: "
                             "take row 0 of the attention_mask the tokenizer returns.",
                             "这个掩码把第一段文本的填充标成了真实文本。第二段文本的掩码、或者手工构造的掩码"
                             f"（`1 if id != 0` 在这里行不通：这个分词器用编号 {tok.pad_token_id} 填充），"
                             "都会得到这样的结果：请取分词器返回的 attention_mask 的第 0 行。"))
    raise Incorrect(Text("Not the mask the tokenizer computes: take row 0 of the attention_mask "
                         "it returns for the batch.",
                         "这不是分词器算出的掩码：请取它为这一批返回的 attention_mask 的第 0 行。"))


attention_mask = Exercise(
    name=Text("Exercise 2 (attention mask)", "练习 2（注意力掩码）"),
    question=Text(f"Pad {BATCH} together with the causal-LM tokenizer; give the first row's mask.",
                  f"用因果语言模型的分词器把 {BATCH} 放在一起填充；给出第一行的掩码。"),
    checker=_check_mask,
    answer_name="mask",
    hints=[Text("`tokenizer(list_of_texts, padding=True)` pads to the longest text.",
                "`tokenizer(list_of_texts, padding=True)` 会填充到最长那段文本的长度。"),
           Text("The output has an 'attention_mask' entry: one list per text.",
                "输出里有一项 'attention_mask'：每段文本一个列表。")],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

lm_tokenizer = AutoTokenizer.from_pretrained(checkpoint("causal-lm"))
if lm_tokenizer.pad_token is None:
    lm_tokenizer.pad_token = lm_tokenizer.eos_token
mask = lm_tokenizer({BATCH!r}, padding=True)["attention_mask"][0]''',
)

PAIR = ("我爱你", "你爱我吗？")


def _check_token_types(answer):
    _not_the_whole_encoding(answer, "token_type_ids")
    got = expect_int_list(answer, Text("the token type ids", "token type ids 列表"))
    tok = _models.tokenizer("chinese-tokenizer")
    true = tok(*PAIR)["token_type_ids"]
    if got == true:
        return
    if got and set(got) <= {0}:
        raise Incorrect(Text("All zeros: the tokenizer saw one text, not a pair. Pass the two "
                             "sentences as two arguments, `tokenizer(first, second)`, not joined "
                             "into one string.",
                             "全是 0：分词器看到的是一段文本，而不是句子对。请把两句话作为两个参数传入，"
                             "即 `tokenizer(first, second)`，而不是拼成一个字符串。"))
    if got == tok(PAIR[1], PAIR[0])["token_type_ids"]:
        raise Incorrect(Text(f"The sentences are in the other order: {PAIR[0]!r} comes first.",
                             f"两句话的顺序反了：{PAIR[0]!r} 在前。"))
    raise Incorrect(Text(f"Expected {len(true)} values: 0 for [CLS], the first sentence and its "
                         "[SEP], then 1 for the second sentence and the final [SEP].",
                         f"应当有 {len(true)} 个值：[CLS]、第一句及其 [SEP] 为 0，"
                         "第二句和最后的 [SEP] 为 1。"))


token_types = Exercise(
    name=Text("Exercise 3 (token type ids)", "练习 3（token type ids）"),
    question=Text(f"Encode the pair {PAIR} with the Chinese tokenizer; give its token_type_ids.",
                  f"用中文分词器编码句子对 {PAIR}；给出它的 token_type_ids。"),
    checker=_check_token_types,
    answer_name="token_types",
    hints=[Text("Pass the two sentences as two arguments: `tokenizer(a, b)`.",
                "把两句话作为两个参数传入：`tokenizer(a, b)`。")],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

zh_tokenizer = AutoTokenizer.from_pretrained(checkpoint("chinese-tokenizer"))
token_types = zh_tokenizer({PAIR[0]!r}, {PAIR[1]!r})["token_type_ids"]''',
)

ENGLISH = "I've been waiting for a HuggingFace course my whole life."


def _check_decoded(answer):
    if isinstance(answer, (list, tuple)) and len(answer) == 1 and isinstance(answer[0], str):
        answer = answer[0]  # batch_decode of a batch of one
    got = expect_str(answer, Text("the decoded text", "解码出的文本"))
    tok = _models.tokenizer("encoder")
    ids = tok.encode(ENGLISH)
    accepted = {tok.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=clean).strip()
                for clean in (False, True)}
    accepted.add(tok.convert_tokens_to_string(tok.tokenize(ENGLISH)).strip())
    if got in accepted:
        return
    if any(t in got for t in (tok.cls_token, tok.sep_token) if t):
        raise Incorrect(Text("Drop the special tokens: `skip_special_tokens=True`.",
                             "去掉特殊 token：`skip_special_tokens=True`。"))
    if got == ENGLISH:
        raise Incorrect(Text("That is the original text; decode the ids instead and look at what "
                             "an uncased tokenizer gives back.",
                             "这是原文；请解码编号，看看不区分大小写的分词器还原出的是什么。"))
    raise Incorrect(Text(f"Decode `tokenizer.encode({ENGLISH!r})`; got {describe(got)}.",
                         f"请解码 `tokenizer.encode({ENGLISH!r})`；你给的是 {describe(got, zh=True)}。"))


round_trip = Exercise(
    name=Text("Exercise 4 (decode)", "练习 4（解码）"),
    question=Text("Encode the notes' English sentence with the encoder's tokenizer, then decode it "
                  "back without special tokens.",
                  "用 encoder 的分词器编码笔记里的那句英文，再把它解码回来，不带特殊 token。"),
    checker=_check_decoded,
    answer_name="decoded",
    hints=[Text("`tokenizer.decode(ids, skip_special_tokens=True)`.",
                "`tokenizer.decode(ids, skip_special_tokens=True)`。"),
           Text("The result is lower-cased: the vocabulary is uncased.",
                "结果是小写的：这个词表不区分大小写。")],
    solution_code=f'''
from transformers import AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("encoder"))
decoded = tokenizer.decode(tokenizer.encode({ENGLISH!r}), skip_special_tokens=True)''',
)

ALL = [truncate, attention_mask, token_types, round_trip]
