# An uncaught user exception with a message: exit 1, last stderr line
# "ConfigError: missing key 'timeout' in section server".

class AppError(Exception):
    pass

class ConfigError(AppError):
    pass

def settings():
    yield ("server", "host")
    yield ("server", "port")

def load(required):
    found = {}
    for section, key in settings():
        found[key] = section
        print("loaded", section, key)
    for key in required:
        if key not in found:
            raise ConfigError("missing key " + repr(key) + " in section server")
    return found

print(load(["host"]))
print(load(["host", "port", "timeout"]))
