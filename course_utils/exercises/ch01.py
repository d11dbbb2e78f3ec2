"""Exercises for chapter 1 (pipelines). Each check recomputes the answer with the same
checkpoint the learner uses, so it stays right if a checkpoint is retrained, and in hub mode."""
from functools import lru_cache

from . import (Exercise, Incorrect, close, describe, expect_probability, expect_str,
               precision_of, tolerance, refuse_probability_slips)
from ..checkpoints import checkpoint
from ..language import Text

REVIEW = "The plot was predictable and the acting wooden."
HAPPY = "What a wonderful surprise!"
NER_TEXT = "Angela Merkel visited Paris with officials from the United Nations."
SPORT_TEXT = "The striker scored twice in the final."
TOPICS = ["sport", "cooking", "finance"]


@lru_cache(maxsize=None)
def _pipeline(task, role, **kwargs):
    from transformers import pipeline

    return pipeline(task, model=checkpoint(role), **kwargs)


def _check_label(answer):
    if isinstance(answer, (dict, list, tuple)):
        raise Incorrect(Text("That is (part of) the whole pipeline result; give just its 'label' "
                             "string, e.g. result[0]['label'].",
                             "这是 pipeline 的（部分）完整结果；只要其中 'label' 的字符串，"
                             "例如 result[0]['label']。"))
    got = expect_str(answer, Text("the label", "标签"))
    true = _pipeline("text-classification", "sentiment")(REVIEW)[0]["label"]
    if got == true:
        return
    if got.upper() == true.upper():
        raise Incorrect(Text(f"Labels are case-sensitive: the model's label is written {true!r}.",
                             f"标签区分大小写：模型的标签写作 {true!r}。"))
    raise Incorrect(Text(f"The pipeline does not say {got!r} for this review. Labels are "
                         "the model's config.id2label values: run the pipeline on exactly "
                         f"{REVIEW!r}.",
                         f"对这条影评，pipeline 给出的标签不是 {got!r}。标签取自模型的 "
                         f"config.id2label：请对 {REVIEW!r} 原样运行 pipeline。"))


sentiment_label = Exercise(
    name=Text("Exercise 1 (a pipeline's label)", "练习 1（pipeline 给出的标签）"),
    question=Text(f"Label of {REVIEW!r} from the sentiment pipeline.",
                  f"情感分析 pipeline 给 {REVIEW!r} 的标签。"),
    checker=_check_label,
    answer_name="label",
    hints=[Text("`classifier = pipeline('sentiment-analysis', model=checkpoint('sentiment'))`.",
                "先创建 pipeline：`classifier = pipeline('sentiment-analysis', model=checkpoint('sentiment'))`。"),
           Text("The pipeline returns a list of dicts: take `[0]['label']`.",
                "pipeline 返回一个由字典组成的列表：取 `[0]['label']`。")],
    solution_code=f'''
from transformers import pipeline
from course_utils import checkpoint

classifier = pipeline("sentiment-analysis", model=checkpoint("sentiment"))
label = classifier({REVIEW!r})[0]["label"]''',
)


