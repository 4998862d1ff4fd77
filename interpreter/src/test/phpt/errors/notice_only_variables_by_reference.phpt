--TEST--
array_pop on a function result gives a notice
--FILE--
<?php
function arr() { return [1, 2, 3]; }
echo array_pop(arr()), "\n";
--EXPECTF--
Notice: Only variables should be passed by reference in %s on line 3
3
