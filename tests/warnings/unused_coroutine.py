# -Wunused-coroutine (on by default): a coroutine function called as a
# statement, where the name certainly denotes an `async def`.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    work(1)  # warned
    asyncio.sleep(0.1)  # warned: CPython's "coroutine 'sleep' was never awaited"

    async def helper():
        return 1

    helper()  # a local def

    def sync_caller():
        helper()  # through the closure

    sync_caller()
    await work(2)


main()  # the classic mistake at module level
asyncio.run(main())
