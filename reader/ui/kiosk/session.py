"""A visitor's session at the kiosk: the idle countdown and the reset that ends a visit, the
attract screen, and the admin's way out (corner long press or key chord, PIN pad, admin screen).

It composes the parts of reader/ui/kiosk with a KioskWindow and holds no policy of its own:
when to count down is reader.kiosk.idle's, whether a PIN is right is reader.kiosk.pin's.
Dialogs open window-modal with ``open()``, never ``exec()``: a nested event loop would keep
running under a reset, and a reset must close them (an admin who walked away must not leave
Exit within reach of the next visitor).

A changed kiosk.toml (``watch_config``) waits for the return to home: it is applied at once
when nobody is using the kiosk, else when the visitor goes home or the visit ends, never
under a visitor's reading.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from reader.kiosk.config import KioskConfig
from reader.kiosk.idle import IdlePolicy
from reader.kiosk.log import log_problems
from reader.kiosk.pin import PinGate
from reader.settings import keys
from reader.ui.kiosk.admin_screen import AdminScreen
from reader.ui.kiosk.attract import AttractScreen
from reader.ui.kiosk.config_watch import ConfigWatch, Loader
from reader.ui.kiosk.countdown import CountdownOverlay
from reader.ui.kiosk.idle_watch import IdleWatch
from reader.ui.kiosk.long_press import AdminGesture
from reader.ui.kiosk.pin_pad import PinPad
from reader.ui.kiosk.window import KioskWindow

ATTRACT_TITLES = 10
log = logging.getLogger(__name__)


class KioskSession(QObject):
    def __init__(
        self,
        window: KioskWindow,
        log_path: Path | None = None,
        log_problem: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        config = window.config
        self._window = window
        self._log_path, self._log_problem = log_path, log_problem
        self.policy = IdlePolicy(
            config.idle_seconds, config.countdown_seconds, attract=config.attract, now=clock()
        )
        self.watch = IdleWatch(self.policy, clock, self)
        self.countdown = CountdownOverlay(window, say=self._say_if_reading)
        self.attract = AttractScreen(window)
        self.gate = PinGate(config.admin_pin_hash)  # one for the kiosk's life: it keeps lock-outs
        self.gesture = AdminGesture(window)
        self.dialog: QDialog | None = None  # the PIN pad or the admin screen, while open
        self.config_watch: ConfigWatch | None = None
        self.pending_config: tuple[KioskConfig, list[str]] | None = None  # for the home screen
        self.watch.countdown.connect(self._on_countdown)
        self.watch.active.connect(self.countdown.uncover)
        self.watch.active.connect(self.attract.stop)
        self.watch.reset_due.connect(self.end_visit)
        self.watch.attract.connect(self._start_attract)
        self.gesture.admin_requested.connect(self.ask_pin)
        window.exit_approved.connect(self.stop)  # app-wide filters go before the window does
        window.home_shown.connect(self.apply_pending_config)

    def start(self) -> None:
        """After the window's key guard: the filter installed last sees events first, so
        keys the guard swallows still count as someone being there."""
        self.watch.start()
        self.gesture.start()

    def stop(self) -> None:
        self.watch.stop()
        self.gesture.stop()
        if self.config_watch is not None:
            self.config_watch.stop()

    # --- a changed config ---------------------------------------------------------------

    def watch_config(self, path: Path, load: Loader, problems: list[str]) -> None:
        """Follow ``path`` (the kiosk.toml in use; ``problems``: what loading it said)."""
        self.config_watch = ConfigWatch(path, self._window.config, problems, load, self)
        self.config_watch.changed.connect(self.config_changed)

    def config_changed(self, config: KioskConfig, problems: list[str]) -> None:
        log.info(
            "kiosk config changed: applied at once when nobody is using the kiosk, "
            "else at the next return to home"
        )
        log_problems(problems, source="kiosk config")
        self.pending_config = (config, list(problems))
        if not self.policy.visiting and self.dialog is None:  # nobody here: now
            self.apply_pending_config()
            self._window.reset_for_next_visitor()  # the settings' new defaults too

    def apply_pending_config(self) -> None:
        """The changed config, if any: folders, voices, idle times, PIN, problems."""
        if self.pending_config is None:
            return
        config, problems = self.pending_config
        self.pending_config = None
        if self._log_problem:
            problems = [*problems, f"the error log cannot be written: {self._log_problem}"]
        self.policy.idle_seconds = config.idle_seconds
        self.policy.countdown_seconds = config.countdown_seconds
        self.policy.attract = config.attract
        if config.admin_pin_hash != self._window.config.admin_pin_hash:
            self.gate = PinGate(config.admin_pin_hash)
        self._window.apply_config(config, problems)
        log.info("kiosk config applied from %s", config.source)

    # --- a visit ends -------------------------------------------------------------------

    def _on_countdown(self, seconds_left: int) -> None:
        self.countdown.show_seconds(seconds_left)
        self.countdown.raise_()

    def _say_if_reading(self, text: str) -> None:
        """The countdown is said aloud when the visitor was listening (reading pauses; a
        touch cancels the countdown and Play goes on)."""
        speech = self._window.speech
        if speech.state == "playing":
            speech.say(text, self._window.settings.get(keys.LANGUAGE))

    def end_visit(self) -> None:
        """The countdown ran out: close any dialog, speech stops, home, kiosk defaults (of a
        config changed meanwhile: it is applied first)."""
        self._close_dialog()
        self.countdown.uncover()
        self.apply_pending_config()
        self._window.reset_for_next_visitor()

    def _start_attract(self) -> None:
        entries = self._window.library.entries()
        self.attract.set_titles([e.title for e in entries[:ATTRACT_TITLES]])
        self.attract.start()
        self.attract.raise_()

    # --- the admin's way out ------------------------------------------------------------

    def ask_pin(self) -> None:
        if self.dialog is not None:
            return
        pad = PinPad(self.gate, self._window)
        pad.setWindowFlag(Qt.WindowType.FramelessWindowHint)  # no title bar to close or move
        pad.accepted.connect(self._open_admin)
        self._open(pad)

    def _open_admin(self) -> None:
        window = self._window
        screen = AdminScreen(
            window.config_problems,
            self._log_path,
            config_source=window.config.source,
            log_problem=self._log_problem,
            parent=window,
        )
        screen.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        screen.reload_requested.connect(window.reload_library)
        screen.exit_requested.connect(window.request_exit)
        self._open(screen)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.reject()
