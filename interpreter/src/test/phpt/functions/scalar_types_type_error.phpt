--TEST--
TypeError messages for scalar parameter types
--FILE--
<?php
function i(int $x) { return $x; }
foreach (["abc", "1.5", 1.5, [], null, "12abc"] as $v) {
    try {
        var_dump(i($v));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECTF--
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 5

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 2
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
i(): Argument #1 ($x) must be of type int, array given, called in %s on line 5
i(): Argument #1 ($x) must be of type int, null given, called in %s on line 5
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 5
