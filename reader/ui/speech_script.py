"""The article's reading script, built a slice at a time, and the place in it.

A long article's script takes a while to build (every sentence is normalised for speech),
so it is built between events, never holding the GUI thread for more than a few
milliseconds; a command that needs a part not built yet waits for it (``preparing``).
SpeechController (reader.ui.speech_controller) says the script aloud.

The script builder is imported when the script is first needed, not with the window.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.library.positions import ReadingPosition, ReadingPositions
from reader.model import Article

if TYPE_CHECKING:
    from reader.library.state import ReadingState
    from reader.speech.script import ScriptOptions, Utterance, UtteranceKey

RESUME_SEARCH_BLOCKS = 5


class ScriptQueue(QObject):
    preparing = Signal(bool)  # a command waits for the script of a long article
    positions_problem = Signal(object)  # FileProblem: reading positions cannot be saved

    BUILD_SLICE_S = 0.008  # script building never holds the GUI thread longer than this

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._options: ScriptOptions | None = None  # made when the script is first built
        self._figures: str | None = None  # what figures say, until the options are made
        self.script: list[Utterance] = []  # what is being read: the article, or a selection
        self._full: list[Utterance] = []  # the article's script, built a slice at a time
        self._builder: Iterator[Utterance] | None = None
        self._built = False
        self._build_timer = QTimer(self, singleShot=True, interval=0)
        self._build_timer.timeout.connect(self._build_more)
        self._pending: tuple[Callable[[], bool], Callable[[], None]] | None = None
        self._resume: ReadingPosition | None = None
        self._main_index: int | None = None  # where the article was while a selection is read
        self.used = False  # whether this article was read aloud (its position is worth saving)
        self.index = 0
        self.positions: ReadingPositions | ReadingState | None = None
        self._path: str | None = None  # the article whose reading position is kept
        self._saved_block: int | None = None  # the block whose start was saved last
        # An office's speech lexicons (resources/speech/README.md); None: the bundled ones
        self.lexicons_dir: Path | None = None

    @property
    def options(self) -> ScriptOptions:
        if self._options is None:
            from reader.speech.script import ScriptOptions

            options = ScriptOptions()
            if self._figures is not None:
                options = dataclasses.replace(options, figures=self._figures)  # type: ignore[arg-type]
            self._options = options
        return self._options

    @options.setter
    def options(self, options: ScriptOptions) -> None:
        self._options = options

    def _set_figures(self, figures: str) -> bool:
        """What figures say from now on; True if a script already built says otherwise."""
        if self._options is None:
            self._figures = figures
            return False
        if figures == self._options.figures:
            return False
        self._options = dataclasses.replace(self._options, figures=figures)  # type: ignore[arg-type]
        return True

    def _queue_article(self, article: Article | None, resume: ReadingPosition | None) -> None:
        """Forget the old script; `article`'s is built when it is first needed."""
        self._article = article
        self._full = []
        self.script = self._full
        self._builder = None
        self._built = False
        self._build_timer.stop()
        self._set_pending(None)
        self._resume = resume
        self._main_index = None
        self.used = False
        self.index = 0

    @property
    def script_complete(self) -> bool:
        """Whether the article's whole script is built (it is built as it is needed)."""
        return self._built

    def current(self) -> Utterance | None:
        return self.script[self.index] if 0 <= self.index < len(self.script) else None

    def position(self) -> ReadingPosition | None:
        """Where Play would go on in the article (None: from its start)."""
        if self._resume is not None:
            return self._resume
        index = self.index if self._main_index is None else self._main_index
        if index <= 0 or index >= len(self._full):
            return None
        u = self._full[index]
        end = u.shown_start + len(u.shown)
        return ReadingPosition(*u.key_tuple(), u.shown_start, end, u.shown)

    # --- building the script, a slice at a time -----------------------------------------

    def _has(self, index: int) -> bool:
        return self.script is not self._full or index < len(self._full) or self._built

    def _reached(self, key: tuple[int, int]) -> bool:
        """Everything up to and including text `key` (block, text) is in the script."""
        return self._built or (bool(self._full) and self._full[-1].key_tuple()[:2] > key)

    def _build(self, enough: Callable[[], bool]) -> None:
        if self._built or self._article is None:
            self._built = True
            return
        if self._builder is None:
            from reader.speech.script import iter_script
            from reader.text.speech import use_user_lexicons

            use_user_lexicons(self.lexicons_dir)  # read already, on a thread, by warm-up
            self._builder = iter_script(self._article, self.options)
        deadline = time.perf_counter() + self.BUILD_SLICE_S
        first = True  # at least one utterance a slice, however slow the machine
        while not enough() and (first or time.perf_counter() < deadline):
            first = False
            utterance = next(self._builder, None)
            if utterance is None:
                self._built = True
                self._builder = None
                return
            self._full.append(utterance)

    def _build_more(self) -> None:
        self._build(lambda: False)
        if self._pending is not None and self._pending[0]():
            _, action = self._pending
            self._set_pending(None)
            action()
        if not self._built:
            self._build_timer.start()

    def _when(self, ready: Callable[[], bool], action: Callable[[], None]) -> None:
        """Run `action` once `ready()` holds; a saved position is applied first.

        Short articles are ready at once; a long one is built between events and the
        newest command waits (the ones before it are replaced, like keys pressed twice).
        """
        if self._article is None:
            return
        self.used = True
        resume = self._resume
        if resume is not None:
            # A few blocks past the saved one: a sentence moved by an edit is found there.
            key = (resume.block + RESUME_SEARCH_BLOCKS, 0)
            wanted, then = ready, action

            def ready_after_resume() -> bool:
                return self._reached(key) and wanted()

            def resume_then() -> None:
                self._apply_resume()
                then()

            ready, action = ready_after_resume, resume_then
        self._build(ready)
        if ready():
            self._set_pending(None)
            action()
        else:
            self._set_pending((ready, action))
        if not self._built:
            self._build_timer.start()

    def _set_pending(self, pending: tuple[Callable[[], bool], Callable[[], None]] | None) -> None:
        was = self._pending is not None
        self._pending = pending
        if was != (pending is not None):
            self.preparing.emit(pending is not None)

    def _apply_resume(self) -> None:
        resume, self._resume = self._resume, None
        if resume is None:
            return
        key = (resume.block, resume.text, resume.sentence)
        same = [i for i, u in enumerate(self._full) if u.key_tuple() == key]
        if same and self._full[same[0]].shown == resume.shown:
            self.index = same[0]
            return
        # The article was edited: the same words nearby (a paragraph added above moves
        # them down), else the sentence now at that place.
        moved = [
            i
            for i, u in enumerate(self._full)
            if u.shown == resume.shown and abs(u.key.block - resume.block) <= RESUME_SEARCH_BLOCKS
        ]
        if moved:
            self.index = min(moved, key=lambda i: abs(self._full[i].key.block - resume.block))
            return
        later = [i for i, u in enumerate(self._full) if u.key_tuple() >= key]
        self.index = later[0] if later else 0

    def _end_selection(self) -> None:
        if self._main_index is not None:
            self.script = self._full
            self.index = self._main_index
            self._main_index = None

    # --- reading positions kept between sessions ----------------------------------------
    # (a subclass says what is read: its ``saying`` and ``state_changed`` signals, ``state``
    # and ``set_article``)

    def keep_positions(self, positions: ReadingPositions | ReadingState) -> None:
        """Save where reading stopped, per article, in ``positions``."""
        self.positions = positions
        self.saying.connect(self._save_at_new_block)
        self.state_changed.connect(self._save_when_halted)

    def open(self, article: Article, path: str | None) -> ReadingPosition | None:
        """Keep the last article's place, then read ``article`` from its saved place
        (returned, or None)."""
        self.save_position()
        self._path = None  # stopping the old article must not save under the new path
        resume = self.positions.get(path) if path and self.positions is not None else None
        self.set_article(article, resume)
        self._path = path
        self._saved_block = None
        return resume

    def save_position(self) -> None:
        positions = self.positions
        if positions is not None and self._path is not None and self.used:
            known = positions.problem
            positions.set(self._path, self.position())
            if positions.problem and positions.problem != known:  # said once
                self.positions_problem.emit(positions.problem)

    def _save_at_new_block(self, key: UtteranceKey, _start: int, _end: int) -> None:
        if key.block != self._saved_block and self.state == "playing":
            self._saved_block = key.block  # a power cut loses at most the current paragraph
            self.save_position()

    def _save_when_halted(self, state: str) -> None:
        if state in ("stopped", "paused"):
            self.save_position()
