# Lists used as stacks and queues: push/pop from both ends, rotation by slicing, bounded history.
stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = list(range(5))
queue.append(5)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, "front")
print(queue)
r = [1, 2, 3, 4, 5]
k = 2
print(r[k:] + r[:k], r[-k:] + r[:-k])
history = []
for i in range(10):
    history.append(i)
    if len(history) > 3:
        del history[0]
print(history)
def eval_rpn(tokens):
    st = []
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            st.append(int(t))
    return st.pop()
print(eval_rpn("3 4 + 2 *"), eval_rpn("5 1 2 + 4 * + 3 -"))
try:
    eval_rpn("+")
except IndexError as e:
    print(type(e).__name__, e)
