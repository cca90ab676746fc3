# Uncaught error in a chained subscript expression: carets mark the failing subscript only.
config = {"db": {"hosts": ["alpha", "beta"]}}
print(config["db"]["hosts"][1])
print(config["db"]["ports"][0])
