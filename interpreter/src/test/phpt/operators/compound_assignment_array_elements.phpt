--TEST--
compound assignment on array elements and undefined keys
--FILE--
<?php
$a = ['n' => 1];
$a['n'] += 10;
$a['n'] *= 2;
$a['s'] = 'x';
$a['s'] .= 'y';
$a['new'] ??= 'created';
$a['n'] ??= 'not used';
var_dump($a);
--EXPECT--
array(3) {
  ["n"]=>
  int(22)
  ["s"]=>
  string(2) "xy"
  ["new"]=>
  string(7) "created"
}
