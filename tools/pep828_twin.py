#!/usr/bin/env python3
"""pep828_twin.py: write the CPython 3.11 twin of a PEP 828 test program.

    python3 tools/pep828_twin.py tests/run/NAME.py > tests/twins/NAME.py

CPython 3.11 rejects `yield from` and `return value` in async generators, so
a test of PEP 828 as accepted (tests/run/pep828_*.py without a
`--pep828=draft` flag) gets its expected output from a twin: the same
program with those two constructs spelled out in 3.11 Python, line for
line otherwise (see tests/README.md, Twins).  This tool writes that twin
mechanically, so that each twin is the PEP's own expansion:

- a statement `yield from E`, `X = yield from E` or `return (yield from E)`
  inside an `async def` becomes the expansion of the PEP's "Specification"
  (aiter, await anext/asend/athrow/aclose, GeneratorExit and BaseException
  clauses, `raise exception from None` when athrow is missing), word for
  word except for four things: aiter() is GET_AITER (its messages), as
  the reference implementation compiles it; the GeneratorExit clause
  closes the delegate after leaving the handler, so that an exception from
  aclose() is not chained to the GeneratorExit (the reference's tests: "no
  chaining happens"); an error other than AttributeError while
  getting aclose is reported as unraisable and aclose skipped, as the
  reference implementation's tests require; and the value: 3.11's StopAsyncIteration has no `value`, so
  the value is taken from `_stop_value` (below);
- `return V` in an async generator becomes `_agen_return(V); return`:
  the value is kept in `_RETURNED` under the generator's frame, where
  `_stop_value` finds it (through `ag_frame`, read before the delegation
  starts); a StopAsyncIteration raised by other code gives its first
  argument, as PEP 828's `value` does.

What the tool cannot see (a program reading `.value` or printing the repr
of a StopAsyncIteration itself) is edited by hand in the twin, with a
comment there.  Only line-level statements are handled; tests keep their
`yield from` to those forms.
"""
import re
import sys

PRELUDE = '''\
# ---- PEP 828 emulation (tools/pep828_twin.py) ----
import sys as _sys
_RETURNED = {}


def _agen_return(value):
    """`return value` in an async generator: remember it for its delegator."""
    _RETURNED[_sys._getframe(1)] = value


async def _agen():
    yield
_AGEN = type(_agen())


def _get_aiter(obj):
    """aiter(EXPR) as the reference implementation's bytecode (GET_AITER)
    does it, with GET_AITER's messages (the builtin aiter() words them
    differently)."""
    if not hasattr(type(obj), "__aiter__"):
        raise TypeError("'async for' requires an object with __aiter__ method, got "
                        + type(obj).__name__)
    it = type(obj).__aiter__(obj)
    if not hasattr(type(it), "__anext__"):
        raise TypeError("'async for' received an object from __aiter__ that does not "
                        "implement __anext__: " + type(it).__name__)
    return it


def _unraisable(obj):
    """The reference implementation (as PEP 380's close) reports an error
    getting aclose as unraisable and goes on without it."""
    print("Exception ignored in:", repr(obj), file=_sys.stderr)


def _stop_value(stop, frame):
    """PEP 828's StopAsyncIteration.value."""
    if frame is not None and frame in _RETURNED:
        return _RETURNED.pop(frame)
    return stop.args[0] if stop.args else None
# ---- end of the emulation ----
'''

EXPANSION = '''\
# {src}  (PEP 828's expansion)
_aiterator = _get_aiter({expr})
_frame = _aiterator.ag_frame if type(_aiterator) is _AGEN else None
try:
    _item = await anext(_aiterator)
except StopAsyncIteration as _stop:
    {result} = _stop_value(_stop, _frame)
else:
    while True:
        _gen_exit = None
        try:
            _received = yield _item
        except GeneratorExit as _caught:
            _gen_exit = _caught
        except BaseException as _exception:
            try:
                _athrow = _aiterator.athrow
            except AttributeError:
                raise _exception from None
            else:
                try:
                    _item = await _athrow(_exception)
                except StopAsyncIteration as _stop:
                    {result} = _stop_value(_stop, _frame)
                    break
        else:
            try:
                if _received is None:
                    _item = await anext(_aiterator)
                else:
                    _item = await _aiterator.asend(_received)
            except StopAsyncIteration as _stop:
                {result} = _stop_value(_stop, _frame)
                break
        if _gen_exit is not None:
            try:
                _aclose = _aiterator.aclose
            except AttributeError:
                pass
            except Exception:
                _unraisable(_aiterator)
            else:
                await _aclose()
            raise _gen_exit'''

YF = re.compile(r'^(\s*)(?:(return\s*\(\s*)|([\w.\[\]]+)\s*=\s*)?yield from (.+?)$')


def indent_of(line):
    return len(line) - len(line.lstrip())


def functions(lines):
    """[(start, end, indent, is_async, is_gen)] for each def, end exclusive."""
    out = []
    for i, line in enumerate(lines):
        m = re.match(r'^(\s*)(async\s+)?def\s', line)
        if not m:
            continue
        ind = len(m.group(1))
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or indent_of(lines[j]) > ind):
            j += 1
        out.append([i, j, ind, bool(m.group(2)), False])
    for f in out:  # a generator: a yield in its own body, not in a nested def
        for k in range(f[0] + 1, f[1]):
            if any(g[0] == k for g in out):
                continue
            if any(g[0] < k < g[1] and g[0] > f[0] for g in out):
                continue
            if re.search(r'\byield\b', lines[k].split('#')[0]):
                f[4] = True
    return out


def innermost(funcs, k):
    best = None
    for f in funcs:
        if f[0] < k < f[1] and (best is None or f[0] > best[0]):
            best = f
    return best


def main():
    path = sys.argv[1]
    lines = open(path).read().split('\n')
    funcs = functions(lines)
    out = ['# Twin of %s for CPython 3.11, written by tools/pep828_twin.py: `yield from`'
           % path.split('tests/')[-1].split('samples/')[-1],
           '# in an async generator is PEP 828\'s expansion, `return V` in one',
           '# `_agen_return(V); return`; see the tool for how values travel.']
    prelude_done = False
    for k, line in enumerate(lines):
        if not prelude_done and line.startswith('import asyncio'):
            out.append(line)
            out.extend(PRELUDE.rstrip('\n').split('\n'))
            prelude_done = True
            continue
        f = innermost(funcs, k)
        code = line.split('#')[0].rstrip() if '#' in line and '"' not in line and "'" not in line else line.rstrip()
        m = YF.match(code)
        if m and f and f[3]:
            ind, ret, target, expr = m.groups()
            if ret:
                expr = expr.rstrip()
                assert expr.endswith(')'), line
                expr = expr[:-1].rstrip()
                result = '_result'
            else:
                result = target or '_result'
            body = EXPANSION.format(src=line.strip(), expr=expr, result=result)
            out.extend(ind + b if b else b for b in body.split('\n'))
            if ret:
                out.append(ind + '_agen_return(_result)')
                out.append(ind + 'return')
            continue
        m = re.match(r'^(\s*)return\s+(\S.*)$', line)
        if m and f and f[3] and f[4]:
            out.append('%s_agen_return(%s)' % (m.group(1), m.group(2)))
            out.append('%sreturn' % m.group(1))
            continue
        out.append(line)
    if not prelude_done:
        out[3:3] = PRELUDE.rstrip('\n').split('\n')
    sys.stdout.write('\n'.join(out))


if __name__ == '__main__':
    main()
