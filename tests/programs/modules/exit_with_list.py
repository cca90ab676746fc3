# sys.exit with a non-int, non-None object prints it to stderr (str of it) and exits with status 1.
import sys
print("exiting with a list")
sys.exit([1, "two"])
