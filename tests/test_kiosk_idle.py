"""The kiosk's idle policy: every transition, on a clock the test moves (no sleeps)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.kiosk.idle import IdlePolicy, IdleStatus, Phase
from tests.fuzzing import deadline, examples

ACTIVE = IdleStatus(Phase.ACTIVE)
RESET = IdleStatus(Phase.RESET_DUE)
ATTRACT = IdleStatus(Phase.ATTRACT)


def countdown(left: int) -> IdleStatus:
    return IdleStatus(Phase.COUNTDOWN, left)


def visited(attract: bool = False) -> IdlePolicy:
    """120 s idle, a 15 s countdown; a visitor touched the screen at t=0."""
    policy = IdlePolicy(120, 15, attract=attract, now=-50)
    assert policy.activity(0) == ACTIVE
    return policy


def test_a_visitor_stays_active_until_the_idle_time_is_up() -> None:
    policy = visited()
    assert policy.tick(1) == ACTIVE
    assert policy.tick(119.9) == ACTIVE
    assert policy.phase is Phase.ACTIVE


def test_then_the_countdown_counts_whole_seconds_down_to_the_reset() -> None:
    policy = visited()
    assert policy.tick(120) == countdown(15)
    assert policy.tick(120.5) == countdown(15)
    assert policy.tick(121) == countdown(14)
    assert policy.tick(134) == countdown(1)
    assert policy.tick(134.99) == countdown(1)
    assert policy.phase is Phase.COUNTDOWN
    assert policy.tick(135) == RESET


def test_activity_cancels_the_countdown_and_starts_the_idle_time_again() -> None:
    policy = visited()
    assert policy.tick(130) == countdown(5)
    assert policy.activity(130.5) == ACTIVE
    assert policy.tick(131) == ACTIVE
    assert policy.tick(250) == ACTIVE
    assert policy.tick(250.5) == countdown(15)


def test_activity_during_the_idle_time_postpones_the_countdown() -> None:
    policy = visited()
    policy.activity(100)
    assert policy.tick(219) == ACTIVE
    assert policy.tick(220) == countdown(15)


def test_the_reset_is_due_once_then_the_kiosk_is_clean_and_stays_quiet() -> None:
    policy = visited()
    assert policy.tick(135) == RESET
    assert policy.tick(135) == ACTIVE  # not a second reset
    for t in (200, 300, 10_000):  # nobody to reset: no countdown over the home screen
        assert policy.tick(t) == ACTIVE
    policy.activity(10_001)  # the next visitor
    assert policy.tick(10_121) == countdown(15)
    assert policy.tick(10_136) == RESET


def test_a_late_tick_still_resets_once() -> None:
    """The window's timer was held up (a long layout): the reset is due, not skipped."""
    policy = visited()
    assert policy.tick(5000) == RESET
    assert policy.tick(5001) == ACTIVE


def test_with_attract_the_reset_leads_to_the_attract_screen_until_a_touch() -> None:
    policy = visited(attract=True)
    assert policy.tick(135) == RESET
    assert policy.tick(136) == ATTRACT
    assert policy.tick(100_000) == ATTRACT
    assert policy.phase is Phase.ATTRACT
    assert policy.activity(100_001) == ACTIVE
    assert policy.tick(100_002) == ACTIVE
    assert policy.tick(100_121) == countdown(15)  # a visitor again, so a countdown again


def test_after_start_up_nobody_is_there_to_reset() -> None:
    quiet = IdlePolicy(120, 15, attract=False, now=0)
    assert quiet.tick(0) == ACTIVE
    assert quiet.tick(10_000) == ACTIVE
    attract = IdlePolicy(120, 15, attract=True, now=0)
    assert attract.tick(119) == ACTIVE
    assert attract.tick(120) == ATTRACT  # an untouched kiosk shows the attract screen
    assert attract.activity(121) == ACTIVE
    assert attract.tick(241) == countdown(15)


def test_a_clock_that_steps_back_counts_as_no_time() -> None:
    policy = visited()
    assert policy.tick(-1000) == ACTIVE
    policy.activity(-2000)  # does not move the last activity back either
    assert policy.tick(119) == ACTIVE
    assert policy.tick(120) == countdown(15)


@pytest.mark.parametrize("idle, count", [(0, 15), (120, 0), (-1, 15)])
def test_times_must_be_positive(idle: float, count: float) -> None:
    with pytest.raises(ValueError):
        IdlePolicy(idle, count, attract=False, now=0)


@settings(max_examples=examples(200), deadline=deadline())
@given(
    st.lists(st.tuples(st.booleans(), st.floats(0, 400, allow_nan=False)), max_size=40),
    st.booleans(),
)
def test_any_sequence_of_touches_and_ticks_resets_once_per_visit(
    steps: list[tuple[bool, float]], attract: bool
) -> None:
    """A reset is due only after a visit, at most once per visit, and only when the idle
    time and the whole countdown have passed since the last touch."""
    policy = IdlePolicy(120, 15, attract=attract, now=0)
    now, last_touch, resets_since_touch = 0.0, None, 0
    for touch, step in steps:
        now += step
        if touch:
            assert policy.activity(now) == ACTIVE
            last_touch, resets_since_touch = now, 0
            continue
        status = policy.tick(now)
        if status.phase is Phase.RESET_DUE:
            assert last_touch is not None and now - last_touch >= 135
            resets_since_touch += 1
            assert resets_since_touch == 1
        elif status.phase is Phase.COUNTDOWN:
            assert last_touch is not None and 120 <= now - last_touch < 135
            assert 1 <= status.seconds_left <= 15
        elif status.phase is Phase.ATTRACT:
            assert attract
