--TEST--
(array) casts of scalars and null
--FILE--
<?php
var_dump((array)1, (array)"s", (array)null, (array)[1, 2]);
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(1) "s"
}
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
