# A fetch_pages-style async generator: each "download" is simulated with
# asyncio.sleep, pages are yielded as they arrive and consumed by async for;
# a missing page raises inside the generator and is reported, then the
# crawl continues; a second crawl downloads pages concurrently with gather.
import asyncio

SITE = {
    "/": "Home: see /about and /blog",
    "/about": "About us",
    "/blog": "Blog: /blog/1 /blog/2",
    "/blog/1": "First post",
    "/blog/2": "Second post, longer than the first",
}

class E(Exception):
    pass

class NotFound(E):
    pass

async def fetch(url):
    await asyncio.sleep(0.001 * len(url))
    if url not in SITE:
        raise NotFound("404 " + url)
    return SITE[url]

async def fetch_pages(urls):
    fetched = 0
    try:
        for url in urls:
            try:
                body = await fetch(url)
            except NotFound as e:
                print("  skip:", e)
                continue
            fetched += 1
            yield (url, body)
    finally:
        print("  fetch_pages closed after", fetched, "pages")

def links(body):
    return [w for w in body.replace(",", " ").split() if w.startswith("/")]

async def crawl(start):
    seen = [start]
    todo = [start]
    while todo:
        batch = todo
        todo = []
        async for url, body in fetch_pages(batch):
            print(url, "->", len(body), "chars")
            for link in links(body):
                if link not in seen:
                    seen.append(link)
                    todo.append(link)
    return seen

async def main():
    seen = await crawl("/")
    print("crawled", seen)
    async for url, body in fetch_pages(["/missing", "/about", "/nope", "/blog/1"]):
        print(url, "says", repr(body))
    bodies = await asyncio.gather(*[fetch(u) for u in ["/blog/2", "/", "/about"]])
    print([len(b) for b in bodies])
    async for url, body in fetch_pages(["/", "/about", "/blog"]):
        if url == "/about":
            print("stopping early at", url)
            break
    await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
