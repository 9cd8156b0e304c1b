async def f(agen):
    return [x async for x in agen]
