--TEST--
switch compares with == (PHP 8 rules)
--FILE--
<?php
function test($v) {
    switch ($v) {
        case 0: return "zero";
        case "a": return "a";
        case "1e1": return "ten";
        case null: return "null";
        default: return "default";
    }
}
var_dump(test("0"), test("a"), test(10), test(""), test(false), test("abc"), test(0.0));
--EXPECT--
string(4) "zero"
string(1) "a"
string(3) "ten"
string(4) "null"
string(4) "zero"
string(7) "default"
string(4) "zero"
