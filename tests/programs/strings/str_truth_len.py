# str has no __bool__: its truth is its length, so a subclass's __len__ decides.
class Hollow(str):
    def __len__(self):
        return 0


class Counted(str):
    def __len__(self):
        return 5


print('__bool__' in str.__dict__, hasattr(str, '__bool__'))
print(bool(''), bool('x'), bool(Hollow('abc')), bool(Counted('')))
print('yes' if Hollow('abc') else 'no', not Counted(''))
s = Hollow('abc')
while s:
    print('never')
    break
print([x for x in [Hollow('a'), 'b', Counted(''), ''] if x])
print(sorted(set(dir(str)) - set(dir(__import__('collections').UserString)) - {'__sizeof__'}))
