# Shared by the tests/posix/gen-*.py scripts: the Java source of a class of constant tables
# ((name, value) pairs read from CPython 3.12, platform facts), wrapped as they are all written.

def ints(mod, skip=()):
    """The public int attributes of MOD by name, as (name, value) pairs."""
    return [(n, getattr(mod, n)) for n in sorted(dir(mod))
            if not n.startswith('_') and type(getattr(mod, n)) is int and n not in skip]


def wrap(items):
    """ITEMS (strings) as lines of at most 110 characters, indented for a Java array."""
    out, line = [], '       '
    for item in items:
        if len(line) + len(item) > 110:
            out.append(line)
            line = '       '
        line += item
    out.append(line)
    return out


def table(name, pairs, doc='(name, value) pairs.'):
    """A static Object[] NAME of "name", valueL pairs, under the Javadoc DOC."""
    out = ['    /** ' + doc + ' */', '    static final Object[] ' + name + ' = {']
    out += wrap(' "%s", %dL,' % (n, v) for n, v in pairs)
    out.append('    };')
    return '\n'.join(out)


def header(package, doc_lines, cls):
    """The package line, the class Javadoc (DOC_LINES) and the class's opening."""
    out = ['package ' + package + ';', '', '/**']
    out += [' * ' + d for d in doc_lines]
    out += [' */', 'final class ' + cls + ' {', '', '    private ' + cls + '() {}', '']
    return '\n'.join(out)
