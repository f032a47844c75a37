"""Declared settings and their layered store (defaults < user file)."""

from reader.settings.schema import SCALE_STEPS, SCHEMA, Setting
from reader.settings.store import SettingsStore

__all__ = ["SCALE_STEPS", "SCHEMA", "Setting", "SettingsStore"]
