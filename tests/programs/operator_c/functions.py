# _operator's functions: comparisons, arithmetic, in-place forms, sequences, errors.
import _operator as op

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 2), op.ge(1, 2))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.abs(-2.5), op.neg(5), op.pos(-5), op.inv(5), op.invert(0), op.index(7), op.index(True))
print(op.add(1, 2), op.sub(1, 2), op.mul('ab', 3), op.floordiv(7, 2), op.truediv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.pow(2, -1), op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.add([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)), op.contains([1, 2], 2), op.contains('abc', 'd'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abcb', 'b'), op.getitem([1, 2, 3], 1), op.getitem({'a': 1}, 'a'))
print(op.getitem('hello', slice(1, 3)), op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 9))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1)
print(l)
l = [1]
r = op.iadd(l, [2])
print(r is l, l, op.iadd(1, 2), op.iconcat([0], (1,)), op.isub(5, 1), op.imul([1], 2), op.ifloordiv(9, 2))
print(op.itruediv(1, 4), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1}
print(op.ior(s, {2}) is s, s)
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1, 2], reverse=True), op.call(dict, a=1))

class V:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return 'matmul %s %s' % (self.v, o.v)
    def __imatmul__(self, o):
        return 'imatmul'
    def __lt__(self, o):
        return 'lt!'
    def __length_hint__(self):
        return 42
    def __index__(self):
        return 11
print(op.matmul(V(1), V(2)), op.imatmul(V(1), V(2)), op.lt(V(1), V(2)), op.length_hint(V(0)), op.index(V(0)))

class Hint:
    def __init__(self, r):
        self.r = r
    def __length_hint__(self):
        if isinstance(self.r, Exception):
            raise self.r
        return self.r
check('hint NotImplemented', lambda: op.length_hint(Hint(NotImplemented), 3))
check('hint TypeError', lambda: op.length_hint(Hint(TypeError('x')), 3))
check('hint ValueError', lambda: op.length_hint(Hint(ValueError('v')), 3))
check('hint str', lambda: op.length_hint(Hint('a')))
check('hint neg', lambda: op.length_hint(Hint(-1)))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest(b'abc', b'abd'), op._compare_digest(b'a', b'ab'))
print(op._compare_digest('abc', 'abc'), op._compare_digest('', ''), op._compare_digest('x', 'y'))
check('neg()', lambda: op.neg())
check('neg(1, 2)', lambda: op.neg(1, 2))
check('not_()', lambda: op.not_())
check('truth(1, 2)', lambda: op.truth(1, 2))
check('index(1.5)', lambda: op.index(1.5))
check('add(1)', lambda: op.add(1))
check('add(1, 2, 3)', lambda: op.add(1, 2, 3))
check('add(a=1, b=2)', lambda: op.add(a=1, b=2))
check('is_(1)', lambda: op.is_(1))
check('setitem(1, 2)', lambda: op.setitem(1, 2))
check('concat(1, 2)', lambda: op.concat(1, 2))
check('concat([1], 2)', lambda: op.concat([1], 2))
check('concat({}, {})', lambda: op.concat({}, {}))
check('iconcat(1, [])', lambda: op.iconcat(1, []))
check('indexOf([1], 2)', lambda: op.indexOf([1], 2))
check('indexOf(1, 1)', lambda: op.indexOf(1, 1))
check('countOf(1, 2)', lambda: op.countOf(1, 2))
check('length_hint()', lambda: op.length_hint())
check("length_hint(1, 'a')", lambda: op.length_hint(1, 'a'))
check('matmul(1, 2)', lambda: op.matmul(1, 2))
check("lt(1, 'a')", lambda: op.lt(1, 'a'))
check("neg('a')", lambda: op.neg('a'))
check("abs('a')", lambda: op.abs('a'))
check("add(1, 'a')", lambda: op.add(1, 'a'))
check("iadd(1, 'a')", lambda: op.iadd(1, 'a'))
check('truediv(1, 0)', lambda: op.truediv(1, 0))
check('getitem(1, 0)', lambda: op.getitem(1, 0))
check('delitem([], 0)', lambda: op.delitem([], 0))
check('call()', lambda: op.call())
check("_compare_digest('a', b'a')", lambda: op._compare_digest('a', b'a'))
check("_compare_digest(b'a', 'a')", lambda: op._compare_digest(b'a', 'a'))
check("_compare_digest('\\xe9', '\\xe9')", lambda: op._compare_digest('\xe9', '\xe9'))
check('_compare_digest(1, 2)', lambda: op._compare_digest(1, 2))
