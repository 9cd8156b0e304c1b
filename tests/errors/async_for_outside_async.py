def f(agen):
    async for x in agen:
        print(x)
