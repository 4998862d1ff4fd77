--TEST--
% by zero throws DivisionByZeroError "Modulo by zero"
--FILE--
<?php
try {
    echo 5 % 0;
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
DivisionByZeroError: Modulo by zero
