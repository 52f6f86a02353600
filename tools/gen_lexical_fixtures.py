#!/usr/bin/env python3
"""Write tests/fixtures/lexical/: what CPython 3.11 says about lexical errors and nesting
limits, checked by tests/lexical.rs.

Each case is a script `before + bad + after`. CPython compiles a file whole, so the three
parts are run separately: `before` alone (its output is what must have run before the
error), `bad` with `before`'s lines left blank (so line numbers are those of the whole file), `after` alone (what `--keep-going` must still run). A case whose
error takes the rest of the file (an unterminated triple-quoted string) has no `after`.
The error's message and line come from `bad` followed by `after`, as in the whole file.
Big sources are written as a repeat recipe (head + unit * count + tail), not spelled out.

`prompt.txt` records, for text typed at the prompt, whether CPython's interactive compiler
(`codeop.compile_command`, what `code.interact` and `python3 -i` use) waits for more lines
(`more`), or compiles it, with or without an error (`done`).

Usage: python3 tools/gen_lexical_fixtures.py   (rewrites the directory)
"""
import codeop
import os
import re
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'fixtures', 'lexical')

BEFORE = 'x = 1\nprint(x + 1)\n'
AFTER = 'y = 3\nprint(y * 2)\n'

# (name, before, bad (a string, or (head, unit, count, tail)), after)
CASES = [
    ('unterminated_string', BEFORE, 'print("unterminated)\n', AFTER),
    ('unterminated_single_quote', BEFORE, "s = 'abc\n", AFTER),
    ('unterminated_bytes', BEFORE, "s = b'abc\n", AFTER),
    ('unterminated_raw_escaped_quote', BEFORE, "s = rb'a\\'\n", AFTER),
    ('unterminated_string_continued', BEFORE, "s = 'abc\\\ndef\n", AFTER),
    ('unterminated_string_in_brackets', BEFORE, "t = [1,\n 'two,\n 3]\n", AFTER),
    ('unterminated_triple', BEFORE, 's = """abc\ndef\n' + AFTER, ''),
    ('unterminated_triple_single', BEFORE, "s = '''abc\n\n", ''),
    ('unclosed_paren', BEFORE, 'z = (1,\n', AFTER),
    ('unclosed_bracket_lines', BEFORE, 'z = [1,\n     2,\n', AFTER),
    ('unclosed_inner', BEFORE, 'z = ([1,\n', AFTER),
    ('unclosed_brace', BEFORE, 'z = {1:\n', AFTER),
    ('unmatched_close', BEFORE, 'z = 1)\n', AFTER),
    ('unmatched_bracket', BEFORE, 'z = ]\n', AFTER),
    ('mismatched_close', BEFORE, 'z = (1]\n', AFTER),
    ('mismatched_close_lines', BEFORE, 'z = (1,\n     2]\n', AFTER),
    ('unexpected_indent', BEFORE, '  z = 2\n', AFTER),
    ('unexpected_indent_in_block', BEFORE, 'if x:\n    z = 1\n        w = 2\n', AFTER),
    ('unindent_mismatch', BEFORE, 'if x:\n        z = 1\n    w = 2\n', AFTER),
    ('tab_error', BEFORE, 'if x:\n\tz = 1\n        w = 2\n', AFTER),
    ('expected_indented_block', BEFORE, 'if x:\n', AFTER),
    ('expected_indented_block_for', BEFORE, 'for i in x:\n', AFTER),
    ('expected_indented_block_def', BEFORE, 'def f():\n', AFTER),
    ('backslash_junk', BEFORE, 'z = 1 \\ 2\n', AFTER),
    ('backslash_at_end', BEFORE, 'z = 1 + \\\n', ''),
    ('invalid_character', BEFORE, 'z = 1\u20ac\n', AFTER),
    ('nested_parens_200', BEFORE, ('print(', '(', 199, '1' + ')' * 199 + ')\n'), AFTER),
    ('nested_parens_201', BEFORE, ('z = ', '(', 201, '1' + ')' * 201 + '\n'), AFTER),
    ('nested_brackets_201', BEFORE, ('z = ', '[', 201, '1' + ']' * 201 + '\n'), AFTER),
    ('nested_mixed_201', BEFORE, ('z = ', '([', 101, '1' + '])' * 101 + '\n'), AFTER),
    ('nested_parens_200000', BEFORE, ('z = ', '(', 200000, '1' + ')' * 200000 + '\n'), AFTER),
    ('unary_chain_2998', BEFORE, ('z = ', '-', 2998, '1\nprint(z)\n'), AFTER),
    ('unary_chain_2999', BEFORE, ('z = ', '-', 2999, '1\n'), AFTER),
    ('not_chain_2999', BEFORE, ('z = ', 'not ', 2999, '1\n'), AFTER),
    ('invert_chain_2998_in_call', BEFORE, ('print(', '~', 2997, '1)\n'), AFTER),
    ('sum_2999_terms', BEFORE, ('z = 1', ' + 1', 2998, '\nprint(z)\n'), AFTER),
    ('sum_3000_terms', BEFORE, ('z = 1', ' + 1', 2999, '\n'), AFTER),
    ('sum_200000_terms', BEFORE, ('z = 1', ' + 1', 199999, '\n'), AFTER),
    ('power_chain_2000', BEFORE, ('z = 1', ' ** 1', 1999, '\nprint(z)\n'), AFTER),
    ('attribute_chain_3000', BEFORE, ('z = x', '.real', 2999, '\n'), AFTER),
    ('and_chain_20000', BEFORE, ('z = 1', ' and 1', 19999, '\nprint(z)\n'), AFTER),
    ('conditional_chain_1000', BEFORE, ('z = ', '0 if 0 else ', 1000, '7\nprint(z)\n'), AFTER),
    ('keyword_repeated', BEFORE, 'print(1, sep="-", **{}, sep="+")\n', AFTER),
]

