"""Capital markers: let an uncased model see which words start with a capital letter.

MiniLM's WordPiece tokenizer lowercases everything, so "Apple" the company and "apple" the
fruit reach the model as the same token, and a named-entity tagger loses the strongest hint
English spelling gives it. fastai's text pipeline met the same problem with a marker token
(`xxmaj`) written before each capitalised word; this module does the same inside a standard
`tokenizers` pipeline, so the checkpoint folder still loads with `AutoTokenizer` and
`pipeline()` and needs no custom code:

- the normaliser writes MARK before every capital letter that starts a word, so "New York"
  becomes "^new ^york" and is tokenised `^ new ^ york` (the caret is its own token);
- offsets still point into the original text, so a tagged span is the original "New York";
- the decoder drops the markers again, so decoded text and the pipeline's entity `word`
  read "new york", as for any uncased model (a caret typed in the text vanishes too).

The token-classification pipeline treats each marker as a word of its own; training labels
it O before an entity and I- inside one (`training._ner_features`), so entities group whole.
"""
MARK = "^"  # a token MiniLM's vocabulary already has, and rare in ordinary prose

# Every capital in Latin-1 and Latin Extended-A/B: names such as "Émile" or "Łódź" get a
# marker too. One literal replacement per letter: `tokenizers` cannot insert text before a
# regex match while keeping the match.
CAPITALS = "".join(sorted({chr(c) for c in range(0x41, 0x250) if chr(c).isupper()}))


def with_capital_markers(tokenizer):
    """A fast tokenizer like `tokenizer` (a BERT-style WordPiece one) that marks word-initial
    capitals; saved with `save_pretrained`, it loads back as it is."""
    from copy import deepcopy

    from tokenizers import Regex, decoders, normalizers
    from transformers import PreTrainedTokenizerFast

    backend = deepcopy(tokenizer.backend_tokenizer)
    word_start = r"(?<![\p{L}\p{N}])"
    backend.normalizer = normalizers.Sequence(
        [normalizers.Replace(Regex(word_start + c), MARK + c) for c in CAPITALS]
        + [backend.normalizer])
    # A marker decodes as an empty continuation piece ("##"), so it glues to nothing and
    # vanishes, also between the words of an entity the pipeline joins ("new york"). At the
    # very start WordPiece keeps the "##" of a first piece; the last step drops it there,
    # unless the marker is all there is (then the pipeline joins that "##" away later).
    backend.decoder = decoders.Sequence([
        decoders.Replace(MARK, "##"), backend.decoder, decoders.Fuse(),
        decoders.Replace(Regex(r"^## (?=\S)"), "")])
    special = {name: getattr(tokenizer, name) for name in
               ("unk_token", "sep_token", "pad_token", "cls_token", "mask_token")}
    return PreTrainedTokenizerFast(
        tokenizer_object=backend, model_max_length=tokenizer.model_max_length,
        model_input_names=list(tokenizer.model_input_names), **special)


def marker_id(tokenizer) -> int:
    return tokenizer.convert_tokens_to_ids(MARK)


def task_tokenizer(task: str, tokenizer):
    """The tokenizer a task's checkpoint ships, for training and the build alike: MiniLM's,
    except that the NER model reads capital markers. It lives here, in a module the build
    tracks, so changing it rebuilds the model set."""
    return with_capital_markers(tokenizer) if task == "ner" else tokenizer
