# Uncaught error raised in __init__ while constructing an object at module level.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin
t = Temperature(300)
print(t.kelvin)
Temperature(-5)
