"""LLM prompt templates: plain text files whose first line names their version."""
