# yieldc-flags: --pep828=draft
# PEP 828: an exception raised inside the subgenerator of
# `async yield from` propagates through the delegating generator (its
# finally runs after the inner one) and, uncaught, ends the program: exit 1.
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
        async yield from records(rows)
        yield "footer"
    finally:
        print("report finally")

async def main():
    async for line in report([1, 2, -3, 4]):
        print(line)

asyncio.run(main())
