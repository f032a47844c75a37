#!/bin/sh
# Installs (as root) or names (otherwise) the Debian packages Bulletin Reader needs.
#   usage: scripts/system-deps.sh run|test
# run:  what Qt needs to open a window (xcb libraries, EGL/GL, fontconfig, a fallback font),
#       and espeak-ng + alsa-utils (aplay) for speech.
# test: run + a virtual X server and a window manager (openbox, typed to with xdotool) for
#       the real-window tests, strace (no image read opens a file
#       outside its folder), and D-Bus, the AT-SPI registry
#       and Debian's pyatspi to read the accessibility tree as Orca does, and
#       desktop-file-validate and appstreamcli for the desktop menu files.
set -eu
what=${1:-run}
run_pkgs="libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libegl1 libgl1 libopengl0 libxkbcommon0
libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
fonts-dejavu-core espeak-ng alsa-utils"
test_pkgs="xvfb xauth openbox xdotool dbus-daemon at-spi2-core python3-pyatspi sox strace
desktop-file-utils appstream"
case "$what" in
  run) pkgs=$run_pkgs ;;
  test) pkgs="$run_pkgs $test_pkgs" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's xcb libraries are installed (see README)."
  exit 0
fi
missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  echo "system-deps: done"
else
  echo "system-deps: these Debian packages are missing:$missing" >&2
  echo "system-deps: install them with:  sudo apt-get install$missing" >&2
  exit 1
fi
