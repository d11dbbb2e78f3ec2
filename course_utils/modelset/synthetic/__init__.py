"""Data the course generates for tasks with no offline corpus (NER, extractive QA,
paraphrase). Each generator is seeded and returns `datasets.Dataset` splits; held-out
hand-written test sets live in course_utils/modelset/testsets/ and were written separately."""
