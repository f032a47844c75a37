"""How hard property tests push: a few hundred examples in `make test`, 10,000 in `make fuzz`.

`make fuzz` sets BULLETIN_FUZZ_EXAMPLES (10,000 by default) and gives every example a time
limit (BULLETIN_FUZZ_DEADLINE_MS, 5 s): there, an input that takes longer is a finding. The
ordinary suite keeps no time limit (speed is measured by `make bench`, not asserted).
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, settings

_EXAMPLES = os.environ.get("BULLETIN_FUZZ_EXAMPLES")
FUZZING = bool(_EXAMPLES)


def examples(n: int) -> int:
    """``n`` in the ordinary suite; the fuzz count under `make fuzz`."""
    return int(_EXAMPLES) if _EXAMPLES else n


def deadline() -> dt.timedelta | None:
    """No limit in the ordinary suite; a bound per example under `make fuzz`."""
    if not FUZZING:
        return None
    return dt.timedelta(milliseconds=int(os.environ.get("BULLETIN_FUZZ_DEADLINE_MS", "5000")))


# Tests without settings of their own take these.
settings.register_profile(
    "fuzz",
    max_examples=examples(100),
    deadline=deadline(),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    print_blob=True,
)
if FUZZING:
    settings.load_profile("fuzz")
