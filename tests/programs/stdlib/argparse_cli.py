# argparse: positional and optional arguments, types, choices, subcommands, mutually
# exclusive groups, help text and errors (which exit with status 2 through SystemExit).
import argparse
import contextlib
import io
import os

# Help is wrapped to the terminal's width: make it the same everywhere.
os.environ['COLUMNS'] = '80'

def parser():
    p = argparse.ArgumentParser(prog='tool', description='Does things.', epilog='See docs.')
    p.add_argument('files', nargs='*', help='input files')
    p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
    p.add_argument('--ratio', type=float)
    p.add_argument('--tag', action='append', dest='tags')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--json', action='store_true')
    g.add_argument('--csv', action='store_true')
    sub = p.add_subparsers(dest='command')
    run = sub.add_parser('run', help='run it')
    run.add_argument('target')
    run.add_argument('--dry-run', action='store_true')
    return p

def attempt(args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser().parse_args(args)
            print(sorted(vars(ns).items()))
        except SystemExit as e:
            print('exit', e.code)
    print(args)
    print(out.getvalue().rstrip())
    if err.getvalue():
        print('stderr:', err.getvalue().rstrip())

attempt([])
attempt(['a.txt', 'b.txt', '-n', '7', '-vv', '--mode', 'slow', '--ratio', '2.5'])
attempt(['--tag', 'x', '--tag', 'y', '--json'])
attempt(['run', 'server', '--dry-run'])
attempt(['--count', 'many'])
attempt(['--mode', 'medium'])
attempt(['--json', '--csv'])
attempt(['--unknown'])
attempt(['-h'])
attempt(['run', '-h'])
simple = argparse.ArgumentParser(prog='simple')
simple.add_argument('name')
ns, rest = simple.parse_known_args(['x', '--other', '1'])
print(ns.name, rest)
