--TEST--
extra arguments to a user function are ignored (func_get_args still sees them)
--FILE--
<?php
function one($a) { return func_num_args() . ":" . implode(",", func_get_args()); }
echo one(1, 2, 3), "\n";
--EXPECT--
3:1,2,3
