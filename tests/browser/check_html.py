#!/usr/bin/env python3
"""check_html.py: check the page `yieldc --emit=html` writes in a real browser.

    check_html.py PAGE.html --screenshot OUT.png [--py-line N] [--timeout S]

Starts Debian's Chromium ($CHROMIUM, else /usr/bin/chromium) headless with a
fresh temporary profile and drives it over the Chrome DevTools Protocol on
--remote-debugging-pipe: CDP messages are JSON, each ended by a NUL byte;
Chromium reads them on its fd 3 and writes its replies and events on fd 4.
Python 3 standard library only.

The page is loaded from a file:// URL and checked against the DOM contract
of tests/README.md ("Browser harness"):
  - it made no request but for the page itself (self-contained);
  - document.title starts with "yieldc: ";
  - #py holds `.line[data-py=N]` numbered 1..n, #c holds `.line[data-c=M]`
    numbered 1..m, and every data-from names an existing Python line;
  - the real mouse (Input.dispatchMouseEvent) over Python line N highlights
    (class hl) exactly that line and the C lines with data-from=N, and there
    is at least one; N is --py-line, by default the first Python line with a
    data-state (a suspension point);
  - over a C line with data-from=N the same set is highlighted;
  - moving to a blank area clears it; a C line without data-from
    highlights nothing;
  - a click pins the highlight (class pinned on the clicked line) across a
    move to a blank area; a second click on the same line unpins it, and so
    does a click elsewhere;
  - the legend #states exists and names every data-state value (at least
    one), and a line with data-state is coloured differently from one
    without;
  - no uncaught JavaScript exception.
Then Python line N is pinned again and the page is saved as a PNG to OUT.png.

Prints `ok: ...` for each check passed and exits 0 when all pass.  Exits 1 on
the first failed check, printing `FAIL: check: why`; 3 when the browser
cannot be started or stops answering (`ERROR: ...`); 2 on a usage error.
Every wait is bounded by --timeout (default 30 s, the whole run) so a hung
browser fails instead of hanging.  Chromium's whole process group is killed
and the temporary profile removed on every exit.
"""

import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

WIDTH, HEIGHT = 1280, 800
SETTLE = 2.0  # seconds a highlight may take to appear after an input event


class CheckFailed(Exception):
    """A check of the page failed: exit 1."""


class BrowserError(Exception):
    """Chromium could not be started, died or stopped answering: exit 3."""


def ok(msg):
    print("ok: " + msg, flush=True)


# ---- the CDP connection ------------------------------------------------------

class CDP:
    def __init__(self, proc, rfd, wfd, deadline):
        self.proc, self.rfd, self.wfd, self.deadline = proc, rfd, wfd, deadline
        self.buf = b""
        self.next_id = 0
        self.events = []  # every event received, in order

    def _remaining(self, what):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise BrowserError("timed out (--timeout) waiting for " + what)
        return left

    def _read_message(self, what, until=None):
        """The next message, or None when `until` (a monotonic time) passes."""
        while b"\0" not in self.buf:
            left = self._remaining(what)
            if until is not None:
                left = min(left, until - time.monotonic())
                if left <= 0:
                    return None
            r, _, _ = select.select([self.rfd], [], [], left)
            if not r:
                continue
            chunk = os.read(self.rfd, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe (it exited?) "
                                   "while waiting for " + what)
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        mid = self.next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            _, w, _ = select.select([], [self.wfd], [], self._remaining(method))
            if w:
                try:
                    data = data[os.write(self.wfd, data):]
                except BrokenPipeError:
                    raise BrowserError("Chromium closed the DevTools pipe (it exited?) "
                                       "while sending " + method) from None
        while True:
            reply = self._read_message("the reply to " + method)
            if reply.get("id") == mid:
                if "error" in reply:
                    raise BrowserError("%s failed: %s" % (method, reply["error"].get("message")))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_event(self, method, session=None, since=0, seconds=None):
        """The first event `method` at or after index `since` of self.events."""
        until = None if seconds is None else time.monotonic() + seconds
        i = since
        while True:
            while i < len(self.events):
                ev = self.events[i]
                i += 1
                if ev["method"] == method and (session is None or ev.get("sessionId") == session):
                    return ev
            msg = self._read_message(method, until)
            if msg is None:
                return None
            if "method" in msg:
                self.events.append(msg)

    def drain(self):
        """Take in the events already sent, without waiting."""
        while True:
            msg = self._read_message("events", until=time.monotonic())
            if msg is None:
                return
            if "method" in msg:
                self.events.append(msg)


