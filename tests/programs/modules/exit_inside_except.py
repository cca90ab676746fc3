# sys.exit() called inside an except block: SystemExit wins, status 4, the earlier exception is not printed.
import sys
try:
    1 / 0
except ZeroDivisionError:
    print("handling division error, then exiting")
    sys.exit(4)
