--TEST--
key casting: "1" -> 1, "01" stays, true -> 1, null -> "", 1.7 -> 1
--FILE--
<?php
$a = [];
$a["1"] = 'string one';
$a[1] = 'int one';
$a["01"] = 'zero one';
$a[true] = 'true';
$a[null] = 'null';
$a[""] = 'empty';
$a["-5"] = 'minus five';
$a["-0"] = 'minus zero';
$a[" 2"] = 'space two';
$a["9223372036854775808"] = 'too big';
$a["1.5"] = 'string float';
var_dump($a);
--EXPECT--
array(8) {
  [1]=>
  string(4) "true"
  ["01"]=>
  string(8) "zero one"
  [""]=>
  string(5) "empty"
  [-5]=>
  string(10) "minus five"
  ["-0"]=>
  string(10) "minus zero"
  [" 2"]=>
  string(9) "space two"
  ["9223372036854775808"]=>
  string(7) "too big"
  ["1.5"]=>
  string(12) "string float"
}
