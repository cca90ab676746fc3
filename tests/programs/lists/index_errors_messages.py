# Index errors of the sequences: an int too big for an index is IndexError("cannot fit 'int' into an index-sized integer") (PyNumber_AsSsize_t with IndexError); bytes says "index out of range"; a store's TypeError still says "list indices".
x = [1]
class I(int): pass
for e in ['x["a"]=1', 'x["a"]', 'del x["a"]', 'b"a"[s]', 'bytearray(b"a")[s]', 'bytearray(b"a")[s]=1', '(1,)[s]',
          'x[5]=1', 'del x[5]', 'x[5]', 'b"a"[5]', 'b"a"[-5]', 'bytearray(b"a")[5]', '(1,)[5]',
          '[1][2**70]', '(1,)[2**70]', 'b"a"[2**70]', 'bytearray(b"a")[2**70]', '[1][-2**70]', 'x[2**70]=1',
          'del x[2**70]', 'x[I(2**70)]', 'range(3)[2**70]', '[1][2**40]']:
    s = "x"
    try:
        exec(e)
    except Exception as ex:
        print(e, type(ex).__name__, ex)
for e in ['"a"[2**70]', '"a"[-2**70]', '"a"[5]', '"a"[2**40]']:
    try:
        exec(e)
    except Exception as ex:
        print(e, type(ex).__name__, ex)
