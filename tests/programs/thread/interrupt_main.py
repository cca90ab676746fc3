# _thread.interrupt_main on the main thread: the handler runs before the call returns
# (CPython checks its eval breaker right after a C call).
import _thread, signal

# The test harness may start us with SIGINT ignored; take CPython's default handler.
signal.signal(signal.SIGINT, signal.default_int_handler)

try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt at the call")

seen = []
def handler(signum, frame):
    seen.append(signum)
signal.signal(signal.SIGTERM, handler)
_thread.interrupt_main(signal.SIGTERM)
print("after SIGTERM:", seen)

# An ignored signal does nothing.
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print("ignored: nothing happened")

signal.signal(signal.SIGINT, signal.default_int_handler)
