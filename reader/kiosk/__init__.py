"""The kiosk's policy without Qt: admin config, PIN gate, idle reset, error log.

The kiosk window (in reader/ui) applies it; nothing here imports Qt or the UI.
"""

# The exit status of a kiosk the admin left with the PIN: the systemd unit
# (resources/kiosk/bulletin-reader-kiosk.service, RestartPreventExitStatus=) does not
# restart it, while any other end (a crash, a kill) is restarted.
ADMIN_EXIT_STATUS = 10
