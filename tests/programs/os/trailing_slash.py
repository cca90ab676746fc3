# A trailing slash asks for a directory (path_resolution(7)): an existing file is ENOTDIR,
# and creating a file under such a name is EISDIR (shutil.copyfile then says the directory
# does not exist).
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, 'f')
open(f, 'w').close()
calls = [
    ("open wb missing/", lambda: open(os.path.join(d, 'nope/'), 'wb')),
    ("open rb file/", lambda: open(f + '/', 'rb')),
    ("stat file/", lambda: os.stat(f + '/')),
    ("os.open O_CREAT missing/", lambda: os.open(os.path.join(d, 'nope2/'), os.O_CREAT | os.O_WRONLY)),
    ("listdir file/", lambda: os.listdir(f + '/')),
    ("open wb missing/x/", lambda: open(os.path.join(d, 'missing', 'x/'), 'wb')),
    ("stat dir/", lambda: oct(os.stat(d + '/').st_mode & 0o170000)),
    ("copyfile to missing/", lambda: shutil.copyfile(f, os.path.join(d, 'does_not_exist/'))),
]
for what, call in calls:
    try:
        print(what, call())
    except OSError as e:
        print(what, type(e).__name__, e.errno, e.filename and os.path.relpath(e.filename, d))
print(sorted(os.listdir(d)))
shutil.rmtree(d)
