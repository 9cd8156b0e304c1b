for i in range(3):
    def inner():
        break
