--TEST--
increment of an undefined array key warns and starts from null
--FILE--
<?php
$counts = [];
$counts['a']++;
$counts['a']++;
var_dump($counts);
--EXPECTF--
Warning: Undefined array key "a" in %s on line 3
array(1) {
  ["a"]=>
  int(2)
}
