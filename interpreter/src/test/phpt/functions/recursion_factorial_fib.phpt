--TEST--
recursive functions
--FILE--
<?php
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo fact(10), " ", fact(20), " ", fact(21), "\n";
echo fib(20), "\n";
--EXPECT--
3628800 2432902008176640000 5.1090942171709E+19
6765
