--TEST--
??= assigns only when null or unset
--FILE--
<?php
$a = 0;
$a ??= 5;
$b = null;
$b ??= 5;
$c ??= "new";
$arr = [];
$arr['x']['y'] ??= 1;
$arr['x']['y'] ??= 2;
var_dump($a, $b, $c, $arr);
--EXPECT--
int(0)
int(5)
string(3) "new"
array(1) {
  ["x"]=>
  array(1) {
    ["y"]=>
    int(1)
  }
}
