--TEST--
func_get_args reflects current parameter values in PHP 7+
--FILE--
<?php
function f($a) { $a = 'changed'; return func_get_args(); }
var_dump(f('orig', 'extra'));
--EXPECT--
array(2) {
  [0]=>
  string(7) "changed"
  [1]=>
  string(5) "extra"
}
