# Uncaught error raised inside a property getter reached through an f-string.
class User:
    def __init__(self, first, last):
        self.first, self.last = first, last
    @property
    def full(self):
        return self.first + " " + self.last
print(f"{User('ada', 'lovelace').full}")
print(f"{User('ada', None).full}")
