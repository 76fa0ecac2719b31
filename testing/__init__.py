"""Test helpers shipped with polybrief, for its own tests, benchmarks and plugin authors.

:mod:`polybrief.testing.fake_openai` is an OpenAI-compatible chat completions server on
127.0.0.1 that answers from the JSON Schema it is sent, well or badly on demand;
:mod:`polybrief.testing.prepared` gives it replies written in advance for chosen documents,
for when a test needs the answers of a competent model.
"""
