# pwd and grp: the struct sequences, look-ups by id and name checked against the files
# parsed here (so the output does not depend on the machine's accounts), and CPython's
# errors for missing entries and bad arguments.
import pwd, grp

def parse(path, n):
    out = []
    for line in open(path, encoding='utf-8', errors='surrogateescape'):
        line = line.rstrip('\n')
        if line and not line.startswith('#') and line.count(':') >= n - 1:
            out.append(line.split(':'))
    return out

users = parse('/etc/passwd', 7)
groups = parse('/etc/group', 4)
print(pwd.struct_passwd, pwd.struct_passwd.__module__, pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields)
print(grp.struct_group, grp.struct_group.__module__, grp.struct_group.n_fields)
print(pwd.struct_passwd.__match_args__, grp.struct_group.__match_args__)
allp = pwd.getpwall()
print(len(allp) == len(users), all(type(e) is pwd.struct_passwd for e in allp))
print(all([e.pw_name, e.pw_passwd, str(e.pw_uid), str(e.pw_gid), e.pw_gecos, e.pw_dir, e.pw_shell] == u[:7]
          for e, u in zip(allp, users)))
print(all(pwd.getpwnam(u[0]).pw_name == u[0] for u in users))
print(all(pwd.getpwuid(int(u[2])).pw_uid == int(u[2]) for u in users))
allg = grp.getgrall()
print(len(allg) == len(groups), all(type(g) is grp.struct_group for g in allg))
print(all([g.gr_name, g.gr_passwd, str(g.gr_gid)] == r[:3] and g.gr_mem == [m for m in r[3].split(',') if m]
          for g, r in zip(allg, groups)))
print(all(grp.getgrgid(int(r[2])).gr_gid == int(r[2]) and grp.getgrnam(r[0]).gr_name == r[0] for r in groups))
root = pwd.getpwuid(0)
print(root.pw_name, root[0], root.pw_uid, len(root), root == pwd.getpwnam('root'), isinstance(root, tuple))
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
print(grp.struct_group(('g', 'x', 7, ['a', 'b'])))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: pwd.getpwuid(123456))
t(lambda: pwd.getpwuid(-1))
t(lambda: pwd.getpwuid(-2))
t(lambda: pwd.getpwuid(2**32))
t(lambda: pwd.getpwuid(2**32 - 1))
t(lambda: pwd.getpwuid(2**70))
t(lambda: pwd.getpwuid(-2**70))
t(lambda: pwd.getpwuid('0'))
t(lambda: pwd.getpwuid(0.0))
t(lambda: pwd.getpwuid())
t(lambda: pwd.getpwuid(uid=0))
t(lambda: pwd.getpwnam('nobodyxx'))
t(lambda: pwd.getpwnam('a\0b'))
t(lambda: pwd.getpwnam(b'root'))
t(lambda: pwd.getpwnam(name='root'))
t(lambda: pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd')))
t(lambda: grp.getgrgid(123456))
t(lambda: grp.getgrgid(-1))
t(lambda: grp.getgrgid(-2))
t(lambda: grp.getgrgid(2**32))
t(lambda: grp.getgrgid(2**64))
t(lambda: grp.getgrgid('0'))
t(lambda: grp.getgrgid(0.5))
t(lambda: grp.getgrgid())
t(lambda: grp.getgrgid(gid=0))
t(lambda: grp.getgrgid(id=0).gr_gid)
t(lambda: grp.getgrnam('nogroupxx'))
t(lambda: grp.getgrnam('a\0b'))
t(lambda: grp.getgrnam(5))
t(lambda: grp.getgrnam(name='root').gr_name)

import os.path
os.environ.pop('HOME', None)
print(os.path.expanduser('~root') == root.pw_dir)
