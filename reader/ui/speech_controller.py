"""Reading the article aloud: walks the reading script, one sentence at a time.

The only speech part that knows Qt. Backend events arrive on the backend's own thread and
reach the GUI thread through a ``Mailbox`` (no Qt call on the backend's thread, see
reader.ui.mailbox), so everything below runs on the GUI thread and nothing here ever
waits for the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from reader.library.positions import ReadingPosition
from reader.model import Article
from reader.settings import Setting, keys
from reader.ui.mailbox import Mailbox
from reader.ui.qt_settings import QtSettings
from reader.ui.speech_script import ScriptQueue

if TYPE_CHECKING:
    from reader.speech.backend import SpeechBackend, SpeechEvent, Voice
    from reader.speech.script import Spot


WARM_UP_MS = 1500  # after an article opens: start-up has painted, the reader not yet pressed Play

# What the preferences' Try button says, in the voice's language (content, not interface).
SAMPLES = {
    "vi": "Xin chào. Đây là giọng đọc tiếng Việt của Trình đọc bản tin.",
    "en": "Hello. This is the English voice of the Bulletin Reader.",
}


def process_backend(listener: Callable[[SpeechEvent], None]) -> SpeechBackend:
    from reader.speech.process_backend import ProcessBackend

    return ProcessBackend(listener)


class SpeechController(ScriptQueue):
    """Says the script (reader.ui.speech_script) through a speech backend.

    The speech modules are imported when the first command needs them: a window that is
    never asked to read aloud never pays for them at start-up.
    """

    state_changed = Signal(str)  # "stopped" | "playing" | "paused" | "unavailable"
    saying = Signal(object, int, int)  # UtteranceKey, start, end in its source text
    word = Signal(object, int, int)
    unavailable = Signal(str)  # no engine can run (or it gave up); the engine's own words
    failed = Signal(str, str)  # kind ("audio" | "engine"), the engine's own words (English)
    nothing_to_read = Signal()  # a selection with no words in it
    voices_changed = Signal()
    # espeak-ng reads instead of a natural voice: kind ("no-voice": none for the language,
    # given as detail; "broken": a voice file is damaged; "problems": voices found but not
    # usable), and the English detail. Each is said once per session.
    fallback = Signal(str, str)
    message = Signal(str, int)  # a status message (speed or loudness) and its time-out (ms)

    def __init__(
        self,
        factory: Callable[[Callable[[SpeechEvent], None]], SpeechBackend] = process_backend,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._mailbox = Mailbox(self._on_posted, self)
        self._backend: SpeechBackend | None = None
        self._generation = 0  # of the backend: a closed one's late events are dropped
        self.state = "stopped"
        self.rate: int | None = None
        self.volume = 1.0
        self._voice_overrides: dict[str, str] = {}
        self._voice: str | None = None
        self._current: int | None = None  # id of the utterance being said
        self._aside: int | None = None  # id of words said outside the article (see say)
        self._engine_ready = False  # Ready seen from this backend: its voices are known
        self._said_fallback: set[tuple[str, str]] = set()
        self._sample: int | None = None  # id of the voice sample being said
        self._pending_sample: tuple[str, str] | None = None  # asked before Ready
        self._awaiting_engine = False  # Play pressed before Ready: speak when it comes
        self._next = QTimer(self, singleShot=True)
        self._next.timeout.connect(self._speak_current)
        # A natural voice takes about a second to load: a chosen one is loaded in the
        # worker shortly after an article opens, so Play does not wait for it.
        self._warm = QTimer(self, singleShot=True, interval=WARM_UP_MS)
        self._warm.timeout.connect(self.warm_up)
        self.reason: str | None = None
        self._settings: QtSettings | None = None

    # --- what to read -----------------------------------------------------------------

    def set_article(self, article: Article | None, resume: ReadingPosition | None = None) -> None:
        """Read `article` from now on; Play starts at `resume` (a saved position) if given."""
        self.stop()
        self._queue_article(article, resume)
        self._voice = None  # the next article may be in another language
        if article is not None:
            self._warm.start()

    @property
    def voice_overrides(self) -> dict[str, str]:
        return dict(self._voice_overrides)

    @voice_overrides.setter
    def voice_overrides(self, overrides: dict[str, str]) -> None:
        """Voice ids by language code ("vi", "en"); an empty id means choose automatically."""
        self._voice_overrides = {k: v for k, v in overrides.items() if v}
        self._voice = None

    # --- commands -----------------------------------------------------------------------

    def play_pause(self) -> None:
        if self.state == "playing":
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.state == "unavailable":
            return
        self._when(lambda: self._has(self.index), self._play_now)

    def _play_now(self) -> None:
        if not self.script:
            return
        self._end_aside()
        if self.index >= len(self.script):
            self.index = 0
        self._set_state("playing")
        self._speak_current()

    def say(self, text: str, lang: str) -> bool:
        """Say `text` outside the article (a kiosk's "touch to keep reading"): reading pauses
        first, Play goes on from its sentence. False when no engine can say it now."""
        if self.state == "unavailable" or not self._engine_ready or self._backend is None:
            return False
        from reader.speech.backend import choose_voice

        self.pause()
        self._end_aside()
        choice = choose_voice(self._backend.voices(), lang, self._voice_overrides.get(lang))
        voice = choice.id if choice else None
        self._aside = self._backend.speak(text, voice=voice, rate=self.rate, volume=self.volume)
        return True

    def _end_aside(self) -> None:
        if self._aside is not None and self._backend is not None:
            self._aside = None
            self._backend.stop()

    def pause(self) -> None:
        """Silence now; Play goes on from the same sentence."""
        if self.state != "playing":
            return
        self._silence()
        self._set_state("paused")
        utterance = self.current()
        neural = (self._voice or "").startswith("piper:")
        if self._backend is not None and utterance is not None and neural:
            # Resume says the sentence from its start: the fresh worker makes it now.
            self._backend.prepare(
                utterance.text, voice=self._voice, rate=self.rate, volume=self.volume
            )

    def stop(self) -> None:
        self._end_aside()
        self._silence()
        self._set_pending(None)
        self._end_selection()
        if self.state != "unavailable":
            self._set_state("stopped")

    def move(self, sentences: int) -> None:
        def go() -> None:
            if self.script:
                self.index = max(0, min(len(self.script) - 1, self.index + sentences))
                self._restart_here()

        self._when(lambda: self._has(self.index + sentences), go)

    def move_block(self, forward: bool) -> None:
        """To the first sentence of the next (or this/previous) block."""

        def block_of(i: int) -> int:
            return self.script[i].key.block

        def ready() -> bool:
            if not forward or self._built or self.script is not self._full:
                return self._has(self.index)
            if self.index >= len(self._full):
                return False
            return self._full[-1].key.block > self._full[self.index].key.block

        def go() -> None:
            if not self.script:
                return
            self.index = min(self.index, len(self.script) - 1)
            block = block_of(self.index)
            if forward:
                later = [i for i, u in enumerate(self.script) if u.key.block > block]
                self.index = later[0] if later else self.index
            else:
                start = next(i for i, u in enumerate(self.script) if u.key.block == block)
                if start == self.index and start > 0:
                    previous = block_of(start - 1)
                    start = next(i for i, u in enumerate(self.script) if u.key.block == previous)
                self.index = start
            self._restart_here()

        self._when(ready, go)

    def read_from(self, block: int, text: int, offset: int) -> None:
        """Start at the sentence at ``offset`` of a model text (read from here)."""

        def go() -> None:
            self._end_selection()
            candidates = [
                i
                for i, u in enumerate(self.script)
                if (u.key.block, u.key.text) == (block, text) and u.shown_start <= offset
            ]
            if not candidates:  # e.g. the caret on an image: the next thing said after it
                candidates = [
                    i for i, u in enumerate(self.script) if u.key_tuple()[:2] > (block, text)
                ][:1]
            if candidates:
                self.index = candidates[-1]
                self.play() if self.state != "playing" else self._restart_here()

        self._when(lambda: self._reached((block, text)), go)

    def read_selection(self, start: Spot, end: Spot) -> None:
        """Say exactly the text from `start` to `end`, then stop where the article was.

        ``nothing_to_read`` when the selection holds no words.
        """
        if self.state == "unavailable" or self._article is None:
            return

        def go() -> None:
            from reader.speech.script import clip_script

            part = clip_script(self._full, start, end, self.options)
            if not part:
                self.nothing_to_read.emit()
                return
            self._silence()
            if self._main_index is None:
                self._main_index = self.index
            self.script = part
            self.index = 0
            self._set_state("playing")
            self._speak_current()

        self._when(lambda: self._reached((end[0], end[1])), go)

    def say_again(self) -> None:
        """Start the sentence being read again (with new speed or loudness)."""
        if self.state == "playing" and self._current is not None:
            self._restart_here()

    def _restart_here(self) -> None:
        utterance = self.current()
        if utterance is not None:
            self.saying.emit(
                utterance.key, utterance.shown_start, utterance.shown_start + len(utterance.shown)
            )
        if self.state == "playing":
            self._silence()
            self._speak_current()

    # --- engine -------------------------------------------------------------------------

    def _ensure_backend(self) -> SpeechBackend:
        if self._backend is None:
            generation = self._generation
            post = self._mailbox.post

            def listener(event: SpeechEvent) -> None:  # called on the backend's thread
                post((generation, event))

            self._backend = self._factory(listener)
            self._backend.start()
        return self._backend

    def _on_posted(self, item: tuple[int, SpeechEvent]) -> None:
        generation, event = item
        if generation == self._generation:
            self._on_event(event)

    def retry(self) -> None:
        """A fresh engine, then read: after it gave up, could not start, or lost its audio.

        The reader may have plugged in headphones or installed espeak-ng meanwhile.
        """
        self._silence()
        self._drop_backend()
        self.reason = None
        self._set_state("stopped")
        self.play()

    def _drop_backend(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None
        self._generation += 1
        self._engine_ready = False
        self._awaiting_engine = False
        self._current = None

    def _silence(self) -> None:
        self._next.stop()
        self._awaiting_engine = False
        busy = self._current is not None or self._sample is not None
        if busy and self._backend is not None:
            self._current = self._sample = None
            self._backend.stop()

    def _speak_current(self) -> None:
        utterance = self.current()
        if self.state != "playing" or utterance is None:
            return
        backend = self._ensure_backend()
        if not self._engine_ready:
            # The voice is chosen from the engine's list, which comes with Ready (about
            # 0.1 s after the first Play); speaking before it would use the engine's
            # default voice, an English one reading Vietnamese.
            self._awaiting_engine = True
            return
        if self._voice is None:
            from reader.speech.backend import choose_voice
            from reader.text.speech import language_code

            lang = language_code(utterance.lang)
            voices = backend.voices()
            choice = choose_voice(voices, utterance.lang, self._voice_overrides.get(lang))
            self._voice = choice.id if choice else None
            if choice is not None and choice.neural:
                backend.preload(choice.id)  # again after a restart (Stop, Pause)
            elif any(v.neural for v in voices):
                self._say_fallback("no-voice", lang)
        after = self.index + 1
        following = self.script[after] if after < len(self.script) else None
        same_voice = following is not None and following.lang == utterance.lang
        self._current = backend.speak(
            utterance.text,
            voice=self._voice,
            rate=self.rate,
            volume=self.volume,
            next_text=following.text if same_voice and following else None,
        )

    def _neural_for_article(self) -> str | None:
        """The natural voice the open article would be read with, if known now."""
        article = self._article
        if article is None:
            return None
        from reader.speech.backend import choose_voice
        from reader.text.speech import language_code

        lang = article.lang or "vi"
        override = self._voice_overrides.get(language_code(lang))
        if self._backend is None or not self._engine_ready:
            # Before the worker lists its voices only the user's own choice is known.
            return override if override and override.startswith("piper:") else None
        choice = choose_voice(self._backend.voices(), lang, override)
        return choice.id if choice is not None and choice.neural else None

    def warm_up(self) -> None:
        """Start the worker and load the article's natural voice, if one is chosen in the
        preferences (or, once the worker is up, chosen automatically). The speech lexicons
        (an office's edited one too) are read, or reread, on a thread of their own."""
        from reader.text.speech import prepare_lexicons_in_background, use_user_lexicons

        use_user_lexicons(self.lexicons_dir)
        prepare_lexicons_in_background()
        if self.state == "unavailable":
            return
        voice = self._neural_for_article()
        if voice is not None:
            self._ensure_backend().preload(voice)

    def try_voice(self, lang: str, voice_id: str = "") -> None:
        """Say a sample sentence in `lang` ("vi", "en") with `voice_id` ("": the automatic
        choice), for the preferences' Try button. Reading pauses first; the worker
        speaks, so nothing here waits."""
        if self.state == "unavailable":
            return
        if self.state == "playing":
            self.pause()
        backend = self._ensure_backend()
        if not self._engine_ready:
            self._pending_sample = (lang, voice_id)  # said when the voices are known
            return
        from reader.speech.backend import choose_voice

        if self._sample is not None:
            backend.stop()  # a sample still playing: the new one replaces it
        voices = backend.voices()
        choice = choose_voice(voices, lang, voice_id or None)
        self._sample = backend.speak(
            SAMPLES.get(lang, SAMPLES["en"]), voice=choice.id if choice else None,
            rate=self.rate, volume=self.volume,
        )  # fmt: skip
        if choice is not None and not choice.neural and any(v.neural for v in voices):
            self._say_fallback("no-voice", lang)

    def _say_fallback(self, kind: str, detail: str) -> None:
        if (kind, detail) not in self._said_fallback:
            self._said_fallback.add((kind, detail))
            self.fallback.emit(kind, detail)

    def _on_event(self, event: Any) -> None:
        from reader.speech.backend import (
            Failed,
            Finished,
            Notice,
            Ready,
            Started,
            Unavailable,
            Word,
        )

        if isinstance(event, Notice):
            self._say_fallback("broken", event.message)
            return

        if isinstance(event, Unavailable):
            self.reason = event.message
            self._current = None
            self._set_state("unavailable")
            self.unavailable.emit(event.message)
            return
        if isinstance(event, Ready):
            self._voice = None  # choose again from this engine's voices
            self._engine_ready = True
            if event.problems:
                self._say_fallback("problems", "\n".join(event.problems))
            self.voices_changed.emit()
            if self._backend is not None and (voice := self._neural_for_article()):
                self._backend.preload(voice)
            if self._pending_sample is not None:
                sample, self._pending_sample = self._pending_sample, None
                self.try_voice(*sample)
            if self._awaiting_engine:
                self._awaiting_engine = False
                self._speak_current()
            return
        if self._aside is not None and getattr(event, "id", None) == self._aside:
            if isinstance(event, (Finished, Failed)):
                self._aside = None  # said (or not): nothing to stop before reading on
            return
        if self._sample is not None and getattr(event, "id", None) == self._sample:
            if isinstance(event, Finished | Failed):
                self._sample = None
            return
        if getattr(event, "id", None) != self._current or self._current is None:
            return  # an utterance that was stopped
        utterance = self.current()
        if utterance is None:
            return
        if isinstance(event, Started):
            self.saying.emit(
                utterance.key, utterance.shown_start, utterance.shown_start + len(utterance.shown)
            )
        elif isinstance(event, Word):
            shown = utterance.shown_range(event.start, event.end)
            if shown is not None:
                self.word.emit(utterance.key, *shown)
        elif isinstance(event, Finished):
            self._current = None
            pause = utterance.pause_after_ms
            self.index += 1
            if not self._has(self.index):  # a long article still being prepared
                self._when(lambda: self._has(self.index), lambda: self._go_on(pause))
                return
            self._go_on(pause)
        elif isinstance(event, Failed):
            self._current = None
            if event.kind == "crashed":  # the backend restarts its worker: say it again
                self._next.start(0)
            else:
                self.stop()  # back to the article if a selection was being read
                self.failed.emit(event.kind, event.message)

    def _go_on(self, pause: int) -> None:
        if self.state != "playing":
            return
        if self.index >= len(self.script):
            if self._main_index is not None:  # the selection was read: back to the article
                self._end_selection()
            else:
                self.index = 0  # read to the end: next time from the start
            self._set_state("stopped")
            return
        self._next.start(pause + self.script[self.index].pause_before_ms)

    def voices(self) -> tuple[Voice, ...]:
        """The engine's voices; starts the engine if needed (``voices_changed`` follows)."""
        if self.state == "unavailable":
            return ()
        return self._ensure_backend().voices()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def close(self) -> None:
        self._next.stop()
        self._build_timer.stop()
        self._drop_backend()

    def use_factory(
        self, factory: Callable[[Callable[[SpeechEvent], None]], SpeechBackend]
    ) -> None:
        """Another engine from now on (a kiosk's voices folders changed): reading stops, the
        next Play starts the new one."""
        self.stop()
        self._drop_backend()
        self._factory = factory

    # --- settings: speed, loudness, voices, what figures say ----------------------------

    def use_settings(self, settings: QtSettings) -> None:
        """Speed, loudness, voices and figures follow ``settings`` from now on."""
        self._settings = settings
        settings.changed.connect(self._on_setting_changed)
        self._apply_settings()

    def _on_setting_changed(self, key: Setting[Any], _value: object) -> None:
        if key.section == "speech":
            self._apply_settings()

    def _apply_settings(self) -> None:
        assert self._settings is not None
        get = self._settings.get
        self.rate = get(keys.SPEECH_RATE)
        self.volume = get(keys.SPEECH_VOLUME) / 100
        self.voice_overrides = {"vi": get(keys.VOICE_VI), "en": get(keys.VOICE_EN)}
        figures = get(keys.SPEECH_FIGURES)
        if self._set_figures(figures) and self._article is not None:
            # the same place in the new script
            position, playing = self.position(), self.state == "playing"
            self.set_article(self._article, position)
            if playing:
                self.play()

    def step(self, key: Setting[int], steps: int) -> None:
        """One step of speed or loudness, said as a message; the sentence being read
        starts again, so the change is heard at once."""
        assert self._settings is not None
        translate = QCoreApplication.translate
        low, high = key.minimum or 0, key.maximum or 0
        old = self._settings.get(key)
        value = max(low, min(high, old + steps * key.step))
        if value != old:
            self._settings.set(key, value)
            self.say_again()
        if key is keys.SPEECH_RATE:
            message = translate("MainWindow", "Reading speed: {0} words per minute").format(value)
        else:
            message = translate("MainWindow", "Reading volume: {0}%").format(value)
        limit = {
            (keys.SPEECH_RATE, low): translate("MainWindow", "slowest"),
            (keys.SPEECH_RATE, high): translate("MainWindow", "fastest"),
            (keys.SPEECH_VOLUME, low): translate("MainWindow", "quietest"),
            (keys.SPEECH_VOLUME, high): translate("MainWindow", "loudest"),
        }.get((key, value))
        if limit:
            message = translate("MainWindow", "{0} ({1})").format(message, limit)
        self.message.emit(message, 5000)
