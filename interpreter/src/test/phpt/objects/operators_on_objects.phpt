--TEST--
arithmetic, bitwise and increment operators on objects are TypeErrors naming the class; array_sum and array_product skip objects
--FILE--
<?php
function attempt(callable $c) {
    try {
        var_dump($c());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$f = function () {};
$e = new Error();
attempt(function () use ($f) { return $f + 1; });
attempt(function () use ($f, $e) { return $e * $f; });
attempt(function () use ($f) { return -$f; });
attempt(function () use ($f) { return 2 % $f; });
attempt(function () use ($f) { return $f | 1; });
attempt(function () use ($f) { return ~$f; });
attempt(function () use ($f) { $g = $f; $g++; });
attempt(function () use ($f) { $g = $f; --$g; });
attempt(function () use ($f) { $g = $f; $g += 1; });
attempt(function () use ($f) { return array_sum([1, $f, 2.5]); });
attempt(function () use ($f) { return array_product([3, $f]); });
--EXPECT--
TypeError: Unsupported operand types: Closure + int
TypeError: Unsupported operand types: Error * Closure
TypeError: Unsupported operand types: Closure * int
TypeError: Unsupported operand types: int % Closure
TypeError: Unsupported operand types: Closure | int
TypeError: Cannot perform bitwise not on Closure
TypeError: Cannot increment Closure
TypeError: Cannot decrement Closure
TypeError: Unsupported operand types: Closure + int
float(3.5)
int(3)
