async def outer():
    async yield 1
