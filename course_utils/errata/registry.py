"""The registry: every statement the chapters make that a release could change, and every
error of the notes they correct, each with a check against the installed libraries.

An entry is keyed by notebook file + cell id (the `id` Jupyter stores with every cell, which
survives edits and reordering) and has a stable claim id such as `ch02-safetensors-default`.
`phrase` is a few words of that cell's markdown that state the claim: the convention test
uses it to know that the sentence is still there, and `python -m course_utils.errata --link`
uses it to find the correction box an entry belongs to. `notes` quotes the study notes (only
for corrections of the notes; a copy, since nothing reads the notes file at run time).
`check` is None only for facts about the literature that no release can change.

Correction boxes (details and the link format in `boxes`): a markdown blockquote whose first
line starts with `> **Correction` or `> **Note`, or one row of a markdown table whose header
has a "notes say" column (`| class | what the notes say | what is true | evidence |`). Each
box must link to at least one entry of its own cell, `(90_corrections.ipynb#<claim id>)`,
and every CORRECTION entry must be linked from a box; `python -m course_utils.errata --link`
writes those links, and tests/test_errata.py enforces both directions.
"""
from dataclasses import dataclass
from typing import Callable

from .checks import (
    collator_hides_every_pad_id, llama_has_no_masked_lm_or_multiple_choice,
    aggregation_strategies, attention_is_softmax_over_allowed_keys, auto_class_maps_model_type,
    bart_is_encoder_decoder, base_hidden_size_768, bert_has_a_causal_lm_head,
    bert_pretraining_heads, clm_labels_copy_inputs, decoder_sees_only_the_left,
    distilbert_has_no_token_type_ids, dtype_auto_loads_the_stored_precision, electra_discriminator_per_token,
    fast_tokenizer_names_are_aliases, torch_dtype_still_accepted,
    encode_is_cls_characters_sep, encode_plus_removed, encoder_returns_a_vector_per_token,
    extractive_qa_outputs_scores, fill_mask_is_its_own_task, grouped_entities_removed,
    hub_cache_folder_layout, hub_cache_is_hf_home_hub, image_classification_is_not_detection,
    image_segmentation_only_detr, load_report_wording, marian_is_seq2seq,
    masked_image_modeling_models, masked_lm_has_its_own_table, masked_lm_models_are_encoder_only,
    max_length_alone_truncates, mlm_collator_80_10_10, multiple_choice_softmax_across_choices,
    ner_alias, ner_scores_are_numpy_floats, object_detection_models, old_config_still_loads,
    pad_id_is_not_always_zero, padding_never_truncates, pipeline_truncates_only_when_asked,
    pretraining_objectives, pytorch_model_bin_still_loads, question_answering_pipeline_removed,
    removed_task_error_names_replacement, return_all_scores_gone,
    save_pretrained_writes_safetensors, segmentation_models, sentiment_analysis_alias,
    seq2seq_pipelines_removed, seq2seq_trains_with_teacher_forcing,
    sequence_head_loads_into_token_head, special_tokens_have_empty_offsets, speech_seq2seq_members,
    task_list_models, text_generation_applies_chat_template, tokenizer_saves_no_vocab_txt,
    top_k_defaults_to_50, top_k_top_p_filtering_removed, transformer_xl_removed,
    transformers_cache_not_read, translation_models_are_seq2seq, vision2seq_renamed,
    vocab_equals_get_vocab, vocab_file_keyword_ignored, wav2vec2_is_ctc,
    xlnet_token_classification, zero_shot_hypothesis_template,
)

CORRECTION = "correction"
CLAIM = "claim"


@dataclass(frozen=True)
class Entry:
    id: str
    notebook: str
    cell: str
    phrase: str
    kind: str
    true: str
    evidence: str
    check: Callable[[], None] | None
    notes: str = ""

    @property
    def chapter(self) -> int:
        return int(self.notebook[:2])


NB1, NB2, NB3, NB4, NB5 = ("01_pipelines.ipynb", "02_models.ipynb", "03_tokenizers.ipynb",
                          "04_auto_classes.ipynb", "05_task_examples.ipynb")
PIPELINES_INIT = "installed transformers/pipelines/__init__.py (`SUPPORTED_TASKS`, `TASK_ALIASES`, `REMOVED_TASKS`)"
AUTO_TABLES = "installed transformers/models/auto/modeling_auto.py (the `*_MAPPING_NAMES` tables)"
MIGRATION = "transformers MIGRATION_GUIDE_V5.md"

