--TEST--
nullable ?T, union int|string and mixed types
--FILE--
<?php
function n(?int $x) { var_dump($x); }
function u(int|string $x) { var_dump($x); }
function m(mixed $x) { var_dump($x); }
n(null); n(5);
u(5); u("s"); u(5.0); u(true); u(1.5);
m(null); m([1]);
try {
    u([]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
NULL
int(5)
int(5)
string(1) "s"
int(5)
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3
int(1)
NULL
array(1) {
  [0]=>
  int(1)
}
u(): Argument #1 ($x) must be of type string|int, array given, called in %s on line 9
