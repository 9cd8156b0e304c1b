# if __name__ == "__main__": and module-level code order.

print("module starts, __name__ is", __name__)

def main():
    print("main() runs")
    for v in helper():
        print("helper gave", v)
    return 0

def helper():
    yield "x"
    yield LATE

LATE = "defined after helper but before main() is called"

if __name__ == "__main__":
    print("inside the guard")
    result = main()
    print("main returned", result)
else:
    print("imported, not run")

if __name__ != "__main__":
    print("never")
print("module ends")
