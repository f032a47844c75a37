"""Run by tests/test_atspi.py with Debian's python3 (python3-pyatspi) inside dbus-run-session.

Starts Xvfb and the reader on it (xcb, accessibility on), then reads the reader's
accessibility tree over AT-SPI, as Orca would, and prints it as JSON.
    usage: atspi_probe.py PYTHON ARTICLE CONFIG_DIR LANG [TABS]
With TABS, it then presses Tab that many times (XTest, through the AT-SPI registry, as a
keyboard would) and records the focused accessible after each press: "tabs".
"""

import json
import os
import subprocess
import sys
import time

python, article, config, lang = sys.argv[1:5]
tabs = int(sys.argv[5]) if len(sys.argv) > 5 else 0
TAB_KEYCODE = 23  # Tab in the X server's default (evdev) keymap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xserver import start_xvfb  # noqa: E402  (the tests' helper; standard library only)


def launch():
    """Xvfb and the reader on it."""
    server = start_xvfb()
    # The accessibility bus's registry makes the key presses (XTest): it must know the
    # display. It is started on demand, so tell the session bus first.
    subprocess.run(["dbus-update-activation-environment", f"DISPLAY={server.display}"], check=False)
    os.environ["DISPLAY"] = server.display
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
import pyatspi  # noqa: E402  (after the bus knows the display)

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


def give_keyboard_to_largest_window():
    """What a window manager does when a window opens: give it the X input focus (Xvfb
    has none; Qt ignores the pointer's focus). libX11 through ctypes: no other package."""
    import ctypes
    import ctypes.util

    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(os.environ["DISPLAY"].encode())
    if not display:
        return
    root = x11.XDefaultRootWindow(display)
    root_ret, parent_ret = ctypes.c_ulong(), ctypes.c_ulong()
    children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 4
    x11.XQueryTree(display, root, ctypes.byref(root_ret), ctypes.byref(parent_ret),
                   ctypes.byref(children), ctypes.byref(count))  # fmt: skip

    class Attributes(ctypes.Structure):  # XWindowAttributes, the fields up to map_state
        _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                    ("height", ctypes.c_int), ("border_width", ctypes.c_int),
                    ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                    ("root", ctypes.c_ulong), ("c_class", ctypes.c_int),
                    ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
                    ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                    ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
                    ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                    ("map_state", ctypes.c_int), ("rest", ctypes.c_char * 128)]  # fmt: skip

    x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    best, area = None, 0
    for i in range(count.value):
        attributes = Attributes()
        x11.XGetWindowAttributes(display, children[i], ctypes.byref(attributes))
        size = attributes.width * attributes.height
        if attributes.map_state == 2 and size > area:  # IsViewable
            best, area = children[i], size
    if best is not None:
        x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int,
                                       ctypes.c_ulong]  # fmt: skip
        x11.XSetInputFocus(display, best, 2, 0)  # RevertToParent, CurrentTime
        x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XSync(display, 0)
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay(display)


def focused(node, depth=0, out=None):
    """Every focused accessible under node (states only: no text is read)."""
    out = [] if out is None else out
    if node is None or depth > 40:
        return out
    try:
        states = node.getState()
        if states.contains(pyatspi.STATE_FOCUSED) and node.getRoleName() != "frame":
            out.append(node)
        for i in range(node.childCount):
            focused(node.getChildAtIndex(i), depth + 1, out)
    except Exception:  # a node that vanished mid-walk
        pass
    return out


def describe(nodes):
    return [
        {
            "role": node.getRoleName(),
            "name": node.name or "",
            "focusable": node.getState().contains(pyatspi.STATE_FOCUSABLE),
        }
        for node in nodes
    ]


def press_tabs(app_node, count):
    """Tab `count` times; the focused accessible after each (and before the first)."""
    give_keyboard_to_largest_window()
    time.sleep(0.5)
    seen = [describe(focused(app_node))]
    for _ in range(count):
        pyatspi.Registry.generateKeyboardEvent(TAB_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
        time.sleep(0.4)  # the reader handles it, then the bus carries the new state
        seen.append(describe(focused(app_node)))
    return seen


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
            listed = [n for n in nodes if n["role"] == "list item"]  # listed after the article
            if frames and texts and listed and frames[0]["name"] != "Bulletin Reader":
                result = {"found": True, "app": ours[0].name, "nodes": nodes}
                if tabs:
                    result["tabs"] = press_tabs(ours[0], tabs)
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
