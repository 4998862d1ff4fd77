#!/usr/bin/env python3
"""Fills lint-cases.txt's expectations from real php (php -n -l), for review before committing.

Cases are '===== name' headers, the PHP source (its last newline is not part of it; add a blank
line for a trailing newline), then a '----- php -n -l' line and php's stdout for the source saved
as t.php, without the closing 'Errors parsing t.php' line. Only this script needs php; the tests
read the recorded expectations.
"""
import os, subprocess, sys, tempfile

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lint-cases.txt')
data = open(path, 'rb').read().decode('latin-1')
cases = []
for chunk in data.split('===== ')[1:]:
    name, _, rest = chunk.partition('\n')
    src = rest.split('\n----- php -n -l\n')[0]
    if src.endswith('\n') and '\n----- php -n -l\n' not in rest:
        src = src[:-1]
    cases.append((name, src))
out = []
with tempfile.TemporaryDirectory() as d:
    for name, src in cases:
        f = os.path.join(d, 't.php')
        open(f, 'wb').write(src.encode('latin-1'))
        r = subprocess.run(['php', '-n', '-l', 't.php'], cwd=d, capture_output=True)
        text = r.stdout.decode('latin-1').replace('Errors parsing t.php\n', '')
        out.append('===== %s\n%s\n----- php -n -l\n%s' % (name, src, text))
open(path, 'wb').write(''.join(out).encode('latin-1'))
print('%d cases' % len(cases), file=sys.stderr)
