--TEST--
range() with a numeric-string step
--FILE--
<?php var_dump(range(1, 5, "1.5"), range("a", "e", "2"));
--EXPECT--
array(3) {
  [0]=>
  float(1)
  [1]=>
  float(2.5)
  [2]=>
  float(4)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "e"
}
