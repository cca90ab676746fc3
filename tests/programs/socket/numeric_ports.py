# getaddrinfo reads numeric ports as glibc does (an int is passed as its decimal text:
# cut to 16 bits, negative or huge ones are bad service names); bind checks flowinfo.
import socket

ports = [80, 70000, 65535, 65536, -1, -2, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 80,
         2**63, 2**64 - 1, 2**64, "-1", "-80", "70000", "0x10", " 80", "\t80", "+80", "080",
         "80 ", "8 0", "", True]
for p in ports:
    try:
        print(repr(p), socket.getaddrinfo("127.0.0.1", p, socket.AF_INET, socket.SOCK_STREAM)[0][4])
    except (OSError, OverflowError) as e:
        print(repr(p), type(e).__name__, e)

s = socket.socket(socket.AF_INET6)
for flow in (-10, 1 << 20, "x"):
    try:
        s.bind(("::1", 0, flow, 0))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
s.close()