@lru_cache(maxsize=None)
def _sentiment_logits():
    """The sentiment model's logits for HAPPY, and the column of POSITIVE."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(checkpoint("sentiment"))
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentiment"))
    with torch.no_grad():
        logits = model(**tok(HAPPY, return_tensors="pt")).logits[0]
    return logits.tolist(), model.config.label2id["POSITIVE"]


def _positive_probability():
    import torch

    logits, positive = _sentiment_logits()
    return torch.tensor(logits).softmax(-1)[positive].item()


def _check_probability(answer):
    got = expect_probability(answer)
    precision = precision_of(answer)
    true = _positive_probability()
    if close(got, true, precision):
        return
    logits, positive = _sentiment_logits()
    if close(got, 1 - true, precision):
        raise Incorrect(Text("That is the probability of NEGATIVE: pick the column "
                             "model.config.label2id['POSITIVE'].",
                             "这是 NEGATIVE 的概率：应取 model.config.label2id['POSITIVE'] 那一列。"))
    refuse_probability_slips(got, true, logits, precision)
    raise Incorrect(Text(f"Not the probability the sentiment model gives {HAPPY!r}. Check that "
                         "the text is exactly this sentence, that the tokenizer and the model "
                         "both come from checkpoint('sentiment'), and that softmax runs over the "
                         "last dimension.",
                         f"这不是情感分析模型给 {HAPPY!r} 的概率。请检查：文本正是这句话；分词器和模型"
                         "都来自 checkpoint('sentiment')；softmax 在最后一维上计算。"))


by_hand = Exercise(
    name=Text("Exercise 2 (the three steps by hand)", "练习 2（手动完成三个步骤）"),
    question=Text(f"P(POSITIVE) for {HAPPY!r}, computed without the pipeline.",
                  f"不用 pipeline，计算 {HAPPY!r} 的 P(POSITIVE)。"),
    checker=_check_probability,
    answer_name="p_positive",
    hints=[Text("Tokenizer -> AutoModelForSequenceClassification -> logits.softmax(dim=-1).",
                "分词器 -> AutoModelForSequenceClassification -> logits.softmax(dim=-1)。"),
           Text("`model.config.label2id['POSITIVE']` tells which column is POSITIVE.",
                "`model.config.label2id['POSITIVE']` 指出哪一列是 POSITIVE。")],
    solution_code=f'''
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from course_utils import checkpoint

tokenizer = AutoTokenizer.from_pretrained(checkpoint("sentiment"))
model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentiment"))
with torch.no_grad():
    probs = model(**tokenizer({HAPPY!r}, return_tensors="pt")).logits.softmax(dim=-1)
p_positive = probs[0, model.config.label2id["POSITIVE"]].item()''',
)


def _entity_pairs():
    found = _pipeline("token-classification", "ner", aggregation_strategy="simple")(NER_TEXT)
    return [(e["entity_group"], e["word"]) for e in found]


def _check_entities(answer):
    from collections.abc import Iterable, Mapping

    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(answer, Iterable):
        raise Incorrect(Text(f"Expected a list of (entity_group, word) pairs, got {describe(answer)}.",
                             f"答案应当是由 (entity_group, word) 二元组组成的列表，"
                             f"但你给的是 {describe(answer, zh=True)}。"))
    try:
        items = list(answer)  # a list, a tuple or a generator of pairs
    except TypeError:  # iterable by its type only, such as a 0-d tensor
        raise Incorrect(Text(f"Expected a list of (entity_group, word) pairs, got "
                             f"{describe(answer)}.",
                             f"答案应当是由 (entity_group, word) 二元组组成的列表，"
                             f"但你给的是 {describe(answer, zh=True)}。")) from None
    if any(isinstance(a, Mapping) for a in items):
        raise Incorrect(Text("Those are the pipeline's dicts: keep (e['entity_group'], e['word']).",
                             "这些是 pipeline 返回的字典：只保留 (e['entity_group'], e['word'])。"))
    if not all(isinstance(a, (list, tuple)) and len(a) == 2 for a in items):
        raise Incorrect(Text("Each item must be a pair: (entity_group, word).",
                             "每一项都必须是一个二元组：(entity_group, word)。"))
    pairs = [(str(g) if isinstance(g, str) else g, str(w) if isinstance(w, str) else w)
             for g, w in items]
    true = _entity_pairs()
    if pairs == true:
        return
    if [(w, g) for g, w in pairs] == true:
        raise Incorrect(Text("Each pair is the wrong way round: entity_group first, then the word.",
                             "每个二元组的顺序反了：先写 entity_group，再写词。"))
    if any(isinstance(g, str) and g[:2] in ("B-", "I-") for g, _ in pairs):
        raise Incorrect(Text("Those are labels of single token pieces (B-/I- tags): pass "
                             "aggregation_strategy='simple' so the pipeline joins them into "
                             "entities, and read 'entity_group'.",
                             "这些是单个 token 片段的标签（B-/I- 标签）：传入 aggregation_strategy='simple'，"
                             "让 pipeline 把片段合并成实体，并读取 'entity_group'。"))
    if sorted(pairs, key=repr) == sorted(true, key=repr):
        raise Incorrect(Text("Right pairs, wrong order: keep the order the pipeline returns.",
                             "二元组都对，但顺序不对：请保持 pipeline 返回的顺序。"))
    if [(g, w.lower() if isinstance(w, str) else w) for g, w in pairs] == \
            [(g, w.lower()) for g, w in true]:
        raise Incorrect(Text("Use the words exactly as the pipeline returns them, letter case "
                             "included: take e['word'] unchanged.",
                             "词要和 pipeline 返回的完全一致，包括大小写：原样使用 e['word']。"))
    if len(pairs) != len(true):
        raise Incorrect(Text(f"The pipeline finds {len(true)} entities in {NER_TEXT!r}; you have "
                             f"{len(pairs)}. Run it on exactly that sentence, with "
                             "aggregation_strategy='simple', and keep every result.",
                             f"pipeline 在 {NER_TEXT!r} 中找到 {len(true)} 个实体，你给了 "
                             f"{len(pairs)} 个。请对这句话原样运行它，传入 aggregation_strategy='simple'，"
                             "并保留每一个结果。"))
    raise Incorrect(Text("Same number of entities, different pairs: compare yours with the "
                         "pipeline's output, pair by pair.",
                         "实体个数相同，但二元组不同：把你的结果与 pipeline 的输出逐个比较。"))


entities = Exercise(
    name=Text("Exercise 3 (named entities)", "练习 3（命名实体）"),
    question=Text(f"(entity_group, word) pairs for {NER_TEXT!r}.",
                  f"{NER_TEXT!r} 中的 (entity_group, word) 二元组。"),
    checker=_check_entities,
    answer_name="entities",
    hints=[Text("`ner = pipeline('ner', model=checkpoint('ner'), aggregation_strategy='simple')`.",
                "先创建 pipeline：`ner = pipeline('ner', model=checkpoint('ner'), aggregation_strategy='simple')`。"),
           Text("Build the list with a comprehension over `ner(text)`; keep e['word'] as it comes "
                "back (the course's offline model is uncased, so its words are lower case).",
                "对 `ner(text)` 写一个列表推导式来构造列表；e['word'] 保持返回时的原样"
                "（课程的离线模型不区分大小写，所以词都是小写）。")],
    solution_code=f'''
from transformers import pipeline
from course_utils import checkpoint

ner = pipeline("ner", model=checkpoint("ner"), aggregation_strategy="simple")
entities = [(e["entity_group"], e["word"]) for e in ner({NER_TEXT!r})]''',
)


@lru_cache(maxsize=None)
def _topic_scores():
    import torch

    extractor = _pipeline("feature-extraction", "sentence-encoder")

    def vector(text):
        return torch.nn.functional.normalize(extractor(text, return_tensors=True)[0].mean(0), dim=0)

    return {t: float(vector(SPORT_TEXT) @ vector(f"This text is about {t}.")) for t in TOPICS}


def _check_topic(answer):
    from collections.abc import Mapping

    if isinstance(answer, (Mapping, list, tuple)):
        raise Incorrect(Text("Give just the winning label, a string such as 'cooking', not the "
                             "scores.",
                             "只给出胜出的标签，即一个字符串（例如 'cooking'），不要给分数。"))
    got = expect_str(answer, Text("the label", "标签")).lower()
    if got not in TOPICS:
        raise Incorrect(Text(f"The answer must be one of {TOPICS}.",
                             f"答案必须是 {TOPICS} 之一。"))
    scores = _topic_scores()
    if got != max(scores, key=scores.get):
        raise Incorrect(Text("Not the most similar label: compare the sentence's vector with the "
                             "vector of 'This text is about {label}.' for each label, using the "
                             "sentence encoder of section 1.4 (checkpoint('sentence-encoder')).",
                             "这不是最相似的标签：对每个标签，把句子的向量与 "
                             "'This text is about {label}.' 的向量做比较，使用 1.4 节的句子编码器"
                             "（checkpoint('sentence-encoder')）。"))


zero_shot = Exercise(
    name=Text("Exercise 4 (zero-shot by similarity)", "练习 4（基于相似度的零样本分类）"),
    question=Text(f"Best of {TOPICS} for {SPORT_TEXT!r} by sentence-vector similarity.",
                  f"按句向量相似度，从 {TOPICS} 中为 {SPORT_TEXT!r} 选出最合适的标签。"),
    checker=_check_topic,
    answer_name="best_label",
    hints=[Text("Reuse `sentence_vector` from section 1.4.",
                "复用 1.4 节的 `sentence_vector`。"),
           Text("Take the label whose description has the highest cosine similarity.",
                "取描述句与该句子余弦相似度最高的那个标签。")],
    solution_code=f'''
import torch
from transformers import pipeline
from course_utils import checkpoint

extractor = pipeline("feature-extraction", model=checkpoint("sentence-encoder"))


def sentence_vector(text):
    vector = extractor(text, return_tensors=True)[0].mean(dim=0)
    return torch.nn.functional.normalize(vector, dim=0)


scores = {{label: float(sentence_vector({SPORT_TEXT!r}) @ sentence_vector(f"This text is about {{label}}."))
          for label in {TOPICS!r}}}
best_label = max(scores, key=scores.get)''',
)

ALL = [sentiment_label, by_hand, entities, zero_shot]
