"""Speech: the engine layer and audio export (no Qt here; the controller comes apart).

``backend``: the protocol, events and voice choice; ``process_backend``: the real engine
in a child process (``worker``); ``fake``: a deterministic backend for tests; ``script``:
article model -> utterances; ``export``: article -> audio file.
"""
