def f():
    print("a",
          1
