# Sets in algorithms: BFS reachability, connected components, and set-based deduplication of ints.
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (3, 1), (7, 8), (8, 9)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
def reachable(start):
    seen, frontier = {start}, [start]
    while frontier:
        nxt = []
        for n in frontier:
            for m in graph[n]:
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return seen
print(sorted(reachable(1)), sorted(reachable(4)), sorted(reachable(6)))
components, done = [], set()
for node in sorted(graph):
    if node not in done:
        comp = reachable(node)
        done |= comp
        components.append(sorted(comp))
print(components)
print(sorted(set(range(0, 30, 2)) & set(range(0, 30, 3))), len(set(x % 7 for x in range(100))))
