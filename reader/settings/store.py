"""A JSON settings file in the user's config folder, validated against the schema.

Writes go to a temporary file that replaces the old one, so a crash never leaves half a
file. A file that cannot be read is kept aside as ``settings.json.broken-<time>`` and the
defaults are used; ``problem`` tells the UI what happened so it can tell the user.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.settings.schema import SCHEMA, Setting

Listener = Callable[[str, Any], None]


class SettingsStore:
    FILE_NAME = "settings.json"

    def __init__(self, config_dir: Path, schema: dict[str, Setting] | None = None) -> None:
        self.config_dir = config_dir
        self.path = config_dir / self.FILE_NAME
        self.schema = schema or SCHEMA
        self.values: dict[str, Any] = {}
        self.problem: str | None = None
        self._listeners: list[Listener] = []
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()  # decoded by json.loads: bad UTF-8 is a ValueError
        except FileNotFoundError:
            return
        except OSError as e:
            self.problem = f"cannot read {self.path} ({e.strerror}); using defaults"
            return
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (ValueError, RecursionError) as e:
            backup = self.path.with_name(f"{self.FILE_NAME}.broken-{int(time.time())}")
            try:
                self.path.replace(backup)
                kept = f"; the old file was kept as {backup.name}"
            except OSError:
                kept = ""
            self.problem = f"the settings file was damaged ({e}); defaults are used{kept}"
            return
        bad = []
        for key, value in data.items():
            setting = self.schema.get(key)
            if setting is None:
                continue
            try:
                self.values[key] = setting.validate(value)
            except ValueError:
                bad.append(key)
        if bad:
            self.problem = "invalid values were reset to defaults: " + ", ".join(sorted(bad))

    def get(self, key: str) -> Any:
        if key in self.values:
            return self.values[key]
        return self.schema[key].default

    def set(self, key: str, value: Any) -> None:
        value = self.schema[key].validate(value)
        if self.get(key) == value and key in self.values:
            return
        self.values[key] = value
        self.save()
        for listener in list(self._listeners):
            listener(key, value)

    def reset(self, key: str) -> None:
        self.set(key, self.schema[key].default)

    def on_change(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def save(self) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.FILE_NAME + ".tmp")
        tmp.write_text(json.dumps(self.values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
