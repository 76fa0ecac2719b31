"""polybrief: multilingual documents in, checked facts and short summaries out.

The public API is importable from here. Names load on first use, so that importing the
package (as the CLI does for ``--help``) costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Pipeline": "pipeline",
    "RunResult": "pipeline",
    "Config": "config",
    "Context": "context",
    "Setting": "settings",
    "Source": "inputs",
    "hookimpl": "hookspecs",
    "hookspec": "hookspecs",
    "PolybriefError": "errors",
    "UsageError": "errors",
    "ConfigError": "errors",
    "PluginLoadError": "errors",
    "InputError": "errors",
    "StageError": "errors",
    "Unavailable": "errors",
    "RecordInvalid": "errors",
    "Document": "records",
    "DocumentRef": "records",
    "DateValue": "records",
    "DateMention": "records",
    "Evidence": "records",
    "Participant": "records",
    "Place": "records",
    "Quote": "records",
    "Figure": "records",
    "Entity": "records",
    "DateFact": "records",
    "Event": "records",
    "Extraction": "records",
    "Summary": "records",
    "SummarySentence": "records",
    "SourceRef": "records",
    "Translation": "records",
    "Usage": "records",
    "EventRecord": "records",
    "ErrorRecord": "records",
    "RunReport": "records",
    "Record": "records",
    "record_from_dict": "records",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'polybrief' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from .config import Config
    from .context import Context
    from .errors import (
        ConfigError,
        InputError,
        PluginLoadError,
        PolybriefError,
        RecordInvalid,
        StageError,
        Unavailable,
        UsageError,
    )
    from .hookspecs import hookimpl, hookspec
    from .inputs import Source
    from .pipeline import Pipeline, RunResult
    from .records import (
        DateFact,
        DateMention,
        DateValue,
        Document,
        DocumentRef,
        Entity,
        ErrorRecord,
        Event,
        EventRecord,
        Evidence,
        Extraction,
        Figure,
        Participant,
        Place,
        Quote,
        Record,
        RunReport,
        SourceRef,
        Summary,
        SummarySentence,
        Translation,
        Usage,
        record_from_dict,
    )
    from .settings import Setting
