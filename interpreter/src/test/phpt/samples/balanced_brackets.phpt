--TEST--
checking balanced brackets with a stack and match
--FILE--
<?php
function balanced(string $s): bool {
    $stack = [];
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i];
        if ($c === '(' || $c === '[' || $c === '{') { $stack[] = $c; continue; }
        $open = match ($c) { ')' => '(', ']' => '[', '}' => '{', default => null };
        if ($open === null) continue;
        if (array_pop($stack) !== $open) return false;
    }
    return !$stack;
}
foreach (["([]{})", "([)]", "((", "a(b)c", ""] as $t) echo var_export($t, true), ": ", balanced($t) ? "yes" : "no", "\n";
--EXPECT--
'([]{})': yes
'([)]': no
'((': no
'a(b)c': yes
'': yes
