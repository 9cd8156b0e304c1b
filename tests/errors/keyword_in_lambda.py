show = lambda: print(1, flush=True)
