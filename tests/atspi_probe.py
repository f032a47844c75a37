"""Run by tests/test_atspi.py with Debian's python3 (python3-pyatspi) inside dbus-run-session.

Starts Xvfb and the reader on it (xcb, accessibility on), then reads the reader's
accessibility tree over AT-SPI, as Orca would, and prints it as JSON.
    usage: atspi_probe.py PYTHON ARTICLE CONFIG_DIR LANG
"""

import json
import os
import subprocess
import sys
import time

import pyatspi

python, article, config, lang = sys.argv[1:5]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xserver import start_xvfb  # noqa: E402  (the tests' helper; standard library only)


def launch():
    """Xvfb and the reader on it."""
    server = start_xvfb()
    env = dict(
        os.environ,
        DISPLAY=server.display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        BULLETIN_READER_CONFIG_DIR=config,
    )
    process = subprocess.Popen(
        [python, "-m", "reader", article, "--lang", lang],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return server, process


xvfb, app = launch()
retried = False


def walk(node, depth=0, out=None, parent=""):
    """Each node: role, name, description, parent (nearest named ancestor), text if any."""
    out = [] if out is None else out
    if node is None or depth > 40:
        return out
    try:
        role = node.getRoleName()
        entry = {
            "role": role,
            "name": node.name or "",
            "description": node.description or "",
            "parent": parent,
        }
        try:
            text = node.queryText()
            entry["text"] = text.getText(0, min(text.characterCount, 200000))
        except NotImplementedError:
            pass
        out.append(entry)
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), depth + 1, out, entry["name"] or parent)
    except Exception as e:  # a node that vanished mid-walk
        out.append({"role": "error", "name": repr(e), "description": ""})
    return out


result = {"found": False}
try:
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        if app.poll() is not None:
            err = app.stderr.read()
            if "could not connect to display" in err and not retried:
                # Xvfb's trouble, not the reader's (seen once in CI): one more server.
                print(f"retrying: {err[-500:]}\n{xvfb.describe()}", file=sys.stderr)
                xvfb.stop()
                xvfb, app = launch()
                retried = True
                continue
            result["error"] = "reader exited: " + err[-2000:] + xvfb.describe()
            break
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        ours = [a for a in apps if a is not None and "ulletin" in (a.name or "")]
        if ours:
            nodes = walk(ours[0])
            frames = [n for n in nodes if n["role"] == "frame"]
            texts = [n for n in nodes if len(n.get("text", "")) > 500]
            if frames and texts and frames[0]["name"] != "Bulletin Reader":
                result = {"found": True, "app": ours[0].name, "nodes": nodes}
                break
        time.sleep(0.5)
finally:
    app.terminate()
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()
    xvfb.stop()
print(json.dumps(result))  # ASCII: U+2028 in the text must not split the line
