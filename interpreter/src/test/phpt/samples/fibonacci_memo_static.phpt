--TEST--
Fibonacci with a static memo and big values overflowing to float
--FILE--
<?php
function fib($n) {
    static $memo = [0 => 0, 1 => 1];
    return $memo[$n] ??= fib($n - 1) + fib($n - 2);
}
echo fib(50), "\n";
echo fib(92), "\n";
var_dump(fib(93));
--EXPECT--
12586269025
7540113804746346429
float(1.2200160415121877E+19)
