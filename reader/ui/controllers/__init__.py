"""Plain QObjects that each own one concern of a shell (desktop window or kiosk)."""