PROMPT = [
    '', 'x = 1', '# a comment', 'x = (1,', 'x = (1,\n2)', 'x = [1,\n# note', 'd = {1:',
    'print("abc', "s = '''ab", "s = '''ab\ncd'''", 'x = 1 + \\', 'x = 1 + \\\n2',
    'x = 1)', '  x = 1', 'if 1:', 'if 1:\n', 'if 1:\npass', 'if 1:\n    pass',
    'if 1:\n    pass\n', 'for i in range(3): print(i)', 'for i in range(3): print(i)\n',
    'if 1:\n    x = (1,\n', 'if 1:\n    s = """a\n', 'x = 1; y = 2', 'x[1:',
]


def source(bad):
    if isinstance(bad, tuple):
        head, unit, count, tail = bad
        return head + unit * count + tail
    return bad


def run(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.py')
        with open(path, 'w') as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=d)
    return r.stdout, r.stderr


def error_of(stderr):
    """The error's last line and its line number (None when CPython names none)."""
    lines = stderr.strip().splitlines()
    if not lines:
        return None, None
    line = None
    for l in lines:
        m = re.match(r'\s*File ".*", line (\d+)', l)
        if m:
            line = int(m.group(1))
    return lines[-1], line


def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def main():
    assert sys.version_info[:2] == (3, 11), 'the oracle is CPython 3.11'
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for name, before, bad, after in CASES:
        out_before, err = run(before)
        assert not err, (name, err)
        out_after, err = run(after)
        assert not err, (name, err)
        blank = '\n' * before.count('\n')
        out_bad, _ = run(blank + source(bad))
        _, err = run(blank + source(bad) + after)
        error, line = error_of(err)
        if isinstance(bad, tuple):
            head, unit, count, tail = bad
        else:
            head, unit, count, tail = bad, '', 0, ''
        with open(os.path.join(OUT, name + '.case'), 'w') as f:
            f.write('# generated by tools/gen_lexical_fixtures.py from CPython %s; do not edit\n'
                    % sys.version.split()[0])
            f.write('before: %s\n' % esc(before))
            f.write('head: %s\n' % esc(head))
            f.write('unit: %s\n' % esc(unit))
            f.write('count: %d\n' % count)
            f.write('tail: %s\n' % esc(tail))
            f.write('after: %s\n' % esc(after))
            f.write('stdout-before: %s\n' % esc(out_before))
            f.write('stdout-bad: %s\n' % esc(out_bad))
            f.write('stdout-after: %s\n' % esc(out_after))
            f.write('error: %s\n' % esc(error or ''))
            f.write('line: %s\n' % ('' if line is None or error is None else line))
    with open(os.path.join(OUT, 'prompt.txt'), 'w') as f:
        f.write('# generated by tools/gen_lexical_fixtures.py from CPython %s: does the prompt '
                'wait for more lines?\n' % sys.version.split()[0])
        for text in PROMPT:
            try:
                more = codeop.compile_command(text) is None
            except (SyntaxError, ValueError, OverflowError):
                more = False
            f.write('%s\t%s\n' % ('more' if more else 'done', esc(text)))


if __name__ == '__main__':
    main()
