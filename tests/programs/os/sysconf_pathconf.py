# os.sysconf, os.confstr, os.pathconf and os.fpathconf with their name tables (the C
# library's values), and their errors.
import os
import tempfile

print(len(os.sysconf_names), len(os.pathconf_names), len(os.confstr_names))
print(list(os.sysconf_names.items())[:3], os.pathconf_names['PC_NAME_MAX'], os.confstr_names['CS_PATH'])
print('SC_IOV_MAX', os.sysconf('SC_IOV_MAX'), 'SC_PAGE_SIZE', os.sysconf('SC_PAGE_SIZE'))
print('by number', os.sysconf(os.sysconf_names['SC_CLK_TCK']) == os.sysconf('SC_CLK_TCK'))
print('CS_PATH', os.confstr('CS_PATH'), os.confstr(1))
print('libc', os.confstr('CS_GNU_LIBC_VERSION').split()[0])
print('PC_NAME_MAX', os.pathconf('/', 'PC_NAME_MAX'), os.pathconf(b'/', os.pathconf_names['PC_PATH_MAX']))
folder = tempfile.mkdtemp()
fn = os.path.join(folder, 'f')
with open(fn, 'w') as f:
    print('fpathconf file', os.fpathconf(f.fileno(), 'PC_NAME_MAX'), os.fpathconf(f, 'PC_LINK_MAX') > 0)
    print('pathconf fd', os.pathconf(f.fileno(), 'PC_NAME_MAX'))
os.unlink(fn)
os.rmdir(folder)
r, w = os.pipe()
print('pipe', os.fpathconf(r, 'PC_PIPE_BUF'), os.fpathconf(w, 'PC_NAME_MAX'))
os.close(r)
os.close(w)
for fn, args in [(os.sysconf, ('nope',)), (os.sysconf, (1.5,)), (os.sysconf, (99999,)), (os.sysconf, (2 ** 40,)),
                 (os.confstr, ('nope',)), (os.confstr, (99999,)), (os.pathconf, ('/nonexistent', 'PC_NAME_MAX')),
                 (os.pathconf, ('/', 'nope')), (os.pathconf, ('/', 9999)), (os.fpathconf, (r, 'PC_NAME_MAX')),
                 (os.fpathconf, (-1, 'PC_NAME_MAX')), (os.fpathconf, ('x', 'PC_NAME_MAX'))]:
    try:
        print(fn.__name__, fn(*args))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
