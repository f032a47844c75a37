#!/bin/sh
# Installs Bulletin Reader for every user of a machine: a venv at PREFIX holding the wheel and
# its dependencies at the versions the suite was run with (constraints.txt), and links to its
# two commands in BINDIR. Run again with a newer wheel to upgrade (settings and libraries of
# the users are not touched: they live in their own folders).
#   usage: scripts/install-system.sh WHEEL [PREFIX] [BINDIR]
#   PREFIX default /opt/bulletin-reader; BINDIR default /usr/local/bin ("" for no links).
# A venv is not relocatable (its scripts name its own python by absolute path), so it is
# made where it will run; copy PREFIX to other machines only at the same path and Python.
# Environment: PYTHON (default python3, 3.11 or newer), CONSTRAINTS (default the checkout's).
set -eu
wheel=${1:?usage: $0 WHEEL [PREFIX] [BINDIR]}
prefix=${2:-/opt/bulletin-reader}
bindir=${3-/usr/local/bin}
python=${PYTHON:-python3}
here=$(cd "$(dirname "$0")/.." && pwd)
constraints=${CONSTRAINTS:-$here/constraints.txt}
umask 022  # readable by every user, whoever installs

"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "install-system: $python is older than Python 3.11" >&2; exit 1; }
if [ -e "$prefix" ] && [ ! -f "$prefix/pyvenv.cfg" ] && [ -n "$(ls -A "$prefix")" ]; then
  echo "install-system: $prefix holds files and is not a venv; not touching it" >&2; exit 1
fi
[ -x "$prefix/bin/python" ] || "$python" -m venv "$prefix"
pip="$prefix/bin/python -m pip --disable-pip-version-check --quiet"
$pip install -c "$constraints" "$wheel"
# the same version again (a rebuilt wheel) replaces the installed files too
$pip install --no-deps --force-reinstall "$wheel"
if [ -n "$bindir" ]; then
  mkdir -p "$bindir"
  for name in bulletin-reader bulletin-reader-gui; do
    ln -sf "$prefix/bin/$name" "$bindir/$name"
  done
fi
"$prefix/bin/bulletin-reader" --version | head -n 1
echo "install-system: installed in $prefix${bindir:+ (commands linked in $bindir)}"
