--TEST--
destructuring: swap, nested, keyed, skipped, missing, result value, foreach, by reference, into elements, from a string
--FILE--
<?php
[$a, $b] = [1, 2]; var_dump($a, $b);
[$a, $b] = [$b, $a]; var_dump($a, $b);
list($x, list($y, $z)) = [1, [2, 3]]; var_dump($x, $y, $z);
['k' => $k, 'm' => $m] = ['m' => 'M', 'k' => 'K']; echo $k, $m, "\n";
[, $second] = [10, 20]; var_dump($second);
[$p, $q] = [1]; var_dump($q);
$r = [$s, $t] = [7, 8]; var_dump($r);
foreach ([[1, 'a'], [2, 'b']] as $i => [$n, $l]) echo "$i: $n $l\n";
$arr = [1, [2, 3]];
[&$ra, [, &$rb]] = $arr; $ra = 'changed'; $rb = 'also'; var_dump($arr);
$data = [3, 1, 2];
[$data[0], $data[2]] = [$data[2], $data[0]]; var_dump($data);
[$u, $v] = "xy"; var_dump($u);
--EXPECTF--
int(1)
int(2)
int(2)
int(1)
int(1)
int(2)
int(3)
KM
int(20)

Warning: Undefined array key 1 in %s on line 7
NULL
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
0: 1 a
1: 2 b
array(2) {
  [0]=>
  &string(7) "changed"
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &string(4) "also"
  }
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(3)
}
NULL
