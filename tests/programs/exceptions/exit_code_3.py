# sys.exit(3): output before exit is flushed, finally blocks run, exit status 3 and no traceback.
import sys
print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("not reached")
