--TEST--
foreach with by-reference destructuring modifies the nested arrays
--FILE--
<?php
$pairs = [[1, 2], [3, 4]];
foreach ($pairs as [&$a, $b]) {
    $a = $a * 10 + $b;
}
unset($a);
var_dump($pairs);
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(12)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(34)
    [1]=>
    int(4)
  }
}
