# An uncaught exception carrying notes: the notes are printed after the message.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        e.add_note("second note")
        raise
print(parse("12"))
print(parse("twelve"))
