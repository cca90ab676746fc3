# A tour of pure-Python library modules running on the VM: json, re, collections,
# datetime, functools, textwrap, typing, random, urllib.parse, difflib, base64, uuid,
# html, fnmatch, traceback, logging, warnings, copy.
import base64, collections, copy, datetime, difflib, fnmatch, functools, html, json
import logging, random, re, sys, textwrap, traceback, typing, urllib.parse, uuid, warnings

doc = {"b": [1, 2.5, None, True], "a": "é\n", "n": {"x": -3}}
text = json.dumps(doc, sort_keys=True, indent=2)
print(text)
print(json.loads(text) == doc, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
try:
    json.loads("{bad")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

print(re.findall(r"(\w+)@(\w+)\.com", "a@b.com, c@d.com"))
print(re.sub(r"\d+", lambda m: str(int(m[0]) * 2), "a1b22c"), re.split(r"[,;]\s*", "x, y;z"))
m = re.match(r"(?P<key>\w+)=(?P<val>.*)", "size=10")
print(m.group("key"), m["val"], m.span(2), m.groupdict())

P = collections.namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields)
print(collections.Counter("abracadabra").most_common(3))
od = collections.OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), collections.ChainMap({"k": 1}, {"k": 2, "j": 3})["j"])
dd = collections.defaultdict(list)
dd["x"].append(1)
print(dict(dd), collections.deque([1, 2, 3], maxlen=2))

d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
dt = datetime.datetime(2020, 1, 1, 12, 30) - datetime.datetime(2019, 12, 31)
print(d, d.weekday(), d.isoformat(), dt, dt.total_seconds())
print(datetime.datetime(2020, 5, 17, 8, 5, 3).strftime("%Y-%m-%d %H:%M:%S %a %b"))
print(datetime.datetime.fromisoformat("2021-03-04T05:06:07"), datetime.timedelta(hours=-1))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: int):
    return "int"


print(fib(60), fib.cache_info().hits, kind(1), kind("s"), functools.partial(max, 3)(1))
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))

print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 12))
print(textwrap.dedent("    a\n      b\n"), textwrap.shorten("hello there wide world", 15))

print(typing.List[int], typing.Optional[str], typing.Union[int, str], typing.Dict[str, typing.Any])


class TD(typing.NamedTuple):
    a: int
    b: str = "z"


print(TD(1), typing.get_type_hints(TD))
r = random.Random(12345)
print(r.random(), r.randint(1, 100), r.choice("abc"), r.sample(range(10), 3))
print(urllib.parse.urlparse("http://x.com/a/b?q=1&r=2#frag"))
print(urllib.parse.quote("a b/c"), urllib.parse.parse_qs("q=1&q=2&r=x"), urllib.parse.urljoin("http://x/a/b", "../c"))
print("".join(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "old", "new")))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
print(base64.b64encode(b"hello"), base64.b64decode(b"aGVsbG8="), base64.b16encode(b"\x01\xff"))
print(uuid.UUID("12345678123456781234567812345678"), uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#65;"))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatch("X.PY", "*.py"))
try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(e))
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.getLogger("app").warning("warned %d times", 3)
logging.getLogger("app").debug("hidden")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("careful", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
nested = {"k": [1, {"z": (2, [3])}]}
c = copy.deepcopy(nested)
print(c == nested, c["k"][1] is nested["k"][1])
