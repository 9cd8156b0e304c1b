# yieldc-flags: -Wno-unreachable-code -Wno-unused-coroutine
# -Wno-NAME turns a warning off: here two of the three that are on by
# default, which leaves -Wunused-generator.
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
