# yieldc-flags: -Werror=unused-variable
# yieldc-status: 1
# -Werror=NAME enables NAME (-Wunused-variable is off by default) and makes
# it an error; the other warnings stay warnings.
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
