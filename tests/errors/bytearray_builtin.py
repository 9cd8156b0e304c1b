buf = bytearray(b"ab")
