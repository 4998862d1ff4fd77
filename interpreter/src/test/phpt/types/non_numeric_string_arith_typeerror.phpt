--TEST--
arithmetic with a non-numeric string throws TypeError
--FILE--
<?php
try {
    var_dump("abc" + 1);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    var_dump(1 * "");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
TypeError: Unsupported operand types: string + int
TypeError: Unsupported operand types: int * string
