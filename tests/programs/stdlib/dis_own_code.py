# dis on code compiled here: dis.dis, get_instructions, Bytecode, code_info, show_code,
# stack_effect, and the code attributes dis reads (co_lines, co_positions, ...).
import dis
import io
import opcode
import re
import sys


class Clean:
    # Code objects print their address and file path: neither is the same from run to run.
    def write(self, s):
        s = re.sub(r"0x[0-9a-f]+", "0x?", s)
        return sys.__stdout__.write(re.sub(r'file "[^"]*"', 'file "F"', s))

    def flush(self):
        sys.__stdout__.flush()


sys.stdout = Clean()


def sample(a, b=1, *args, key=None, **kw):
    total = 0
    for i in range(a):
        if i % 2:
            total += i
        else:
            total -= b
    try:
        total = total / key
    except (TypeError, ZeroDivisionError) as e:
        total = -1
    with open(__file__) as f:
        first = f.readline()
    def inner(x):
        return x + total
    return inner(len(first)), [k for k in kw]


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y})"


dis.dis(sample)
dis.dis(Point)
dis.dis("x = [a * 2 for a in range(3)]; print(*x, sep=', ')")
out = io.StringIO()
dis.dis(sample, file=out, show_caches=True)
print(len(out.getvalue().splitlines()) > 0)
for ins in dis.get_instructions(sample):
    if ins.opname.startswith("LOAD_") or ins.is_jump_target:
        print(ins.opname, ins.arg, repr(ins.argval), ins.offset, ins.starts_line, ins.is_jump_target,
              ins.positions)
bc = dis.Bytecode(sample)
print(bc.codeobj is sample.__code__, bc.first_line)
# The file's folder differs from machine to machine: print its name only.
def here(text):
    return re.sub(r"(?m)^(Filename:\s+)\S*?([^/]+)$", r"\1\2", text)
print(here(bc.info()))
print(here(dis.code_info(Point.__repr__)))
print(here(dis.code_info(sample)))
print(dis.stack_effect(opcode.opmap["LOAD_CONST"], 0), dis.stack_effect(opcode.opmap["POP_TOP"]))
print(dis.stack_effect(opcode.opmap["FOR_ITER"], 3, jump=True), dis.stack_effect(opcode.opmap["FOR_ITER"], 3, jump=False))
for bad in [(opcode.opmap["POP_TOP"], 1), (opcode.opmap["LOAD_CONST"],), (-1,), (255,)]:
    try:
        dis.stack_effect(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    dis.stack_effect(100, 1, jump=1)
except ValueError as e:
    print("ValueError", e)
c = sample.__code__
print(list(c.co_lines())[:6])
print(list(c.co_positions())[:6])
print(c.co_exceptiontable.hex(), len(c.co_linetable) > 0, c._varname_from_oparg(0), c._varname_from_oparg(5))
print(c.replace(co_name="renamed").co_name, c.replace(co_name="renamed") == c, c.replace() == c)
print(list(dis.findlinestarts(c))[:5])
print(dis.Bytecode(Point.__init__).dis())
