--TEST--
string offsets with non-integer keys
--FILE--
<?php
$s = "abcdef";
var_dump($s["1"]);
var_dump($s[" 1"] ?? "n/a");
try {
    var_dump($s["x"]);
} catch (\TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($s[1.7]);
var_dump($s[true]);
--EXPECTF--
string(1) "b"
string(1) "b"
TypeError: Cannot access offset of type string on string

Warning: String offset cast occurred in %s on line 10
string(1) "b"

Warning: String offset cast occurred in %s on line 11
string(1) "b"
