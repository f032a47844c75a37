"""A JSON settings file in the user's config folder, validated against the schema.

Written whole or not at all (``reader.storage``). A file that cannot be read is kept aside as
``settings.json.broken-<time>`` and the defaults are used; ``problem`` tells the UI what
happened, and ``save_problem`` (with ``on_save_problem``) that changes cannot be kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from reader.settings.keys import SCHEMA
from reader.settings.schema import Setting
from reader.storage import FileProblem, JsonFile

T = TypeVar("T")
Listener = Callable[[Setting[Any], Any], None]


class SettingsStore:
    FILE_NAME = "settings.json"

    def __init__(self, config_dir: Path, schema: dict[str, Setting[Any]] | None = None) -> None:
        self.config_dir = config_dir
        self.path = config_dir / self.FILE_NAME
        self.schema = schema or SCHEMA
        self.values: dict[str, Any] = {}  # by the key in the file: what the user changed
        self.problem: FileProblem | None = None  # found when loading; the defaults are used
        self.save_problem: FileProblem | None = None  # the last save failed, and why
        self._listeners: list[Listener] = []
        self._save_listeners: list[Callable[[FileProblem | None], None]] = []
        self._load()

    def _load(self) -> None:
        file = JsonFile(self.path)
        data = file.load()
        self.problem = file.problem
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
            self.problem = FileProblem("invalid", ", ".join(sorted(bad)))

    def get(self, key: Setting[T]) -> T:
        setting = self._declared(key)
        if setting.key in self.values:
            return self.values[setting.key]  # type: ignore[no-any-return]
        return setting.default

    def set(self, key: Setting[T], value: T) -> None:
        setting = self._declared(key)
        value = setting.validate(value)
        if setting.key in self.values and self.values[setting.key] == value:
            return
        self.values[setting.key] = value
        self.save()
        for listener in list(self._listeners):
            listener(setting, value)

    def reset(self, key: Setting[Any]) -> None:
        self.set(key, self._declared(key).default)

    def _declared(self, key: Setting[T]) -> Setting[T]:
        """This store's declaration of ``key``; a string or an unknown setting is refused."""
        if not isinstance(key, Setting):
            raise TypeError(f"name a setting by its constant in reader.settings.keys: {key!r}")
        return self.schema[key.key]

    def on_change(self, listener: Listener) -> None:
        """``listener(setting, value)`` after each change, with the declared ``Setting``."""
        self._listeners.append(listener)

    def on_save_problem(self, listener: Callable[[FileProblem | None], None]) -> None:
        """``listener(reason)`` when saving starts to fail, ``listener(None)`` once it works."""
        self._save_listeners.append(listener)

    def save(self) -> None:
        """Write the file; a failure is kept in ``save_problem`` and announced, never raised.

        The values stay in force for this session either way: a reader whose profile is read
        only (a kiosk, a full disk) keeps the text size they just chose.
        """
        try:
            JsonFile(self.path).save(self.values, indent=2, sort_keys=True)
        except OSError as e:
            problem: FileProblem | None = FileProblem("unsaved", f"{self.path}: {e.strerror or e}")
        else:
            problem = None
        if problem != self.save_problem:
            self.save_problem = problem
            for listener in list(self._save_listeners):
                listener(problem)


class MemoryStore(SettingsStore):
    """Settings that live only as long as the process: nothing is read or written.

    A public kiosk keeps no visitor's choices: it starts from ``initial`` (the kiosk's
    defaults) and forgets every change when it ends.
    """

    def __init__(
        self,
        initial: dict[Setting[Any], Any] | None = None,
        schema: dict[str, Setting[Any]] | None = None,
    ) -> None:
        self._initial = dict(initial or {})
        super().__init__(Path("/nonexistent-memory-store"), schema)

    def _load(self) -> None:
        for setting, value in self._initial.items():
            self.values[self._declared(setting).key] = setting.validate(value)

    def save(self) -> None:
        """Nothing is kept on disk."""
