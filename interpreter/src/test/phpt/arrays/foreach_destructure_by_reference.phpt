--TEST--
foreach into a pattern with references: nested, keyed, break, non-array subject
--FILE--
<?php
$pairs = [[1, 2], [3, 4]];
foreach ($pairs as $k => [&$a, $b]) { $a = $a * 10 + $b; echo $k; }
unset($a);
var_dump($pairs);
$n = ['x' => [[[1]], [[2]]]];
foreach ($n['x'] as [[&$q]]) { $q++; }
unset($q);
echo json_encode($n), "\n";
foreach ([[1,2]] as [&$z]) { $z = 5; }
foreach ($pairs as [&$a, $b]) { if ($a > 20) break; }
echo json_encode($pairs), "\n";
foreach ($pairs as ['k' => &$m]) { }
echo json_encode($pairs), "\n";
$s = 5;
foreach ($s as [&$w]) {}
echo "done\n";
--EXPECTF--
01array(2) {
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
{"x":[[[2]],[[3]]]}
[[12,2],[34,4]]
[{"0":12,"1":2,"k":null},{"0":34,"1":4,"k":null}]

Warning: foreach() argument must be of type array|object, int given in %s on line 16
done
