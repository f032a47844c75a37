"""The kiosk: the desktop's controllers in a full-screen, touch-first layout, and its parts (idle
watch, countdown, attract screen, admin gesture, PIN pad, admin screen)."""
