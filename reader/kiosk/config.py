"""The kiosk's admin config: a TOML file layered over built-in defaults (standard library only).

Nothing in it can stop the kiosk. A missing or unreadable file, a TOML syntax error, an
unknown key, a wrong type or a value out of range each leave that value (for a file that
cannot be read or parsed: every value) at its default, and ``load_config`` lists the
problem in English, with the line where it can be found; the window logs the list and shows
it on the admin screen only. A changed file is read again while the kiosk runs
(``reload_config``): one that cannot be read or parsed as a whole then keeps the config in
use instead of every default (an edit saved half-way must not empty the kiosk). The keys,
their defaults and bounds are in ``FIELDS`` and in resources/kiosk/kiosk.example.toml.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reader import locations
from reader.kiosk.pin import parse_pin_hash
from reader.rendering.themes import THEMES
from reader.settings import SCHEMA, Setting, keys
from reader.storage import read_regular_file

__all__ = [
    "CONFIG_NAME",
    "FIELDS",
    "KioskConfig",
    "config_from_mapping",
    "default_config_path",
    "default_library",
    "load_config",
    "parse_config",
    "reload_config",
]

CONFIG_NAME = "kiosk.toml"
MAX_BYTES = 1 << 20
MAX_FOLDERS = 32
MAX_VOICE_CHARS = 200
IDLE_RANGE = (30, 3600)
COUNTDOWN_RANGE = (5, 120)
LANGUAGES = ("vi", "en")


def default_library() -> tuple[Path, ...]:
    """The user's library (where ``bulletin-reader import`` writes) and the bundled articles."""
    return (locations.user_library(), locations.bundled_articles())


@dataclass(frozen=True)
class KioskConfig:
    library: tuple[Path, ...] = field(default_factory=default_library)
    idle_seconds: int = 120  # without a touch or key before the countdown starts
    countdown_seconds: int = 15  # the countdown, then the reset
    text_size: int = 150  # percent, one of SCALE_STEPS: read standing, at arm's length
    theme: str = "light"  # a key of reader.rendering.themes.THEMES
    language: str = "vi"  # of the interface: "vi" or "en"
    voice_vi: str = ""  # an engine voice id; "" chooses automatically
    voice_en: str = ""
    voices: tuple[Path, ...] = ()  # folders of natural (Piper) voices, beside the user's own
    speech_rate: int = 170  # words per minute
    attract: bool = False  # after a reset, the newest titles cycle until a touch
    admin_pin_hash: str | None = None  # from `bulletin-reader kiosk-pin`; None: no PIN
    source: Path | None = None  # the file these values came from (None: defaults only)

    def visitor_settings(self) -> dict[Setting[Any], Any]:
        """Every setting at the value a new visitor starts with: the kiosk's choices where
        it makes one, else the setting's own default. An idle reset sets each of them."""
        values: dict[Setting[Any], Any] = {s: s.default for s in SCHEMA.values()}
        for name, setting in SETTING_OF.items():
            values[setting] = getattr(self, name)
        return values


# Which typed setting each config value is the kiosk's default for.
SETTING_OF: dict[str, Setting[Any]] = {
    "text_size": keys.SCALE,
    "theme": keys.THEME,
    "language": keys.LANGUAGE,
    "voice_vi": keys.VOICE_VI,
    "voice_en": keys.VOICE_EN,
    "speech_rate": keys.SPEECH_RATE,
}


def default_config_path(config_option: Path | None = None) -> Path:
    """``<config dir>/kiosk.toml`` (``--config-dir``, $BULLETIN_READER_CONFIG_DIR, or XDG)."""
    return locations.config_dir(config_option) / CONFIG_NAME


# --- one check per key: the value as the config keeps it, or ValueError saying why -------


def _int_in(low: int, high: int) -> Callable[[Any, Path], int]:
    def check(value: Any, _base: Path) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expected a whole number")
        if not low <= value <= high:
            raise ValueError(f"must be {low}-{high}")
        return value

    return check


def _setting(setting: Setting[Any], choices: tuple[Any, ...] | None = None) -> Callable[..., Any]:
    def check(value: Any, _base: Path) -> Any:
        if setting.type is str and isinstance(value, str) and len(value) > MAX_VOICE_CHARS:
            raise ValueError(f"longer than {MAX_VOICE_CHARS} characters")
        try:
            value = setting.validate(value)
        except ValueError:
            allowed = choices or setting.choices
            if allowed is not None:
                raise ValueError(f"must be one of {', '.join(map(str, allowed))}") from None
            if setting.minimum is not None:
                raise ValueError(
                    f"must be a whole number {setting.minimum}-{setting.maximum}"
                ) from None
            raise ValueError(f"expected {setting.type.__name__}") from None
        if choices is not None and value not in choices:
            raise ValueError(f"must be one of {', '.join(map(str, choices))}")
        return value

    return check


def _voice(setting: Setting[str]) -> Callable[[Any, Path], str]:
    inner = _setting(setting)

    def check(value: Any, base: Path) -> str:
        voice: str = inner(value, base)
        if not voice.isprintable():
            raise ValueError("has control characters")
        return voice

    return check


