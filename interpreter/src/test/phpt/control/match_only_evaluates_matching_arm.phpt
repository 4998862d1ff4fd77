--TEST--
match evaluates conditions in order and only the matching arm
--FILE--
<?php
function c($x) { echo "check $x\n"; return $x; }
$r = match (2) {
    c(1) => "first",
    c(2) => "second",
    c(3) => "third",
};
echo $r, "\n";
--EXPECT--
check 1
check 2
second
