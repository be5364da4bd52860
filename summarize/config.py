"""Settings: configs/default.yaml merged with an optional user file.

The YAML file is the single source of settings; this module only loads it,
merges overrides and refuses keys the default does not know, so that a typo in
a user config is an error instead of a silently ignored setting.
"""
from __future__ import annotations

import copy
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Mapping

import yaml

ROOT = Path(__file__).resolve().parent.parent          # the project folder (configs/, seeds/)
DEFAULT_CONFIG = ROOT / "configs" / "default.yaml"


class ConfigError(ValueError):
    """A config file that cannot be read or that names unknown settings."""


class Config(SimpleNamespace):
    """Nested settings with attribute access (`cfg.selection.budget_words`)."""

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, Config) else copy.deepcopy(v) for k, v in vars(self).items()}

    def only(self, *sections: str) -> "Config":
        """These sections alone, shared, not copied: what a pipeline stage declares it reads. Reading any
        other section from it is an AttributeError, so a stage cannot depend on settings it does not name."""
        return Config(**{name: getattr(self, name) for name in sections})


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"config {path} must be a mapping of sections, got {type(data).__name__}")
    return data


def _merge(base: dict[str, Any], override: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if key not in base:
            known = ", ".join(sorted(base))
            raise ConfigError(f"unknown setting '{where}{key}' (known here: {known})")
        if isinstance(base[key], dict):
            if not isinstance(value, Mapping):
                raise ConfigError(f"setting '{where}{key}' must be a mapping")
            merged[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            if isinstance(base[key], list) and base[key] and all(isinstance(v, str) for v in base[key]) and \
                    (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
                raise ConfigError(f"setting '{where}{key}' must be a list of words, got {value!r}" + _YAML_WORDS)
            merged[key] = copy.deepcopy(value)
    return merged


_YAML_WORDS = " (YAML reads a bare on, off, yes, no, true, false as a boolean: quote such words, 'on')"


def _check_words(data: Any, where: str = "") -> None:
    """A list of words with a boolean among them is a word YAML read as a boolean ('on' written bare)."""
    if isinstance(data, dict):
        for key, value in data.items():
            _check_words(value, f"{where}{key}.")
    elif isinstance(data, list) and any(isinstance(v, str) for v in data) and any(isinstance(v, bool) for v in data):
        raise ConfigError(f"setting '{where[:-1]}' holds {[v for v in data if isinstance(v, bool)]!r} among its "
                          f"words" + _YAML_WORDS)


def _to_namespace(data: Any) -> Any:
    if isinstance(data, dict):
        return Config(**{k: _to_namespace(v) for k, v in data.items()})
    return data


def load_config(config: "str | Path | Mapping[str, Any] | Config | None" = None,
                overrides: Mapping[str, Any] | None = None) -> Config:
    """Return the default settings, updated by a YAML file or mapping, then by `overrides`."""
    if isinstance(config, Config):
        data = config.to_dict()
    else:
        data = _read_yaml(DEFAULT_CONFIG)
        if isinstance(config, (str, Path)):
            data = _merge(data, _read_yaml(Path(config)))
        elif config is not None:
            data = _merge(data, config)
    if overrides:
        data = _merge(data, overrides)
    _check_words(data)
    return _to_namespace(data)
