"""Extractive QA plumbing for training and evaluation: SQuAD-style features and the usual
decoding (best span with start <= end inside the context, bounded length). Chapter 5 builds
the same decoding by hand; this copy serves the recipes and the evaluate command."""


def qa_features(tokenizer, dataset, max_length=256, with_labels=True):
    """Tokenise question + context; for training, mark the answer's first and last token
    (examples whose answer was cut off by truncation point at [CLS], SQuAD 2.0 style)."""
    enc = tokenizer(list(dataset["question"]), list(dataset["context"]), truncation="only_second",
                    max_length=max_length, return_offsets_mapping=True)
    features = []
    for i in range(len(dataset)):
        offsets, seq = enc["offset_mapping"][i], enc.sequence_ids(i)
        item = {k: enc[k][i] for k in ("input_ids", "attention_mask", "token_type_ids")}
        if with_labels:
            answer = dataset[i]["answers"]
            start_char = answer["answer_start"][0]
            end_char = start_char + len(answer["text"][0])
            start = end = 0
            for t, (s, e) in enumerate(offsets):
                if seq[t] != 1:
                    continue
                if s <= start_char < e:
                    start = t
                if s < end_char <= e:
                    end = t
            item["start_positions"], item["end_positions"] = (start, end) if end >= start else (0, 0)
        features.append(item)
    return enc, features


def best_span(start_logits, end_logits, offsets, sequence_ids, max_answer_tokens=30):
    """Character (start, end) of the highest-scoring span inside the context."""
    context = [t for t, s in enumerate(sequence_ids) if s == 1]
    best, best_score = (0, 0), float("-inf")
    top_starts = sorted(context, key=lambda t: -start_logits[t])[:20]
    top_ends = sorted(context, key=lambda t: -end_logits[t])[:20]
    for s in top_starts:
        for e in top_ends:
            if s <= e < s + max_answer_tokens and start_logits[s] + end_logits[e] > best_score:
                best, best_score = (s, e), start_logits[s] + end_logits[e]
    return offsets[best[0]][0], offsets[best[1]][1]


def predict_answers(model, tokenizer, dataset, max_length=256, batch_size=32):
    """Answer strings for every (question, context) row."""
    import torch
    from transformers import DataCollatorWithPadding

    enc, features = qa_features(tokenizer, dataset, max_length, with_labels=False)
    collate = DataCollatorWithPadding(tokenizer, return_tensors="pt")
    answers = []
    with torch.no_grad():
        for start in range(0, len(features), batch_size):
            out = model(**collate(features[start:start + batch_size]))
            for j in range(out.start_logits.shape[0]):
                i = start + j
                s, e = best_span(out.start_logits[j].tolist(), out.end_logits[j].tolist(),
                                 enc["offset_mapping"][i], enc.sequence_ids(i))
                answers.append(dataset[i]["context"][s:e])
    return answers
