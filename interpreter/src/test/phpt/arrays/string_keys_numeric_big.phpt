--TEST--
numeric string keys at the int limits
--FILE--
<?php
$a = ["9223372036854775807" => 'max', "-9223372036854775808" => 'min', "00" => 'zz', "0" => 'zero'];
var_dump($a);
--EXPECT--
array(4) {
  [9223372036854775807]=>
  string(3) "max"
  [-9223372036854775808]=>
  string(3) "min"
  ["00"]=>
  string(2) "zz"
  [0]=>
  string(4) "zero"
}
