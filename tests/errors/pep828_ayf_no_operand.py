async def outer():
    async yield from