ENTRIES = [
    # ---- chapter 1 ----
    Entry("ch01-fill-mask-not-generation", NB1, "8e655823", "predicting masked words", CORRECTION,
          "Filling a `[MASK]` is a classification over the vocabulary at one position, done by "
          "masked-LM (encoder) models; `fill-mask` is its own pipeline, not text generation.",
          PIPELINES_INIT + ": `fill-mask` runs `AutoModelForMaskedLM`", fill_mask_is_its_own_task,
          notes="文本生成：例如填充预设的模板 (prompt)、预测文本中被遮掩掉 (masked) 的词语"),
    Entry("ch01-qa-pipeline-removed", NB1, "8e655823", "removed in 5.3", CORRECTION,
          "The `question-answering` pipeline was removed in transformers 5.3.0; "
          "`pipeline(\"question-answering\")` raises a KeyError.",
          "transformers v5.3.0 release notes; " + PIPELINES_INIT, question_answering_pipeline_removed,
          notes='`question_answerer = pipeline("question-answering")`'),
    Entry("ch01-seq2seq-pipelines-removed", NB1, "8e655823", "removed in 5.0, with `text2text-generation`",
          CORRECTION,
          "`summarization`, `translation` and `text2text-generation` were removed in transformers 5.0.",
          "transformers v5.0.0 release notes; " + MIGRATION + " (Pipelines); " + PIPELINES_INIT,
          seq2seq_pipelines_removed,
          notes="`summarization` （自动摘要） … `translation` （机器翻译）"),
    Entry("ch01-sentiment-alias", NB1, "8e655823", "alias of `text-classification`", CLAIM,
          "`sentiment-analysis` is an alias of `text-classification`.", PIPELINES_INIT, sentiment_analysis_alias),
    Entry("ch01-return-all-scores-ignored", NB1, "36e55115", "which version 5 ignores", CLAIM,
          "Text classification no longer reads `return_all_scores`; `top_k=None` returns every label.",
          "installed transformers/pipelines/text_classification.py", return_all_scores_gone),
    Entry("ch01-pipeline-truncates-when-asked", NB1, "f55da6d3", "truncates\nonly when asked", CLAIM,
          "Text classification passes `truncation` to the tokenizer only when the caller gives it.",
          "installed transformers/pipelines/text_classification.py (`_sanitize_parameters`)",
          pipeline_truncates_only_when_asked),
    Entry("ch01-ner-alias", NB1, "9a7fca2e", "an alias of `token-classification`", CLAIM,
          "`ner` is an alias of `token-classification`.", PIPELINES_INIT, ner_alias),
    Entry("ch01-grouped-entities-removed", NB1, "5e055445", "grouped_entities=True", CORRECTION,
          "`grouped_entities` is gone in version 5 (a TypeError); `aggregation_strategy` replaced it.",
          "installed transformers/pipelines/token_classification.py (`_sanitize_parameters`)",
          grouped_entities_removed, notes='`pipeline("ner", grouped_entities=True)` (older tutorials)'),
    Entry("ch01-aggregation-strategies", NB1, "5e055445", '`"average"`, `"max"`', CLAIM,
          "`aggregation_strategy` takes none, simple, first, average, max.",
          "installed transformers/pipelines/token_classification.py (`AggregationStrategy`)",
          aggregation_strategies),
    Entry("ch01-ner-scores-numpy", NB1, "5e055445", "Scores are NumPy floats", CLAIM,
          "Token-classification scores are NumPy floats.",
          "installed transformers/pipelines/token_classification.py", ner_scores_are_numpy_floats),
    Entry("ch01-top-k-default-50", NB1, "139bd3c4", "(also the default)", CLAIM,
          "Sampling keeps the 50 most likely tokens unless told otherwise (`top_k` defaults to 50).",
          "installed transformers/generation/configuration_utils.py (`GenerationConfig`)", top_k_defaults_to_50),
    Entry("ch01-chat-template", NB1, "cad1501e", "applies the model's *chat template*", CLAIM,
          "`text-generation` accepts a list of messages and applies the tokenizer's chat template.",
          "installed transformers/pipelines/text_generation.py", text_generation_applies_chat_template),
    Entry("ch01-zero-shot-template", NB1, "e5785c52", "This example is {label}.", CLAIM,
          "The zero-shot pipeline's default hypothesis is \"This example is {}.\"",
          "installed transformers/pipelines/zero_shot_classification.py", zero_shot_hypothesis_template),
    Entry("ch01-removed-task-error", NB1, "c467f9fa", "raises an error that names the replacement", CLAIM,
          "Asking for a removed task raises a KeyError that names the replacement (`text-generation`).",
          PIPELINES_INIT + " (`_resolve_deprecated_task`)", removed_task_error_names_replacement),
    Entry("ch01-marian-seq2seq", NB1, "093fa7ef", "still loadable with `AutoModelForSeq2SeqLM`", CLAIM,
          "Marian translation models are still mapped by `AutoModelForSeq2SeqLM`.", AUTO_TABLES, marian_is_seq2seq),
    # ---- chapter 2 ----
    Entry("ch02-design-origin", NB2, "b3fc0bb5", "inspired by the way brain neurons connect", CORRECTION,
          "The Transformer came from machine translation (Vaswani et al., 2017): attention replaced "
          "recurrence so that all positions are processed in parallel. Multi-task learning is a training "
          "choice of some models (T5), not a property of the architecture.",
          "Vaswani et al., 2017, \"Attention Is All You Need\"; Raffel et al., 2020 (T5)", None,
          notes="它的设计灵感来自于大脑神经元的连接方式 … Transformer 还采用了多任务学习技术"),
    Entry("ch02-vector-per-token", NB2, "b3fc0bb5", "one vector per\n>   token", CORRECTION,
          "The encoder returns one vector per token, shape (batch, sequence, hidden).",
          "installed transformers/models/bert/modeling_bert.py (`last_hidden_state`)",
          encoder_returns_a_vector_per_token, notes="编码器将输入序列编码为向量"),
    Entry("ch02-attention-query-key", NB2, "b3fc0bb5", "*query* and another", CORRECTION,
          "Each attention weight is a softmax over the keys the mask allows of query·key products.",
          "Vaswani et al., 2017, section 3.2; installed transformers/models/bert/modeling_bert.py",
          attention_is_softmax_over_allowed_keys, notes="每个位置的注意力权重取决于周围的位置和自身的历史信息"),
    Entry("ch02-bert-fine-tuning", NB2, "b3fc0bb5", "*pre-training* and\n> then *fine-tuning*", CORRECTION,
          "BERT is pre-trained (masked LM + next-sentence prediction), then fine-tuned on the task.",
          "Devlin et al., 2019, \"BERT\"; installed transformers/models/bert/modeling_bert.py (`BertForPreTraining`)",
          bert_pretraining_heads, notes="BERT 模型采用了预训练和后训练技术"),
    Entry("ch02-autoregressive-left-context", NB2, "b3fc0bb5", "由于自编码器只能看到上文", CORRECTION,
          "It is the auto-regressive (decoder) model that sees only the left context.",
          "installed transformers/models/llama/modeling_llama.py (causal mask)", decoder_sees_only_the_left,
          notes="由于自编码器只能看到上文而无法看到下文的特点"),
    Entry("ch02-shuffling-is-bart", NB2, "b3fc0bb5", "打乱顺序", CORRECTION,
          "Sentence shuffling is a pre-training objective of BART, an encoder-decoder model.",
          "Lewis et al., 2020, \"BART\", section 2.2; " + AUTO_TABLES, bart_is_encoder_decoder,
          notes="自编码模型则采用句子重建的任务进行预训练，即预先通过某种方式破坏句子，可能是掩码，可能是打乱顺序"),
    Entry("ch02-transformer-xl-removed", NB2, "b3fc0bb5", "Transformer-XL", CORRECTION,
          "Transformer-XL was deprecated in 4.36 (moved to the deprecated models) and is gone from "
          "transformers 5: `transfo-xl` is no longer a model type.",
          "transformers v4.36.0 and v5.0.0 release notes; installed transformers/models/auto/configuration_auto.py",
          transformer_xl_removed, notes="| 自回归模型     | CTRL, GPT, GPT-2, Transformer XL  | 文本生成 |"),
    Entry("ch02-encoders-have-causal-heads", NB2, "19e7652e", "also have a causal-LM head", CLAIM,
          "BERT and RoBERTa have causal-LM classes; the seq2seq table holds only encoder-decoder models.",
          AUTO_TABLES, bert_has_a_causal_lm_head),
    Entry("ch02-config-format-stable", NB2, "dfc20877", "still\nloads in version 5", CLAIM,
          "A configuration written by transformers 4.8.2 still loads.",
          "installed transformers/configuration_utils.py", old_config_still_loads),
    Entry("ch02-hidden-size-768", NB2, "66c68799", "`torch.Size([2, 16, 768])`", CORRECTION,
          "768 is the hidden size of BERT-base and DistilBERT-base (a configuration value); other models differ.",
          "installed transformers/models/bert/configuration_bert.py, distilbert/configuration_distilbert.py",
          base_hidden_size_768, notes="`print(outputs.last_hidden_state.shape)` → `torch.Size([2, 16, 768])`"),
    Entry("ch02-load-report", NB2, "e0cc65d3", "were newly\ninitialized because missing from the checkpoint",
          CLAIM, "The load report says which weights were newly initialised.",
          "installed transformers/utils/loading_report.py", load_report_wording),
    Entry("ch02-safetensors-default", NB2, "5ae9e36b", "`model.safetensors`", CORRECTION,
          "`save_pretrained` writes `config.json` and `model.safetensors` (the default since 4.35, the "
          "only format in v5); `pytorch_model.bin` is not written.",
          "transformers v4.35.0 release notes; installed transformers/modeling_utils.py (`save_pretrained`)",
          save_pretrained_writes_safetensors,
          notes="这会在保存路径下创建两个文件：config.json … pytorch_model.bin"),
    Entry("ch02-bin-still-loads", NB2, "5ae9e36b", "Old `pytorch_model.bin` checkpoints still load", CLAIM,
          "`from_pretrained` still loads a `pytorch_model.bin` checkpoint.",
          "installed transformers/modeling_utils.py (`from_pretrained`)", pytorch_model_bin_still_loads),
    Entry("ch02-tokenizer-files", NB2, "5ae9e36b", "`save_pretrained` no longer writes it", CLAIM,
          "A tokenizer saves `tokenizer.json` and `tokenizer_config.json`, no `vocab.txt`.",
          "installed transformers/tokenization_utils_base.py (`save_pretrained`)", tokenizer_saves_no_vocab_txt,
          notes="分词器对应的 *tokenizer.json*、*tokenizer_config.json* 和 *vocab.txt*"),
    Entry("ch02-dtype-auto-default", NB2, "71613819", "version 5 defaults to `dtype=\"auto\"`", CLAIM,
          "With no `dtype`, `from_pretrained` keeps the checkpoint's own precision (`dtype=\"auto\"`); "
          "version 4 loaded float32.", "installed transformers/modeling_utils.py (`from_pretrained` docstring, "
          "`dtype` defaults to \"auto\")", dtype_auto_loads_the_stored_precision),
    Entry("ch02-torch-dtype-accepted", NB2, "71613819", "which version 5 still accepts", CLAIM,
          "`torch_dtype=` still sets the precision in version 5; `dtype=` is the documented name.",
          MIGRATION + "; installed transformers/modeling_utils.py", torch_dtype_still_accepted),
    Entry("ch02-hub-cache", NB2, "a531ba20", "~/.cache/huggingface/hub", CORRECTION,
          "Downloads go to the shared Hub cache, `~/.cache/huggingface/hub` (`HF_HOME`/hub, or `HF_HUB_CACHE`).",
          "huggingface_hub docs, \"Manage huggingface_hub cache-system\"; installed huggingface_hub/constants.py",
          hub_cache_is_hf_home_hub, notes="默认保存到 *~/.cache/huggingface/transformers*"),
    Entry("ch02-transformers-cache-unread", NB2, "a531ba20", "`TRANSFORMERS_CACHE` is no longer read", CLAIM,
          "No code in transformers reads the `TRANSFORMERS_CACHE` variable.",
          MIGRATION + "; the installed transformers package (searched for the name)", transformers_cache_not_read),
    Entry("ch02-cache-layout", NB2, "a531ba20", "`models--<org>--<name>`", CLAIM,
          "Each cached repository gets a folder `models--<org>--<name>`.",
          "installed huggingface_hub/file_download.py (`repo_folder_name`)", hub_cache_folder_layout),
    # ---- chapter 3 ----
    Entry("ch03-chinese-ids", NB3, "4961784e", "[233, 101, 102, 2207, 738, 1902]", CORRECTION,
          "`encode` returns `[CLS]`, one id per character, `[SEP]`: for bert-base-chinese "
          "`[101, 2483, 2207, 4638, 2769, 738, 3300, 1920, 3457, 2682, 102]`.",
          "bert-base-chinese's vocab.txt; installed transformers/models/bert/tokenization_bert.py",
          encode_is_cls_characters_sep, notes="`ids = tokenizer.encode(sen)` 结果：【233，101，102，2207，738，1902】"),
    Entry("ch03-padding-never-truncates", NB3, "87e65ab8", "padding only ever adds", CORRECTION,
          "`padding=\"max_length\", max_length=10` returns 11 ids for this sentence: padding never cuts; "
          "add `truncation=True`.",
          "installed transformers/tokenization_utils_base.py (`_get_padding_truncation_strategies`)",
          padding_never_truncates,
          notes='`ids = tokenizer.encode(sen, padding="max_length", max_length=10)` 结果：【233，101，102，2207，738，1902，0，0，0，0】'),
    Entry("ch03-max-length-alone-truncates", NB3, "87e65ab8", "switch\n> truncation on", CLAIM,
          "`max_length` without `padding` turns truncation on.",
          "installed transformers/tokenization_utils_base.py (`_get_padding_truncation_strategies`)",
          max_length_alone_truncates),
    Entry("ch03-pad-id-not-zero", NB3, "0e28115c", "`1 if idx != 0` works only", CORRECTION,
          "Only tokenizers whose `[PAD]` is id 0 pass the notes' test; RoBERTa pads with 1 and starts "
          "with `<s>` = 0. Use the `attention_mask` the tokenizer returns.",
          "installed transformers/models/roberta/configuration_roberta.py", pad_id_is_not_always_zero,
          notes="`attention_mask = [1 if idx != 0 else 0 for idx in ids]`"),
    Entry("ch03-distilbert-no-token-types", NB3, "3e2cd0a8", "DistilBERT has no segment embeddings", CLAIM,
          "DistilBERT's tokenizer returns no `token_type_ids`.",
          "installed transformers/models/distilbert/tokenization_distilbert.py", distilbert_has_no_token_type_ids),
    Entry("ch03-vocab-get-vocab", NB3, "a263c427", "`get_vocab()` is the same", CLAIM,
          "`tokenizer.vocab` equals `tokenizer.get_vocab()`.",
          "installed transformers/tokenization_utils_base.py", vocab_equals_get_vocab),
    Entry("ch03-one-tokenizer-class", NB3, "c0d8b7cb", "The old names are aliases", CLAIM,
          "Version 5 has one tokenizer class per model, backed by 🤗 tokenizers through `TokenizersBackend`; "
          "`BertTokenizerFast` and `PreTrainedTokenizerFast` are aliases.",
          MIGRATION + " (Tokenization); installed transformers/__init__.py", fast_tokenizer_names_are_aliases),
    Entry("ch03-encode-plus-removed", NB3, "5f8e2818", "`encode_plus(a, b)`", CORRECTION,
          "`encode_plus` and `batch_encode_plus` were removed in version 5; call the tokenizer.",
          MIGRATION + " (Tokenization); installed transformers/tokenization_utils_base.py", encode_plus_removed,
          notes="`encode_plus`, `batch_encode_plus` (transformers 4 tutorials)"),
    Entry("ch03-vocab-file-keyword", NB3, "7e8396d4", "kept as an unused setting", CLAIM,
          "In v5 `BertTokenizer`'s parameter is `vocab` (a dict or the path of a `vocab.txt`); the old "
          "`vocab_file=` keyword is kept as an unused setting, so the tokenizer holds only its 5 special tokens.", "installed transformers/models/bert/tokenization_bert.py", vocab_file_keyword_ignored),
    Entry("ch03-special-token-offsets", NB3, "35cce2e2", "`(0, 0)` for special tokens", CLAIM,
          "Special tokens get the offset `(0, 0)`.", "installed tokenizers (`offset_mapping`)",
          special_tokens_have_empty_offsets),
    # ---- chapter 4 ----
    Entry("ch04-llama-heads", NB4, "29bf160e", "`llama` has no masked-LM or multiple-choice class", CLAIM,
          "Llama is mapped for sequence classification but has no masked-LM or multiple-choice class.",
          AUTO_TABLES, llama_has_no_masked_lm_or_multiple_choice),
    Entry("ch04-automodel-selects-nothing", NB4, "3589cf8b", "according to the task and the data type", CORRECTION,
          "An Auto class maps the checkpoint's `config.model_type` to a class; you choose the checkpoint and, "
          "by choosing the class, the task.", "installed transformers/models/auto/auto_factory.py; " + AUTO_TABLES,
          auto_class_maps_model_type, notes="其能够根据输入的任务和语言数据类型自动选择适合的预训练模型"),
    Entry("ch04-causal-lm-uses", NB4, "3682c07c", "machine translation, image generation and music", CORRECTION,
          "`AutoModelForCausalLM` maps next-token language models; dedicated translation models are "
          "sequence-to-sequence (`AutoModelForSeq2SeqLM`).", AUTO_TABLES, translation_models_are_seq2seq,
          notes="此模型对于诸如电影脚本生成，机器翻译，画像生成，音乐生成等用例"),
    Entry("ch04-masked-lm-encoder-only", NB4, "3682c07c", "the models are \"encoder-decoder\"",
          CORRECTION, "BERT, RoBERTa, ALBERT, DistilBERT and ELECTRA are encoder-only models.", AUTO_TABLES,
          masked_lm_models_are_encoder_only, notes="这些模型都是使用基于Transformers的encoder-decoder架构"),
    Entry("ch04-electra-not-adversarial", NB4, "3682c07c", "ELECTRA is \"adversarial\"", CORRECTION,
          "ELECTRA's discriminator scores every token as original or replaced; the generator is trained by "
          "maximum likelihood, not to fool it.",
          "Clark et al., 2020, \"ELECTRA\", section 2; installed transformers/models/electra/modeling_electra.py",
          electra_discriminator_per_token, notes="ELECTRA是一种基于对抗训练的MLM模型"),
    Entry("ch04-masked-lm-own-table", NB4, "3682c07c", "it \"uses AutoModelForPreTraining\"", CORRECTION,
          "`AutoModelForMaskedLM` has its own mapping, separate from `AutoModelForPreTraining`.", AUTO_TABLES,
          masked_lm_has_its_own_table,
          notes="AutoModelForMaskedLM使用了Hugging Face Transformers库中的transformers.AutoModelForPreTraining和transformers.AutoConfig类"),
    Entry("ch04-teacher-forcing", NB4, "3682c07c", "uses techniques such as beam search", CORRECTION,
          "Sequence-to-sequence training uses teacher forcing and cross-entropy; beam search is a decoding strategy.",
          "installed transformers/models/bart/modeling_bart.py (labels shifted into decoder inputs); "
          "transformers/generation/configuration_utils.py (`num_beams`)", seq2seq_trains_with_teacher_forcing,
          notes="在训练过程中，它使用了如beam search等技术对模型进行优化"),
    Entry("ch04-token-classification-models", NB4, "3682c07c", "XLNet is a permutation language model", CORRECTION,
          "The token-classification models are encoder-only (XLNet is a permutation LM, still mapped); none is "
          "encoder-decoder and ELECTRA is not adversarial.", AUTO_TABLES, xlnet_token_classification,
          notes="这些模型都是使用基于Transformers的encoder-decoder架构 … ELECTRA也是一种基于对抗训练的模型"),
    Entry("ch04-qa-extractive", NB4, "3682c07c", "\"outputs a text fragment\"", CORRECTION,
          "`AutoModelForQuestionAnswering` outputs start and end scores per token; the answer span is chosen "
          "from them. It does not translate or summarise.",
          "installed transformers/models/bert/modeling_bert.py (`BertForQuestionAnswering`)",
          extractive_qa_outputs_scores, notes="最终输出一个包含答案的文本片段 … 被广泛应用于问答系统、机器翻译、摘要生成"),
    Entry("ch04-multiple-choice-softmax", NB4, "3682c07c", "\"binary classification on each vector\"",
          CORRECTION, "Each choice gets one score and one softmax across the choices picks the answer.",
          "installed transformers/models/bert/modeling_bert.py (`BertForMultipleChoice`)",
          multiple_choice_softmax_across_choices, notes="在这些向量的基础上执行二元分类的任务，以确定最佳答案"),
    Entry("ch04-image-classification-only", NB4, "3682c07c", "also does object detection and segmentation",
          CORRECTION, "Image classification gives one label per image; detection and segmentation have their own classes.",
          AUTO_TABLES, image_classification_is_not_detection, notes="包括图像分类、目标检测和图像分割等"),
    Entry("ch04-image-segmentation-detr", NB4, "3682c07c", "maps only DETR's segmentation model", CLAIM,
          "`AutoModelForImageSegmentation` maps only DETR.", AUTO_TABLES, image_segmentation_only_detr),
    Entry("ch04-segmentation-models", NB4, "3682c07c", "U-Net, SegNet, PSPNet", CORRECTION,
          "U-Net, SegNet and PSPNet are not in transformers, and text models have no image input.",
          AUTO_TABLES, segmentation_models,
          notes="基于最先进的语义分割模型，如U-Net，SegNet，DeepLab等。它还支持在多种预训练的transformers模型上进行训练，例如Bert，Roberta，Electra"),
    Entry("ch04-masked-image-modeling", NB4, "3682c07c", "based on Mask R-CNN or \"DETR-RCNN\"", CORRECTION,
          "Masked image modelling maps ViT, DeiT, Swin (SimMIM-style pre-training), not detection models or text models.",
          AUTO_TABLES, masked_image_modeling_models,
          notes="基于最先进的掩膜图像建模模型，如Mask R-CNN，DETR-RCNN等"),
    Entry("ch04-object-detection", NB4, "3682c07c", "Faster R-CNN, RetinaNet, YOLOv3, EfficientDet", CORRECTION,
          "Object detection maps Transformer detectors (DETR family, RT-DETR, YOLOS); the CNN detectors the "
          "notes name are not in transformers.", AUTO_TABLES, object_detection_models,
          notes="Faster R-CNN	Mask R-CNN	RetinaNet	YOLOv3	EfficientDet … 基于Transformers的backbone，如BERT、RoBERTa、DistilBERT"),
    Entry("ch04-speech-seq2seq-members", NB4, "3682c07c", "(Whisper, Speech2Text)", CLAIM,
          "Whisper and Speech2Text are mapped by `AutoModelForSpeechSeq2Seq`.", AUTO_TABLES, speech_seq2seq_members),
    Entry("ch04-wav2vec2-ctc", NB4, "3682c07c", "Wav2Vec2 is sequence-to-sequence", CORRECTION,
          "Wav2Vec2 is a CTC model (`AutoModelForCTC`); M2M100 translates text to text.", AUTO_TABLES,
          wav2vec2_is_ctc, notes="AutoModelForSpeechSeq2Seq使用的具体模型包括：Wav2Vec2、S2T、M2M等"),
    Entry("ch04-vision2seq-renamed", NB4, "3682c07c", "AutoModelForVision2Seq (older tutorials)", CORRECTION,
          "`AutoModelForVision2Seq` is gone in v5; image-to-text models are under `AutoModelForImageTextToText`.",
          MIGRATION + "; installed transformers/__init__.py", vision2seq_renamed,
          notes="AutoModelForVision2Seq是一个神经网络模型，主要用于图像识别和生成自然语言描述任务"),
    Entry("ch04-task-list", NB4, "3682c07c", "CLIP and DALL-E", CORRECTION,
          "CLIP is trained contrastively on image-text pairs, DALL-E is an autoregressive Transformer (neither "
          "uses GANs); Transformer-XL is a language model; CRF layers are not in transformers.",
          "Radford et al., 2021 (CLIP); Ramesh et al., 2021 (DALL-E); installed transformers/models/clip/modeling_clip.py",
          task_list_models, notes="图像生成预训练：例如DALL-E、CLIP等 … 通常使用生成对抗网络（GAN）等技术"),
    Entry("ch04-weights-match-by-name", NB4, "b061d2b4", "Loading matches\nweights by name and shape", CLAIM,
          "A sequence-classification head of the same shape loads into a token-classification model with "
          "nothing created at random.", "installed transformers/modeling_utils.py", sequence_head_loads_into_token_head),
    # ---- chapter 5 ----
    Entry("ch05-top-k-top-p-filtering-removed", NB5, "5e32e565", "fails\n> since version 4.39", CORRECTION,
          "`top_k_top_p_filtering` was removed in 4.39; `TopKLogitsWarper` and `TopPLogitsWarper` set the rest to -inf.",
          "transformers v4.39.0 release notes; installed transformers/generation/logits_process.py",
          top_k_top_p_filtering_removed,
          notes="`from transformers import AutoModelForCausalLM, AutoTokenizer, top_k_top_p_filtering`"),
    Entry("ch05-pretraining-objectives", NB5, "cdbff96c", "mixes pre-training with\n> fine-tuning", CORRECTION,
          "The pre-training objectives are masked LM, next-sentence prediction, causal LM and seq2seq denoising; "
          "QA, labelling and translation are fine-tuning tasks; GPT is a causal LM; ELMo is not in the library.",
          "Devlin et al., 2019; Radford et al., 2018; Peters et al., 2018 (ELMo); " + AUTO_TABLES,
          pretraining_objectives,
          notes="语言模型预训练：例如BERT、GPT、ELMo等 … 通常采用掩码语言模型（Masked Language Modeling）和下一句预测"),
    Entry("ch05-mlm-80-10-10", NB5, "cdbff96c", "80% become `[MASK]`", CLAIM,
          "`DataCollatorForLanguageModeling` masks 15% of tokens: 80% `[MASK]`, 10% random, 10% unchanged.",
          "installed transformers/data/data_collator.py", mlm_collator_80_10_10),
    Entry("ch05-clm-labels", NB5, "23f22beb", "the labels are a copy of the input ids", CLAIM,
          "With `mlm=False` the labels copy the input ids, padding set to -100.",
          "installed transformers/data/data_collator.py", clm_labels_copy_inputs),
    Entry("ch05-collator-hides-pad-token", NB5, "23f22beb", "hides every end-of-turn from the loss", CLAIM,
          "With `mlm=False` every position holding the padding token's id gets the label -100, real text "
          "included.", "installed transformers/data/data_collator.py (`torch_call`)", collator_hides_every_pad_id),
]


