#!/usr/bin/env python3
"""gen.py: random valid programs for yieldc's differential test.

    python3 tests/difftest/gen.py [--known] SEED   print the program of SEED

The same seed always gives the same program (random.Random(SEED), nothing
else: no clock, no hash order).  Every program stays inside yieldc's
supported subset (Level 1 of LANGUAGE.md): exception classes
`class E(Exception): pass`, generator, coroutine and async generator
functions with one parameter, and a driver that pushes them around.

What a program exercises:

- generator bodies with yields (as statements and as expressions receiving
  sent values) inside nested if / for / while / try-except-else-finally,
  break and continue across yields, raise, bare re-raise in a handler,
  return with a value, `yield from` chains of other generators, of ranges,
  lists and generator expressions, closures (lambdas and nested
  generators), comprehensions, and sub-generators driven and dropped by
  hand;
- a synchronous driver that calls next, next with a default, send, throw
  (instances and classes), close, for-loops that break early, list(), zip,
  and deletes or rebinds suspended generators;
- coroutines that await each other and asyncio.sleep(0), create tasks and
  await them, gather coroutines, iterate async generators; async generator
  bodies like the generator ones (awaits among the yields); an async driver
  calling __anext__, asend, athrow, aclose, async for with early break, and
  abandoning suspended async generators (whose aclose CPython schedules as
  a task);
- sometimes, an uncaught exception at the end (exit status 1 and the last
  line of stderr are compared).

What keeps the output deterministic and the run bounded:

- no deep recursion: a function calls, delegates to or iterates functions
  defined before it, and itself once, with min(a, 3) - 1 and only while
  a > 0; loops are over range(k) with k <= 3 or counted whiles whose
  counter is bumped first thing in the body;
- asyncio.sleep(0) only (no timers), every task is awaited, the async
  driver acloses its async generators and then lets the loop run 60 turns,
  so nothing is pending when asyncio.run shuts down;
- no ids, addresses or floats beyond exact halves; no sets; values stay
  small (products are taken modulo 1000);
- exception objects are never stored beyond their handler (no reference
  cycles), and the drivers are functions, so their suspended generators
  are finalized by reference counting when they return, in CPython's order
  (the order of the locals' first appearance).

- a function that binds sub-generators to locals releases them in a
  `finally` around its body, so that an exception leaving it does not
  decide when they are finalised; a generator whose frame may hold other
  generators does not yield in a `finally`, and a handler deletes the
  exception it binds after printing it, so that a generator released while
  it ignores close() is not kept by a reference cycle (frame_lifetime in
  KNOWN below).

The findings of issue 13 that yieldc has fixed are generated too:
throw(StopIteration) into a generator, started or not, throw() of what is
not an exception, athrow(StopIteration or StopAsyncIteration), gather(co,
co), and awaiting a coroutine a task is running.  Deep recursion is not.
Unless --known is given, the patterns of the findings this generator made
that yieldc keeps as documented differences are not generated either:
KNOWN below lists them (see tests/difftest/findings/).
Lines the minimiser should not remove end in `# keep`.
"""
import random
import sys

# Findings of difftest (tests/difftest/findings/NAME.py) whose pattern is
# generated only with --known, so that a run finds something new.
KNOWN = {
    # A generator held by a local of a frame that an exception leaves: CPython
    # keeps the frame, and so the generator, alive as long as the exception's
    # traceback is; yieldc releases the locals as the exception leaves (README,
    # "Tracebacks ... do not keep frames alive").  Where the exception then
    # lives in a reference cycle (a task holding it, the driver's frame in its
    # traceback), CPython without a cycle collector never finalises it at all.
    # Without --known every function that binds sub-generators to locals
    # releases them in a `finally` around its body, and the async driver
    # drops its generator `gs` before its closing lines (seed 313959), so
    # that both finalise them at the same point.  An `except ... as e:`
    # handler deletes `e` after printing it (seed 408355), a generator that
    # holds generators does not yield in a `finally` (seed 400225), and a
    # driver drops its generators when an exception leaves it (seed 605256).
    "frame_lifetime",
}

USER_EXC = ["E1", "E2", "E3"]
BUILTIN_EXC = ["ValueError", "KeyError", "RuntimeError", "TypeError", "IndexError", "ZeroDivisionError"]
CATCH = ["E1", "E2", "E3", "ValueError", "KeyError", "ZeroDivisionError", "Exception", "RuntimeError",
         "(E2, ValueError)", "(E3, KeyError)", "ArithmeticError", "LookupError"]


class Fn:
    """A function of the program: kind is 'gen', 'agen', 'coro' or 'func'."""

    def __init__(self, kind, name, index, plain=False):
        self.kind = kind
        self.name = name
        self.index = index
        self.plain = plain  # a (async) generator of the statements yieldc inlines into (async) for loops


class Ctx:
    """What the statement generator knows at a point of a function body."""

    def __init__(self, fn, budget):
        self.fn = fn
        self.kind = fn.kind
        self.tag = fn.name
        self.locals = ["a"]      # names holding small ints, definitely bound here
        self.loops = 0           # enclosing loops (break/continue allowed)
        self.handler = 0         # enclosing except clauses (bare raise allowed)
        self.budget = budget     # statements left
        self.nvar = 0
        self.yields = False      # a yield of this function (not of a nested one) was written
        self.recursed = False    # the function calls itself once already
        self.uses_global = False # the function assigns the global G
        self.subs = []           # generators bound to locals by s_drive_sub
        self.holds = True        # its frame may hold generators (see Gen.function)
        self.in_finally = 0      # enclosing finally clauses
        self.plain = fn.plain    # only what a for loop may inline (Gen.plain_stmt)


