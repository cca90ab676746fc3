# pickle and copy.deepcopy of standard-library types (enum, datetime, collections, fractions, decimal, functools, re) in every protocol
import pickle, copy, enum, datetime, collections, fractions, decimal, functools, operator, re
class Color(enum.Enum):
    RED = 1
Point = collections.namedtuple('Point', 'x y')
objs = [Color.RED, datetime.date(2024, 2, 29), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        collections.OrderedDict(a=1), collections.deque([1, 2], maxlen=5), collections.defaultdict(list, a=[1]),
        Point(1, 2), collections.Counter('abca'), fractions.Fraction(3, 4), decimal.Decimal('1.25'),
        functools.partial(max, 1), operator.itemgetter(1), re.compile('a+b', re.I), complex(1, 2), b'\x00\xff',
        bytearray(b'ab'), frozenset({1}), range(3), slice(1, 2), ..., NotImplemented, int, type(None), len]
for p in range(6):
    for o in objs:
        try:
            b = pickle.loads(pickle.dumps(o, protocol=p))
            print(p, repr(b) if not isinstance(b, (type(re.compile('')),)) else b.pattern, b == o or b is o)
        except Exception as e:
            print(p, repr(o), 'ERR', type(e).__name__, e)
for o in objs:
    try:
        c = copy.deepcopy(o); print('deepcopy', repr(c)[:60], c == o)
    except Exception as e:
        print('deepcopy ERR', repr(o), type(e).__name__, e)
