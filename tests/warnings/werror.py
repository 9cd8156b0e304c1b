# yieldc-flags: -Werror
# yieldc-status: 1
# -Werror makes every enabled warning an error, in gcc's form; all are
# reported, then gcc's closing line, exit status 1, and no output at all.
import asyncio


def numbers():
    yield 1


async def work():
    return 1


def f():
    unused = 1
    numbers()
    return 0
    print("dead")


async def main():
    work()


asyncio.run(main())
