--TEST--
classic gotcha: a reference to an element makes the slot shared with copies
--FILE--
<?php
$a = [1, 2, 3];
$r = &$a[1];
$b = $a;
$b[1] = 'changed';
var_dump($a[1]);
unset($r);
$c = $a;
$c[1] = 'not shared';
var_dump($a[1]);
--EXPECT--
string(7) "changed"
string(10) "not shared"
