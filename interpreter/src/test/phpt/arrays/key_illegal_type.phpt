--TEST--
arrays as keys at run time throw TypeError "Illegal offset type"
--FILE--
<?php
$a = [];
try {
    $a[[]] = 1;
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo $a[[1]];
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
TypeError: Illegal offset type
Illegal offset type
