--TEST--
calling a user function with too few arguments throws ArgumentCountError
--FILE--
<?php
function two($a, $b) { return $a + $b; }
try {
    two(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
ArgumentCountError: Too few arguments to function two(), 1 passed in %s on line 4 and exactly 2 expected
