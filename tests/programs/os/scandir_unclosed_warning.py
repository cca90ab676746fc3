# An os.scandir iterator dropped before it was exhausted or closed warns "unclosed scandir
# iterator" (ResourceWarning) when collected; an exhausted or closed one does not.
import os, gc, warnings, tempfile
d = tempfile.mkdtemp()
for n in 'ab': open(os.path.join(d, n), 'w').close()
warnings.simplefilter('always')
it = os.scandir(d); next(it)
print(hasattr(type(it), '__del__'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    del it; gc.collect()
print([str(x.message).split(' object at')[0] for x in w], [x.category.__name__ for x in w])
it = os.scandir(d); list(it)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    del it; gc.collect()
print(len(w))
with os.scandir(d) as it: next(it)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    del it; gc.collect()
print(len(w))
import shutil; shutil.rmtree(d)