def start_chromium(exe, profile, log):
    """Start Chromium with its DevTools pipe on fds 3 and 4; (proc, rfd, wfd)."""
    to_r, to_w = os.pipe()      # we write to_w, Chromium reads fd 3
    from_r, from_w = os.pipe()  # Chromium writes fd 4, we read from_r

    def child_fds():
        # Duplicate above any fd that might collide, then onto 3 and 4
        # (os.dup2 makes them inheritable; the high copies close on exec).
        a = fcntl.fcntl(to_r, fcntl.F_DUPFD_CLOEXEC, 10)
        b = fcntl.fcntl(from_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.dup2(a, 3)
        os.dup2(b, 4)

    args = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--window-size=%d,%d" % (WIDTH, HEIGHT),
            "--remote-debugging-pipe", "about:blank"]
    try:
        # close_fds=False: fds 3 and 4 are set up in child_fds, which runs
        # before close_fds would close them; our own fds are close-on-exec.
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                close_fds=False, preexec_fn=child_fds,
                                start_new_session=True)
    except OSError as e:
        raise BrowserError("cannot run %s: %s" % (exe, e)) from None
    finally:
        os.close(to_r)
        os.close(from_w)
    return proc, from_r, to_w


def stop_chromium(proc):
    # The process group is Chromium's own (start_new_session) and its leader
    # is not reaped yet, so the group id cannot have been reused.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


# ---- the page ----------------------------------------------------------------

# JavaScript helpers, defined anew in every evaluation.
JS_HELPERS = r"""
const PY = n => document.querySelector('#py .line[data-py="' + n + '"]');
const CL = m => document.querySelector('#c .line[data-c="' + m + '"]');
const name = e => {
  if (e.matches('#py .line[data-py]')) return 'py:' + e.dataset.py;
  if (e.matches('#c .line[data-c]')) return 'c:' + e.dataset.c;
  return '<' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
         (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '') + '>';
};
const names = sel => Array.from(document.querySelectorAll(sel), name);
"""


