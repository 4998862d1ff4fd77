<?php
function f($n) {
    if ($n > 1) { $s = str_repeat("x", $n); }
    echo isset($s) ? strlen($s) : "unset", " ";
    $t = "v$n";
    return $t;
}
echo f(3000000), f(0), f(5), f(1), f(2100000), "\n";
