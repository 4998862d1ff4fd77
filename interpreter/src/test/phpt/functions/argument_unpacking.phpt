--TEST--
... argument unpacking, positional and string keys
--FILE--
<?php
function f($a, $b, $c = 'C') { return "$a-$b-$c"; }
$args = [1, 2];
echo f(...$args), "\n";
echo f(0, ...[5]), "\n";
echo f(...['b' => 'B', 'a' => 'A']), "\n";
echo f(...[1, 2], c: 'named'), "\n";
--EXPECT--
1-2-C
0-5-C
A-B-C
1-2-named
