# fetch_pages.py: an async generator that "downloads" pages one at a time
# (each fetch is simulated with asyncio.sleep) and yields each page as soon
# as it arrives; the consumer reads them with async for, and meanwhile a
# progress task keeps running on the same event loop.
import asyncio

PAGES = {
    "/index": "Welcome! Links: /news /about",
    "/news": "Today: yieldc compiles async generators",
    "/about": "A compiler from Python to C",
}

async def fetch(url):
    if url == "/news":
        await asyncio.sleep(0.3)    # a slow server
    else:
        await asyncio.sleep(0.01)
    return PAGES.get(url, "404 not found")

async def fetch_pages(urls):
    for url in urls:
        print("  fetching", url)
        body = await fetch(url)
        yield url, body

async def progress():
    await asyncio.sleep(0.15)
    print("  ... still working")

async def main():
    ticker = asyncio.create_task(progress())
    total = 0
    async for url, body in fetch_pages(["/index", "/news", "/missing", "/about"]):
        print(url, "->", repr(body))
        total += len(body)
    await ticker
    print("fetched", total, "characters")

asyncio.run(main())
