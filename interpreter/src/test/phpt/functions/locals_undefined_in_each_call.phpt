--TEST--
local variables start undefined in every call (frames are reused on the VM stack)
--FILE--
<?php
function f($n) {
    if ($n > 1) { $s = str_repeat("x", $n); }
    echo isset($s) ? strlen($s) : "unset", " ";
    $t = "v$n";
    return $t;
}
echo f(3000000), f(0), f(5), f(1), f(2100000), "\n";
--EXPECT--
3000000 v3000000unset v05 v5unset v12100000 v2100000
