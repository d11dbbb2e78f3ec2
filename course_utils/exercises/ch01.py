"""Exercises for chapter 1 (pipelines). Each check recomputes the answer with the same
checkpoint the learner uses, so it stays right if a checkpoint is retrained."""
from functools import lru_cache

from . import Exercise, Incorrect, describe, expect_probability, expect_str
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
    if isinstance(answer, (dict, list)):
        raise Incorrect(Text("That is the whole pipeline result; give just its 'label' string, "
                             "e.g. result[0]['label'].",
                             "这是 pipeline 的完整结果；只要其中 'label' 的字符串，"
                             "例如 result[0]['label']。"))
    got = expect_str(answer, Text("the label", "标签"))
    true = _pipeline("text-classification", "sentiment")(REVIEW)[0]["label"]
    if got.upper() == true and got != true:
        raise Incorrect(Text(f"Labels are case-sensitive: the model's label is written {true!r}.",
                             f"标签区分大小写：模型的标签写作 {true!r}。"))
    if got != true:
        raise Incorrect(Text(f"The pipeline does not say {got!r} for this review. Labels are "
                             "the model's config.id2label values.",
                             f"对这条影评，pipeline 给出的标签不是 {got!r}。标签取自模型的 "
                             "config.id2label。"))


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


def _positive_probability():
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(checkpoint("sentiment"))
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint("sentiment"))
    with torch.no_grad():
        probs = model(**tok(HAPPY, return_tensors="pt")).logits.softmax(-1)[0]
    return probs[model.config.label2id["POSITIVE"]].item()


def _check_probability(answer):
    answer = expect_probability(answer)
    true = _positive_probability()
    if abs(answer - true) < 1e-4:
        return
    if abs(answer - (1 - true)) < 1e-4:
        raise Incorrect(Text("That is the probability of NEGATIVE: pick the column "
                             "model.config.label2id['POSITIVE'].",
                             "这是 NEGATIVE 的概率：应取 model.config.label2id['POSITIVE'] 那一列。"))
    if not 0 <= answer <= 1:
        raise Incorrect(Text("Probabilities lie between 0 and 1: apply softmax to the logits.",
                             "概率应在 0 和 1 之间：对 logits 做 softmax。"))
    raise Incorrect(Text("Not the model's probability: tokenize with the checkpoint's tokenizer, "
                         "run the model, then softmax over the last dimension.",
                         "这不是模型给出的概率：先用该 checkpoint 的分词器分词，再运行模型，"
                         "最后在最后一维上做 softmax。"))


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


def _check_entities(answer):
    if not isinstance(answer, (list, tuple)):
        raise Incorrect(Text(f"Expected a list of (entity_group, word) pairs, got {describe(answer)}.",
                             f"答案应当是由 (entity_group, word) 二元组组成的列表，"
                             f"但你给的是 {describe(answer, zh=True)}。"))
    if any(isinstance(a, dict) for a in answer):
        raise Incorrect(Text("Those are the pipeline's dicts: keep (e['entity_group'], e['word']).",
                             "这些是 pipeline 返回的字典：只保留 (e['entity_group'], e['word'])。"))
    pairs = [tuple(a) for a in answer if isinstance(a, (list, tuple))]
    if len(pairs) != len(answer) or any(len(p) != 2 for p in pairs):
        raise Incorrect(Text("Each item must be a pair: (entity_group, word).",
                             "每一项都必须是一个二元组：(entity_group, word)。"))
    found = _pipeline("token-classification", "ner", aggregation_strategy="simple")(NER_TEXT)
    true = [(e["entity_group"], e["word"]) for e in found]
    if pairs == true:
        return
    if sorted(pairs) == sorted(true):
        raise Incorrect(Text("Right pairs, wrong order: keep the order the pipeline returns.",
                             "二元组都对，但顺序不对：请保持 pipeline 返回的顺序。"))
    if [(g, w.lower()) for g, w in pairs] == true:
        raise Incorrect(Text("Use the words exactly as the pipeline returns them (lower case: the "
                             "model is uncased).",
                             "词要和 pipeline 返回的完全一致（小写：这个模型不区分大小写）。"))
    raise Incorrect(Text(f"The pipeline finds {len(true)} entities here; you have {len(pairs)}. "
                         "Did you pass aggregation_strategy='simple'?",
                         f"pipeline 在这里找到 {len(true)} 个实体，你给了 {len(pairs)} 个。"
                         "传了 aggregation_strategy='simple' 吗？"))


entities = Exercise(
    name=Text("Exercise 3 (named entities)", "练习 3（命名实体）"),
    question=Text(f"(entity_group, word) pairs for {NER_TEXT!r}.",
                  f"{NER_TEXT!r} 中的 (entity_group, word) 二元组。"),
    checker=_check_entities,
    answer_name="entities",
    hints=[Text("`ner = pipeline('ner', model=checkpoint('ner'), aggregation_strategy='simple')`.",
                "先创建 pipeline：`ner = pipeline('ner', model=checkpoint('ner'), aggregation_strategy='simple')`。"),
           Text("Build the list with a comprehension over `ner(text)`; keep e['word'] as it comes "
                "back (lower case: the model is uncased).",
                "对 `ner(text)` 写一个列表推导式来构造列表；e['word'] 保持返回时的原样"
                "（小写：这个模型不区分大小写）。")],
    solution_code=f'''
from transformers import pipeline
from course_utils import checkpoint

ner = pipeline("ner", model=checkpoint("ner"), aggregation_strategy="simple")
entities = [(e["entity_group"], e["word"]) for e in ner({NER_TEXT!r})]''',
)


def _check_topic(answer):
    import torch

    got = expect_str(answer, Text("the label", "标签"))
    if got not in TOPICS:
        raise Incorrect(Text(f"The answer must be one of {TOPICS}.",
                             f"答案必须是 {TOPICS} 之一。"))
    extractor = _pipeline("feature-extraction", "encoder")

    def vector(text):
        return torch.nn.functional.normalize(extractor(text, return_tensors=True)[0].mean(0), dim=0)

    scores = {t: float(vector(SPORT_TEXT) @ vector(f"This text is about {t}.")) for t in TOPICS}
    if got != max(scores, key=scores.get):
        raise Incorrect(Text("Not the most similar label: compare the sentence's vector with the "
                             "vector of 'This text is about {label}.' for each label.",
                             "这不是最相似的标签：对每个标签，把句子的向量与 "
                             "'This text is about {label}.' 的向量做比较。"))


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

extractor = pipeline("feature-extraction", model=checkpoint("encoder"))


def sentence_vector(text):
    vector = extractor(text, return_tensors=True)[0].mean(dim=0)
    return torch.nn.functional.normalize(vector, dim=0)


scores = {{label: float(sentence_vector({SPORT_TEXT!r}) @ sentence_vector(f"This text is about {{label}}."))
          for label in {TOPICS!r}}}
best_label = max(scores, key=scores.get)''',
)

ALL = [sentiment_label, by_hand, entities, zero_shot]
