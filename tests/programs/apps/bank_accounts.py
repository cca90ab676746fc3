# A small bank simulation with classes, custom exceptions, properties and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a, b = Account("ann", 100), Savings("bob", 500)
transfer(a, b, 30)
print(a, b)
for amt in [100, -5]:
    try:
        transfer(a, b, amt) if amt > 0 else a.deposit(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(b.add_interest(), b, b.log, a.log)
try:
    a.balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([a, b], key=lambda acc: acc.balance))
