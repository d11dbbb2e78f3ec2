"""How the course scores a model, shared by the training recipes (their dev figures) and
`python -m course_utils evaluate` (the published figures), so both measure the same thing."""


# Word-level grouping: every word takes the label of its first WordPiece. "simple" groups the
# pieces by their own labels, so a rare name whose pieces disagree ("vu" PER, "##orin" ORG,
# "##en" PER) becomes several entities cut mid-word (chapter 1 shows it).
NER_AGGREGATION = "first"


def ner_tagger(model, tokenizer=None):
    """The token-classification pipeline the course scores NER with (a folder or a model)."""
    from transformers import pipeline

    return pipeline("token-classification", model=model, tokenizer=tokenizer,
                    aggregation_strategy=NER_AGGREGATION)


def ner_pipeline_f1(tag, test) -> float:
    """Entity-level F1 of a tagger's grouped entities against gold (type, start, end) spans
    in the original text."""
    from .metrics import span_f1

    gold, predicted = [], []
    for text, spans, found in zip(test["text"], test["spans"], tag(list(test["text"]))):
        gold.append({_gold_span(s) for s in spans})
        predicted.append({(e["entity_group"], *_strip(text, e["start"], e["end"]))
                          for e in found})
    return span_f1(gold, predicted)["f1"]


def _gold_span(encoded: str):
    """'PER:0:12' (how the test set stores a span) -> ('PER', 0, 12)."""
    kind, start, end = encoded.split(":")
    return kind, int(start), int(end)


def _strip(text, start, end):
    """Offsets without surrounding spaces (some tokenizers include a leading one)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def fixed_masking(tokenizer, features, probability, seed):
    """Mask the same positions on every run (all [MASK], no random swaps): a held-out set whose
    score means the same thing each time it is measured."""
    import torch

    generator = torch.Generator().manual_seed(seed)
    special = set(tokenizer.all_special_ids)
    masked = []
    for feature in features:
        ids = list(feature["input_ids"])
        labels = [-100] * len(ids)
        draws = torch.rand(len(ids), generator=generator).tolist()
        for i, (token, draw) in enumerate(zip(ids, draws)):
            if token not in special and draw < probability:
                labels[i], ids[i] = token, tokenizer.mask_token_id
        if any(label != -100 for label in labels):
            masked.append({**feature, "input_ids": ids, "labels": labels})
    return masked


def masked_held_out(tokenizer, texts, max_length) -> list[dict]:
    """Held-out text tokenised and masked the fixed way: what training and `evaluate` score."""
    enc = tokenizer(list(texts), truncation=True, max_length=max_length)
    return fixed_masking(tokenizer, [dict(zip(enc.keys(), v)) for v in zip(*enc.values())],
                         0.15, seed=1234)


def masked_token_accuracy(model, features, collate, batch_size=64) -> dict:
    """Top-1 and top-5 accuracy at the masked positions of pre-masked features."""
    import torch

    top1 = top5 = total = 0
    with torch.no_grad():
        for start in range(0, len(features), batch_size):
            batch = collate(features[start:start + batch_size])
            labels = batch.pop("labels")
            picked = labels != -100
            logits = model(**batch).logits[picked]
            best = logits.topk(5, dim=-1).indices
            gold = labels[picked]
            top1 += (best[:, 0] == gold).sum().item()
            top5 += (best == gold[:, None]).any(-1).sum().item()
            total += len(gold)
    return {"top1": round(top1 / total, 4), "top5": round(top5 / total, 4), "masked": total}
