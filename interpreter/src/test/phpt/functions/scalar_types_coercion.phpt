--TEST--
scalar type declarations coerce in weak mode
--FILE--
<?php
function i(int $x) { var_dump($x); }
function f(float $x) { var_dump($x); }
function s(string $x) { var_dump($x); }
function b(bool $x) { var_dump($x); }
i("42"); i(true); i(7.0); i(" 12");
f(3); f("1e2");
s(5); s(1.5); s(false);
b(0); b("abc"); b(0.0);
--EXPECT--
int(42)
int(1)
int(7)
int(12)
float(3)
float(100)
string(1) "5"
string(3) "1.5"
string(0) ""
bool(false)
bool(true)
bool(false)
