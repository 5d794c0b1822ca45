#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The main journey as a screen-reader user makes it, through AT-SPI only.

usage: test-atspi-journey.py PURSUIT

Starts the real program on an empty database, in a fresh HOME, on a private
D-Bus session with its own accessibility bus, and drives it from outside as
Orca would: widgets are found by role and accessible name, pressed through
their AT-SPI actions, filled through EditableText, and keys go to the
window as the keyboard sends them (XTest, through xdotool). The journey:
Add Job, the dialog filled and confirmed, the new row found and opened, its
stage changed, the Guides view and a guide opened. At every step each
control shown must have a proper name and role, and Tab must go through
each part of the window in the order it is read, top to bottom and left to
right. Prints TAP; skips without an X display, xdotool or the AT-SPI
bindings.
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import warnings

PRIVATE_BUS = "PURSUIT_ATSPI_PRIVATE_BUS"


def skip_all(reason):
    print(f"1..0 # SKIP {reason}")
    sys.exit(0)


if not os.environ.get("DISPLAY"):
    skip_all("no X display")
for program in ("xdotool", "dbus-run-session"):
    if shutil.which(program) is None:
        skip_all(f"{program} is not installed")

# A bus of our own: the accessibility bus it starts, the registry and
# anything the program activates go away with it, whatever ran before.
# The bus's daemons (the registry says it is running) write to the
# standard output they inherit: they get the standard error, and the TAP
# stream goes on a descriptor of its own.
if os.environ.get(PRIVATE_BUS) != "1":
    os.environ[PRIVATE_BUS] = "1"
    tap = os.dup(1)
    os.set_inheritable(tap, True)
    os.environ["PURSUIT_TAP_FD"] = str(tap)
    sys.stdout.flush()
    os.dup2(2, 1)
    os.execvp("dbus-run-session", ["dbus-run-session", "--", sys.executable] + sys.argv)
if "PURSUIT_TAP_FD" in os.environ:
    sys.stdout = os.fdopen(int(os.environ.pop("PURSUIT_TAP_FD")), "w", buffering=1)

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib
    # get_action_name is deprecated for a get_name the Python binding hides.
    warnings.simplefilter("ignore", DeprecationWarning)
except (ImportError, ValueError) as error:
    skip_all(f"no AT-SPI bindings for Python ({error})")

PURSUIT = os.path.abspath(sys.argv[1])
# Generous: other builds may share the machine's two cores.
TIMEOUT = float(os.environ.get("PURSUIT_ATSPI_TIMEOUT", "30"))
POLL = 0.05

COMPANY = "Acme Contact Centre"
TITLE = "Bilingual Support Agent"

# Roles a user acts on: each needs a name of its own.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.COMBO_BOX, Atspi.Role.ENTRY, Atspi.Role.TEXT, Atspi.Role.PASSWORD_TEXT,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.PAGE_TAB, Atspi.Role.MENU_ITEM, Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM, Atspi.Role.LINK, Atspi.Role.SLIDER,
    Atspi.Role.LIST_ITEM,
}
# What no focusable control should be: a screen reader says nothing useful.
VAGUE_ROLES = {Atspi.Role.UNKNOWN, Atspi.Role.FILLER, Atspi.Role.PANEL, Atspi.Role.INVALID}

started = time.monotonic()
results = []


class CheckFailed(Exception):
    pass


def say(text):
    print(f"# {time.monotonic() - started:5.1f} {text}", flush=True)


def check(condition, detail):
    if not condition:
        raise CheckFailed(detail)


def wait_for(what, probe, timeout=TIMEOUT):
    """Polls @probe until it returns something true; fails naming @what."""
    say(f"looking for {what}")
    deadline = time.monotonic() + timeout
    while True:
        pump()
        forget()
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out after {timeout:.0f} s looking for {what}")
        time.sleep(POLL)


# Reading the tree ---------------------------------------------------------

