# An uncaught AttributeError raised from a method call on an instance.
class Account:
    def __init__(self, owner):
        self.owner = owner
    def describe(self):
        return self.owner + " has " + str(self.balance)
acct = Account("ann")
print(acct.owner)
print(acct.describe())
