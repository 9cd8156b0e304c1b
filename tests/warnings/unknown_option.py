# yieldc-flags: -Wunused-variable -Wfoo
# yieldc-status: 2
# An unknown warning name is a usage error (gcc: unrecognized command-line
# option), exit status 2.
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