def forget():
    """libatspi keeps what it has read of a program that does not offer a
    cache of its own (GTK 4.8 does not) until events say it changed, and
    GTK 4.8 does not say it of every new row or name: each look reads
    afresh, once."""
    if app is not None:
        app.clear_cache()


def safe(function, default=None):
    try:
        return function()
    except GLib.Error:
        return default


def children(node):
    for index in range(safe(node.get_child_count, 0)):
        child = safe(lambda: node.get_child_at_index(index))
        if child is not None:
            yield child


def extents(node):
    return safe(lambda: node.get_extents(Atspi.CoordType.WINDOW))


def is_shown(node):
    """GTK 4.8 says SHOWING only of windows; the pages of a stack never
    shown have an empty size. (A page shown once and then hidden keeps its
    last size: what is found must be looked for where it is expected.)"""
    box = extents(node)
    return box is not None and box.width > 0 and box.height > 0


def walk(node, shown_only=True, within=None):
    """Every node under @node, depth first, without what is not shown or,
    given @within (a window's extents), what is scrolled out of it."""
    stack = [node]
    while stack:
        current = stack.pop()
        role = safe(current.get_role)
        # Containers of GTK 4.8 (stack pages) have no size of their own.
        if shown_only and role not in (Atspi.Role.APPLICATION, Atspi.Role.PANEL) and not is_shown(current):
            continue
        if within is not None and role != Atspi.Role.APPLICATION:
            box = extents(current)
            sized = box is not None and box.width > 1 and box.height > 1
            if sized and (box.y >= within.height or box.y + box.height <= 0
                          or box.x >= within.width or box.x + box.width <= 0):
                continue
        yield current
        stack.extend(reversed(list(children(current))))


def has_state(node, state):
    states = safe(node.get_state_set)
    return states is not None and states.contains(state)


def describe(node):
    box = extents(node)
    where = f" at {box.x},{box.y} {box.width}x{box.height}" if box else ""
    return f"{safe(node.get_role_name, '?')} “{safe(node.get_name, '')}”{where}"


def find(root, role, name=None, contains=None):
    """The first @role named @name (or with each of @contains in its name)
    on screen in @root: a guide's page is far too long to search all."""
    for node in walk(root, within=extents(root)):
        if safe(node.get_role) != role:
            continue
        text = safe(node.get_name, "")
        if (name is None or text == name) and (contains is None or all(part in text for part in contains)):
            return node
    return None


def find_window(title):
    for window in children(app):
        if safe(window.get_name) == title and is_shown(window):
            return window
    return None


def text_of(node):
    """GTK 4.8 does not take -1 for the end of the text."""
    return safe(lambda: node.get_text(0, node.get_character_count()))


def label_text(node):
    return " ".join(safe(child.get_name, "") for child in walk(node) if safe(child.get_role) == Atspi.Role.LABEL)


# Acting ---------------------------------------------------------------------

def pump():
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def press(node, action="click"):
    count = safe(node.get_n_actions, 0)
    names = [safe(lambda: node.get_action_name(i), "") for i in range(count)]
    check(action in names, f"{describe(node)} has no “{action}” action (it has {names})")
    say(f"{action}: {describe(node)}")
    check(node.do_action(names.index(action)), f"{action} on {describe(node)} failed")


def window_id(title):
    output = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid),
                             "--name", f"^{title}$"], capture_output=True, text=True).stdout.split()
    return output[-1] if output else None


def keys(window, *names):
    """Real key presses, to @window, given the keyboard focus as a window
    manager would."""
    title = safe(window.get_name)
    wid = wait_for(f"the X window “{title}”", lambda: window_id(title))
    say(f"keys: {' '.join(names)}")
    subprocess.run(["xdotool", "windowfocus", "--sync", wid, "key", "--clearmodifiers", "--delay", "40"] + list(names),
                   check=True)


class FocusTracker:
    """What has the focus, as a screen reader learns it: from the events
    the program sends when a control gains or loses it."""

    def __init__(self):
        self.node = None
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register("object:state-changed:focused")

    def on_event(self, event):
        if event.detail1:
            self.node = event.source
        elif event.source == self.node:
            self.node = None


