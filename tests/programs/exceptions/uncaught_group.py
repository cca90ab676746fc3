# An uncaught ExceptionGroup: the nested traceback tree is printed on stderr.
def fail(n):
    raise ValueError(f"task {n} failed")
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print("collected", len(errors))
raise ExceptionGroup("several tasks failed", errors)
