"""What a setting is: its key in the file, type, default, allowed values, why it exists.

Each setting is declared once, as a typed constant in ``reader.settings.keys``; code reads and
writes it through that constant (``settings.get(keys.THEME)`` is a ``str``), so a misspelt name
is an AttributeError in the tests rather than a new key that nothing reads. The store validates
against the declaration, the preferences dialog is built from it, and a corrupt or hand-edited
value falls back to the default instead of reaching the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# Fixed text-size steps (percent). Fixed steps make "A+" predictable for a low-vision reader
# and let the kiosk administrator say "never below 150%".
SCALE_STEPS: tuple[int, ...] = (
    50,
    67,
    75,
    80,
    90,
    100,
    110,
    125,
    150,
    175,
    200,
    250,
    300,
    350,
    400,
)


# eq=False: a setting is its one declaration, compared and hashed by identity (a dict key).
@dataclass(frozen=True, eq=False)
class Setting(Generic[T]):
    key: str  # the name in settings.json: never renamed, or saved values are lost
    type: type[T]
    default: T
    description: str
    choices: tuple[T, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1
    visible: bool = True  # shown in the preferences dialog (not window state)

    @property
    def section(self) -> str:
        """The part of the key before the slash: "view", "text", "speech", ..."""
        return self.key.split("/", 1)[0]

    def validate(self, value: Any) -> T:
        """Return ``value`` if valid, else raise ValueError saying why."""
        if self.type is int and isinstance(value, bool):
            raise ValueError(f"{self.key}: expected a number, got {value!r}")
        if not isinstance(value, self.type):
            raise ValueError(f"{self.key}: expected {self.type.__name__}, got {value!r}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.key}: {value!r} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.key}: {value!r} is above {self.maximum}")
        return value

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"
