# yieldc-flags: -Werror=unused
# yieldc-status: 2
# -Werror=NAME with an unknown NAME: a usage error too.
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
