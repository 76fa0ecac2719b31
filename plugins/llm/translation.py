"""Translation of text into a target language, line for line, in one structured call.

The reply holds one translated line per line given; a reply with another number of lines
is asked again like any invalid reply, so the pipeline can keep each summary sentence with
its sources.
"""

from __future__ import annotations

from typing import Any

from polybrief.context import Context
from polybrief.errors import StageError
from polybrief.records import Translation

from .ask import AskFailed, Request, ask
from .facts import PLUGIN
from .prompts import fence_id, language_label
from .replies import reply_schema
from .runtime import reply_cache, runtime


def translate_text(
    text: str, source_lang: str | None, target_lang: str, context: Context
) -> Translation | None:
    state = runtime(context)
    if context.dry_run or not text.strip():
        return None
    lines = text.split("\n")
    prompt = state.prompt("translate")
    messages = prompt.messages(
        source=language_label(source_lang) if source_lang else "the language it is in",
        target=language_label(target_lang),
        count=len(lines),
        fence=fence_id(text),
        text=text,
    )

    def same_count(data: dict[str, Any]) -> list[str]:
        got = len(data.get("lines") or [])
        if got == len(lines):
            return []
        return [f"lines: expected {len(lines)} translated lines, one per line given, got {got}"]

    request = Request(
        purpose="translate",
        messages=messages,
        schema=reply_schema("llm_translation"),
        schema_name="polybrief_translation",
        prompt_version=prompt.version,
        check=same_count,
        expected_output=state.counter.count(text) * 2,
    )
    try:
        answer = ask(state, reply_cache(context), request)
    except AskFailed as exc:
        raise StageError("translate", PLUGIN, "<text>", str(exc)) from None
    translated = "\n".join(str(line).replace("\n", " ") for line in answer.data["lines"])
    return Translation(translated, answer.usage)
