data = (b"abc"
        "def")
