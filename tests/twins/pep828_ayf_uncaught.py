# Twin of tests/run/pep828_ayf_uncaught.py for CPython 3.11, which has no PEP 828.
# How it emulates the PEP:
# - Each `x = async yield from sub(...)` is written out as PEP 380's
#   expansion with the async methods (marked by a comment holding the
#   original line): prime with `await _sub.asend(None)`, yield each value
#   out, forward a value sent to the outer generator with
#   `await _sub.asend(s)`, an exception thrown in with `await _sub.athrow(e)`,
#   and GeneratorExit (aclose) with `await _sub.aclose()` followed by a
#   re-raise, so the inner generator sees everything first and its finally
#   runs before the outer one's; StopAsyncIteration ends the delegation.
# - The exception raised in the inner generator comes out of the awaited
#   `_sub.asend()`, i.e. out of the delegation point, as in the PEP.
# Everything else is the PEP program line for line; its own description:
#
#   PEP 828: an exception raised inside the subgenerator of
#   `async yield from` propagates through the delegating generator (its
#   finally runs after the inner one) and, uncaught, ends the program: exit 1.
import asyncio

class E(Exception):
    pass

class BadRecord(E):
    pass

async def records(rows):
    try:
        for row in rows:
            await asyncio.sleep(0)
            if row < 0:
                raise BadRecord("negative row " + str(row))
            yield row
    finally:
        print("records finally")

async def report(rows):
    try:
        yield "header"
        # async yield from records(rows)
        _r = []
        _sub = records(rows)
        try:
            _y = await _sub.asend(None)
        except StopAsyncIteration:
            pass
        else:
            while True:
                try:
                    _s = yield _y
                except GeneratorExit:
                    await _sub.aclose()
                    raise
                except BaseException as _e:
                    try:
                        _y = await _sub.athrow(_e)
                    except StopAsyncIteration:
                        break
                else:
                    try:
                        _y = await _sub.asend(_s)
                    except StopAsyncIteration:
                        break
        yield "footer"
    finally:
        print("report finally")

async def main():
    async for line in report([1, 2, -3, 4]):
        print(line)

asyncio.run(main())
