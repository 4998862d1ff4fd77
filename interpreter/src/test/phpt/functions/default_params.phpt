--TEST--
default parameter values, including constant expressions and arrays
--FILE--
<?php
const BASE = 10;
function f($a, $b = 2, $c = BASE * 2, $d = [1, 2], $e = null) {
    return "$a $b $c " . count($d) . " " . var_export($e, true);
}
echo f(1), "\n";
echo f(1, 3), "\n";
echo f(1, 3, 4, [], 'x'), "\n";
--EXPECT--
1 2 20 2 NULL
1 3 20 2 NULL
1 3 4 0 'x'
