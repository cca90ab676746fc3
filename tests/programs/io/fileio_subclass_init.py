# FileIO: a subclass whose __setattr__ refuses 'name' makes the constructor fail; a
# descriptor the caller gave stays open, one FileIO opened itself is closed. seekable()
# on a descriptor closed behind the object's back is False, not an error.
import _io, os, tempfile


class Refused(Exception):
    pass


class NoName(_io.FileIO):
    def __setattr__(self, name, value):
        if name == 'name':
            raise Refused('blocked setting name')
        return super().__setattr__(name, value)


d = tempfile.mkdtemp()
path = os.path.join(d, 'data.bin')
with open(path, 'wb') as f:
    f.write(b'hello')
try:
    fd = os.open(path, os.O_RDONLY)
    try:
        NoName(fd)
    except Refused as e:
        print('Refused:', e)
    print(os.read(fd, 5))
    os.close(fd)

    try:
        NoName(path)
    except Refused as e:
        print('Refused:', e)

    class Named(_io.FileIO):
        pass
    with Named(path) as f:
        print(type(f).__name__, os.path.basename(f.name), f.read())

    f = _io.FileIO(path, 'r')
    os.close(f.fileno())
    print('seekable:', f.seekable())
    try:
        f.close()
    except OSError as e:
        print('close:', e.errno == 9)
finally:
    os.remove(path)
    os.rmdir(d)
