# Greedy text wrapping, justification and centering by hand, with a long word longer than the width.
text = ("The quick brown fox jumps over the lazy dog while an extraordinarily "
        "supercalifragilisticexpialidocious word tests overflow handling in a narrow column.")
def wrap(s, width):
    lines, cur = [], []
    for w in s.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(" ".join(cur))
            cur = []
        cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for width in (20, 32):
    print(f"--- width {width} ---")
    lines = wrap(text, width)
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print("|" + "centered".center(20, ".") + "|", "|" + "right".rjust(12) + "|")
