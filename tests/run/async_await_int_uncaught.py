# Awaiting an int, uncaught: exit 1 with
# TypeError: object int can't be used in 'await' expression.
import asyncio

async def compute():
    return 41

async def main():
    n = await compute()
    print("n is", n)
    m = await (n + 1)
    print("not reached", m)

asyncio.run(main())