def focused(root):
    pump()
    node = focus_tracker.node
    if node is None or safe(node.get_role) == Atspi.Role.FRAME or not inside(node, root):
        return None
    return node


def focus(node, window, presses=40):
    """Moves the focus to @node as a keyboard user does, with Tab (GTK 4.8
    does not implement AT-SPI's GrabFocus)."""
    say(f"focus: {describe(node)}")
    for _ in range(presses):
        current = focused(window)
        say(f"  the focus is on {describe(current) if current else 'nothing'}")
        if current is not None and inside(current, node):
            return
        keys(window, "Tab")
        wait_for("the focus to move", lambda: focused(window) != current or current is None)
    raise CheckFailed(f"Tab never reached {describe(node)}")


# What a screen reader would say -------------------------------------------

def name_problem(node):
    role = safe(node.get_role)
    name = (safe(node.get_name, "") or "").strip()
    if not name:
        return "has no name"
    if name.startswith(("Gtk", "Adw", "Pursuit")) and " " not in name:
        return "is named after its type"
    if "_" in name and role in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX):
        return "has a mnemonic underscore in its name"
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]:
        return "says its name twice"
    if role in VAGUE_ROLES and has_state(node, Atspi.StateType.FOCUSABLE):
        return "is focusable without a role"
    return None


def audit(root, where, on_screen=False):
    """Every control shown under @root (with @on_screen, only in the
    window's visible area): a name, said once, and a role."""
    problems = []
    checked = 0
    forget()
    for node in walk(root, within=extents(root) if on_screen else None):
        role = safe(node.get_role)
        focusable = has_state(node, Atspi.StateType.FOCUSABLE)
        if role not in CONTROL_ROLES and not (focusable and role in VAGUE_ROLES):
            continue
        # The choice a closed drop-down shows is read as the drop-down's value.
        combo = combo_of(node) if role == Atspi.Role.LIST_ITEM else None
        if combo is not None and not inside(root, combo):
            continue
        # GTK's own insides of a drop-down or menu button, read as the control.
        parent = safe(node.get_parent)
        if parent is not None and safe(parent.get_role) in (Atspi.Role.PUSH_BUTTON, Atspi.Role.COMBO_BOX) \
                and safe(parent.get_name) == safe(node.get_name):
            continue
        checked += 1
        problem = name_problem(node)
        if problem:
            problems.append(f"{describe(node)} {problem}")
    say(f"{where}: {checked} controls checked")
    check(checked > 0, f"{where}: no controls found")
    check(not problems, f"{where}:\n  " + "\n  ".join(problems))


def part_of(node, window_box):
    """The part of the window @node is in: its outermost container that
    does not fill the window (the header bar, the list, the page)."""
    chain = []
    current = node
    while current is not None and safe(current.get_role) not in (Atspi.Role.FRAME, Atspi.Role.DIALOG,
                                                                 Atspi.Role.APPLICATION):
        chain.append(current)
        current = safe(current.get_parent)
    for ancestor in reversed(chain):
        box = extents(ancestor)
        if box and (box.width < window_box.width - 4 or box.height < window_box.height - 4):
            return (box.x, box.y, box.width, box.height)
    return None


def next_focus(window, previous):
    """Tab, and what has the focus then, or None when no event says the
    focus moved (which a short wait tells): a screen reader says nothing.
    libadwaita 1.2's entry rows hold the focus in a GtkText GTK 4.8 gives
    no role, so nothing was shown as focused until the program made that
    text a named text box (pursuit-accessible.c)."""
    keys(window, "Tab")
    deadline = time.monotonic() + 0.6
    while time.monotonic() < deadline:
        pump()
        node = focused(window)
        if node is not None and node != previous:
            return node
        time.sleep(POLL)
    return None


