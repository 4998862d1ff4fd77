--TEST--
key sorts with SORT_FLAG_CASE / SORT_NATURAL / SORT_LOCALE_STRING, floats with NAN and INF, numeric strings, bools
--FILE--
<?php
// ksort with mixed numeric-string and int keys, SORT_FLAG_CASE on keys, natural key sorts
$k = ['B' => 1, 'a' => 2, 'C' => 3, 'b' => 4];
ksort($k, SORT_STRING | SORT_FLAG_CASE); print_r($k);
krsort($k, SORT_STRING | SORT_FLAG_CASE); print_r($k);
$n = ['file10' => 1, 'File2' => 2, 'file1' => 3];
ksort($n, SORT_NATURAL); print_r($n);
ksort($n, SORT_NATURAL | SORT_FLAG_CASE); print_r($n);
krsort($n, SORT_NATURAL | SORT_FLAG_CASE); print_r($n);
ksort($n, SORT_LOCALE_STRING); print_r($n);
$f = [1 => 'a', '1.5' => 'b', -0 => 'c', '' => 'd', 'abc' => 'e', ' 1' => 'f'];
ksort($f); var_dump($f);
asort($f, SORT_STRING); var_dump($f);
$floats = [0.1 + 0.2, 0.3, 1e100, -INF, INF, NAN, 0];
sort($floats); var_dump($floats);
rsort($floats, SORT_NUMERIC); var_dump($floats);
$strs = ["10", "9", "9.0", "1e1", "010", "abc", "ABC", ""];
sort($strs); var_dump($strs);
sort($strs, SORT_STRING); var_dump($strs);
arsort($strs, SORT_NUMERIC); var_dump($strs);
$bools = [true, false, null, 0, 1, "", "0", "a", []];
sort($bools); var_dump($bools);
--EXPECT--
Array
(
    [a] => 2
    [B] => 1
    [b] => 4
    [C] => 3
)
Array
(
    [C] => 3
    [B] => 1
    [b] => 4
    [a] => 2
)
Array
(
    [File2] => 2
    [file1] => 3
    [file10] => 1
)
Array
(
    [file1] => 3
    [File2] => 2
    [file10] => 1
)
Array
(
    [file10] => 1
    [File2] => 2
    [file1] => 3
)
Array
(
    [File2] => 2
    [file1] => 3
    [file10] => 1
)
array(6) {
  [""]=>
  string(1) "d"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "a"
  [" 1"]=>
  string(1) "f"
  ["1.5"]=>
  string(1) "b"
  ["abc"]=>
  string(1) "e"
}
array(6) {
  [1]=>
  string(1) "a"
  ["1.5"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [""]=>
  string(1) "d"
  ["abc"]=>
  string(1) "e"
  [" 1"]=>
  string(1) "f"
}
array(7) {
  [0]=>
  float(NAN)
  [1]=>
  float(-INF)
  [2]=>
  int(0)
  [3]=>
  float(0.3)
  [4]=>
  float(0.30000000000000004)
  [5]=>
  float(1.0E+100)
  [6]=>
  float(INF)
}
array(7) {
  [0]=>
  float(INF)
  [1]=>
  float(NAN)
  [2]=>
  float(1.0E+100)
  [3]=>
  float(0.30000000000000004)
  [4]=>
  float(0.3)
  [5]=>
  int(0)
  [6]=>
  float(-INF)
}
array(8) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "9"
  [2]=>
  string(3) "9.0"
  [3]=>
  string(2) "10"
  [4]=>
  string(3) "1e1"
  [5]=>
  string(3) "010"
  [6]=>
  string(3) "ABC"
  [7]=>
  string(3) "abc"
}
array(8) {
  [0]=>
  string(0) ""
  [1]=>
  string(3) "010"
  [2]=>
  string(2) "10"
  [3]=>
  string(3) "1e1"
  [4]=>
  string(1) "9"
  [5]=>
  string(3) "9.0"
  [6]=>
  string(3) "ABC"
  [7]=>
  string(3) "abc"
}
array(8) {
  [1]=>
  string(3) "010"
  [2]=>
  string(2) "10"
  [3]=>
  string(3) "1e1"
  [4]=>
  string(1) "9"
  [5]=>
  string(3) "9.0"
  [0]=>
  string(0) ""
  [6]=>
  string(3) "ABC"
  [7]=>
  string(3) "abc"
}
array(9) {
  [0]=>
  bool(false)
  [1]=>
  NULL
  [2]=>
  string(0) ""
  [3]=>
  int(0)
  [4]=>
  string(1) "0"
  [5]=>
  bool(true)
  [6]=>
  int(1)
  [7]=>
  string(1) "a"
  [8]=>
  array(0) {
  }
}
