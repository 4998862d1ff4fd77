--TEST--
/ by zero throws DivisionByZeroError "Division by zero"
--FILE--
<?php
try {
    echo 1 / 0;
} catch (DivisionByZeroError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo 1.5 / 0.0;
} catch (DivisionByZeroError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(fdiv(1, 0), fdiv(-1, 0));
--EXPECT--
Division by zero
Division by zero
float(INF)
float(-INF)
