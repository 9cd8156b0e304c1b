class Shape:
    pass

class ShapeError(Exception):
    pass

class Outer:
    class Inner:
        pass
    class Err(ValueError):
        pass
