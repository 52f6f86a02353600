"""Write tests/fixtures/whos.txt: what IPython's %whos prints for a small session (the
`np` module row dropped: arrsh does not list its start-up bindings). Checked by
tests/cli.rs. usage: python3 tools/gen_whos_fixture.py   (needs ipython, numpy==2.4.6)
"""
import os, subprocess, tempfile

SESSION = 'x = np.arange(4)\nlongname = 3\nbig = np.zeros(20000)\ns = "abc"\n'
here = os.path.dirname(os.path.abspath(__file__))
with tempfile.NamedTemporaryFile('w', suffix='.ipy', delete=False) as f:
    f.write('import numpy as np\n' + SESSION + '%whos\n')
out = subprocess.run(['ipython', '--no-banner', '--colors=NoColor', f.name],
                     capture_output=True, text=True, check=True).stdout
os.unlink(f.name)
rows = [l for l in out.splitlines() if not l.startswith('np ')]
with open(os.path.join(here, '..', 'tests', 'fixtures', 'whos.txt'), 'w', newline='\n') as f:
    f.write('\n'.join(rows) + '\n')
with open(os.path.join(here, '..', 'tests', 'fixtures', 'whos_session.arr'), 'w', newline='\n') as f:
    f.write(SESSION + '%whos\n')
