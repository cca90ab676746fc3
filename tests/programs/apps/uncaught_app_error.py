# A realistic failure: a config loader raising a custom error chained from a KeyError, uncaught.
class ConfigError(Exception):
    pass
DEFAULTS = {"host": "localhost", "port": 8080}
def get(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing required key {key!r}") from e
def load(cfg):
    merged = {**DEFAULTS, **cfg}
    return get(merged, "host"), get(merged, "port"), get(merged, "user")
print(load({"user": "ann"}))
print(load({}))