# ---- chapter 6 (its own block: fine-tuning is beyond the notes; "notes" quotes older tutorials) ----
from .checks import (  # noqa: E402
    collator_renames_label_to_labels, compute_metrics_gets_an_eval_prediction,
    eval_strategy_replaces_evaluation_strategy, merge_and_unload_empties_the_peft_model,
    peft_sequence_classifier_trains_and_saves_the_head,
    save_model_writes_weights_tokenizer_and_arguments, trainer_pads_dynamically_with_a_tokenizer,
    trainer_pushes_to_hub_model_id, trainer_takes_processing_class,
)

NB6 = "06_fine_tuning.ipynb"
TRAINER = "installed transformers/trainer.py"
PEFT_MODEL = "installed peft/peft_model.py (`PeftModelForSequenceClassification`)"

ENTRIES += [
    Entry("ch06-collator-renames-label", NB6, "898f0084", "renames it `labels`", CLAIM,
          "`Trainer` keeps a dataset's `label` column although `forward` has no such parameter, and "
          "`DataCollatorWithPadding` renames it `labels`, the argument the model computes its loss from.",
          TRAINER + " (`_set_signature_columns_if_needed`); installed transformers/data/data_collator.py "
          "(`DataCollatorWithPadding`)", collator_renames_label_to_labels),
    Entry("ch06-default-collator", NB6, "718aa519",
          "its default collator is then a `DataCollatorWithPadding`", CLAIM,
          "Given a tokenizer as `processing_class` and no `data_collator`, `Trainer` pads each batch "
          "with `DataCollatorWithPadding`; with neither, it uses `default_data_collator`.",
          TRAINER + " (`Trainer.__init__`, the default collator)", trainer_pads_dynamically_with_a_tokenizer),
    Entry("ch06-compute-metrics-eval-prediction", NB6, "5726de52",
          "calls it with one argument for the whole evaluation set, an `EvalPrediction`", CLAIM,
          "`Trainer` calls `compute_metrics` with one `EvalPrediction`: `predictions` (the logits) and "
          "`label_ids`, NumPy arrays; it unpacks as `(predictions, label_ids)`.",
          TRAINER + " (`evaluation_loop`); installed transformers/trainer_utils.py (`EvalPrediction`)",
          compute_metrics_gets_an_eval_prediction),
    Entry("ch06-eval-strategy", NB6, "b7e0c6a1", "The argument is now `eval_strategy`", CORRECTION,
          "`TrainingArguments` has no `evaluation_strategy` in version 5 (a TypeError); the argument is "
          "`eval_strategy`.", "installed transformers/training_args.py (the fields of `TrainingArguments`: "
          "`eval_strategy`, no `evaluation_strategy`)", eval_strategy_replaces_evaluation_strategy,
          notes='`TrainingArguments(output_dir, evaluation_strategy="epoch")` (older tutorials)'),
    Entry("ch06-processing-class", NB6, "b7e0c6a1", "takes the tokenizer as `processing_class`",
          CORRECTION, "`Trainer(tokenizer=...)` raises a TypeError in version 5; the tokenizer is passed as "
          "`processing_class`.", "transformers PR #32385 (the rename, 4.46, with a deprecation); "
          + TRAINER + " (`Trainer.__init__`)",
          trainer_takes_processing_class,
          notes="`Trainer(model=model, args=args, tokenizer=tokenizer)` (older tutorials)"),
    Entry("ch06-save-model-files", NB6, "f4181bac", "`training_args.bin`, the run's settings", CLAIM,
          "`save_model` writes `config.json`, `model.safetensors`, the tokenizer's files (given as "
          "`processing_class`) and `training_args.bin`, a pickle written by `torch.save`.",
          TRAINER + " (`save_model`, `_save`)", save_model_writes_weights_tokenizer_and_arguments),
    Entry("ch06-peft-head-not-pooler", NB6, "b13c77ad",
          "to `modules_to_save`: the new head is trained in full and saved with the adapter", CLAIM,
          "With `task_type=SEQ_CLS` peft adds `classifier` and `score` to `modules_to_save`: the head "
          "trains in full and is saved with the adapter; the pooler neither trains nor is saved.",
          PEFT_MODEL + "; installed peft/utils/save_and_load.py",
          peft_sequence_classifier_trains_and_saves_the_head),
    Entry("ch06-merge-in-place", NB6, "ff3c2109", "It works **in place**", CLAIM,
          "`merge_and_unload()` takes the LoRA layers out of the PEFT model it is called on: saving that "
          "model afterwards writes an adapter file with no LoRA matrices, without a warning.",
          "installed peft/tuners/tuners_utils.py (`merge_and_unload`, `_unload_and_optionally_merge`)",
          merge_and_unload_empties_the_peft_model),
    Entry("ch06-hub-model-id", NB6, "42a2eb14",
          "creates that repository and uploads the model, the tokenizer and a generated model card", CLAIM,
          "`trainer.push_to_hub()` creates the repository `hub_model_id` names and uploads the saved "
          "model, tokenizer and a model card; `push_to_hub` defaults to False and pushes on every save.",
          TRAINER + " (`push_to_hub`, `init_hf_repo`); installed transformers/training_args.py",
          trainer_pushes_to_hub_model_id),
]

BY_ID = {e.id: e for e in ENTRIES}
