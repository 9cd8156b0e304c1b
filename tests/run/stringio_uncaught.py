# An uncaught io.UnsupportedOperation from a StringIO: the traceback's last
# line names it as CPython does.
import io

buf = io.StringIO("data\n")
print(buf.readline(), end="")
print(buf.fileno())
