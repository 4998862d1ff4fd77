--TEST--
shift by a negative count throws ArithmeticError
--FILE--
<?php
try {
    var_dump(1 << -1);
} catch (ArithmeticError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    var_dump(1 >> -1);
} catch (ArithmeticError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(-1 >> 100);
--EXPECT--
ArithmeticError: Bit shift by negative number
Bit shift by negative number
int(-1)
