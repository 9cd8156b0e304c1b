# An async generator abandoned by break just before main returns: its
# finally still runs before asyncio.run returns (after "main end").
import asyncio

async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers finally")

async def main():
    async for x in numbers():
        print("got", x)
        if x == 1:
            break
    print("main end")
    return "result"

print(asyncio.run(main()))
print("done")
