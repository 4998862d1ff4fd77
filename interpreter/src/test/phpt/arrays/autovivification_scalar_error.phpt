--TEST--
using a scalar as an array throws "Cannot use a scalar value as an array"
--FILE--
<?php
$i = 5;
try {
    $i[] = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$s = "str";
try {
    $s['x'] = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($i, $s);
--EXPECT--
Error: Cannot use a scalar value as an array
TypeError: Cannot access offset of type string on string
int(5)
string(3) "str"
