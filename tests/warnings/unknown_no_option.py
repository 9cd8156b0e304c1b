# yieldc-flags: -Wno-unreachable
# yieldc-status: 2
# -Wno-NAME with an unknown NAME: a usage error too (gcc would ignore it).
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
