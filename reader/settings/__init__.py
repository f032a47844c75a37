"""Declared settings and their layered store (defaults < user file).

Name a setting by its typed constant: ``store.get(keys.THEME)``.
"""

from reader.settings import keys
from reader.settings.keys import SCHEMA
from reader.settings.schema import SCALE_STEPS, Setting
from reader.settings.store import MemoryStore, SettingsStore

__all__ = ["SCALE_STEPS", "SCHEMA", "MemoryStore", "Setting", "SettingsStore", "keys"]
