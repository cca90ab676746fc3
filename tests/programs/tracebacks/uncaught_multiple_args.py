# An uncaught exception with several arguments: the message is the tuple of args.
def fail():
    raise ValueError("bad value", 42, None)
fail()
