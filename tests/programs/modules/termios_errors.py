# termios on descriptors that are not terminals: the errors Linux gives, and the constants.
import os, termios, tty, tempfile

print(termios.error.__mro__[1:], termios.error.__module__)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.NCCS, termios.VMIN, termios.VTIME)
print(termios.ICANON, termios.ECHO, termios.B38400, termios.TIOCGWINSZ, termios.CBAUD)
print(sum(1 for n in dir(termios) if n.isupper()) > 200)

r, w = os.pipe()
def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except termios.error as e:
        print(label, 'termios.error', e.args)
    except Exception as e:
        print(label, type(e).__name__, e)

for fd in (r, w):
    attempt('tcgetattr', termios.tcgetattr, fd)
    attempt('tcgetwinsize', termios.tcgetwinsize, fd)
    attempt('tcsetwinsize', termios.tcsetwinsize, fd, (24, 80))
    attempt('tcdrain', termios.tcdrain, fd)
    attempt('tcflush', termios.tcflush, fd, termios.TCIFLUSH)
    attempt('tcflow', termios.tcflow, fd, termios.TCOON)
    attempt('tcsendbreak', termios.tcsendbreak, fd, 0)
    attempt('tcsetattr', termios.tcsetattr, fd, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b'\0'] * 32])
    attempt('tcsetattr short list', termios.tcsetattr, fd, termios.TCSANOW, [1])
    attempt('tcsetattr tuple', termios.tcsetattr, fd, termios.TCSANOW, (0,) * 7)
    attempt('tcsetattr bad cc', termios.tcsetattr, fd, termios.TCSANOW, [0, 0, 0, 0, 0, 0, []])
    attempt('tcsetwinsize bad', termios.tcsetwinsize, fd, 5)

with tempfile.TemporaryFile() as f:
    attempt('file object', termios.tcgetattr, f)
    attempt('tty.setraw', tty.setraw, f)
attempt('closed', termios.tcgetattr, 987)
attempt('negative', termios.tcgetattr, -1)
attempt('not a fd', termios.tcgetattr, 'x')
os.close(r)
os.close(w)
