# Deep (but allowed) recursion near the default limit, and sys.getrecursionlimit / setrecursionlimit.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4500))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(500))))
sys.setrecursionlimit(1000)
