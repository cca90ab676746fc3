# The compiler's stages run alone through _testinternalcapi (as CPython's own tests of
# the code generator and the optimizer use them): code generation's instructions before
# any flow-graph pass, and the optimizer on a hand-made instruction list.
import ast
import dis
import _testinternalcapi as t

def show(insts):
    for op, arg, line, end_line, col, end_col in insts:
        print(f"  {dis.opname[op] if op < 256 else [k for k, v in dis.opmap.items() if v == op][0]:<22} {arg:>3}  {line}:{col}-{end_line}:{end_col}")

snippets = [
    "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\n",
    "for i in range(3):\n    if i: break\nelse:\n    pass\n",
    "while x:\n    x -= 1\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
    "with a as b:\n    c()\n",
    "def f(a, b=1):\n    return a + b\n",
    "[x for x in y if x]\n",
    "a and b or c\n",
    "class C:\n    x = 1\n",
    "assert x, 'm'\n",
    "import os.path as p\nfrom . import q\n",
    "match x:\n    case 1: pass\n    case [a, *b]: pass\n",
]
for s in snippets:
    insts, metadata = t.compiler_codegen(ast.parse(s), "f.py", 0)
    print(repr(s), sorted(metadata["consts"].values()))
    show(insts)

def op(name):
    return dis.opmap[name]

consts = [0, 1, 2, 3, 4]
insts = [
    (op("LOAD_NAME"), 1, 11, 11, 0, 1),
    (op("POP_JUMP_IF_TRUE"), 3, 12, 12, 0, 1),
    (op("LOAD_CONST"), 2, 13, 13, 0, 1),
    (op("LOAD_CONST"), 3, 14, 14, 0, 1),
    (op("RETURN_VALUE"), 0, 14, 14, 0, 1),
]
print("optimize_cfg")
show(t.optimize_cfg(insts, consts, 0))
print(consts)
consts = [None, 7]
loop = [
    (op("LOAD_CONST"), 1, 1, 1, 0, 1),
    (op("POP_JUMP_IF_TRUE"), 0, 2, 2, 0, 1),
    (op("LOAD_FAST"), 0, 3, 3, 0, 1),
    (op("RETURN_VALUE"), 0, 3, 3, 0, 1),
]
show(t.optimize_cfg(loop, consts, 1))
print(consts)

import types
co = t.assemble_code_object("avg.py", [
    (op("RESUME"), 0, -1, -1, -1, -1),
    (op("LOAD_FAST"), 0, 1, 1, 0, 1),
    (op("LOAD_FAST"), 1, 1, 1, 0, 1),
    (op("BINARY_OP"), 0, 1, 1, 0, 1),
    (op("LOAD_CONST"), 0, 1, 1, 0, 1),
    (op("BINARY_OP"), 11, 1, 1, 0, 1),
    (op("RETURN_VALUE"), 0, 1, 1, 0, 1),
], {"name": "avg", "qualname": "stats.avg", "consts": {2: 0}, "names": {}, "varnames": {"x": 0, "y": 1},
    "cellvars": {}, "freevars": {}, "fasthidden": {}, "argcount": 2, "posonlyargcount": 0, "kwonlyargcount": 0,
    "firstlineno": 1, "filename": "avg.py"})
print(co.co_name, co.co_qualname, co.co_consts, co.co_varnames, co.co_argcount, co.co_filename, co.co_stacksize)
f = types.FunctionType(co, {})
print(f(3, 4), f(-100, 200), f(10, 18))
