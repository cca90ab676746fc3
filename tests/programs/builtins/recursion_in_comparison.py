import sys
def mk(n):
    a=[]
    for i in range(n): a=[a]
    return a
for n in (900,1400,1600,5000,9000):
    try: print(n, mk(n)==mk(n))
    except RecursionError as e: print(n, e)
sys.setrecursionlimit(100)
try: print(mk(200)==mk(200))
except RecursionError as e: print(e)
x=[]; x.append(x); y=[]; y.append(y)
for op in ('<','<=','==','!=','>','>='):
    try: eval('y' + op + 'x')
    except RecursionError as e: print(op, e)
