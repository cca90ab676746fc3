# A tiny stack-based virtual machine with jumps, calls and a disassembler, running a factorial and a loop program.
PUSH, ADD, SUB, MUL, JZ, JMP, DUP, SWAP, PRINT, HALT, CALL, RET, OVER, DROP = range(14)
NAMES = ["PUSH", "ADD", "SUB", "MUL", "JZ", "JMP", "DUP", "SWAP", "PRINT", "HALT", "CALL", "RET", "OVER", "DROP"]
HAS_ARG = {PUSH, JZ, JMP, CALL}
def disasm(code):
    pc, lines = 0, []
    while pc < len(code):
        op = code[pc]
        if op in HAS_ARG:
            lines.append(f"{pc:3} {NAMES[op]} {code[pc + 1]}")
            pc += 2
        else:
            lines.append(f"{pc:3} {NAMES[op]}")
            pc += 1
    return lines
def run(code, limit=10000):
    stack, calls, pc, steps, out = [], [], 0, 0, []
    while True:
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        op = code[pc]
        pc += 1
        if op == PUSH:
            stack.append(code[pc]); pc += 1
        elif op == ADD:
            b = stack.pop(); stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop(); stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop(); stack.append(stack.pop() * b)
        elif op == JZ:
            target = code[pc]; pc += 1
            if stack.pop() == 0:
                pc = target
        elif op == JMP:
            pc = code[pc]
        elif op == DUP:
            stack.append(stack[-1])
        elif op == OVER:
            stack.append(stack[-2])
        elif op == DROP:
            stack.pop()
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == PRINT:
            out.append(stack.pop())
        elif op == CALL:
            calls.append(pc + 1); pc = code[pc]
        elif op == RET:
            pc = calls.pop()
        elif op == HALT:
            return out, steps
# factorial of 12: stack holds [acc, n]; loop until n == 0, multiplying acc by n.
fact = [PUSH, 1, PUSH, 12, DUP, JZ, 18, SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, 4, HALT, HALT, DROP, PRINT, HALT]
print("\n".join(disasm(fact)))
print(run(fact))
countdown = [PUSH, 5, DUP, PRINT, PUSH, 1, SUB, DUP, JZ, 12, JMP, 2, HALT]
print(run(countdown))
square = [PUSH, 7, CALL, 6, PRINT, HALT, DUP, MUL, RET]
print(run(square))
try:
    run([JMP, 0])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    run([ADD])
except IndexError as e:
    print(type(e).__name__, e)
