# SystemExit caught in-program: codes, messages, and that it is not an Exception subclass.
import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print("caught", repr(e.code), repr(e.args))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        raise SystemExit(4)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
try:
    exit_ = sys.exit
    exit_(7)
except SystemExit as e:
    print(e.code)
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
