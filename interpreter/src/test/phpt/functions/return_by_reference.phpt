--TEST--
functions returning by reference
--FILE--
<?php
function &getRef(array &$arr) { return $arr[0]; }
$data = [1, 2];
$r = &getRef($data);
$r = 'changed';
var_dump($data[0]);
$copy = getRef($data);
$copy = 'not a ref';
var_dump($data[0]);
--EXPECT--
string(7) "changed"
string(7) "changed"
