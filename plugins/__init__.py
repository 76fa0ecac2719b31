"""The plugins shipped with polybrief. Each is an ordinary plugin module.

``BUILTIN_PLUGINS`` maps plugin names to modules, in registration order: pluggy calls the
plugins registered later first, so the list ends with the ones preferred by default.
"""

BUILTIN_PLUGINS: dict[str, str] = {
    "text": "polybrief.plugins.text",
    "html": "polybrief.plugins.html",
    "jsonl": "polybrief.plugins.jsonl",
    "offline": "polybrief.plugins.offline",
    "events": "polybrief.plugins.events",
    "openai": "polybrief.plugins.llm",
}
