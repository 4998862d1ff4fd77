--TEST--
nested arrays are copied too
--FILE--
<?php
$a = ['inner' => [1, 2]];
$b = $a;
$b['inner'][] = 3;
var_dump($a['inner'], $b['inner']);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
