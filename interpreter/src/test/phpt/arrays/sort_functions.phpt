--TEST--
sort, rsort, asort, ksort, usort on small arrays
--FILE--
<?php
$a = [3, "10", 1, "2"];
sort($a);
var_dump($a);
$b = ['b' => 2, 'a' => 3, 'c' => 1];
asort($b);
print_r($b);
ksort($b);
print_r($b);
$c = ["banana", "apple", "Cherry"];
rsort($c);
print_r($c);
--EXPECT--
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  int(3)
  [3]=>
  string(2) "10"
}
Array
(
    [c] => 1
    [b] => 2
    [a] => 3
)
Array
(
    [a] => 3
    [b] => 2
    [c] => 1
)
Array
(
    [0] => banana
    [1] => apple
    [2] => Cherry
)
