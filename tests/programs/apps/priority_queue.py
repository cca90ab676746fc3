# A binary heap priority queue written by hand, used for heap sort and Dijkstra shortest paths.
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
h = Heap()
for v in [5, 1, 9, 3, 7, 2, 8, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = Heap()
    pq.push((0, src))
    while len(pq):
        d, u = pq.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                pq.push((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
node, path = "F", []
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(["A"] + path[::-1]))
try:
    Heap().pop()
except IndexError as e:
    print(type(e).__name__, e)
