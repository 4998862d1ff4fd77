--TEST--
array_key_first, array_key_last, current/next/reset/end/key
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(array_key_first($a), array_key_last($a), array_key_first([]));
var_dump(current($a), next($a), key($a), end($a), key($a), next($a), key($a), reset($a));
--EXPECT--
string(1) "x"
string(1) "z"
NULL
int(1)
int(2)
string(1) "y"
int(3)
string(1) "z"
bool(false)
NULL
int(1)
