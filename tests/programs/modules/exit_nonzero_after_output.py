# Output to stdout and stderr before sys.exit(2): both streams are complete and the status is 2.
import sys
for i in range(3):
    print("line", i)
    print("err line", i, file=sys.stderr)
sys.exit(2)
