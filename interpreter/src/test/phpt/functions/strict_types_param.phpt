--TEST--
strict_types=1 rejects coercion (except int to float)
--FILE--
<?php
declare(strict_types=1);
function i(int $x) { return $x; }
function f(float $x) { return $x; }
var_dump(f(5));
try {
    i("5");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    i(5.0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    i(true);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
float(5)
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 7
i(): Argument #1 ($x) must be of type int, float given, called in %s on line 12
i(): Argument #1 ($x) must be of type int, bool given, called in %s on line 17
