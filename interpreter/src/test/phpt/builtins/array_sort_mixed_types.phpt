--TEST--
sort of mixed types follows PHP 8 comparison (non-transitive) with php's exact algorithm
--FILE--
<?php
$a = ["abc", 10, "9", true, null, 2.5, "1e1", "x", 0, "", "0", -1, "-1", 1.5, "a", "B", false, 7, "7.0", "zz", 3];
sort($a);
var_dump($a);
$b = $a;
rsort($b);
echo implode('|', array_map_free($b)), "\n";
function array_map_free($x) { $o = []; foreach ($x as $v) { $o[] = var_export_lite($v); } return $o; }
function var_export_lite($v) { if ($v === null) return 'NULL'; if ($v === true) return 'true'; if ($v === false) return 'false'; return gettype($v) . ':' . $v; }
$nested = [[1, 2], [1], 5, "x", [0 => 3], null, [2, 1]];
sort($nested);
var_dump($nested);
--EXPECT--
array(21) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  string(1) "0"
  [4]=>
  bool(false)
  [5]=>
  bool(true)
  [6]=>
  string(2) "-1"
  [7]=>
  int(0)
  [8]=>
  float(1.5)
  [9]=>
  float(2.5)
  [10]=>
  int(3)
  [11]=>
  int(7)
  [12]=>
  string(3) "7.0"
  [13]=>
  string(1) "9"
  [14]=>
  int(10)
  [15]=>
  string(3) "1e1"
  [16]=>
  string(1) "B"
  [17]=>
  string(1) "a"
  [18]=>
  string(3) "abc"
  [19]=>
  string(1) "x"
  [20]=>
  string(2) "zz"
}
true|string:zz|string:x|string:abc|string:a|string:B|integer:10|string:1e1|string:9|integer:7|string:7.0|integer:3|double:2.5|double:1.5|string:0|integer:0|integer:-1|string:-1|NULL|string:|false
array(7) {
  [0]=>
  NULL
  [1]=>
  int(5)
  [2]=>
  string(1) "x"
  [3]=>
  array(1) {
    [0]=>
    int(1)
  }
  [4]=>
  array(1) {
    [0]=>
    int(3)
  }
  [5]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [6]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(1)
  }
}
