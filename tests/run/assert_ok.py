# assert statements that pass and that fail inside try/except.

def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x * 2

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, "| args:", e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args, "[" + str(e) + "]")

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("list message:", e.args[0])

assert True
assert "non-empty", "not raised"
print("passing asserts are silent")

def gen_checked(items):
    for it in items:
        assert it is not None, "None in the input"
        yield it

try:
    for v in gen_checked([1, 2, None, 4]):
        print("checked", v)
except AssertionError as e:
    print("generator assertion:", e)

# The message is evaluated only when the assertion fails.
def msg():
    print("  building message")
    return "expensive"

assert 1 < 2, msg()
try:
    assert 2 < 1, msg()
except AssertionError as e:
    print("caught", e)
