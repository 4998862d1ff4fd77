--TEST--
$a[] in a read context is a compile-time fatal error
--FILE--
<?php
$a = [1];
try {
    $x = $a[];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
Fatal error: Cannot use [] for reading in %s on line 4