def check_focus_order(window, presses, where, minimum):
    """Tab up to @presses times: within each part of the window (the
    header bar, a pane), each control comes after the one before in reading
    order, top to bottom and left to right; no part is entered twice
    before the focus comes round again."""
    window_box = extents(window)
    seen = []
    parts = []
    previous = None
    start = focused(window)
    if start is not None:
        say(f"  from {describe(start)}")
        previous = (start, part_of(start, window_box))
        seen.append(previous)
        parts.append(previous[1])
    for _ in range(presses):
        node = next_focus(window, previous[0] if previous else None)
        if node is None:
            raise CheckFailed(f"{where}: Tab after {describe(previous[0]) if previous else 'the start'} "
                              "goes to a control AT-SPI does not show as focused: a screen reader says nothing")
        say(f"  Tab → {describe(node)}")
        if any(node == other for other, _ in seen):
            break
        problem = name_problem(node)
        check(problem is None, f"{where}: the focused {describe(node)} {problem}")
        box = extents(node)
        part = part_of(node, window_box)
        if previous is not None and part == previous[1]:
            # Looked at again: the pane may have scrolled to show @node.
            before = extents(previous[0])
            same_line = box.y < before.y + before.height and before.y < box.y + box.height
            check(box.y >= before.y + before.height - 2 or (same_line and box.x >= before.x),
                  f"{where}: Tab goes back from {describe(previous[0])} to {describe(node)}")
        elif part in parts:
            raise CheckFailed(f"{where}: Tab comes back to a part of the window it left, at {describe(node)}")
        if part not in parts:
            parts.append(part)
        seen.append((node, part))
        previous = (node, part)
    say(f"{where}: {len(seen)} controls in {len(parts)} parts in reading order")
    check(len(seen) >= minimum, f"{where}: Tab reached only {len(seen)} controls")
    check(len(parts) >= 2, f"{where}: Tab never left the first part of the window")
    return [node for node, _ in seen]


# The journey ------------------------------------------------------------------

def step(description):
    def wrap(function):
        results.append((description, function))
        return function
    return wrap


state = {}


@step("the program starts and shows its window to AT-SPI")
def start():
    global app, focus_tracker, process
    # As on a desktop, the screen reader is listening before the program
    # starts: the program finds the accessibility bus and registry running.
    desktop = Atspi.get_desktop(0)
    focus_tracker = FocusTracker()
    say(f"{safe(desktop.get_child_count, 0)} programs on the accessibility bus before Pursuit")
    process = subprocess.Popen([PURSUIT], env=environment)

    def find_app():
        for candidate in children(desktop):
            if safe(candidate.get_process_id) == process.pid:
                return candidate
        return None

    try:
        app = wait_for("the program on the accessibility bus", find_app)
    except CheckFailed:
        for candidate in children(desktop):
            say(f"  on the bus: “{safe(candidate.get_name)}”, process {safe(candidate.get_process_id)}")
        say(f"  Pursuit is process {process.pid}, exit status {process.poll()}")
        raise
    state["window"] = wait_for("the main window", lambda: find_window("Pursuit"))
    check(safe(state["window"].get_role) == Atspi.Role.FRAME, f"the main window is a {describe(state['window'])}")


@step("Add Job is found by its name and opens the dialog")
def add_job():
    window = state["window"]
    button = wait_for("a button named “Add Job”", lambda: find(window, Atspi.Role.PUSH_BUTTON, "Add Job"))
    audit(window, "the empty Jobs view")
    press(button)
    dialog = wait_for("the Add Job dialog", lambda: find_window("Add Job"))
    state["dialog"] = dialog
    audit(dialog, "the Add Job dialog")


def fill(dialog, name, text):
    entry = wait_for(f"the “{name}” field", lambda: find(dialog, Atspi.Role.TEXT, name))
    say(f"type “{text}” in {describe(entry)}")
    check(entry.set_text_contents(text), f"could not write in {describe(entry)}")
    wait_for(f"“{text}” in the field", lambda: text_of(entry) == text)