class Gen:
    def __init__(self, seed, known=False):
        self.seed = seed
        self.known = known      # also generate the patterns of KNOWN findings
        self.r = random.Random(seed)
        self.fns = []
        self.nlabel = 0
        self.lines = []

    # ---- small helpers -------------------------------------------------

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def choose(self, choices):
        """One name of [(name, weight), ...], by weight."""
        x = self.r.random() * sum(w for _, w in choices)
        for what, w in choices:
            x -= w
            if x < 0:
                break
        return what

    def label(self, tag):
        self.nlabel += 1
        return '"%s.%d"' % (tag, self.nlabel)

    def var(self, ctx, stem):
        ctx.nvar += 1
        return "%s%d" % (stem, ctx.nvar)

    def earlier(self, ctx, kind):
        """Functions of `kind` defined before the current one."""
        return [f for f in self.fns if f.kind == kind and f.index < ctx.fn.index]

    # ---- expressions ---------------------------------------------------

    def iexpr(self, ctx, depth=0):
        """An int-valued expression over the bound int locals."""
        r = self.r.random()
        if depth >= 2 or r < 0.35:
            if self.chance(0.6):
                return self.pick(ctx.locals)
            return str(self.r.randrange(0, 10))
        a = self.iexpr(ctx, depth + 1)
        b = self.iexpr(ctx, depth + 1)
        k = self.r.randrange(1, 5)
        forms = [
            "%s + %s" % (a, b),
            "%s - %s" % (a, b),
            "(%s * %d) %% 1000" % (a, k),
            "%s %% %d" % (a, k + 1),
            "%s // %d" % (a, k),
            "abs(%s - %s)" % (a, b),
            "min(%s, %s)" % (a, b),
            "max(%s, %s)" % (a, b),
            "(%s if %s else %s)" % (a, self.cond(ctx, depth + 1), b),
            "len([%s, %s])" % (a, b),
            "int(str(%s))" % a,
            "-%s" % a,
        ]
        if not ctx.plain:
            forms += ["sum(i * %d for i in range(%s %% 4))" % (k, a),
                      "len([j for j in range(%d) if j != %s])" % (k, a)]
        return "(%s)" % self.pick(forms)

    def cond(self, ctx, depth=0):
        a = self.iexpr(ctx, depth + 1)
        r = self.r.random()
        if r < 0.5:
            return "%s %s %d" % (a, self.pick(["<", "<=", ">", ">=", "==", "!="]), self.r.randrange(0, 6))
        if r < 0.65:
            return "%s %% 2 == %d" % (a, self.r.randrange(2))
        if r < 0.75:
            return "0 <= %s < %d" % (a, self.r.randrange(1, 5))
        if r < 0.85 and depth < 2:
            return "(%s %s %s)" % (self.cond(ctx, depth + 1), self.pick(["and", "or"]), self.cond(ctx, depth + 1))
        if r < 0.92:
            return "not %s" % self.cond(ctx, depth + 1)
        return "%s in [%d, %d]" % (a, self.r.randrange(5), self.r.randrange(5))

    def value(self, ctx):
        """Any printable value: what generators yield and drivers send."""
        r = self.r.random()
        e = self.iexpr(ctx)
        if r < 0.45:
            return e
        if r < 0.6:
            return '"%s"' % ctx.tag
        if r < 0.7:
            return 'f"%s-{%s}"' % (ctx.tag, e)
        if r < 0.78:
            return "(%s, %s)" % (e, '"%s"' % ctx.tag)
        if r < 0.85:
            return "[%s, %s]" % (e, self.iexpr(ctx))
        if r < 0.9:
            return '{"k": %s}' % e
        if r < 0.95:
            return "None"
        return "str(%s) + %s" % (e, '"!"')

    def sent(self):
        """A value the driver sends in."""
        return self.pick(["None", "0", "1", "2", "3", "5", "7", '"s"', "-1", "(1, 2)"])

    def exc_new(self, tag, allow_builtin=True):
        """A fresh exception instance, or sometimes its class."""
        names = USER_EXC + (BUILTIN_EXC if allow_builtin else [])
        name = self.pick(names)
        if self.chance(0.2):
            return name
        if self.chance(0.15):
            return "%s()" % name
        return '%s("%s")' % (name, tag)

    # ---- statements ----------------------------------------------------

    def block(self, ctx, depth, n):
        """About n statements one level deeper; always at least `pass`."""
        saved = list(ctx.locals)
        out = []
        for _ in range(n):
            if ctx.budget <= 0:
                break
            out += self.stmt(ctx, depth)
        ctx.locals = saved
        return [(1 + ind, s) for ind, s in (out or [(0, "pass")])]

    def stmt(self, ctx, depth):
        ctx.budget -= 1
        k = ctx.kind
        if ctx.plain:
            return self.plain_stmt(ctx, depth)
        choices = [("print", 5), ("assign", 3), ("augassign", 2)]
        if depth < 3:
            choices += [("if", 3), ("for", 2), ("while", 1), ("try", 4)]
        choices += [("raise", 1), ("return", 1), ("comp", 1), ("lambda", 1), ("late", 1), ("data", 3)]
        if depth < 3:
            choices += [("closure", 1)]
        if ctx.loops:
            choices += [("break", 1), ("continue", 1)]
        if ctx.handler:
            choices += [("reraise", 1)]
        choices += [("recurse", 1), ("global", 1)]
        if self.may_yield(ctx):
            choices += [("yield", 6), ("yield_recv", 4), ("yield_expr", 2)]
            if k == "gen":
                choices += [("yield_from", 3)]
        if ctx.holds:
            choices += [("for_gen", 2), ("drive_sub", 1)]
        if k in ("agen", "coro"):
            choices += [("sleep", 3), ("await_coro", 3), ("await_expr", 1)]
            if ctx.holds:
                choices += [("async_for", 2)]
            if depth < 3:
                choices += [("task", 1), ("gather", 1)]
        return getattr(self, "s_" + self.choose(choices))(ctx, depth)

    def plain_stmt(self, ctx, depth):
        """A statement of a plain generator: what yieldc inlines into a for
        loop over it (emit.c's emit_for_inline): no try, no comprehension or
        lambda, yields and `yield from` of plain generators as statements;
        a plain async generator awaits too."""
        choices = [("print", 5), ("assign", 3), ("augassign", 2), ("raise", 1), ("return", 1),
                   ("global", 1), ("yield", 6), ("for_gen", 2)]
        if ctx.kind == "gen":
            choices += [("yield_from_plain", 3)]
        else:  # an async generator: its awaits are the caller's
            choices += [("sleep", 3), ("await_coro", 2), ("async_for", 1)]
        if depth < 3:
            choices += [("if", 3), ("for", 2), ("while", 1)]
        if ctx.loops:
            choices += [("break", 1), ("continue", 1)]
        return getattr(self, "s_" + self.choose(choices))(ctx, depth)

    def s_yield_from_plain(self, ctx, depth):
        ctx.yields = True
        gens = [g for g in self.earlier(ctx, "gen") if g.plain]
        if not gens:
            return self.s_yield(ctx, depth)
        return [(0, "yield from %s(%s)" % (self.pick(gens).name, self.iexpr(ctx)))]

    def may_yield(self, ctx):
        """Whether a statement here may suspend the generator at a yield.
        frame_lifetime (KNOWN): not in a `finally` of a function whose
        frame may hold generators (Gen.function)."""
        return ctx.kind in ("gen", "agen") and (self.known or not (ctx.holds and ctx.in_finally))

    def s_print(self, ctx, depth):
        return [(0, "print(%s, %s)" % (self.label(ctx.tag), self.value(ctx)))]

    def s_assign(self, ctx, depth):
        v = self.var(ctx, "v")
        out = [(0, "%s = %s" % (v, self.iexpr(ctx)))]
        ctx.locals.append(v)
        return out

    def s_augassign(self, ctx, depth):
        if len(ctx.locals) == 1 or self.chance(0.3):
            return self.s_assign(ctx, depth)
        v = self.pick(ctx.locals[1:])
        if v.startswith("w"):  # a while loop's counter: keep the loop bounded
            return self.s_assign(ctx, depth)
        op = self.pick(["+=", "-=", "+="])
        return [(0, "%s %s %s" % (v, op, self.r.randrange(1, 4)))]

    def s_if(self, ctx, depth):
        out = [(0, "if %s:" % self.cond(ctx))] + self.block(ctx, depth + 1, self.r.randrange(1, 4))
        if self.chance(0.3):
            out += [(0, "elif %s:" % self.cond(ctx))] + self.block(ctx, depth + 1, self.r.randrange(1, 3))
        if self.chance(0.4):
            out += [(0, "else:")] + self.block(ctx, depth + 1, self.r.randrange(1, 3))
        return out

    def loop_body(self, ctx, depth, n, first=None):
        ctx.loops += 1
        body = self.block(ctx, depth + 1, n)
        ctx.loops -= 1
        if first:
            body = [(1, first)] + body
        return body

    def s_for(self, ctx, depth):
        i = self.var(ctx, "i")
        out = [(0, "for %s in range(%s):" % (i, self.pick(["%d" % self.r.randrange(4), "%s %% 3" % self.pick(ctx.locals)])))]
        ctx.locals.append(i)
        body = self.loop_body(ctx, depth, self.r.randrange(1, 4))
        ctx.locals.remove(i)
        out += body
        if self.chance(0.2):
            out += [(0, "else:")] + self.block(ctx, depth + 1, 1)
        return out

    def s_while(self, ctx, depth):
        w = self.var(ctx, "w")
        out = [(0, "%s = 0" % w), (0, "while %s < %d:" % (w, self.r.randrange(1, 4)))]
        ctx.locals.append(w)
        out += self.loop_body(ctx, depth, self.r.randrange(1, 4), first="%s += 1" % w)
        if self.chance(0.2):
            out += [(0, "else:")] + self.block(ctx, depth + 1, 1)
        return out

    def s_try(self, ctx, depth):
        out = [(0, "try:")] + self.block(ctx, depth + 1, self.r.randrange(1, 4))
        nh = self.r.randrange(0, 3)
        has_finally = nh == 0 or self.chance(0.4)
        used = set()
        for h in range(nh):
            t = self.pick(CATCH)
            if ctx.kind == "gen" and self.chance(0.08):
                t = "GeneratorExit"
            if t in used:
                continue
            used.add(t)
            out.append((0, "except %s as e:" % t))
            ctx.handler += 1
            body = self.block(ctx, depth + 1, self.r.randrange(1, 3))
            ctx.handler -= 1
            out.append((1, "print(%s, %s)" % (self.label(ctx.tag), self.exc_info("e"))))
            if not self.known:
                # frame_lifetime (KNOWN): a generator suspended in this
                # handler while `e` is bound keeps it, and its traceback keeps
                # the frame: a cycle.  If close() is then ignored, CPython
                # frees the frame, and the generators it holds, only in the
                # cycle collection (seed 408355).
                out.append((1, "del e"))
            if t == "GeneratorExit" and self.chance(0.7):
                body.append((1, "raise"))
            out += body
        if nh and self.chance(0.15):
            out.append((0, "except:"))
            ctx.handler += 1
            body = self.block(ctx, depth + 1, 1)
            ctx.handler -= 1
            out.append((1, "print(%s, 'bare except')" % self.label(ctx.tag)))
            out += body
            if self.chance(0.6):
                out.append((1, "raise"))
        handlers = any(i == 0 and s.startswith("except") for i, s in out)
        if handlers and self.chance(0.25):
            out += [(0, "else:")] + self.block(ctx, depth + 1, self.r.randrange(1, 3))
        if not handlers:
            has_finally = True
        if has_finally:
            out += [(0, "finally:"), (1, "print(%s, 'finally')" % self.label(ctx.tag))]
            if self.chance(0.6):
                ctx.in_finally += 1
                out += self.block(ctx, depth + 1, self.r.randrange(1, 3))
                ctx.in_finally -= 1
            if self.chance(0.12):
                # A jump out of a finally drops the exception or return in flight.
                jumps = ["return" if ctx.kind == "agen" else "return %s" % self.value(ctx)]
                if ctx.loops:
                    jumps += ["break", "continue"]
                out += [(1, "if %s:" % self.cond(ctx)), (2, self.pick(jumps))]
        return out

    def s_raise(self, ctx, depth):
        exc = self.exc_new(ctx.tag)
        if self.chance(0.12):
            stop = {"gen": "StopIteration", "coro": "StopIteration", "agen": "StopAsyncIteration"}.get(ctx.kind)
            if stop:
                exc = self.pick([stop, '%s("%s")' % (stop, ctx.tag)])
        if self.chance(0.15):
            exc += " from %s" % self.exc_new(ctx.tag + "-cause", allow_builtin=False)
        return [(0, "if %s:" % self.cond(ctx)), (1, "raise %s" % exc)]

    def s_reraise(self, ctx, depth):
        return [(0, "if %s:" % self.cond(ctx)), (1, "raise")]

    def s_return(self, ctx, depth):
        if ctx.kind == "agen":
            ret = "return"
        else:
            ret = "return %s" % self.value(ctx)
        if depth == 0 and ctx.budget <= 1 and self.chance(0.5):
            return [(0, ret)]
        return [(0, "if %s:" % self.cond(ctx)), (1, ret)]

    def s_break(self, ctx, depth):
        return [(0, "if %s:" % self.cond(ctx)), (1, self.pick(["break", "break", "continue"]))]

    s_continue = s_break

    def s_comp(self, ctx, depth):
        a = self.pick(ctx.locals)
        forms = [
            "[q * 2 for q in range(%s %% 4)]" % a,
            "{q: q + %s for q in range(3)}" % a,
            "list(q for q in range(%s %% 3) if q != 1)" % a,
            "[(p, q) for p in range(2) for q in range(%s %% 3)]" % a,
            "sorted([%s, 3, 1], reverse=True)" % a,
            '"-".join([str(q) for q in range(%s %% 4)])' % a,
        ]
        return [(0, "print(%s, %s)" % (self.label(ctx.tag), self.pick(forms)))]

    def s_data(self, ctx, depth):
        """Lists, dicts, strings, numbers and the builtins over them; some
        of these raise (IndexError, KeyError, ValueError, ZeroDivisionError)."""
        tag = self.label(ctx.tag)
        a = self.iexpr(ctx)
        b = self.pick(ctx.locals)
        r = self.r.random()
        if r < 0.3:
            l = self.var(ctx, "l")
            out = [(0, "%s = [%s, %s, %d]" % (l, a, b, self.r.randrange(-3, 9)))]
            for _ in range(self.r.randrange(1, 4)):
                out.append((0, self.pick([
                    "%s.append(%s)" % (l, b), "%s.insert(0, %s)" % (l, self.iexpr(ctx)),
                    "print(%s, %s.pop())" % (tag, l), "%s.sort()" % l,
                    "%s.sort(reverse=True)" % l, "%s.sort(key=lambda q: -q, reverse=%s)" % (l, self.pick(["True", "False"])),
                    "%s.reverse()" % l, "print(%s, %s.index(%s))" % (tag, l, b),
                    "%s.remove(%d)" % (l, self.r.randrange(4)), "print(%s, %s.count(%s))" % (tag, l, b),
                    "print(%s, %s[::-1], %s[1:], %s[-1], %s[%s %% 5])" % (tag, l, l, l, l, b),
                    "print(%s, list(enumerate(%s)), list(reversed(%s)))" % (tag, l, l),
                    "print(%s, sorted(%s, key=lambda q: -q), min(%s), max(%s), sum(%s))" % (tag, l, l, l, l),
                    "print(%s, any(q > 3 for q in %s), all(%s), tuple(%s))" % (tag, l, l, l),
                    "%s.extend(range(%s %% 3))" % (l, b), "print(%s, %s + [%s], %s * 2)" % (tag, l, b, l),
                    "del %s[0]" % l, "%s[0] = %s" % (l, self.iexpr(ctx)),
                ])))
            out.append((0, "print(%s, %s, len(%s), %s in %s)" % (tag, l, l, b, l)))
            return out
        if r < 0.5:
            d = self.var(ctx, "d")
            out = [(0, '%s = {"a": %s, "b": %s}' % (d, a, b))]
            for _ in range(self.r.randrange(1, 4)):
                out.append((0, self.pick([
                    '%s["c"] = %s' % (d, self.iexpr(ctx)), 'print(%s, %s.get("z", %s))' % (tag, d, b),
                    'print(%s, %s.setdefault("k", [%s]))' % (tag, d, b), 'print(%s, %s.pop("a"))' % (tag, d),
                    'print(%s, list(%s.items()), list(%s.keys()), list(%s.values()))' % (tag, d, d, d),
                    'print(%s, %s["%s"])' % (tag, d, self.pick(["a", "b", "zz"])), 'del %s["b"]' % d,
                    '%s.update({"b": %s, "e": 5})' % (d, a), 'print(%s, {k: v for k, v in %s.items() if k != "a"})' % (tag, d),
                    'print(%s, sorted(%s), "a" in %s, len(%s))' % (tag, d, d, d),
                ])))
            out.append((0, "print(%s, %s)" % (tag, d)))
            return out
        if r < 0.65:
            st = self.pick(['"a,b, c "', '" Gen Yield "', '"x-y-z"', '"abc"', 'str(%s)' % a])
            return [(0, "print(%s, %s)" % (tag, self.pick([
                "%s.split(',')" % st, "%s.strip()" % st, "%s.upper(), %s.lower()" % (st, st),
                "%s.replace('a', 'q')" % st, "%s.find('b'), %s.startswith('a'), %s.endswith(' ')" % (st, st, st),
                "'-'.join(%s.split())" % st, "%s[::-1], %s[1:3], %s[-2:]" % (st, st, st),
                "%s.isdigit(), %s.isalpha(), %s.isspace()" % (st, st, st), "%s.splitlines()" % st,
                "repr(%s), len(%s), %s * 2" % (st, st, st), "%s.lstrip(), %s.rstrip()" % (st, st),
                "%s[%s]" % (st, b), "ord(%s[0]), chr(65 + %s %% 26)" % (st, b),
            ])))]
        return [(0, "print(%s, %s)" % (tag, self.pick([
            "%s / 4, %s / 3" % (a, b), "divmod(%s, 3), divmod(-%s, 4)" % (a, b),
            "round(%s / 3, 2), round(%s / 2)" % (a, b), "%s ** 2, -%s // 3, -%s %% 3" % (a, b, b),
            'f"{%s:>5}|{%s:<4}|{%s:^7}|{%s:+d}|{%s:03d}"' % (a, b, a, b, a),
            'f"{%s / 7:.3f} {%s!r} {%s:x} {str(%s)!r:>6}"' % (a, b, a, b),
            "float(%s), int(%s / 2), bool(%s), str(%s)" % (a, a, b, b),
            "int('%d'), float('1.5'), int('-7')" % self.r.randrange(100),
            "isinstance(%s, int), isinstance(%s, (str, float)), type(%s).__name__" % (a, b, b),
            "hash(%s) == hash(%s), abs(-%s)" % (a, a, b),
            "%s // (%s - %s)" % (a, b, self.r.randrange(4)), "%s %% (%s - %s)" % (a, b, self.r.randrange(4)),
            "1 / (%s - %s)" % (b, self.r.randrange(4)), "[%s, %s][%s]" % (a, b, b),
            "%s < %s <= %s, %s == %s != %s" % (a, b, self.r.randrange(9), a, b, a),
            "%s and %s, %s or %s, not %s" % (a, b, a, b, a),
            "str(%s) + 'x', 'ab' * (%s %% 3)" % (a, b),
        ])))]

    def s_lambda(self, ctx, depth):
        f = self.var(ctx, "f")
        return [(0, "%s = lambda q: q + %s" % (f, self.iexpr(ctx))),
                (0, "print(%s, %s(%s))" % (self.label(ctx.tag), f, self.iexpr(ctx)))]

    def s_closure(self, ctx, depth):
        """A nested generator over the enclosing locals."""
        n = self.var(ctx, "inner")
        a = self.pick(ctx.locals)
        b = self.iexpr(ctx)
        out = [(0, "def %s():" % n),
               (1, "for q in range(2):"),
               (2, "yield q + %s" % a),
               (1, "yield %s" % b)]
        use = self.pick(["print(%s, list(%s()))" % (self.label(ctx.tag), n),
                         "print(%s, sum(%s()))" % (self.label(ctx.tag), n),
                         "print(%s, next(%s()))" % (self.label(ctx.tag), n)])
        return out + [(0, use)]

    def s_late(self, ctx, depth):
        """A generator expression or inner generator over a local that
        changes before it is consumed."""
        if len(ctx.locals) < 2:
            return self.s_assign(ctx, depth)
        v = self.pick([l for l in ctx.locals[1:] if not l.startswith(("w", "i"))] or ["a"])
        if v == "a":
            return self.s_assign(ctx, depth)
        it = self.var(ctx, "it")
        out = [(0, "%s = (q + %s for q in range(3))" % (it, v)),
               (0, "print(%s, next(%s))" % (self.label(ctx.tag), it))]
        if self.may_yield(ctx):
            ctx.yields = True
            out.append((0, "yield next(%s)" % it))
        out += [(0, "%s += 10" % v), (0, "print(%s, list(%s))" % (self.label(ctx.tag), it))]
        return out

    def s_yield(self, ctx, depth):
        ctx.yields = True
        return [(0, "yield %s" % self.value(ctx))]

    def s_yield_recv(self, ctx, depth):
        ctx.yields = True
        r = self.var(ctx, "r")
        out = [(0, "%s = yield %s" % (r, self.value(ctx))),
               (0, "print(%s, 'got', %s)" % (self.label(ctx.tag), r))]
        if self.chance(0.15):
            # whatever was sent: an int, a str, None, a tuple
            out.append((0, "print(%s, %s)" % (self.label(ctx.tag), self.pick([
                "%s + 1" % r, "%s * 2" % r, "len(%s)" % r, "%s[0]" % r, "%s < 3" % r, "-%s" % r,
                "type(%s).__name__, isinstance(%s, int)" % (r, r), "str(%s) + '!'" % r, "int(%s)" % r,
                "%s in (1, 2)" % r, "bool(%s)" % r]))))
        if self.chance(0.3):
            out += [(0, "if %s == %s:" % (r, self.pick(["1", "2", "3", '"s"', "None"]))),
                    (1, self.pick(["raise %s" % self.exc_new(ctx.tag), "print(%s, 'matched')" % self.label(ctx.tag)] +
                                  (["break"] if ctx.loops else []) +
                                  (["return %s" % self.value(ctx)] if ctx.kind != "agen" else ["return"])))]
        return out

    def s_yield_expr(self, ctx, depth):
        """Several yields inside one expression: the operands evaluated
        before a yield must live across it."""
        ctx.yields = True
        a, b = self.iexpr(ctx), self.value(ctx)
        y1, y2 = "(yield %s)" % self.value(ctx), "(yield %s)" % self.value(ctx)
        tag = self.label(ctx.tag)
        form = self.pick([
            "print(%s, %s, %s, %s)" % (tag, a, y1, y2),
            "print(%s, [%s, %s, %s])" % (tag, a, y1, b),
            "print(%s, {'k': %s, 'j': %s})" % (tag, y1, y2),
            "print(%s, (%s, %s), %s)" % (tag, b, y1, y2),
            "print(%s, f'{%s}-{%s}-{%s}')" % (tag, a, y1, b),
            "print(%s, str(%s) + str(%s))" % (tag, y1, y2),
            "print(%s, %s if %s else %s)" % (tag, a, y1, y2),
            "print(%s, %s and %s, %s or %s)" % (tag, y1, y2, a, b),
            "print(%s, [%s for q in range(2)] + [%s])" % (tag, a, y1),
            "print(%s, %s is None, %s)" % (tag, y1, a),
        ])
        return [(0, form)]

    def s_await_expr(self, ctx, depth):
        """Awaits inside one expression."""
        cs = self.earlier(ctx, "coro")
        aw = ["await asyncio.sleep(0, %s)" % self.value(ctx)]
        aw += ["await %s(%s)" % (c.name, self.iexpr(ctx)) for c in cs]
        x1, x2 = "(%s)" % self.pick(aw), "(%s)" % self.pick(aw)
        tag = self.label(ctx.tag)
        return [(0, self.pick([
            "print(%s, %s, %s, %s)" % (tag, self.iexpr(ctx), x1, x2),
            "print(%s, [%s, %s])" % (tag, x1, x2),
            "print(%s, {'k': %s}, str(%s))" % (tag, x1, x2),
            "print(%s, %s if %s else %s)" % (tag, self.value(ctx), x1, x2),
        ]))]

    def s_recurse(self, ctx, depth):
        """A bounded call of the function itself (depth at most 4)."""
        fn = ctx.fn
        if ctx.recursed or fn.kind not in ("gen", "coro", "agen"):
            return self.s_print(ctx, depth)
        if fn.kind != "coro" and not (ctx.holds and self.may_yield(ctx)):
            return self.s_print(ctx, depth)
        ctx.recursed = True
        arg = "min(a, 3) - 1"
        tag = self.label(ctx.tag)
        if fn.kind == "gen":
            ctx.yields = True
            body = [(1, "rr = yield from %s(%s)" % (fn.name, arg)), (1, "print(%s, 'rec', rr)" % tag)]
        elif fn.kind == "coro":
            body = [(1, "print(%s, 'rec', await %s(%s))" % (tag, fn.name, arg))]
        else:
            ctx.yields = True
            body = [(1, "async for rr in %s(%s):" % (fn.name, arg)), (2, "yield rr")]
        return [(0, "if a > 0:")] + body

    def s_global(self, ctx, depth):
        ctx.uses_global = True  # `global G` goes first in the function
        return [(0, "G += %d" % self.r.randrange(1, 4)), (0, "print(%s, 'G', G)" % self.label(ctx.tag))]

    def s_yield_from(self, ctx, depth):
        ctx.yields = True
        gens = self.earlier(ctx, "gen") if ctx.holds else []
        r = self.var(ctx, "r")
        if gens and self.chance(0.7):
            g = self.pick(gens)
            return [(0, "%s = yield from %s(%s)" % (r, g.name, self.iexpr(ctx))),
                    (0, "print(%s, 'yf', %s)" % (self.label(ctx.tag), r))]
        src = self.pick(["range(%s %% 3)" % self.pick(ctx.locals),
                         "[%s, %s]" % (self.value(ctx), self.value(ctx)),
                         "(q * 10 for q in range(%d))" % self.r.randrange(3),
                         '"ab"', "(1, 2)"])
        return [(0, "yield from %s" % src)]

    def s_for_gen(self, ctx, depth):
        gens = self.earlier(ctx, "gen")
        if not gens:
            return self.s_print(ctx, depth)
        g = self.pick(gens)
        x = self.var(ctx, "x")
        out = [(0, "for %s in %s(%s):" % (x, g.name, self.iexpr(ctx)))]
        body = [(1, "print(%s, %s)" % (self.label(ctx.tag), x))]
        if self.chance(0.4):
            body += [(1, "if %s == %s:" % (x, self.pick(["0", "1", "2", '"%s"' % g.name]))), (2, "break")]
        if self.chance(0.3) and self.may_yield(ctx):
            ctx.yields = True
            body += [(1, "yield %s" % x)]
        return out + body

    def s_drive_sub(self, ctx, depth):
        """A sub-generator driven by hand (next, send, throw, close), maybe
        dropped while suspended."""
        gens = self.earlier(ctx, "gen")
        if not gens:
            return self.s_print(ctx, depth)
        g = self.pick(gens)
        s = self.var(ctx, "sub")
        ctx.subs.append(s)
        out = [(0, "%s = %s(%s)" % (s, g.name, self.iexpr(ctx))),
               (0, "print(%s, next(%s, 'empty'))" % (self.label(ctx.tag), s))]
        for _ in range(self.r.randrange(3)):
            ops = ["next(%s, 'empty')", "%s.send(" + self.sent() + ")",
                   "%s.throw(" + self.exc_new(ctx.tag + "-in", allow_builtin=False) + ")",
                   "%s.close()", "next(%s)"]
            op = self.pick(ops) % s
            tag = self.label(ctx.tag)
            out += self.in_handler([(0, "try:"), (1, "print(%s, %s)" % (tag, op)),
                                    (0, "except StopIteration as e:"), (1, "print(%s, 'stop', repr(e.value))" % tag),
                                    (0, "except Exception as e:"), (1, "print(%s, %s)" % (tag, self.exc_info("e")))])
        if self.chance(0.15):
            out.append((0, "print(%s, next(%s))" % (self.label(ctx.tag), s)))  # StopIteration leaks: PEP 479
        out.append((0, self.pick(["del %s" % s, "%s.close()" % s, "%s = None" % s, "pass"])))
        return out

    def exc_info(self, e):
        """How a handler shows the exception it caught."""
        r = self.r.random()
        if r < 0.45:
            return "repr(%s)" % e
        if r < 0.75:
            return "repr(%s), repr(%s.__context__)" % (e, e)
        if r < 0.9:
            return "repr(%s), repr(%s.__cause__), repr(%s.__context__)" % (e, e, e)
        return "type(%s).__name__, %s.args" % (e, e)

    def s_sleep(self, ctx, depth):
        if self.chance(0.2):
            return [(0, "print(%s, await asyncio.sleep(0, %s))" % (self.label(ctx.tag), self.value(ctx)))]
        return [(0, "await asyncio.sleep(0)")]

    def s_await_coro(self, ctx, depth):
        cs = self.earlier(ctx, "coro")
        if not cs:
            return self.s_sleep(ctx, depth)
        c = self.pick(cs)
        r = self.var(ctx, "r")
        return [(0, "%s = await %s(%s)" % (r, c.name, self.iexpr(ctx))),
                (0, "print(%s, 'awaited', %s)" % (self.label(ctx.tag), r))]

    def s_async_for(self, ctx, depth):
        ags = self.earlier(ctx, "agen")
        if not ags:
            return self.s_sleep(ctx, depth)
        g = self.pick(ags)
        x = self.var(ctx, "x")
        out = [(0, "async for %s in %s(%s):" % (x, g.name, self.iexpr(ctx))),
               (1, "print(%s, %s)" % (self.label(ctx.tag), x))]
        if self.chance(0.35):
            out += [(1, "if %s == %s:" % (x, self.pick(["0", "1", "2"]))), (2, "break")]
        if self.chance(0.3) and ctx.kind == "agen" and self.may_yield(ctx):
            ctx.yields = True
            out += [(1, "yield %s" % x)]
        return out

    def s_task(self, ctx, depth):
        cs = self.earlier(ctx, "coro")
        if not cs:
            return self.s_sleep(ctx, depth)
        t = self.var(ctx, "t")
        out = [(0, "%s = asyncio.create_task(%s(%s))" % (t, self.pick(cs).name, self.iexpr(ctx))),
               (0, "print(%s, 'created')" % self.label(ctx.tag))]
        for _ in range(self.r.randrange(3)):
            out.append((0, self.pick(["await asyncio.sleep(0)", "print(%s, %s.done())" % (self.label(ctx.tag), t)])))
        if self.chance(0.2):
            tag = self.label(ctx.tag)
            out += [(0, "print(%s, 'cancel', %s.cancel())" % (tag, t)),
                    (0, "try:"), (1, "print(%s, 'task', await %s)" % (tag, t)),
                    (0, "except asyncio.CancelledError:"), (1, "print(%s, 'cancelled', %s.cancelled())" % (tag, t))]
            return out
        out.append((0, "print(%s, 'task', await %s)" % (self.label(ctx.tag), t)))
        return out

    def s_gather(self, ctx, depth):
        cs = self.earlier(ctx, "coro")
        if not cs:
            return self.s_sleep(ctx, depth)
        calls = ["%s(%s)" % (self.pick(cs).name, self.iexpr(ctx)) for _ in range(self.r.randrange(1, 4))]
        return [(0, "print(%s, await asyncio.gather(%s))" % (self.label(ctx.tag), ", ".join(calls)))]

    # ---- functions -----------------------------------------------------

    def function(self, fn):
        ctx = Ctx(fn, self.r.randrange(3, 11))
        # frame_lifetime (KNOWN): a generator released while suspended in a
        # `finally` that an exception entered (it ignored close()) keeps that
        # exception on its frame's stack, and the exception's traceback keeps
        # the frame: a cycle, so CPython finalises the generators the frame
        # holds only in the cycle collection (seed 400225).  A function either
        # holds generators in its frame (sub-generators, for and async for
        # over generators, yield from and recursion into them) or yields in
        # its finally clauses, not both.
        ctx.holds = self.known or fn.kind not in ("gen", "agen") or self.chance(0.6)
        head = {"gen": "def", "func": "def", "coro": "async def", "agen": "async def"}[fn.kind]
        out = [(0, "%s %s(a):" % (head, fn.name)), (1, 'print("%s start", a)' % fn.name)]
        body = []
        while ctx.budget > 0:
            body += self.stmt(ctx, 0)
        if ctx.uses_global:
            out.append((1, "global G"))
        # Make sure a generator is one.
        tail = []
        if fn.kind in ("gen", "agen") and not ctx.yields:
            tail.append((0, "yield %s" % self.value(ctx)))
        if fn.kind == "coro" and not any("await" in s for _, s in body):
            tail.append((0, "await asyncio.sleep(0)"))
        if fn.kind == "coro" and self.chance(0.7):
            tail.append((0, "return %s" % self.value(ctx)))
        if fn.kind == "gen" and self.chance(0.5):
            tail.append((0, "return %s" % self.value(ctx)))
        body += tail
        if ctx.subs and not self.known:
            # frame_lifetime (KNOWN): drop the sub-generators before an
            # exception leaves the frame.
            body = [(0, "try:")] + [(1 + i, s) for i, s in body] + [(0, "finally:")] + \
                [(1, "%s = None" % s) for s in ctx.subs]
        return out + [(1 + i, s) for i, s in body]

    # ---- drivers -------------------------------------------------------

    def guarded(self, tag, call, stop, extra=()):
        """`print(tag, call)` with every exception printed."""
        out = [(0, "try:"), (1, "print(%s, %s)" % (tag, call))]
        if stop == "sync":
            out += [(0, "except StopIteration as e:"), (1, "print(%s, 'StopIteration', repr(e.value))" % tag)]
        elif stop == "async":
            out += [(0, "except StopAsyncIteration:"), (1, "print(%s, 'StopAsyncIteration')" % tag)]
        out += [(0, "except Exception as e:"), (1, "print(%s, type(e).__name__, %s)" % (tag, self.exc_info("e")))]
        out += list(extra)
        return out

    def in_handler(self, ops):
        """Sometimes run driver operations while an exception is being
        handled (it becomes the __context__ of what they raise, or not)."""
        if not self.chance(0.15):
            return ops
        return [(0, "try:"), (1, 'raise E3("handling")'), (0, "except E3:")] + [(i + 1, s) for i, s in ops]

    def driver_gen_op(self, ctx, gv, started):
        return self.in_handler(self.driver_gen_op1(ctx, gv, started))

    def driver_agen_op(self, ctx, gv, started):
        return self.in_handler(self.driver_agen_op1(ctx, gv, started))

    def driver_gen_op1(self, ctx, gv, started):
        """One operation on the sync generator variable gv."""
        tag = self.label("m")
        op = self.pick(["next", "next", "next", "nextd", "send", "send", "throw", "throw", "close",
                        "for", "list", "zip", "renew", "del"])
        if op == "next":
            started[gv] = True
            return self.guarded(tag, "next(%s)" % gv, "sync")
        if op == "nextd":
            started[gv] = True
            return self.guarded(tag, "next(%s, 'dflt')" % gv, "sync")
        if op == "send":
            v = self.sent()
            if v == "None":
                started[gv] = True
            return self.guarded(tag, "%s.send(%s)" % (gv, v), "sync")
        if op == "throw":
            exc = self.exc_new("thrown")
            if self.chance(0.1):  # PEP 479, started or not
                exc = self.pick(["StopIteration", "StopIteration(5)"])
            elif self.chance(0.04):  # not an exception: TypeError, the generator untouched
                exc = self.pick(["1", '"x"', "None", "int", "E1, E2()"])
            if self.chance(0.06):
                return self.guarded(tag, "%s.throw(GeneratorExit)" % gv, "sync",
                                    [(0, "except GeneratorExit:"), (1, "print(%s, 'GeneratorExit came out')" % tag)])
            return self.guarded(tag, "%s.throw(%s)" % (gv, exc), "sync")
        if op == "close":
            return self.guarded(tag, "%s.close()" % gv, None)
        if op == "for":
            x = self.var(ctx, "x")
            started[gv] = True
            body = [(0, "for %s in %s:" % (x, gv)), (1, "print(%s, %s)" % (tag, x))]
            if self.chance(0.6):
                body += [(1, "if %s == %s:" % (x, self.pick(["0", "1", "2", "3"]))), (2, "break")]
            return [(0, "try:")] + [(i + 1, s) for i, s in body] + [
                (0, "except Exception as e:"), (1, "print(%s, type(e).__name__, repr(e))" % tag)]
        if op == "list":
            started[gv] = True
            return self.guarded(tag, self.pick(["list(%s)", "[y for y in %s]", "len(list(%s))"]) % gv, None)
        if op == "zip":
            started[gv] = True
            gens = self.earlier(ctx, "gen")
            other = "%s(%s)" % (self.pick(gens).name, self.iexpr(ctx))
            return self.guarded(tag, "list(zip(%s, %s))" % (gv, other), None)
        # renew / del: drop the generator, maybe suspended
        gens = self.earlier(ctx, "gen")
        started[gv] = False
        if op == "del":
            return [(0, "del %s" % gv), (0, "print(%s, 'deleted')" % tag),
                    (0, "%s = %s(%s)" % (gv, self.pick(gens).name, self.iexpr(ctx)))]
        return [(0, "%s = %s(%s)" % (gv, self.pick(gens).name, self.iexpr(ctx))), (0, "print(%s, 'renewed')" % tag)]

    def driver_agen_op1(self, ctx, gv, started):
        tag = self.label("am")
        op = self.pick(["anext", "anext", "anext", "asend", "asend", "athrow", "athrow", "aclose",
                        "afor", "renew", "del"])
        if op == "anext":
            started[gv] = True
            return self.guarded(tag, "await %s.__anext__()" % gv, "async")
        if op == "asend":
            v = self.sent()
            if v == "None":
                started[gv] = True
            return self.guarded(tag, "await %s.asend(%s)" % (gv, v), "async")
        if op == "athrow":
            exc = self.exc_new("athrown")
            if self.chance(0.1):
                exc = self.pick(["StopIteration", "StopAsyncIteration", "StopAsyncIteration()", "3"])
            return self.guarded(tag, "await %s.athrow(%s)" % (gv, exc), "async")
        if op == "aclose":
            return self.guarded(tag, "await %s.aclose()" % gv, "async")
        if op == "afor":
            x = self.var(ctx, "x")
            started[gv] = True
            body = [(0, "async for %s in %s:" % (x, gv)), (1, "print(%s, %s)" % (tag, x))]
            if self.chance(0.6):
                body += [(1, "if %s == %s:" % (x, self.pick(["0", "1", "2", "3"]))), (2, "break")]
            return [(0, "try:")] + [(i + 1, s) for i, s in body] + [
                (0, "except Exception as e:"), (1, "print(%s, type(e).__name__, repr(e))" % tag)]
        ags = self.earlier(ctx, "agen")
        started[gv] = False
        new = "%s(%s)" % (self.pick(ags).name, self.iexpr(ctx))
        if op == "del":
            return [(0, "del %s" % gv), (0, "print(%s, 'deleted')" % tag), (0, "%s = %s" % (gv, new))]
        return [(0, "%s = %s" % (gv, new)), (0, "print(%s, 'renewed')" % tag)]

    def driver_coro_op(self, ctx):
        tag = self.label("am")
        cs = self.earlier(ctx, "coro")
        r = self.r.random()
        if r < 0.4:
            return self.guarded(tag, "await %s(%s)" % (self.pick(cs).name, self.iexpr(ctx)), None)
        if r < 0.6:
            calls = ["%s(%s)" % (self.pick(cs).name, self.iexpr(ctx)) for _ in range(self.r.randrange(1, 4))]
            return self.guarded(tag, "await asyncio.gather(%s)" % ", ".join(calls), None)
        if r < 0.9:
            ts = [self.var(ctx, "t") for _ in range(self.r.randrange(1, 4))]
            out = [(0, "%s = asyncio.create_task(%s(%s))" % (t, self.pick(cs).name, self.iexpr(ctx))) for t in ts]
            for _ in range(self.r.randrange(3)):
                out.append((0, "await asyncio.sleep(0)"))
            order = list(ts)
            self.r.shuffle(order)
            if self.chance(0.2):
                out.append((0, "print(%s, %s.cancel())" % (self.label("am"), order[0])))
            for t in order:
                out += self.guarded(self.label("am"), "await %s" % t, None,
                                    [(0, "except asyncio.CancelledError:"), (1, "print(%s, 'cancelled')" % tag)])
            return out
        if self.chance(0.5):
            co = self.var(ctx, "cobj")
            out = [(0, "%s = %s(%s)" % (co, self.pick(cs).name, self.iexpr(ctx)))]
            r = self.r.random()
            if r < 0.3:  # the same coroutine twice in one gather
                return out + self.guarded(tag, "await asyncio.gather(%s, %s)" % (co, co), None)
            if r < 0.6:  # awaited while a task runs it
                t = self.var(ctx, "t")
                out += [(0, "%s = asyncio.create_task(%s)" % (t, co)), (0, "await asyncio.sleep(0)")]
                return out + self.guarded(tag, "await %s" % co, None) + \
                    self.guarded(self.label("am"), "await %s" % t, None,
                                 [(0, "except asyncio.CancelledError:"), (1, "print(%s, 'cancelled')" % tag)])
            return out + self.guarded(tag, "await %s" % co, None) + self.guarded(self.label("am"), "await %s" % co, None)
        return [(0, "await asyncio.sleep(0)")]

    def sync_driver(self, name, index):
        fn = Fn("func", name, index)
        ctx = Ctx(fn, 0)
        gens = self.earlier(ctx, "gen")
        gvs = []
        started = {}
        out = [(0, "def %s():" % name)]
        body = [(0, "a = %d" % self.r.randrange(5))]
        for i in range(self.r.randrange(1, 4)):
            gv = "g%s" % "abcd"[i]
            gvs.append(gv)
            body.append((0, "%s = %s(%s)" % (gv, self.pick(gens).name, self.r.randrange(5))))
        ops = []
        for _ in range(self.r.randrange(4, 15)):
            ops += self.driver_gen_op(ctx, self.pick(gvs), started)
        # Finalization at return goes in the order of the locals; sometimes
        # delete them explicitly in another order first.
        if self.chance(0.3):
            order = list(gvs)
            self.r.shuffle(order)
            for gv in order:
                ops.append((0, "del %s" % gv))
        ops.append((0, 'print("%s done")  # keep' % name))
        body += self.drop_on_exception(ops, gvs)
        if self.chance(0.6):
            # A loop over a call: a plain generator's body is inlined here.
            g = self.pick([g for g in gens if g.plain] or gens)
            tag = self.label("m")
            loop = [(0, "for x in %s(%d):" % (g.name, self.r.randrange(5))), (1, "print(%s, x)" % tag)]
            if self.chance(0.4):
                loop += [(1, "if x == %s:" % self.pick(["0", "1", "2", '"%s"' % g.name])), (2, "break")]
            body += [(0, "try:")] + [(1 + i, s) for i, s in loop] + [
                (0, "except Exception as e:"), (1, "print(%s, type(e).__name__, %s)" % (tag, self.exc_info("e"))),
                (1, "del e")]
        return out + [(1 + i, s) for i, s in body]

    def drop_on_exception(self, ops, gvs):
        """frame_lifetime (KNOWN): an exception that leaves a driver (a
        GeneratorExit or StopIteration its `except Exception` lets through)
        keeps the driver's frame, and so its generators, until the exception
        is gone: in CPython after its traceback is printed at exit, in yieldc
        as it leaves.  The driver drops them as it leaves, in both (seed
        605256)."""
        if not gvs or self.known:
            return ops
        return [(0, "try:  # keep")] + [(1 + i, s) for i, s in ops] + \
            [(0, "except BaseException:  # keep"), (1, "%s = None  # keep" % " = ".join(gvs)), (1, "raise  # keep")]

    def async_driver(self, name, index):
        fn = Fn("coro", name, index)
        ctx = Ctx(fn, 0)
        ags = self.earlier(ctx, "agen")
        cs = self.earlier(ctx, "coro")
        gens = self.earlier(ctx, "gen")
        out = [(0, "async def %s():" % name)]
        body = [(0, "a = %d" % self.r.randrange(5))]
        avs = []
        started = {}
        if ags:
            for i in range(self.r.randrange(1, 3)):
                av = "ag%s" % "abc"[i]
                avs.append(av)
                body.append((0, "%s = %s(%s)" % (av, self.pick(ags).name, self.r.randrange(5))))
        gvs = []
        if gens and self.chance(0.4):
            gvs = ["gs"]
            body.append((0, "gs = %s(%d)" % (self.pick(gens).name, self.r.randrange(5))))
        ops = []
        for _ in range(self.r.randrange(4, 15)):
            r = self.r.random()
            if avs and r < 0.55:
                ops += self.driver_agen_op(ctx, self.pick(avs), started)
            elif cs and r < 0.85:
                ops += self.driver_coro_op(ctx)
            elif gvs and r < 0.93:
                ops += self.driver_gen_op(ctx, "gs", started)
            else:
                ops.append((0, "await asyncio.sleep(0)"))
        body += self.drop_on_exception(ops, gvs)
        if gvs and not self.known:
            # frame_lifetime (KNOWN): an exception from a task, which the
            # task keeps, has this frame in its traceback, so in CPython the
            # frame and its generator live in a cycle until the cycle
            # collector runs at exit.  Drop the generator here in both.
            body.append((0, "gs = None  # keep"))
        for av in avs:
            body += [(0, "try:  # keep"), (1, "await %s.aclose()  # keep" % av),
                     (0, "except Exception as e:  # keep"), (1, 'print("aclose", type(e).__name__)  # keep')]
        body += [(0, "for _ in range(60):  # keep"), (1, "await asyncio.sleep(0)  # keep"),
                 (0, 'print("%s done")  # keep' % name)]
        return out + [(1 + i, s) for i, s in body]

    # ---- the program ---------------------------------------------------

    def program(self):
        r = self.r
        want_async = self.chance(0.6)
        kinds = ["gen"] * r.randrange(2, 5)
        if want_async:
            kinds += ["coro"] * r.randrange(1, 4) + ["agen"] * r.randrange(1, 4)
        # The first generator has no one to delegate to; mix the rest.
        head, tail = kinds[:1], kinds[1:]
        r.shuffle(tail)
        kinds = head + tail
        counts = {}
        for i, k in enumerate(kinds):
            counts[k] = counts.get(k, 0) + 1
            stem = {"gen": "g", "agen": "ag", "coro": "co", "func": "f"}[k]
            self.fns.append(Fn(k, "%s%d" % (stem, counts[k]), i, k in ("gen", "agen") and self.chance(0.4)))
        lines = [(0, "# tests/difftest/gen.py %d" % self.seed)]
        if want_async:
            lines.append((0, "import asyncio"))
        lines.append((0, ""))
        lines += [(0, "class E1(Exception):"), (1, "pass"), (0, "class E2(E1):"), (1, "pass"),
                  (0, "class E3(Exception):"), (1, "pass"), (0, ""), (0, "G = 0"), (0, "")]
        for fn in self.fns:
            lines += self.function(fn) + [(0, "")]
        n = len(self.fns)
        lines += self.sync_driver("main", n) + [(0, "")]
        if want_async:
            lines += self.async_driver("amain", n + 1) + [(0, "")]
        lines.append((0, "main()"))
        if want_async:
            lines.append((0, "asyncio.run(amain())"))
        # Sometimes end on an uncaught exception, with nothing suspended.
        if self.chance(0.2):
            ctx = Ctx(Fn("func", "end", n + 2), 0)
            r2 = self.r.random()
            cs = self.earlier(ctx, "coro")
            if r2 < 0.4:
                lines.append((0, "print(list(%s(%d)))" % (self.pick(self.earlier(ctx, "gen")).name, self.r.randrange(5))))
                lines.append((0, "raise %s" % self.exc_new("end")))
            elif r2 < 0.6 and cs:
                lines.append((0, "print(asyncio.run(%s(%d)))" % (self.pick(cs).name, self.r.randrange(5))))
                lines.append((0, "raise %s" % self.exc_new("end")))
            elif r2 < 0.8:
                lines += [(0, "gz = %s(%d)" % (self.pick(self.earlier(ctx, "gen")).name, self.r.randrange(5))),
                          (0, "print(list(gz))"), (0, "print(next(gz))")]
            else:
                lines.append((0, "raise %s" % self.exc_new("end")))
        return "\n".join(("    " * i + s) if s else "" for i, s in lines) + "\n"


def main():
    args = sys.argv[1:]
    known = "--known" in args
    args = [a for a in args if a != "--known"]
    if len(args) != 1:
        sys.stderr.write("usage: gen.py [--known] SEED\n")
        return 2
    sys.stdout.write(Gen(int(args[0]), known).program())
    return 0


if __name__ == "__main__":
    sys.exit(main())
