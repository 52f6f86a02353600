"""Write tests/fixtures/timeit/: what IPython's %timeit prints.

- format.txt: IPython's `_format_time(seconds, precision)` for a spread of times, one
  `seconds precision text` line each, and thousands.txt: loop counts as IPython's
  `{loops:,}` writes them (both checked by the unit tests in src/teach/magic.rs);
- session.arr and lines.txt: a few %timeit lines (options, -q, bad options) and what
  IPython printed for them, with each measured time replaced by `T` (checked by
  tests/cli.rs, which masks arrsh's times the same way).

usage: python3 tools/gen_timeit_fixture.py   (needs ipython)
"""
import os, re, subprocess, tempfile
from IPython.core.magics.execution import _format_time

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(here, '..', 'tests', 'fixtures', 'timeit')
os.makedirs(out_dir, exist_ok=True)

times = [0.0, 1e-10, 6.1e-8, 9.999e-8, 9.9951e-7, 1.0934e-6, 2.59789e-4, 1e-3, 0.0123456,
         0.5, 0.99996, 1.0, 5.5, 59.9, 60.0, 61.5, 3725.2, 90061.0]
# Loop counts as IPython writes them: `{loops:,}`.
with open(os.path.join(out_dir, 'thousands.txt'), 'w', newline='\n') as f:
    for n in (1, 7, 10, 999, 1000, 12345, 10**6, 10**7, 10**9):
        f.write(f'{n} {n:,}\n')
with open(os.path.join(out_dir, 'format.txt'), 'w', newline='\n') as f:
    for t in times:
        for p in (3, 1, 5):
            f.write(f'{t!r} {p} {_format_time(t, p)}\n')

SESSION = '''x = 1
%timeit -n 3 -r 2 x + 1
%timeit -n1000 -r1 x + 1
%timeit -q -n 10 x + 1
%timeit -p 5 -n 20 x * 2
%timeit -x 1
%timeit -n abc 1
%timeit -n 2 -r 2 1/0
'''
lines = []
for magic in SESSION.splitlines()[1:]:
    # One IPython run per line: a script stops at its first error.
    with tempfile.NamedTemporaryFile('w', suffix='.ipy', delete=False) as f:
        f.write('x = 1\n' + magic + '\n')
    res = subprocess.run(['ipython', '--no-banner', '--colors=NoColor', f.name],
                         capture_output=True, text=True)
    os.unlink(f.name)
    for line in (res.stdout + res.stderr).splitlines():
        line = re.sub(r'\x1b\[[0-9;]*m', '', line)
        m = re.match(r'^\S+ \S+ ± \S+ \S+ per loop (.*)$', line)
        if m:
            lines.append('T ± T per loop ' + m.group(1))
        elif re.match(r'^(UsageError|ValueError|ZeroDivisionError):', line):
            lines.append(line)
with open(os.path.join(out_dir, 'session.arr'), 'w', newline='\n') as f:
    f.write(SESSION)
with open(os.path.join(out_dir, 'lines.txt'), 'w', newline='\n') as f:
    f.write('\n'.join(lines) + '\n')
