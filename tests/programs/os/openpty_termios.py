# os.openpty, os.ttyname and termios on a pseudo-terminal: data both ways, the line
# discipline's echo and CR/LF mapping, attributes and window size, and the errors.
import errno
import os
import tempfile
import termios

master, slave = os.openpty()
print("isatty", os.isatty(master), os.isatty(slave))
print("inheritable", os.get_inheritable(master), os.get_inheritable(slave))
print("ttyname", os.ttyname(slave).startswith("/dev/pts/"))

os.write(slave, b"Ping!")
print("master reads", os.read(master, 1024))

# Raw mode: no echo, no CR/LF mapping, reads of single bytes.
attrs = termios.tcgetattr(slave)
print("attrs", len(attrs), [type(x).__name__ for x in attrs], len(attrs[6]) == termios.NCCS)
raw = attrs[:]
raw[3] &= ~(termios.ICANON | termios.ECHO)
raw[1] &= ~termios.OPOST
raw[6] = attrs[6][:]
raw[6][termios.VMIN] = 1
raw[6][termios.VTIME] = 0
termios.tcsetattr(slave, termios.TCSANOW, raw)
got = termios.tcgetattr(slave)
print("raw lflag", got[3] & (termios.ICANON | termios.ECHO), "VMIN", got[6][termios.VMIN])
os.write(master, b"abc")
print("slave reads", os.read(slave, 3))
os.write(slave, b"x\n")
print("no OPOST", os.read(master, 10))
termios.tcsetattr(slave, termios.TCSADRAIN, attrs)
os.write(slave, b"y\n")
print("OPOST again", os.read(master, 10))

termios.tcsetwinsize(slave, (24, 80))
print("winsize", termios.tcgetwinsize(slave))
termios.tcsetwinsize(master, [50, 132])
print("winsize", termios.tcgetwinsize(slave))
with open(slave, "wb", buffering=0, closefd=False) as f:
    print("via fileno", termios.tcgetwinsize(f))
termios.tcdrain(slave)
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcflow(slave, termios.TCOON)
termios.tcsendbreak(slave, 0)


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except termios.error as e:
        print("termios.error", errno.errorcode[e.args[0]], e.args[1])
    except Exception as e:
        print(type(e).__name__, e)


with tempfile.TemporaryFile() as tmp:
    show(termios.tcgetattr, tmp.fileno())
    show(termios.tcflush, tmp.fileno(), termios.TCIFLUSH)
r, w = os.pipe()
show(termios.tcgetattr, r)
show(os.ttyname, r)
os.close(r)
os.close(w)
show(termios.tcgetattr, r)
show(termios.tcgetattr, -1)
show(termios.tcgetattr, 2**1000)
show(termios.tcgetattr, object())
show(termios.tcsetattr, slave, -1, attrs)
show(termios.tcsetattr, slave, termios.TCSANOW, tuple(attrs))
show(termios.tcsetattr, slave, termios.TCSANOW, attrs[:-1] + [attrs[-1][:-1]])
bad = attrs[:]
bad[0] = 2**1000
show(termios.tcsetattr, slave, termios.TCSANOW, bad)
bad[0] = object()
show(termios.tcsetattr, slave, termios.TCSANOW, bad)
bad = attrs[:]
bad[6] = attrs[6][:]
bad[6][0] = b"ab"
show(termios.tcsetattr, slave, termios.TCSANOW, bad)
show(termios.tcflush, slave, -1)
show(termios.tcflow, slave, 2**1000)
show(termios.tcsendbreak, slave, 0.0)
show(termios.tcsetwinsize, slave, (1,))
show(termios.tcsetwinsize, slave, (1, 2**1000))
show(termios.tcsetwinsize, slave, (1, 70000))
show(termios.tcsetwinsize, slave, (1, 2.0))

os.close(slave)
try:
    while os.read(master, 100):
        pass
except OSError as e:
    print("master after slave closed", errno.errorcode[e.errno])
os.close(master)
show(os.ttyname, master)
