class C:
    pass


print(vars(C()))
print(vars())
