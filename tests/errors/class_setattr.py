class Logged:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)


Logged()
