# yieldc-flags: -Werror -Wno-error=unreachable-code -Wno-error=unused-coroutine -Wno-error=unused-generator
# When -Wno-error=NAME exempts every warning that fires, the compile succeeds.
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
