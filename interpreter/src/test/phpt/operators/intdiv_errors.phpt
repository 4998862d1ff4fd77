--TEST--
intdiv(PHP_INT_MIN, -1) throws ArithmeticError, % -1 gives 0
--FILE--
<?php
try {
    intdiv(PHP_INT_MIN, -1);
} catch (ArithmeticError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(PHP_INT_MIN % -1);
try {
    intdiv(1, 0);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
int(0)
DivisionByZeroError: Division by zero
