# yieldc-flags: -Werror -Wno-error
# -Wno-error cancels an earlier -Werror.
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
