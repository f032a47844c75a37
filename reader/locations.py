"""Every folder the reader uses, in one place (no Qt).

The user's folders come from platformdirs (XDG on Linux), with our overrides: ``--config-dir``
or ``$BULLETIN_READER_CONFIG_DIR`` (tests, kiosks) and ``$BULLETIN_READER_LIBRARY``.

The program's own files (fonts, translations, speech lexicons, the bundled articles) are the
packages ``reader.resources`` and ``reader.articles``: pyproject.toml maps them to the
repository's top-level ``resources/`` and ``articles/``. An installed wheel has them inside the
package, found with ``importlib.resources``; a source checkout (``python -m reader``, or the
editable install ``make setup`` makes, a plain path entry) has them beside the package.
They must be files on disk: Qt's font and translation loaders and the library scanner take
paths, and pip installs a wheel as files.
"""

from __future__ import annotations

import functools
import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "bulletin-reader"
# The desktop id: menu entry, AppStream metainfo, icon and Wayland app id (resources/desktop/).
APP_ID = "io.github.bulletinreader.reader"
CONFIG_ENV = "BULLETIN_READER_CONFIG_DIR"
LIBRARY_ENV = "BULLETIN_READER_LIBRARY"

__all__ = [
    "bundled_articles",
    "cache_dir",
    "config_dir",
    "data_dir",
    "fonts_dir",
    "kiosk_resources_dir",
    "lexicons_dir",
    "reading_state_dir",
    "resources_dir",
    "state_dir",
    "translations_dir",
    "user_lexicons_dir",
    "user_library",
    "voices_dir",
]


def config_dir(option: Path | None = None) -> Path:
    """``--config-dir``, else $BULLETIN_READER_CONFIG_DIR, else the user's config folder."""
    if option is not None:
        return option
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir(config_option: Path | None = None) -> Path:
    """Beside a chosen config folder (tests, kiosks), else the user's cache folder."""
    if config_option is not None or os.environ.get(CONFIG_ENV):
        return config_dir(config_option) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def state_dir(config_option: Path | None = None) -> Path:
    """Logs: beside a chosen config folder (tests, kiosks), else the user's state folder
    (~/.local/state/bulletin-reader on Linux)."""
    if config_option is not None or os.environ.get(CONFIG_ENV):
        return config_dir(config_option) / "state"
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's data folder (~/.local/share/bulletin-reader on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def reading_state_dir(config_option: Path | None = None) -> Path:
    """The reading state (places, read marks, bookmarks): ``<config>/data`` beside a chosen
    config folder (tests, kiosks), else data_dir()."""
    if config_option is not None or os.environ.get(CONFIG_ENV):
        return config_dir(config_option) / "data"
    return data_dir()


def user_library() -> Path:
    """Where imported articles go by default: $BULLETIN_READER_LIBRARY, else data_dir()/articles."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env)
    return data_dir() / "articles"


def user_lexicons_dir(config_option: Path | None = None) -> Path:
    """An office's speech lexicons, ``<config>/speech/<lang>-abbreviations.tsv``: settings
    the office writes, so beside settings.json (resources/speech/README.md)."""
    return config_dir(config_option) / "speech"


def voices_dir() -> Path:
    """Where a user (or an office) copies Piper voices (``NAME.onnx`` + ``NAME.onnx.json``)."""
    return data_dir() / "voices"


@functools.cache
def _bundled(name: str) -> Path:
    """``reader/<name>`` of an installed package, else ``<name>/`` of the source checkout."""
    package = files("reader")
    installed = package / name
    if installed.is_dir():
        return Path(str(installed))
    return Path(str(package)).parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def kiosk_resources_dir() -> Path:
    """The kiosk's shipped files: example config, systemd unit, autostart entry."""
    return resources_dir() / "kiosk"


def lexicons_dir() -> Path:
    """The bundled speech lexicons, ``<lang>-abbreviations.tsv``."""
    return resources_dir() / "speech"


def bundled_articles() -> Path:
    """The sample library shown when no folder is given."""
    return _bundled("articles")