def check_text_field_focused(stops, name, where):
    """Among the Tab stops of @where, the field titled @name as Orca hears
    of it: a text named after the title that takes typing."""
    field = next((node for node in stops if safe(node.get_name) == name), None)
    check(field is not None, f"{where}: Tab never showed the “{name}” field as focused "
                             f"(it showed {', '.join(describe(node) for node in stops)})")
    check(safe(field.get_role) == Atspi.Role.TEXT and "EditableText" in (safe(field.get_interfaces) or [])
          and has_state(field, Atspi.StateType.EDITABLE),
          f"{where}: the focused “{name}” field is a {describe(field)}, not an editable text")


@step("the dialog is filled and confirmed; the new job is listed")
def fill_and_confirm():
    dialog = state["dialog"]
    fill(dialog, "Company", COMPANY)
    fill(dialog, "Job Title", TITLE)
    stops = check_focus_order(dialog, 16, "the Add Job dialog", 4)
    for name in ("Job Title", "Company"):
        check_text_field_focused(stops, name, "the Add Job dialog")
    press(wait_for("the Add button", lambda: find(dialog, Atspi.Role.PUSH_BUTTON, "Add")))
    wait_for("the dialog to close", lambda: find_window("Add Job") is None)
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT company, title FROM jobs").fetchall()
    check(rows == [(COMPANY, TITLE)], f"the database holds {rows}")


@step("the new row is found in the jobs list and opened")
def open_row():
    window = state["window"]
    def find_row():
        for node in walk(window, within=extents(window)):
            if safe(node.get_role) == Atspi.Role.LIST_ITEM:
                # By its name, or else by what it shows: the audit below
                # tells a row without a name.
                text = (safe(node.get_name, "") or "") + " " + label_text(node)
                if TITLE in text and COMPANY in text:
                    return node
        return None

    try:
        row = wait_for(f"a row showing {TITLE} at {COMPANY}", find_row)
    except CheckFailed:
        for node in walk(window, shown_only=False):
            if safe(node.get_role) in (Atspi.Role.LIST_ITEM, Atspi.Role.LIST):
                say(f"  there is {describe(node)} in {describe(safe(node.get_parent))}")
        raise
    focus(row, window)
    keys(window, "Return")
    state["stage"] = wait_for("the job's Stage field", lambda: find(window, Atspi.Role.COMBO_BOX, "Stage"))
    wait_for("the job's title on its page", lambda: find(window, Atspi.Role.TEXT, "Job Title"))
    audit(window, "the job page")
    # From the row: the list, then the page's header bar and the page.
    stops = check_focus_order(window, 12, "the Jobs view with a job open", 6)
    for name in ("Job Title", "Company"):
        check_text_field_focused(stops, name, "the job's page")


def stage_of_job():
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT stages.kind FROM jobs JOIN stages ON stages.id = jobs.stage_id").fetchone()[0]


@step("the stage is changed from its drop-down, by keyboard")
def change_stage():
    window = state["window"]
    combo = state["stage"]
    before = stage_of_job()
    shown_before = label_text(combo)
    focus(combo, window)
    keys(window, "Return")
    # The popover is the drop-down's own child; the row shows the stage chosen.
    popup = wait_for("the list of stages", lambda: find_item(combo, "Applied"))
    audit(safe(popup.get_parent), "the list of stages")
    keys(window, "Down", "Return")
    wait_for("the new stage saved", lambda: stage_of_job() != before)
    wait_for("the drop-down to show the new stage", lambda: label_text(combo) != shown_before)
    say(f"stage {before} → {stage_of_job()}, shown as “{label_text(combo)}”")


def combo_of(node):
    current = safe(node.get_parent)
    while current is not None and safe(current.get_role) not in (Atspi.Role.FRAME, Atspi.Role.COMBO_BOX):
        current = safe(current.get_parent)
    return current if current is not None and safe(current.get_role) == Atspi.Role.COMBO_BOX else None


