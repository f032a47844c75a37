"""The kiosk's Qt shell and its parts (idle watch, countdown, attract, admin gesture, PIN pad)."""
