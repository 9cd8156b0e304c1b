# exc.__traceback__: None before raising, a traceback object after; its
# tb_lineno and tb_next; with_traceback; __traceback__ assignment; the
# traceback __exit__ receives.


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


def inner():
    raise ValueError("inner")


def middle():
    inner()


class MyError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


e = ValueError("x")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno, tb.tb_next, depth(tb))
    print(caught.__traceback__ is tb)

try:
    middle()
except ValueError as caught:
    tb = caught.__traceback__
    print(depth(tb), tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno)
    saved = tb

try:
    raise MyError(7)
except MyError as caught:
    print(caught.__traceback__ is not None, caught.code, depth(caught.__traceback__))
    print(caught.with_traceback(None).__traceback__)
    caught.__traceback__ = saved
    print(depth(caught.__traceback__), caught.__traceback__ is saved)

fresh = KeyError("k").with_traceback(saved)
print(depth(fresh.__traceback__), fresh.__traceback__ is saved, fresh.__traceback__.tb_next.tb_lineno)
try:
    raise fresh
except KeyError as caught:
    print(depth(caught.__traceback__), caught.__traceback__.tb_next is saved)

try:
    try:
        middle()
    except ValueError as v:
        raise v.with_traceback(None)
except ValueError as caught:
    print("reraised", depth(caught.__traceback__), caught.__traceback__.tb_lineno)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


t("bad tb", lambda: ValueError().with_traceback(5))
t("no args", lambda: ValueError().with_traceback())


def set_tb(x):
    ValueError().__traceback__ = x


t("bad assign", lambda: set_tb("tb"))
t("tb_frame", lambda: saved.tb_frame.f_lineno if False else saved.tb_nope)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, tb is not None, depth(tb))
        return True


with Manager():
    middle()
with Manager():
    pass
try:
    middle()
except Exception as last:
    raise last.with_traceback(None)