def _bool(value: Any, _base: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _library(value: Any, base: Path, *, empty: bool = False) -> tuple[Path, ...]:
    """A list of folders (one string is taken as a list of one); ~ is the kiosk user's
    home, a relative path is relative to the config file's folder."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or (not items and not empty):
        raise ValueError('expected a list of folders, e.g. ["/srv/bulletins"]')
    if len(items) > MAX_FOLDERS:
        raise ValueError(f"more than {MAX_FOLDERS} folders")
    folders = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError("every folder must be a non-empty string")
        if "\x00" in item:
            raise ValueError("a folder name has a NUL character")
        try:
            path = Path(item).expanduser()
        except RuntimeError:  # "~nobody/x": no such user
            raise ValueError(f"cannot tell whose home {item.split('/')[0]!r} is") from None
        folders.append(path if path.is_absolute() else base / path)
    return tuple(dict.fromkeys(folders))  # each folder once, in the order given


def _pin_hash(value: Any, _base: Path) -> str | None:
    if not isinstance(value, str):
        raise ValueError("expected the quoted line printed by `bulletin-reader kiosk-pin`")
    if not value:
        return None
    parse_pin_hash(value)  # raises ValueError with the reason
    return value


FIELDS: dict[str, Callable[[Any, Path], Any]] = {
    "library": _library,
    "idle_seconds": _int_in(*IDLE_RANGE),
    "countdown_seconds": _int_in(*COUNTDOWN_RANGE),
    "text_size": _setting(keys.SCALE),
    "theme": _setting(keys.THEME, tuple(THEMES)),
    "language": _setting(keys.LANGUAGE, LANGUAGES),
    "voice_vi": _voice(keys.VOICE_VI),
    "voice_en": _voice(keys.VOICE_EN),
    "voices": lambda value, base: _library(value, base, empty=True),
    "speech_rate": _setting(keys.SPEECH_RATE),
    "attract": _bool,
    "admin_pin_hash": _pin_hash,
}


def _shown(value: Any) -> str:
    """A value as it looks in TOML (true, "text", [1, 2]), shortened."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):  # NaN is fine; only pathological nesting lands here
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _line_of(text: str, key: str) -> str:
    """'line N: ' where ``key = ...`` first appears in the file, else ''."""
    name = re.escape(key)
    quoted = rf"""(?:{name}|"{name}"|'{name}')"""
    pattern = re.compile(rf"^[ \t]*(?:{quoted}[ \t]*[=.]|\[\[?[ \t]*{quoted}[ \t]*[].])", re.M)
    match = pattern.search(text)
    return f"line {text.count(chr(10), 0, match.start()) + 1}: " if match else ""


def config_from_mapping(
    data: Mapping[str, Any], base: Path, text: str = ""
) -> tuple[KioskConfig, list[str]]:
    """The config from parsed TOML (any values at all), and what was wrong with it.

    ``base``: the folder relative library paths start from; ``text``: the file, to say
    on which line a problem is.
    """
    defaults = KioskConfig()
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        check = FIELDS.get(key)
        where = _line_of(text, key)
        if check is None:
            known = ", ".join(FIELDS)
            problems.append(f"{where}unknown key {_shown(key)}, ignored (the keys: {known})")
            continue
        try:
            values[key] = check(value, base)
        except (ValueError, TypeError, OverflowError) as e:
            default = getattr(defaults, key)
            if key in ("library", "voices"):
                default = [str(p) for p in default]
            fallback = (
                "so no PIN is set: the kiosk cannot be left from the screen"
                if default is None
                else f"using the default {_shown(default)}"
            )
            problems.append(f"{where}{key} = {_shown(value)}: {e}; {fallback}")
    return replace(defaults, **values), problems


def parse_config(text: str, base: Path) -> tuple[KioskConfig, list[str]]:
    """TOML text -> config and problems; a syntax error leaves every value at its default."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return KioskConfig(), [f"not valid TOML ({e}); every value is at its default"]
    return config_from_mapping(data, base, text)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a folder we may not look into: the scanner will say so
        return False


def load_config(path: Path | None = None) -> tuple[KioskConfig, list[str]]:
    """The kiosk config from ``path`` (default: ``default_config_path()``) and its problems.

    Never raises for anything in or about the file. A library folder that does not exist
    (yet) is kept and listed as a problem: a mounted share may come later.
    """
    path = default_config_path() if path is None else path
    where = f"{path}: "
    try:
        raw = read_regular_file(path, MAX_BYTES)
        text = raw.decode("utf-8-sig")
    except FileNotFoundError:
        return KioskConfig(), [f"{where}no such file; every value is at its default"]
    except UnicodeDecodeError:
        return KioskConfig(), [f"{where}not UTF-8 text; every value is at its default"]
    except OSError as e:
        reason = e.strerror or str(e)
        return KioskConfig(), [f"{where}cannot be read ({reason}); every value is at its default"]
    config, problems = parse_config(text, path.absolute().parent)
    config = replace(config, source=path)
    if config.library != default_library():  # the user's library appears at its first import
        problems += [
            f"library folder {folder} does not exist (yet); it is shown empty"
            for folder in config.library
            if not _is_dir(folder)
        ]
    return config, [f"{where}{problem}" for problem in problems]


def reload_config(path: Path, current: KioskConfig) -> tuple[KioskConfig, list[str]]:
    """The changed file at ``path``, or ``current`` kept when the file as a whole cannot be
    used (gone, unreadable, not UTF-8, not TOML); bad values fall back one by one as at start."""
    try:
        text = read_regular_file(path, MAX_BYTES).decode("utf-8-sig")
        tomllib.loads(text)
    except FileNotFoundError:
        if current.source is None:  # there was none at start either: nothing new to say
            return load_config(path)
        failure = "no such file"
    except UnicodeDecodeError:
        failure = "not UTF-8 text"
    except OSError as e:
        failure = f"cannot be read ({e.strerror or e})"
    except tomllib.TOMLDecodeError as e:
        failure = f"not valid TOML ({e})"
    else:
        return load_config(path)
    return current, [f"{path}: {failure}; the config in use is kept"]
