"""Load plugins: the built-in ones, then third-party ones from the ``polybrief`` entry points.

Nothing here runs at import time; the CLI builds a manager only for commands that need one,
so ``polybrief --help`` never imports a plugin.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

import pluggy

from . import hookspecs
from .config import Config
from .errors import PluginLoadError

ENTRY_POINT_GROUP = "polybrief"
STAGES = ("parse", "extract", "summarize", "translate", "group", "compare")


def plugin_name(plugin: object) -> str:
    """The name of a plugin given as an object: its ``polybrief_name``, module or class name."""
    explicit = getattr(plugin, "polybrief_name", None)
    if explicit:
        return str(explicit)
    if hasattr(plugin, "__name__"):
        return str(plugin.__name__).rsplit(".", 1)[-1]
    return type(plugin).__name__.lower()


@dataclass(slots=True)
class PluginInfo:
    """What ``polybrief plugins`` shows about one plugin."""

    name: str
    version: str
    origin: str
    """``builtin`` or ``entry point <distribution>``."""
    module: str
    hooks: list[str] = field(default_factory=list)
    status: str = "loaded"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "origin": self.origin,
            "module": self.module,
            "hooks": self.hooks,
            "status": self.status,
        }


class PluginHost:
    """A pluggy manager plus what polybrief knows about each plugin it holds."""

    def __init__(self, config: Config, extra: Iterable[object] = ()) -> None:
        self.pm = pluggy.PluginManager("polybrief")
        self.pm.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}
        blocked = set(config["block"] or [])
        for name in blocked:
            self.pm.set_blocked(name)
        self._load_builtins(blocked)
        self._load_entry_points(config["plugins"], blocked)
        for plugin in extra:
            self.register(plugin, plugin_name(plugin), "", "given in Python")
        self._check_hooks()
        for name in sorted(blocked):
            self.infos.setdefault(name, PluginInfo(name, "", "", "", status="blocked"))

    # -- loading ---------------------------------------------------------------------------

    def _load_builtins(self, blocked: set[str]) -> None:
        from . import __version__
        from .plugins import BUILTIN_PLUGINS

        for name, module_name in BUILTIN_PLUGINS.items():
            if name not in blocked:
                self.register(importlib.import_module(module_name), name, __version__, "builtin")

    def register(self, plugin: object, name: str, version: str, origin: str) -> None:
        """Register ``plugin`` under ``name``; used for built-ins, entry points and tests."""
        if self.pm.is_blocked(name):
            return
        try:
            self.pm.register(plugin, name=name)
        except ValueError as exc:
            raise PluginLoadError(f"plugin {name!r} ({origin}): {exc}") from None
        except pluggy.PluginValidationError as exc:
            raise PluginLoadError(f"plugin {name!r} ({origin}): {exc}") from None
        module = getattr(plugin, "__name__", type(plugin).__module__)
        self.infos[name] = PluginInfo(name, version, origin, module, self._hooks_of(plugin))

    def _hooks_of(self, plugin: object) -> list[str]:
        return sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or [])

    def _load_entry_points(self, allowed: list[str] | None, blocked: set[str]) -> None:
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in blocked or (allowed is not None and ep.name not in allowed):
                continue
            dist = ep.dist
            label = f"entry point {dist.name if dist else ep.value}"
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken third-party plugin must not crash polybrief
                raise PluginLoadError(
                    f"plugin {ep.name!r} ({label}) failed to load: {type(exc).__name__}: {exc}; "
                    f"block it with POLYBRIEF_BLOCK={ep.name}"
                ) from None
            self.register(plugin, ep.name, dist.version if dist else "", label)

    def _check_hooks(self) -> None:
        """Turn a misspelled hook implementation into an error naming plugin and hook."""
        known = [n for n in dir(hookspecs) if hasattr(getattr(hookspecs, n), "polybrief_spec")]
        for name, caller in self.pm.hook.__dict__.items():
            if caller.has_spec() or not caller.get_hookimpls():
                continue
            plugin = caller.get_hookimpls()[0].plugin_name
            hint = difflib.get_close_matches(name, known, n=1)
            did_you_mean = f"; did you mean {hint[0]!r}?" if hint else ""
            raise PluginLoadError(
                f"plugin {plugin!r} implements unknown hook {name!r}{did_you_mean} "
                f"(known hooks: {', '.join(sorted(known))})"
            )
        self.pm.check_pending()

    # -- queries ---------------------------------------------------------------------------

    def implementers(self, stage: str) -> list[str]:
        """Names of the plugins implementing ``stage``, in the default call order."""
        caller = getattr(self.pm.hook, stage)
        impls = [i for i in caller.get_hookimpls() if not (i.hookwrapper or i.wrapper)]
        return [impl.plugin_name for impl in reversed(impls)]

    def caller_for(self, stage: str, name: str):  # noqa: ANN201 - a pluggy subset hook caller
        """A hook caller that reaches only plugin ``name`` for ``stage``."""
        others = [self.pm.get_plugin(n) for n in self.implementers(stage) if n != name]
        return self.pm.subset_hook_caller(stage, remove_plugins=others)

    def settings(self) -> list:
        return [s for result in self.pm.hook.register_settings() for s in result]

    def describe(self) -> list[PluginInfo]:
        return [self.infos[name] for name in sorted(self.infos)]
