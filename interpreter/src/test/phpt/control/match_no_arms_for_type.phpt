--TEST--
match arms with several conditions and complex return values
--FILE--
<?php
function kind($v) {
    return match (true) {
        is_int($v), is_float($v) => "number",
        is_string($v) => "string:" . strlen($v),
        is_array($v) => "array[" . count($v) . "]",
        default => "other",
    };
}
foreach ([1, 2.5, "abc", [1, 2], null] as $v) echo kind($v), "\n";
--EXPECT--
number
number
string:3
array[2]
other
