--TEST--
defaults are evaluated per call; arrays are not shared
--FILE--
<?php
function add($v, $list = []) { $list[] = $v; return $list; }
print_r(add(1));
print_r(add(2));
--EXPECT--
Array
(
    [0] => 1
)
Array
(
    [0] => 2
)
