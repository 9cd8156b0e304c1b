from io import StringIO


class Buffer(StringIO):
    pass
