"""Qt adapter over the settings store: announces changes as a signal."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from reader.settings import Setting, SettingsStore

T = TypeVar("T")


class QtSettings(QObject):
    changed = Signal(object, object)  # (the declared Setting, from reader.settings.keys; value)
    save_problem = Signal(object)  # a reason (str) when saving fails, None once it works again

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.on_change(lambda key, value: self.changed.emit(key, value))
        store.on_save_problem(self.save_problem.emit)

    def get(self, key: Setting[T]) -> T:
        return self.store.get(key)

    def set(self, key: Setting[T], value: T) -> None:
        self.store.set(key, value)

    def reset(self, key: Setting[Any]) -> None:
        self.store.reset(key)
