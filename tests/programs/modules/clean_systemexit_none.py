# raise SystemExit with no argument: status 0, no stderr output, after printing.
import sys
print("bye")
sys.stdout.flush()
raise SystemExit
