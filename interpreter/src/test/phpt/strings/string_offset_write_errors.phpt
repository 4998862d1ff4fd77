--TEST--
writing an empty string to an offset throws; negative out of range warns
--FILE--
<?php
$s = "abc";
try {
    $s[0] = "";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$s[-5] = "x";
var_dump($s);
--EXPECTF--
Error: Cannot assign an empty string to a string offset

Warning: Illegal string offset -5 in %s on line 8
string(3) "abc"
