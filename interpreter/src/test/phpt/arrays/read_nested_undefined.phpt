--TEST--
reading a missing nested key warns once per level that exists
--FILE--
<?php
$a = ['x' => []];
var_dump($a['x']['y']);
var_dump($a['p']['q']);
--EXPECTF--
Warning: Undefined array key "y" in %s on line 3
NULL

Warning: Undefined array key "p" in %s on line 4

Warning: Trying to access array offset on value of type null in %s on line 4
NULL