class Page:
    def __init__(self, cdp, session):
        self.cdp, self.session = cdp, session

    def send(self, method, params=None):
        return self.cdp.send(method, params, self.session)

    def js(self, expr):
        """Evaluate `expr` (after JS_HELPERS) in the page; its value as JSON."""
        res = self.send("Runtime.evaluate", {
            "expression": "(() => {" + JS_HELPERS + "\nreturn (" + expr + ");})()",
            "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            raise CheckFailed("evaluating in the page threw: %s" %
                              (d.get("exception", {}).get("description") or d.get("text")))
        return res["result"].get("value")

    def mouse(self, kind, x, y, clicks=0):
        p = {"type": kind, "x": x, "y": y}
        if kind != "mouseMoved":
            p.update(button="left", clickCount=clicks, buttons=1 if kind == "mousePressed" else 0)
        self.send("Input.dispatchMouseEvent", p)

    def point_of(self, sel_js, what):
        """Scroll the element into view; the centre of its box, checked to be
        the element the mouse will actually be over."""
        r = self.js("""(() => {
            const e = %s;
            if (!e) return null;
            e.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
            const b = e.getBoundingClientRect();
            const x = b.left + Math.min(b.width / 2, 40), y = b.top + b.height / 2;
            const at = document.elementFromPoint(x, y);
            return {x: x, y: y, w: b.width, h: b.height,
                    hit: at === e || e.contains(at), at: at ? name(at) : null};
        })()""" % sel_js)
        if r is None:
            raise CheckFailed("%s: no such element" % what)
        if r["w"] <= 0 or r["h"] <= 0:
            raise CheckFailed("%s: has an empty box (%sx%s), it is not shown" % (what, r["w"], r["h"]))
        if not r["hit"]:
            raise CheckFailed("%s: covered at its centre (%.0f,%.0f) by %s"
                              % (what, r["x"], r["y"], r["at"]))
        return r["x"], r["y"]

    def hover(self, sel_js, what):
        x, y = self.point_of(sel_js, what)
        self.mouse("mouseMoved", x, y)

    def click(self, sel_js, what):
        x, y = self.point_of(sel_js, what)
        self.click_at(x, y)

    def click_at(self, x, y):
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, 1)
        self.mouse("mouseReleased", x, y, 1)

    def blank_point(self):
        """A point of the viewport over no line, no legend and no control,
        found anew each time as scrolling moves things."""
        r = self.js("""(() => {
            const W = innerWidth, H = innerHeight;
            for (let y = H - 4; y > 0; y -= 8)
              for (let x = W - 4; x > 0; x -= 8) {
                const e = document.elementFromPoint(x, y);
                if (e && !e.closest('.line, #states, a, button, input, select, textarea, label'))
                  return [x, y];
              }
            return null;
        })()""")
        if r is None:
            raise CheckFailed("blank area: every point of the %dx%d window is over a line, the "
                              "legend or a control: nowhere to move the mouse off the lines"
                              % (WIDTH, HEIGHT))
        return r

    def move_blank(self):
        x, y = self.blank_point()
        self.mouse("mouseMoved", x, y)
        return x, y

    def state(self):
        return self.js("({hl: names('.hl'), pinned: names('.pinned')})")

    def expect(self, check, hl, pinned=None):
        """Wait (SETTLE s at most) until the set of .hl elements is `hl` (and
        the set of .pinned ones is `pinned`, unless None)."""
        until = time.monotonic() + SETTLE
        while True:
            s = self.state()
            got_hl, got_pin = set(s["hl"]), set(s["pinned"])
            if got_hl == hl and (pinned is None or got_pin == pinned):
                return
            if time.monotonic() >= until:
                break
            time.sleep(0.05)
        why = []
        if got_hl != hl:
            why.append("class hl is on %s, expected %s" % (fmt(got_hl), fmt(hl)))
            if hl - got_hl:
                why.append("missing %s" % fmt(hl - got_hl))
            if got_hl - hl:
                why.append("unexpected %s" % fmt(got_hl - hl))
        if pinned is not None and got_pin != pinned:
            why.append("class pinned is on %s, expected %s" % (fmt(got_pin), fmt(pinned)))
        raise CheckFailed("%s: %s" % (check, "; ".join(why)))


def fmt(names):
    def order(n):
        kind, _, num = n.partition(":")
        return (kind != "py", int(num) if num.isdigit() else 0, n)
    items = sorted(names, key=order)
    if not items:
        return "nothing"
    s = ", ".join(items[:12])
    return "{" + s + (", ... (%d in all)" % len(items) if len(items) > 12 else "") + "}"


