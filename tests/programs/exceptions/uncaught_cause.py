# An uncaught exception raised from another: "The above exception was the direct cause..." on stderr.
class ConfigError(Exception):
    pass
def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port") from e
print(read_port("80"))
read_port("eighty")
