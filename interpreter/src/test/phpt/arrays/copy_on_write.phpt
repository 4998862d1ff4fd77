--TEST--
arrays are copied on assignment (value semantics)
--FILE--
<?php
$a = [1, 2, 3];
$b = $a;
$b[] = 4;
$b[0] = 'x';
var_dump(count($a), $a[0], count($b), $b[0]);
function modify(array $arr) { $arr[] = 'added'; return count($arr); }
var_dump(modify($a), count($a));
--EXPECT--
int(3)
int(1)
int(4)
string(1) "x"
int(4)
int(3)
