--TEST--
sort, rsort, asort, arsort, ksort, krsort with each flag; stable for equal elements
--FILE--
<?php
$a = [3, "10", 1, "2", 2.5, "abc", true, null];
sort($a);
var_dump($a);
$s = ["b", "a10", "a9", "A1", "a1"];
sort($s, SORT_STRING);
print_r($s);
sort($s, SORT_STRING | SORT_FLAG_CASE);
print_r($s);
rsort($s, SORT_STRING);
print_r($s);
$n = ["img12", "img10", "IMG2", "img1"];
sort($n, SORT_NATURAL);
print_r($n);
sort($n, SORT_NATURAL | SORT_FLAG_CASE);
print_r($n);
$num = ["10", "9", "1e1", "0x1A", " 5", "abc"];
sort($num, SORT_NUMERIC);
print_r($num);
$loc = ["b", "B", "a", "A"];
sort($loc, SORT_LOCALE_STRING);
print_r($loc);
$m = ['x' => 2, 'y' => 1, 'z' => 2, 'w' => 1, 'v' => 3];
asort($m);
print_r($m);
arsort($m);
print_r($m);
$k = ["b" => 1, "a" => 2, 10 => 3, "9a" => 4, 9 => 5, "-1" => 6, "x" => 7];
ksort($k);
print_r($k);
krsort($k);
print_r($k);
ksort($k, SORT_STRING);
print_r($k);
ksort($k, SORT_NUMERIC);
print_r($k);
$big = [];
for ($i = 0; $i < 40; $i++) $big["k$i"] = $i % 3;
asort($big);
echo implode(',', array_keys($big)), "\n";
arsort($big);
echo implode(',', array_keys($big)), "\n";
var_dump(sort($big));
echo implode(',', $big), "\n";
$e = [];
var_dump(sort($e), $e);
--EXPECT--
array(8) {
  [0]=>
  NULL
  [1]=>
  int(1)
  [2]=>
  string(1) "2"
  [3]=>
  float(2.5)
  [4]=>
  int(3)
  [5]=>
  string(2) "10"
  [6]=>
  string(3) "abc"
  [7]=>
  bool(true)
}
Array
(
    [0] => A1
    [1] => a1
    [2] => a10
    [3] => a9
    [4] => b
)
Array
(
    [0] => A1
    [1] => a1
    [2] => a10
    [3] => a9
    [4] => b
)
Array
(
    [0] => b
    [1] => a9
    [2] => a10
    [3] => a1
    [4] => A1
)
Array
(
    [0] => IMG2
    [1] => img1
    [2] => img10
    [3] => img12
)
Array
(
    [0] => img1
    [1] => IMG2
    [2] => img10
    [3] => img12
)
Array
(
    [0] => 0x1A
    [1] => abc
    [2] =>  5
    [3] => 9
    [4] => 10
    [5] => 1e1
)
Array
(
    [0] => A
    [1] => B
    [2] => a
    [3] => b
)
Array
(
    [y] => 1
    [w] => 1
    [x] => 2
    [z] => 2
    [v] => 3
)
Array
(
    [v] => 3
    [x] => 2
    [z] => 2
    [y] => 1
    [w] => 1
)
Array
(
    [-1] => 6
    [9] => 5
    [10] => 3
    [9a] => 4
    [a] => 2
    [b] => 1
    [x] => 7
)
Array
(
    [x] => 7
    [b] => 1
    [a] => 2
    [9a] => 4
    [10] => 3
    [9] => 5
    [-1] => 6
)
Array
(
    [-1] => 6
    [10] => 3
    [9] => 5
    [9a] => 4
    [a] => 2
    [b] => 1
    [x] => 7
)
Array
(
    [-1] => 6
    [a] => 2
    [b] => 1
    [x] => 7
    [9] => 5
    [9a] => 4
    [10] => 3
)
k0,k3,k6,k9,k12,k15,k18,k21,k24,k27,k30,k33,k36,k39,k1,k4,k7,k10,k13,k16,k19,k22,k25,k28,k31,k34,k37,k2,k5,k8,k11,k14,k17,k20,k23,k26,k29,k32,k35,k38
k2,k5,k8,k11,k14,k17,k20,k23,k26,k29,k32,k35,k38,k1,k4,k7,k10,k13,k16,k19,k22,k25,k28,k31,k34,k37,k0,k3,k6,k9,k12,k15,k18,k21,k24,k27,k30,k33,k36,k39
bool(true)
0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2
bool(true)
array(0) {
}
