print("\x4")
