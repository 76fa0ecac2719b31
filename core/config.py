"""Effective configuration: flags, then environment, then config files, then defaults.

A :class:`Config` is immutable once built, so one instance can serve many threads. Values
are kept raw per layer and typed on lookup, so an error names the layer it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .settings import CORE_SETTINGS, Setting

CONFIG_FILE = "polybrief.toml"


@dataclass(frozen=True, slots=True)
class Layer:
    """One source of raw values and how to name it in messages."""

    label: str
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str
    value: Any
    origin: str
    secret: bool


def user_config_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("polybrief")) / CONFIG_FILE


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def discover_files(
    cwd: Path | None = None, explicit: str | os.PathLike | None = None
) -> list[Layer]:
    """Config-file layers, most important first.

    An explicit file (``--config`` or ``POLYBRIEF_CONFIG``) replaces discovery. Otherwise
    ``./polybrief.toml``, then ``[tool.polybrief]`` in ``./pyproject.toml``, then the user's
    ``polybrief.toml`` in the platform's config directory.
    """
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        data = _read_toml(path)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("polybrief", {})
        return [Layer(f"file {path}", data)]
    cwd = cwd or Path.cwd()
    layers = []
    local = cwd / CONFIG_FILE
    if local.is_file():
        layers.append(Layer(f"file {local}", _read_toml(local)))
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        section = _read_toml(pyproject).get("tool", {}).get("polybrief")
        if section is not None:
            layers.append(Layer(f"file {pyproject} [tool.polybrief]", section))
    user = user_config_file()
    if user.is_file():
        layers.append(Layer(f"file {user}", _read_toml(user)))
    return layers


class Config:
    """The effective settings of one run.

    Build it with :meth:`load`; read a value with ``config["jobs"]`` or :meth:`get`.
    """

    def __init__(
        self,
        flags: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        files: Iterable[Layer] = (),
        settings: Iterable[Setting] = CORE_SETTINGS,
    ) -> None:
        self._flags = Layer("flag", {k: v for k, v in (flags or {}).items() if v is not None})
        self._env = dict(os.environ if env is None else env)
        self._files = tuple(files)
        self._settings = {s.name: s for s in settings}
        self._resolved: dict[str, Resolved] = {}
        for name in self._settings:
            self._resolved[name] = self._resolve(self._settings[name])

    @classmethod
    def load(
        cls,
        flags: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        config_file: str | os.PathLike | None = None,
    ) -> Config:
        """Read the config files and the environment and combine them with ``flags``."""
        environ = dict(os.environ if env is None else env)
        explicit = config_file or environ.get("POLYBRIEF_CONFIG")
        return cls(flags, environ, discover_files(cwd, explicit))

    def with_settings(self, extra: Iterable[Setting]) -> Config:
        """A copy that also knows ``extra`` settings (declared by plugins)."""
        merged = list(self._settings.values())
        known = set(self._settings)
        for setting in extra:
            if setting.name in known:
                continue  # the first declaration wins; later ones share the value
            merged.append(setting)
            known.add(setting.name)
        raw_flags = self._flags.values
        return Config(raw_flags, self._env, self._files, merged)

    def with_flags(self, **flags: Any) -> Config:
        """A copy with more flag values (None leaves a value alone)."""
        merged = {**self._flags.values, **{k: v for k, v in flags.items() if v is not None}}
        return Config(merged, self._env, self._files, self._settings.values())

    def check_flags(self) -> None:
        """Raise :class:`ConfigError` for a flag or keyword that no loaded code declares."""
        unknown = sorted(set(self._flags.values) - set(self._settings))
        if unknown:
            known = ", ".join(sorted(self._settings))
            raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known settings: {known}")

    def _resolve(self, setting: Setting) -> Resolved:
        if setting.name in self._flags.values:
            raw, origin = self._flags.values[setting.name], "flag"
            return Resolved(setting.name, setting.coerce(raw, origin), origin, setting.secret)
        for env_name in setting.env_names:
            if env_name in self._env:
                origin = f"env {env_name}"
                value = setting.coerce(self._env[env_name], origin)
                return Resolved(setting.name, value, origin, setting.secret)
        for layer in self._files:
            if setting.name in layer.values:
                value = setting.coerce(layer.values[setting.name], layer.label)
                return Resolved(setting.name, value, layer.label, setting.secret)
        return Resolved(setting.name, setting.default, "default", setting.secret)

    def __getitem__(self, name: str) -> Any:
        try:
            return self._resolved[name].value
        except KeyError:
            raise ConfigError(f"unknown setting {name!r}") from None

    def get(self, name: str, default: Any = None) -> Any:
        resolved = self._resolved.get(name)
        return default if resolved is None or resolved.value is None else resolved.value

    def origin(self, name: str) -> str:
        return self._resolved[name].origin

    def settings(self) -> list[Setting]:
        return list(self._settings.values())

    def resolved(self) -> list[Resolved]:
        """Every setting with its value and where the value came from."""
        return [self._resolved[name] for name in self._settings]

    def unknown_keys(self) -> list[str]:
        """Keys in config files that no loaded code declares, e.g. typos."""
        return [
            f"{layer.label}: unknown setting {key!r}"
            for layer in self._files
            for key in layer.values
            if key not in self._settings
        ]

    def secrets(self) -> list[str]:
        """The values of secret settings, so that output can be scrubbed of them."""
        return [
            str(r.value)
            for r in self._resolved.values()
            if r.secret and r.value and len(str(r.value)) >= 4
        ]


def mask(value: Any) -> str:
    """Show that a secret is set without showing it."""
    return "**** (set)" if value else "(not set)"
