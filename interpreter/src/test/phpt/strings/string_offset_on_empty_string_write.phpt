--TEST--
assigning an offset of an empty string creates a string (not an array)
--FILE--
<?php
$s = "";
try {
    $s[] = "a";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$t = "";
$t[0] = "z";
var_dump($t);
$u = "";
$u[3] = "z";
var_dump($u);
--EXPECT--
[] operator not supported for strings
string(1) "z"
string(4) "   z"
