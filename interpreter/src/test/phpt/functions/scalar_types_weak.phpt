--TEST--
scalar parameter and return types coerce in weak mode
--FILE--
<?php
function f(int $i, float $f, string $s, bool $b, ?int $n = null, int|string $u = 0) { var_dump($i, $f, $s, $b, $n, $u); }
f("5", 3, 2.5, "x");
f(1.0, "1e3", true, 0, null, 1.5);
function r(): int { return "12"; }
function v(): void { return; }
function s(): string { return 5; }
function n(): ?float { return null; }
var_dump(r(), v(), s(), n());
function g(int|string $x) { return $x; }
g(null);
--EXPECTF--
int(5)
float(3)
string(3) "2.5"
bool(true)
NULL
int(0)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
float(1000)
string(1) "1"
bool(false)
NULL
int(1)
int(12)
NULL
string(1) "5"
NULL

Fatal error: Uncaught TypeError: g(): Argument #1 ($x) must be of type string|int, null given, called in %s on line 11 and defined in %s:10
Stack trace:
#0 %s(11): g(NULL)
#1 {main}
  thrown in %s on line 10
