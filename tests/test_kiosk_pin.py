"""The kiosk's admin PIN: a salted hash only, and a gate that locks after five wrong PINs."""

from __future__ import annotations

import base64
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.kiosk.pin import (
    ITERATIONS,
    LOCK_SECONDS,
    MIN_ITERATIONS,
    Outcome,
    PinGate,
    hash_pin,
    parse_pin_hash,
    pin_problem,
    verify_pin,
)
from tests.fuzzing import deadline, examples

# One hash made at the lowest allowed cost, shared: each costs ~0.1 s of a busy core.
FAST = MIN_ITERATIONS
STORED = hash_pin("2468", iterations=FAST)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_hash_describes_itself_and_holds_no_pin() -> None:
    stored = hash_pin("2468")
    scheme, iterations, salt, digest = stored.split("$")
    assert scheme == "pbkdf2_sha256"
    assert int(iterations) == ITERATIONS >= 200_000
    assert len(base64.b64decode(salt)) == 16
    expected = hashlib.pbkdf2_hmac("sha256", b"2468", base64.b64decode(salt), ITERATIONS)
    assert base64.b64decode(digest) == expected
    assert "2468" not in stored


def test_each_hash_has_its_own_salt() -> None:
    a, b = hash_pin("2468", iterations=FAST), hash_pin("2468", iterations=FAST)
    assert a != b
    assert verify_pin("2468", a) and verify_pin("2468", b)


def test_only_the_right_pin_verifies() -> None:
    assert verify_pin("2468", STORED)
    for wrong in ("2469", "246", "24680", "", " 2468", "２４６８"):
        assert not verify_pin(wrong, STORED), wrong


@pytest.mark.parametrize(
    "pin, reason",
    [
        ("123", "at least 4 digits"),
        ("", "digits 0-9 only"),
        ("12a4", "digits 0-9 only"),
        ("1234 ", "digits 0-9 only"),
        ("١٢٣٤", "digits 0-9 only"),  # Arabic-Indic digits: str.isdigit() would take them
        ("²²²²", "digits 0-9 only"),
        ("1" * 33, "at most 32 digits"),
    ],
)
def test_a_pin_must_be_four_or_more_ascii_digits(pin: str, reason: str) -> None:
    assert reason in (pin_problem(pin) or "")
    with pytest.raises(ValueError, match=reason):
        hash_pin(pin, iterations=FAST)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "2468",
        "pbkdf2_sha256$600000$abc",
        "pbkdf2_sha1$600000$" + STORED.split("$", 2)[2],
        STORED.replace(f"${FAST}$", "$1000$"),  # too cheap to be ours
        STORED.replace(f"${FAST}$", "$99999999$"),  # would freeze the kiosk for minutes
        STORED.replace(f"${FAST}$", "$-200000$"),
        STORED.replace(f"${FAST}$", "$２００000$"),
        STORED[:-4] + "!!!=",
        STORED.rsplit("$", 1)[0] + "$" + base64.b64encode(b"short").decode(),
    ],
)
def test_a_malformed_hash_is_refused_and_verifies_nothing(stored: str) -> None:
    with pytest.raises(ValueError):
        parse_pin_hash(stored)
    assert not verify_pin("2468", stored)
    assert not PinGate(stored).configured


@settings(max_examples=examples(60), deadline=deadline())
@given(st.text(max_size=40))
def test_any_string_as_pin_or_hash_never_raises(text: str) -> None:
    assert verify_pin(text, STORED) == (text == "2468")
    assert not verify_pin("2468", text)
    problem = pin_problem(text)
    assert (problem is None) == (text.isascii() and text.isdigit() and 4 <= len(text) <= 32)


def test_a_right_pin_opens_the_gate_and_clears_the_count() -> None:
    gate = PinGate(STORED, Clock())
    for left in (4, 3):
        assert gate.attempt("0000").tries_left == left
    accepted = gate.attempt("2468")
    assert accepted.outcome is Outcome.ACCEPTED
    assert gate.tries_left() == 5
    for _ in range(4):
        assert gate.attempt("0000").outcome is Outcome.REJECTED  # four again, not locked


def test_five_wrong_pins_lock_the_gate_for_a_minute() -> None:
    clock = Clock()
    gate = PinGate(STORED, clock)
    answers = [gate.attempt("1111") for _ in range(5)]
    assert [a.outcome for a in answers] == [Outcome.REJECTED] * 4 + [Outcome.LOCKED]
    assert [a.tries_left for a in answers[:4]] == [4, 3, 2, 1]
    assert answers[4].seconds_left == LOCK_SECONDS == 60
    clock.now += 59.5
    assert gate.seconds_locked() == 1
    assert gate.tries_left() == 0
    clock.now += 0.5
    assert gate.seconds_locked() == 0
    assert gate.attempt("2468").outcome is Outcome.ACCEPTED


def test_while_locked_even_the_right_pin_is_refused_and_tries_do_not_extend_the_lock() -> None:
    clock = Clock()
    gate = PinGate(STORED, clock)
    for _ in range(5):
        gate.attempt("1111")
    clock.now += 20
    refused = gate.attempt("2468")  # not checked at all: guessing while locked gains nothing
    assert refused.outcome is Outcome.LOCKED and refused.seconds_left == 40
    for _ in range(50):  # a stream of wrong tries neither extends the lock nor is silent
        answer = gate.attempt("1111")
        assert answer.outcome is Outcome.LOCKED and answer.seconds_left == 40
    clock.now += 40
    assert gate.attempt("1111").outcome is Outcome.REJECTED  # five fresh tries after the lock
    assert gate.tries_left() == 4


def test_without_a_pin_nobody_gets_in() -> None:
    for stored in (None, "", "not a hash"):
        gate = PinGate(stored, Clock())
        assert not gate.configured
        for pin in ("", "0000", "2468"):
            assert gate.attempt(pin).outcome is Outcome.NO_PIN
