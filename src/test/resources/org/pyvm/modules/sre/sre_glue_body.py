
import _sre, sys

re = type(sys)('re')
sys.modules['re'] = re
TEMPLATES = {}


def _compile_template(pattern, repl):
    return _sre.template(pattern, TEMPLATES[(pattern.pattern, repl)])


re._compile_template = _compile_template


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


def describe(m):
    if m is None:
        return None
    return (repr(m), m.group(), m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.span(), m.start(), m.end(),
            m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, [m.span(i) for i in range(len(m.regs))],
            m[0], m.group(0, len(m.regs) - 1), m.string is not None, m.re.pattern)


for pattern, flags, code, groups, groupindex, indexgroup, subjects, templates in CASES:
    p = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    for r, t in templates:
        TEMPLATES[(pattern, r)] = t
    print('pattern', repr(p), p.pattern == pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
    q = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    print('eq', p == q, p != q, hash(p) == hash(q), p == pattern, p.__eq__(1), p.__copy__() is p, p.__deepcopy__({}) is p)
    for s in subjects:
        n = len(s)
        for pos, endpos in ((0, n), (1, n), (0, n - 1), (2, 1), (-5, 100)):
            show('match %d %d' % (pos, endpos), lambda: describe(p.match(s, pos, endpos)))
            show('search', lambda: describe(p.search(s, pos=pos, endpos=endpos)))
            show('fullmatch', lambda: describe(p.fullmatch(s, pos, endpos)))
        show('findall', lambda: p.findall(s))
        show('findall pos', lambda: p.findall(s, 1, n - 1))
        show('finditer', lambda: [describe(m) for m in p.finditer(s)])
        show('split', lambda: p.split(s))
        show('split 1', lambda: p.split(s, 1))
        show('split -1', lambda: p.split(s, maxsplit=-1))
        show('sub call', lambda: p.sub(lambda m: m.group()[::-1], s))
        show('sub none', lambda: p.subn(lambda m: None, s))
        show('sub bad', lambda: p.sub(lambda m: 1, s))
        for r, t in templates:
            show('sub ' + repr(r), lambda: p.sub(r, s))
            show('subn 2 ' + repr(r), lambda: p.subn(r, s, 2))
            show('subn count ' + repr(r), lambda: p.subn(r, s, count=-1))
            show('expand ' + repr(r), lambda: p.search(s) and p.search(s).expand(r))
        sc = p.scanner(s)
        show('scanner', lambda: [describe(sc.match()), describe(sc.search()), describe(sc.search()), sc.pattern is p])
        show('mismatch', lambda: p.match(s.decode('latin-1') if not isinstance(s, str) else s.encode()))
    show('no such group', lambda: p.search(subjects[0]).group(99))
    show('bad key', lambda: p.search(subjects[0])['nope'])
    show('unhashable key', lambda: p.search(subjects[0])[[1]])
    show('big group', lambda: p.search(subjects[0]).group(10 ** 30))
    show('neg group', lambda: p.search(subjects[0]).start(-1))
    show('kw group', lambda: p.search(subjects[0]).group(x=1))
    show('kw start', lambda: p.search(subjects[0]).start(x=1))
    show('start 2', lambda: p.search(subjects[0]).span(1, 2))
    show('groups 2', lambda: p.search(subjects[0]).groups(1, 2))
    show('match none', lambda: p.match())
    show('match 4', lambda: p.match('a', 1, 2, 3))
    show('match float', lambda: p.match(subjects[0], 1.5))
    show('match big', lambda: p.match(subjects[0], 10 ** 30))
    show('match int', lambda: p.match(5))
    show('sub missing', lambda: p.sub('x'))
    show('kw', lambda: p.search(string=subjects[0], endpos=2) is not None)

show('compile bad code', lambda: _sre.compile('a', 0, [99], 0, {}, (None,)))
show('compile big code', lambda: _sre.compile('a', 0, [2 ** 32], 0, {}, (None,)))
show('compile neg code', lambda: _sre.compile('a', 0, [-1], 0, {}, (None,)))
show('compile code type', lambda: _sre.compile('a', 0, (1,), 0, {}, (None,)))
show('compile gi type', lambda: _sre.compile('a', 0, [1], 0, [], (None,)))
show('compile pattern type', lambda: _sre.compile(5, 0, [1], 0, {}, (None,)))
show('template bad', lambda: _sre.template('a', []))
show('template even', lambda: _sre.template('a', ['', 1]))
show('template neg', lambda: _sre.template('a', ['', -1, '']))
show('template type', lambda: _sre.template('a', ('',)))
show('helpers', lambda: [_sre.ascii_iscased(65), _sre.ascii_iscased(0xe9), _sre.unicode_iscased(0xe9),
                         _sre.ascii_tolower(65), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9),
                         _sre.unicode_tolower(0x130), _sre.getcodesize()])
show('helper type', lambda: _sre.ascii_tolower('a'))
show('constants', lambda: [_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.copyright])
m = _sre.compile(*CASES[0][:6]).match('ab cd')
show('types', lambda: [type(m).__module__, type(m).__qualname__, type(m.re).__qualname__,
                       type(m.re).__module__, repr(type(m.re.scanner(''))), repr(type(_sre.template('a', ['']))),
                       repr(type(m.re)[int]), bool(m)])
show('new pattern', lambda: type(m.re)())
show('new match', lambda: type(m)())
