# yieldc-flags: -Wall -Werror -Wno-error=unreachable-code -Wno-error=unused-variable
# yieldc-status: 1
# -Wno-error=NAME keeps NAME a warning under -Werror.
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
