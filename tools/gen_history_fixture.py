"""Write tests/fixtures/history/: a session (`session.arr`, one IPython cell per statement),
what IPython's `%history` and `%save` print for it (`stdout.txt`), and the lesson `%save`
wrote (`saved.py`, without the `# coding: utf-8` line IPython puts first), and what Python
prints running that lesson followed by `replay_check.py` (`replay.txt`). Checked by
tests/cli.rs. usage: python3 tools/gen_history_fixture.py   (needs ipython, numpy==2.4.6)
"""
import contextlib, io, os, subprocess, sys, tempfile

CELLS = [
    'import numpy as np',
    'x = np.arange(6)',
    'y = x[::2]',
    'for i in range(2):\n    print(i, y[i])',
    'y[0] = 10',
    '%history',
    '%history -n',
    '%history -n 3-4',
    '%history 2 5',
    '%history 2:4',
    '%history -n -l 3',
    '%save saved.py 1-5',
    '%history -n 12-99',
]

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(here, '..', 'tests', 'fixtures', 'history')
os.makedirs(out_dir, exist_ok=True)
cwd = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    from IPython.core.interactiveshell import InteractiveShell
    ip = InteractiveShell.instance(colors='NoColor')
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        for c in CELLS:
            ip.run_cell(c, store_history=True)
    saved = open('saved.py').read()
    os.chdir(cwd)
coding = '# coding: utf-8\n'
assert saved.startswith(coding), saved
with open(os.path.join(out_dir, 'session.arr'), 'w', newline='\n') as f:
    f.write('\n'.join(CELLS) + '\n')
with open(os.path.join(out_dir, 'stdout.txt'), 'w', newline='\n') as f:
    f.write(buf.getvalue())
with open(os.path.join(out_dir, 'saved.py'), 'w', newline='\n') as f:
    f.write(saved[len(coding):])
CHECK = 'print(repr((x, y.base is x)))\n'
with open(os.path.join(out_dir, 'replay_check.py'), 'w', newline='\n') as f:
    f.write(CHECK)
replay = subprocess.run([sys.executable, '-c', saved[len(coding):] + CHECK],
                        capture_output=True, text=True, check=True).stdout
with open(os.path.join(out_dir, 'replay.txt'), 'w', newline='\n') as f:
    f.write(replay)
