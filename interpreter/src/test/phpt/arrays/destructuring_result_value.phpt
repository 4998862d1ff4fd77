--TEST--
a destructuring assignment evaluates to the right-hand side
--FILE--
<?php
$r = ([$a, $b] = [1, 2, 3]);
var_dump($r);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
