# yieldc-flags: -Werror=unused-generator -Wno-unused-generator
# A later -Wno-NAME turns off a warning an earlier -Werror=NAME enabled.
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
