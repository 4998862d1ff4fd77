--TEST--
sort renumbers keys and separates a shared array (copy-on-write); asort keeps keys
--FILE--
<?php
$a = ['z' => 3, 'y' => 1, 7 => 2];
$b = $a;
sort($a);
var_dump($a, $b);
$a[] = 'next';
print_r($a);
$c = [5 => 'e', 1 => 'a', 3 => 'c'];
asort($c);
$c[] = 'after';
print_r($c);
$d = [3, 1, 2];
unset($d[1]);
rsort($d);
var_dump($d);
$n = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png'];
natsort($n);
print_r($n);
natcasesort($n);
print_r($n);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  ["z"]=>
  int(3)
  ["y"]=>
  int(1)
  [7]=>
  int(2)
}
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
    [3] => next
)
Array
(
    [1] => a
    [3] => c
    [5] => e
    [6] => after
)
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(2)
}
Array
(
    [2] => IMG2.png
    [3] => img1.png
    [1] => img10.png
    [0] => img12.png
)
Array
(
    [3] => img1.png
    [2] => IMG2.png
    [1] => img10.png
    [0] => img12.png
)
