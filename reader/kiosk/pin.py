"""The admin PIN: kept only as a salted hash, and a gate that locks after wrong tries.

The config holds ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``, made by
``bulletin-reader kiosk-pin``. A 4-digit PIN has only 10,000 values, so the hash keeps a
glance at the file from giving the PIN away, but the lock-out is what stops guessing at the
screen: five wrong PINs close the gate for 60 s.

Checking a PIN costs ~40-250 ms of one core (600,000 rounds): the window runs
``PinGate.attempt`` off the GUI thread. A stored hash asking for more than
``MAX_ITERATIONS`` is refused, so a hostile config cannot freeze the kiosk.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "ITERATIONS",
    "LOCK_SECONDS",
    "MAX_FAILURES",
    "Attempt",
    "Outcome",
    "PinGate",
    "hash_pin",
    "parse_pin_hash",
    "pin_problem",
    "verify_pin",
]

SCHEME = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's figure for PBKDF2-HMAC-SHA256 (2023)
MIN_ITERATIONS = 200_000
MAX_ITERATIONS = 5_000_000  # a check stays under a few seconds on a slow kiosk
SALT_BYTES = 16
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 32
MAX_FAILURES = 5
LOCK_SECONDS = 60.0

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also takes "²" and "٣"


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be an admin PIN (English, for the command line), or None."""
    if not _DIGITS.fullmatch(pin):
        return "the PIN must be digits 0-9 only (the kiosk's PIN pad has nothing else)"
    if len(pin) < MIN_PIN_DIGITS:
        return f"the PIN must have at least {MIN_PIN_DIGITS} digits"
    if len(pin) > MAX_PIN_DIGITS:
        return f"the PIN must have at most {MAX_PIN_DIGITS} digits"
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The self-describing hash of a valid PIN; ValueError says why a PIN is refused."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be {MIN_ITERATIONS}-{MAX_ITERATIONS}")
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _derive(pin, salt, iterations)
    return f"{SCHEME}${iterations}${_b64(salt)}${_b64(digest)}"


@dataclass(frozen=True)
class PinHash:
    iterations: int
    salt: bytes
    digest: bytes


def parse_pin_hash(stored: str) -> PinHash:
    """Split a stored hash; ValueError (in English, for the admin screen) if it is not one."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        raise ValueError(f"not a {SCHEME}$<iterations>$<salt>$<hash> line from kiosk-pin")
    _, rounds, salt_b64, digest_b64 = parts
    if not re.fullmatch(r"[0-9]{1,9}", rounds):
        raise ValueError("its iteration count is not a number")
    iterations = int(rounds)
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"its iteration count must be {MIN_ITERATIONS}-{MAX_ITERATIONS}")
    try:
        salt = base64.b64decode(salt_b64, validate=True)
        digest = base64.b64decode(digest_b64, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("its salt or hash is not base64") from None
    if not 8 <= len(salt) <= 64 or len(digest) != hashlib.sha256().digest_size:
        raise ValueError("its salt or hash has the wrong length")
    return PinHash(iterations, salt, digest)


def verify_pin(pin: str, stored: str | PinHash) -> bool:
    """True if ``pin`` matches; a malformed hash or PIN is simply False (never raises)."""
    try:
        parsed = stored if isinstance(stored, PinHash) else parse_pin_hash(stored)
    except ValueError:
        return False
    if not isinstance(pin, str) or len(pin) > MAX_PIN_DIGITS:
        return False
    try:
        digest = _derive(pin, parsed.salt, parsed.iterations)
    except UnicodeEncodeError:  # a lone surrogate cannot be a PIN
        return False
    return hmac.compare_digest(digest, parsed.digest)


class Outcome(Enum):
    ACCEPTED = "accepted"  # the admin screen opens; the count of wrong tries is cleared
    REJECTED = "rejected"  # wrong; ``tries_left`` more before the lock
    LOCKED = "locked"  # refused unchecked; ``seconds_left`` until the pad opens again
    NO_PIN = "no-pin"  # no valid PIN configured: leaving is for the system only


@dataclass(frozen=True)
class Attempt:
    outcome: Outcome
    tries_left: int = 0
    seconds_left: int = 0  # whole seconds, rounded up, while locked


class PinGate:
    """Who may open the admin screen: the policy alone, with an injected monotonic clock.

    - A right PIN is ACCEPTED and clears the count of wrong tries.
    - The ``MAX_FAILURES``-th wrong PIN in a row locks the gate for ``LOCK_SECONDS``.
    - While locked every try is LOCKED: not checked (so guessing gains nothing), not counted,
      and it does not move the end of the lock; the answer tells how long is left, so the
      pad can say so instead of failing silently. When the lock ends there are
      ``MAX_FAILURES`` tries again.
    - With no PIN configured (or an invalid hash) every try is NO_PIN: the kiosk can then be
      left only by the system (stopping the service from another console); the admin screen
      says to run ``bulletin-reader kiosk-pin`` and put its line in kiosk.toml.
    """

    def __init__(
        self,
        stored_hash: str | None,
        clock: Callable[[], float] = time.monotonic,
        *,
        max_failures: int = MAX_FAILURES,
        lock_seconds: float = LOCK_SECONDS,
    ) -> None:
        try:
            self._hash = parse_pin_hash(stored_hash) if stored_hash else None
        except ValueError:
            self._hash = None
        self._clock = clock
        self.max_failures = max_failures
        self.lock_seconds = lock_seconds
        self._failures = 0
        self._locked_until: float | None = None

    @property
    def configured(self) -> bool:
        return self._hash is not None

    def seconds_locked(self) -> int:
        """Whole seconds (rounded up) until the pad takes PINs again; 0 when it does."""
        if self._locked_until is None:
            return 0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until = None
            self._failures = 0
            return 0
        return math.ceil(left)

    def tries_left(self) -> int:
        return 0 if self.seconds_locked() else self.max_failures - self._failures

    def attempt(self, pin: str) -> Attempt:
        if self._hash is None:
            return Attempt(Outcome.NO_PIN)
        locked = self.seconds_locked()
        if locked:
            return Attempt(Outcome.LOCKED, seconds_left=locked)
        if verify_pin(pin, self._hash):
            self._failures = 0
            return Attempt(Outcome.ACCEPTED, tries_left=self.max_failures)
        self._failures += 1
        if self._failures >= self.max_failures:
            self._locked_until = self._clock() + self.lock_seconds
            return Attempt(Outcome.LOCKED, seconds_left=math.ceil(self.lock_seconds))
        return Attempt(Outcome.REJECTED, tries_left=self.max_failures - self._failures)
