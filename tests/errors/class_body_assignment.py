class MyError(Exception):
    code = 3
