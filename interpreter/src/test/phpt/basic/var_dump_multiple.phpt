--TEST--
var_dump accepts several arguments
--FILE--
<?php
var_dump(1, "two", 3.0, null, [4]);
--EXPECT--
int(1)
string(3) "two"
float(3)
NULL
array(1) {
  [0]=>
  int(4)
}
