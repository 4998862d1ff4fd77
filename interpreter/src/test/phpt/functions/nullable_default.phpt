--TEST--
a null default makes a parameter nullable
--FILE--
<?php
function f(int $x = null, ?string $s = "a") { var_dump($x, $s); }
f(); f(null, null); f(5, 6);
--EXPECT--
NULL
string(1) "a"
NULL
NULL
int(5)
string(1) "6"
