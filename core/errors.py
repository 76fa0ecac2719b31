"""The exceptions polybrief raises on purpose.

Every one derives from :class:`PolybriefError`, so an embedding program can catch them all
at once; the CLI turns them into a one-line message and an exit code instead of a traceback.
"""

from __future__ import annotations


class PolybriefError(Exception):
    """Base class of every error polybrief raises on purpose."""

    #: Exit code the CLI uses when this error ends a command.
    exit_code = 1


class UsageError(PolybriefError):
    """The request itself is wrong: a bad option, an unknown plugin name, no usable input."""

    exit_code = 2


class ConfigError(UsageError):
    """A configuration value or file is invalid; the message names the setting and its origin."""


class PluginLoadError(UsageError):
    """A plugin could not be loaded or declares a hook that does not exist."""


class InputError(PolybriefError):
    """One input cannot be read or decoded; the message names the input."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class StageError(PolybriefError):
    """A plugin failed on one document; the batch goes on without it."""

    def __init__(self, stage: str, plugin: str | None, source: str, message: str) -> None:
        who = f"{stage} plugin {plugin!r}" if plugin else f"{stage} stage"
        super().__init__(f"{source}: {who} failed: {message}")
        self.stage = stage
        self.plugin = plugin
        self.source = source
        self.reason = message


class Unavailable(PolybriefError):  # noqa: N818 - reads as a state, like StopIteration
    """Raised by a plugin that cannot work in the current configuration.

    In the default order the pipeline then tries the next plugin; when the user chose the
    plugin by name, it becomes a :class:`UsageError` carrying this message.
    """


class RecordInvalid(PolybriefError):
    """A record failed its JSON Schema; it is never written."""

    def __init__(self, kind: str, errors: list[str]) -> None:
        super().__init__(f"{kind} record failed its schema: " + "; ".join(errors[:5]))
        self.kind = kind
        self.errors = errors
