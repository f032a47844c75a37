"""The kiosk shell: the desktop's controllers in a full-screen, touch-first layout."""
