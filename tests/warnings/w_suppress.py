# yieldc-flags: -Wall -Werror -Werror=unused-variable -w
# -w suppresses every warning, even those -Werror would make errors:
# exit status 0 and the outputs written.
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