def check_page(cdp, page_path, shot_path, py_line, t_start):
    target = cdp.send("Target.createTarget", {"url": "about:blank"})
    session = cdp.send("Target.attachToTarget",
                       {"targetId": target["targetId"], "flatten": True})["sessionId"]
    page = Page(cdp, session)
    for domain in ("Page", "Network", "Runtime"):
        page.send(domain + ".enable")
    page.send("Emulation.setDeviceMetricsOverride",
              {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    ok("chromium started and attached in %.2fs" % (time.monotonic() - t_start))

    # Load.
    url = urllib.parse.urljoin("file:", urllib.request.pathname2url(os.path.abspath(page_path)))
    mark = len(cdp.events)
    t_load = time.monotonic()
    nav = page.send("Page.navigate", {"url": url})
    if nav.get("errorText"):
        raise CheckFailed("load: %s: %s" % (url, nav["errorText"]))
    cdp.wait_event("Page.loadEventFired", session, since=mark)
    ok("loaded %s in %.2fs" % (url, time.monotonic() - t_load))

    def foreign_requests():
        cdp.drain()
        seen = [ev["params"]["request"]["url"] for ev in cdp.events[mark:]
                if ev["method"] == "Network.requestWillBeSent" and ev.get("sessionId") == session]
        seen += page.js("performance.getEntriesByType('resource').map(e => e.name)") or []
        bad = []
        for u in seen:
            u = u.split("#", 1)[0]
            if u != url and not u.startswith(("data:", "about:")) and u not in bad:
                bad.append(u)
        return bad

    bad = foreign_requests()
    if bad:
        raise CheckFailed("self-contained: the page requested %s" % ", ".join(bad[:5]))
    ok("self-contained: no request but for the page itself")

    title = page.js("document.title")
    if not title.startswith("yieldc: "):
        raise CheckFailed("title: document.title is %r, expected 'yieldc: PROG.py'" % title)
    ok("title %r" % title)

    # The lines.
    info = page.js("""({
        py: Array.from(document.querySelectorAll('#py .line[data-py]'), e => e.dataset.py),
        c: Array.from(document.querySelectorAll('#c .line[data-c]'), e => e.dataset.c),
        from: Array.from(document.querySelectorAll('#c .line[data-from]'), e => e.dataset.from),
        pyStates: Array.from(document.querySelectorAll('#py .line[data-state]'),
                             e => [e.dataset.py, e.dataset.state]),
        states: Array.from(new Set(Array.from(document.querySelectorAll('#py .line[data-state], #c .line[data-state]'),
                                              e => e.dataset.state)))
    })""")
    for pane, nums in (("py", info["py"]), ("c", info["c"])):
        if not nums:
            raise CheckFailed("lines: no `.line[data-%s]` inside #%s" % (pane, pane))
        want = [str(i) for i in range(1, len(nums) + 1)]
        if nums != want:
            first = next(i for i, (a, b) in enumerate(zip(nums, want)) if a != b)
            raise CheckFailed("lines: #%s's lines are not numbered 1..%d in order: line %d has data-%s=%r"
                              % (pane, len(nums), first + 1, pane, nums[first]))
    dangling = sorted(set(info["from"]) - set(info["py"]))
    if dangling:
        raise CheckFailed("lines: C lines have data-from=%s, which is no Python line" % ", ".join(dangling[:5]))
    ok("%d Python lines, %d C lines (%d with data-from)"
       % (len(info["py"]), len(info["c"]), len(info["from"])))

    if py_line is None:
        if not info["pyStates"]:
            raise CheckFailed("pick: no Python line has data-state (no suspension point); "
                              "name one with --py-line")
        n, st = info["pyStates"][0]
    else:
        n = str(py_line)
        if n not in info["py"]:
            raise CheckFailed("pick: --py-line %s: the page has Python lines 1..%d" % (n, len(info["py"])))
        st = dict(info["pyStates"]).get(n)
    c_of_n = page.js("names('#c .line[data-from=\"%s\"]')" % n)
    expected = {"py:" + n} | set(c_of_n)
    ok("picked Python line %s%s" % (n, " (state %s)" % st if st else ""))
    py_sel = "PY(%s)" % json.dumps(n)

    # Hover over Python line N.
    page.hover(py_sel, "Python line " + n)
    if not c_of_n:
        raise CheckFailed("hover Python line %s: no C line has data-from=%s" % (n, n))
    page.expect("hover Python line " + n, expected)
    ok("hover Python line %s: highlighted it and its %d C lines %s" % (n, len(c_of_n), fmt(c_of_n)))

    # Hover over one of its C lines, one of its state if any.
    m = page.js("""(() => {
        const all = Array.from(document.querySelectorAll('#c .line[data-from="%s"]'));
        const st = all.filter(e => e.dataset.state === %s);
        return (st[0] || all[0]).dataset.c;
    })()""" % (n, json.dumps(st)))
    page.hover("CL(%s)" % json.dumps(m), "C line " + m)
    page.expect("hover C line %s (data-from=%s)" % (m, n), expected)
    ok("hover C line %s: highlighted Python line %s and its C lines" % (m, n))

    # Off every line, and a C line without data-from.
    blank = page.move_blank()
    page.expect("move to a blank area at (%d,%d)" % tuple(blank), set())
    ok("moving off the lines clears the highlight")
    plain = page.js("(document.querySelector('#c .line:not([data-from])') || {dataset: {}}).dataset.c")
    if plain:
        page.hover("CL(%s)" % json.dumps(plain), "C line " + plain)
        page.expect("hover C line %s (no data-from)" % plain, set())
        page.move_blank()
        ok("hover C line %s (no data-from): highlights nothing" % plain)

    # Click to pin, move away, click again to unpin; a click elsewhere unpins.
    page.click(py_sel, "Python line " + n)
    page.expect("click Python line " + n, expected, {"py:" + n})
    page.move_blank()
    page.expect("click Python line %s, then move away" % n, expected, {"py:" + n})
    ok("click Python line %s: the highlight stays when the mouse leaves (pinned)" % n)
    page.click(py_sel, "Python line " + n)
    page.expect("click pinned Python line %s again" % n, expected, set())
    page.move_blank()
    page.expect("click pinned Python line %s again, then move away" % n, set(), set())
    ok("clicking the pinned line again unpins it")
    page.click(py_sel, "Python line " + n)
    page.expect("click Python line " + n, expected, {"py:" + n})
    page.click_at(*page.blank_point())
    page.expect("click Python line %s, then click a blank area" % n, set(), set())
    ok("a click elsewhere unpins it")

    # The states and their legend.
    states = info["states"]
    if not states:
        raise CheckFailed("states: no line has data-state")
    legend = page.js("""(() => {
        const l = document.getElementById('states');
        if (!l) return null;
        const b = l.getBoundingClientRect();
        return {text: l.textContent, shown: b.width > 0 && b.height > 0,
                states: Array.from(l.querySelectorAll('[data-state]'), e => e.dataset.state)};
    })()""")
    if legend is None:
        raise CheckFailed("states: no element with id states (the legend)")
    if not legend["shown"]:
        raise CheckFailed("states: the legend #states has an empty box")
    unnamed = [s for s in states if s not in legend["text"] and s not in legend["states"]]
    if unnamed:
        raise CheckFailed("states: the legend #states does not name %s" % ", ".join(unnamed[:5]))
    colour = page.js("""(() => {
        const look = e => { const s = getComputedStyle(e);
            return [s.color, s.backgroundColor, s.borderLeftColor + ' ' + s.borderLeftWidth,
                    s.borderRightColor + ' ' + s.borderRightWidth, s.boxShadow, s.outline,
                    getComputedStyle(e, '::before').backgroundColor,
                    getComputedStyle(e, '::before').color].join('|'); };
        const plain = document.querySelector('#py .line:not([data-state])');
        if (!plain) return [];
        return Array.from(document.querySelectorAll('#py .line[data-state]'))
            .filter(e => look(e) === look(plain)).map(e => e.dataset.py);
    })()""")
    if colour:
        raise CheckFailed("states: Python lines %s have data-state but look like a plain line"
                          % ", ".join(colour[:5]))
    ok("legend #states names all %d states (%s); state lines are coloured"
       % (len(states), ", ".join(states[:6]) + (", ..." if len(states) > 6 else "")))

    # Nothing went wrong on the side.
    cdp.drain()
    errors = [ev["params"]["exceptionDetails"] for ev in cdp.events
              if ev["method"] == "Runtime.exceptionThrown" and ev.get("sessionId") == session]
    if errors:
        d = errors[0]
        raise CheckFailed("javascript: uncaught exception at line %s: %s" % (
            d.get("lineNumber", 0) + 1,
            d.get("exception", {}).get("description") or d.get("text")))
    bad = foreign_requests()
    if bad:
        raise CheckFailed("self-contained: the page requested %s while used" % ", ".join(bad[:5]))
    ok("no uncaught JavaScript exception, no request while used")

    # The screenshot: Python line N pinned, with its C lines in view.
    page.click(py_sel, "Python line " + n)
    page.expect("click Python line " + n, expected, {"py:" + n})
    page.js("(CL(%s).scrollIntoView({block: 'center', behavior: 'instant'}), 0)" % json.dumps(m))
    page.js("(PY(%s).scrollIntoView({block: 'nearest', behavior: 'instant'}), 0)" % json.dumps(n))
    page.move_blank()
    page.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    png = base64.b64decode(page.send("Page.captureScreenshot", {"format": "png"})["data"])
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise CheckFailed("screenshot: Chromium did not return a PNG")
    with open(shot_path, "wb") as f:
        f.write(png)
    ok("screenshot (Python line %s pinned) written to %s, %d bytes" % (n, shot_path, len(png)))


def main():
    ap = argparse.ArgumentParser(description="Check a `yieldc --emit=html` page in headless Chromium.")
    ap.add_argument("page", help="the HTML page")
    ap.add_argument("--screenshot", required=True, metavar="OUT.png", help="where to save a PNG of the page")
    ap.add_argument("--py-line", type=int, metavar="N",
                    help="the Python line to hover (default: the first with data-state)")
    ap.add_argument("--timeout", type=float, default=30.0, metavar="S",
                    help="seconds the whole run may take (default 30)")
    args = ap.parse_args()
    if not os.path.isfile(args.page):
        ap.error("%s: no such file" % args.page)

    exe = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if os.sep not in exe:
        exe = shutil.which(exe) or exe
    if not os.access(exe, os.X_OK):
        print("ERROR: %s not found: install Debian's chromium (apt-get install chromium) "
              "or set $CHROMIUM" % exe, file=sys.stderr)
        return 3

    t_start = time.monotonic()
    # A backstop beyond the per-wait deadlines: SIGALRM ends a stuck run.
    def alarm(signum, frame):
        raise BrowserError("timed out (--timeout %g s, alarm)" % args.timeout)
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(int(args.timeout) + 5)

    tmp = tempfile.mkdtemp(prefix="yieldc-chromium-")
    log_path = os.path.join(tmp, "chromium.log")
    proc = None
    rfd = wfd = None
    status = 0
    try:
        with open(log_path, "wb") as log:
            proc, rfd, wfd = start_chromium(exe, os.path.join(tmp, "profile"), log)
        cdp = CDP(proc, rfd, wfd, t_start + args.timeout)
        check_page(cdp, args.page, args.screenshot, args.py_line, t_start)
        ok("all checks passed in %.2fs" % (time.monotonic() - t_start))
    except CheckFailed as e:
        print("FAIL: %s" % e, flush=True)
        status = 1
    except BrowserError as e:
        print("ERROR: %s" % e, flush=True)
        try:
            with open(log_path, "rb") as f:
                tail = [line for line in f.read().decode(errors="replace").splitlines()
                        if "dbus" not in line][-8:]  # D-Bus complaints are always there
            for line in tail:
                print("    chromium: " + line)
        except OSError:
            pass
        status = 3
    finally:
        signal.alarm(0)
        if proc is not None:
            stop_chromium(proc)
        for fd in (rfd, wfd):
            if fd is not None:
                os.close(fd)
        shutil.rmtree(tmp, ignore_errors=True)
        if os.path.exists(tmp):  # a child finishing its last write
            time.sleep(0.5)
            shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
