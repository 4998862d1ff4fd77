--TEST--
reading a missing key warns with the exact key format
--FILE--
<?php
$a = ['a' => 1];
var_dump($a['missing']);
var_dump($a[5]);
var_dump($a["7"]);
var_dump($a[-1]);
--EXPECTF--
Warning: Undefined array key "missing" in %s on line 3
NULL

Warning: Undefined array key 5 in %s on line 4
NULL

Warning: Undefined array key 7 in %s on line 5
NULL

Warning: Undefined array key -1 in %s on line 6
NULL
