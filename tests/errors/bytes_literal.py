data = b"abc"
