# An uncaught exception whose __str__ itself raises: the traceback prints "<exception str() failed>".
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
print("raising Weird")
raise Weird("payload")
