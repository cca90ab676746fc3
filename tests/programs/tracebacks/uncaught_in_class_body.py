# Uncaught error raised while executing a class body: the traceback shows the class's frame.
print("defining")
class Settings:
    names = ["a", "b"]
    first = names[0]
    third = names[2]
print("never")
