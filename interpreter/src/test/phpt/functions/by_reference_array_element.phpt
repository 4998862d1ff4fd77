--TEST--
passing an undefined array element by reference creates it as null
--FILE--
<?php
function touch_it(&$x) {}
$a = [];
touch_it($a['new']);
var_dump($a);
--EXPECT--
array(1) {
  ["new"]=>
  NULL
}
