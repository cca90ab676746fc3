# Uncaught error raised by __repr__ while print() formats a list containing the object.
class Broken:
    def __repr__(self):
        return "Broken(" + self.missing + ")"
print("about to print")
print([1, Broken()])
