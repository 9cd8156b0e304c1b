print(rr"raw twice")