def find_item(root, text):
    for node in walk(root):
        if safe(node.get_role) == Atspi.Role.LIST_ITEM and text in label_text(node):
            return node
    return None


def inside(node, ancestor):
    if ancestor is None:
        return False
    current = node
    while current is not None:
        if current == ancestor:
            return True
        current = safe(current.get_parent)
    return False


def selected_tab(window, name):
    """The view switcher's tab @name, when it is the one selected: each
    view has a switcher of its own in its header bar."""
    for node in walk(window, within=extents(window)):
        if safe(node.get_role) == Atspi.Role.PAGE_TAB and safe(node.get_name) == name \
                and has_state(node, Atspi.StateType.SELECTED):
            return node
    return None


@step("Alt+4 shows the Guides view; a guide opens from the list")
def open_guide():
    window = state["window"]
    wait_for("the Guides tab", lambda: find(window, Atspi.Role.PAGE_TAB, "Guides"))
    keys(window, "alt+4")
    wait_for("the Guides tab to be selected", lambda: selected_tab(window, "Guides"))
    # A guide is a long page: what is on screen is checked.
    audit(window, "the Guides view", on_screen=True)
    guides = wait_for("the list of guides", lambda: find(window, Atspi.Role.LIST, "Guides"))
    rows = [row for row in children(guides) if safe(row.get_role) == Atspi.Role.LIST_ITEM]
    check(len(rows) >= 2, f"the list of guides has {len(rows)} rows")
    for row in rows:
        check(name_problem(row) is None, f"the guide row {describe(row)} {name_problem(row)}")
    # The second guide: the first is shown when the view opens.
    row = rows[1]
    title = next(safe(node.get_name) for node in walk(row) if safe(node.get_role) == Atspi.Role.LABEL)
    list_box = extents(guides)
    window_box = extents(window)

    def guide_shown():
        """The guide's title heads the page beside the list."""
        for node in walk(window, within=window_box):
            box = extents(node)
            if safe(node.get_role) == Atspi.Role.LABEL and safe(node.get_name) == title \
                    and box.x >= list_box.x + list_box.width and box.y < list_box.y + 100:
                return node
        return None

    say(f"open the guide “{title}” from {describe(guides)}")
    check(not guide_shown(), f"the guide “{title}” is shown before it is chosen")
    focus(row, window, presses=60)
    keys(window, "Return")
    heading = wait_for(f"the guide “{title}” on the page", guide_shown)
    say(f"shown: {describe(heading)}")
    audit(window, "a guide", on_screen=True)


tempdir = tempfile.mkdtemp(prefix="pursuit-atspi-")
home = os.path.join(tempdir, "home")
database = os.path.join(tempdir, "pursuit.db")
environment = dict(os.environ)
for variable in ("NO_AT_BRIDGE", "GTK_A11Y", PRIVATE_BUS):
    environment.pop(variable, None)
environment.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
                   XDG_STATE_HOME=os.path.join(home, "state"), PURSUIT_DATABASE=database,
                   GTK_A11Y="atspi")
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.makedirs(environment[variable], exist_ok=True)

app = None
process = None
print(f"1..{len(results)}", flush=True)
failed = False
try:
    for number, (description, function) in enumerate(results, 1):
        if failed:
            print(f"ok {number} - {description} # SKIP after a failure", flush=True)
            continue
        step_start = time.monotonic()
        try:
            function()
            print(f"ok {number} - {description} ({time.monotonic() - step_start:.1f} s)", flush=True)
        except Exception as error:
            failed = True
            print(f"not ok {number} - {description}", flush=True)
            text = str(error) if isinstance(error, CheckFailed) else traceback.format_exc()
            for line in text.splitlines():
                print(f"# {line}", flush=True)
finally:
    if process is not None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    shutil.rmtree(tempdir, ignore_errors=True)
say(f"the journey took {time.monotonic() - started:.1f} s")
sys.exit(1 if failed else 0)
