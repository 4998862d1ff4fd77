--TEST--
??= on nested elements with constant and variable keys, in a function's static cache, and as an expression
--FILE--
<?php
$a = 0; $a ??= 5; $b = null; $b ??= 5; $c ??= "new";
$arr = [];
$arr['x']['y'] ??= 1;
$arr['x']['y'] ??= 2;
$k = 'k'; $j = 3;
$arr[$k][$j]['z'] ??= [1, 2];
$arr[$k][$j]['z'] ??= 'no';
$s = 'abc';
$s2 = ['s' => 'str'];
echo $s2['s'] ??= 'x', "\n";
function f() { static $cache = []; foreach ([1, 2, 1] as $n) { $cache[$n] ??= $n * 100; } return $cache; }
var_dump($a, $b, $c, $arr, f());
--EXPECT--
str
int(0)
int(5)
string(3) "new"
array(2) {
  ["x"]=>
  array(1) {
    ["y"]=>
    int(1)
  }
  ["k"]=>
  array(1) {
    [3]=>
    array(1) {
      ["z"]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(2)
      }
    }
  }
}
array(2) {
  [1]=>
  int(100)
  [2]=>
  int(200)
}
