class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann")
print(a.owner(), Account.count(), a._Account__owner, a.__dict__)
try:
    print(a.__owner)
except AttributeError as e:
    print(e)
