--TEST--
int|float and float|string coercion preferences
--FILE--
<?php
function a(int|float $x) { var_dump($x); }
function b(float|string $x) { var_dump($x); }
function c(int|bool $x) { var_dump($x); }
a("5"); a("5.5"); a("1e2");
b(5); b(true);
c("1"); c("abc"); c(2.5);
--EXPECTF--
int(5)
float(5.5)
float(100)
float(5)
float(1)
int(1)
bool(true)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 4
int(2)
