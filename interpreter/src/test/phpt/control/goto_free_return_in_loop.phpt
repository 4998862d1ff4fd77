--TEST--
return from inside a loop in a function
--FILE--
<?php
function find($arr, $x) {
    foreach ($arr as $i => $v) {
        if ($v === $x) return $i;
    }
    return -1;
}
var_dump(find([5, 6, 7], 6), find([5], 9));
--EXPECT--
int(1)
int(-1)
