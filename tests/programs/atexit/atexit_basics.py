# atexit: register with arguments, LIFO order at exit, unregister, _ncallbacks, a failing callback
import atexit


class Loud:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<Loud %s>' % self.name

    def __call__(self, *args, **kwargs):
        print('exit', self.name, args, sorted(kwargs.items()))
        if self.name == 'boom':
            raise ValueError('failed at exit')


first = Loud('first')
print(atexit.register(first) is first)
atexit.register(Loud('second'), 1, 2, key='v')
atexit.register(Loud('boom'))
gone = Loud('gone')
atexit.register(gone)
atexit.register(gone, 'again')
print(atexit._ncallbacks())
atexit.unregister(gone)
print(atexit._ncallbacks())
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    atexit.register()
except TypeError as e:
    print('TypeError', e)
print('end of program')
