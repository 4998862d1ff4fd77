--TEST--
serialize_precision 0/3/17/-1: var_dump, json_encode (with JSON_PRESERVE_ZERO_FRACTION), var_export; echo keeps precision
--FILE--
<?php
foreach ([0, 3, 17, -1] as $sp) {
    ini_set('serialize_precision', $sp);
    var_dump(1234.5678, 0.5, 100.0, 1/3, [0.1]);
    echo json_encode([1234.5678, 0.1, 100.0]), "\n";
    echo json_encode(100.0, JSON_PRESERVE_ZERO_FRACTION), "\n";
    var_export([1234.5678, 0.1, 100.0]); echo "\n";
    echo 0.1, "\n";
}
--EXPECT--
float(1.0E+3)
float(0.5)
float(1.0E+2)
float(0.3)
array(1) {
  [0]=>
  float(0.1)
}
[1.0e+3,0.1,1.0e+2]
1.0e+2
array (
  0 => 1.0E+3,
  1 => 0.1,
  2 => 1.0E+2,
)
0.1
float(1.23E+3)
float(0.5)
float(100)
float(0.333)
array(1) {
  [0]=>
  float(0.1)
}
[1.23e+3,0.1,100]
100.0
array (
  0 => 1.23E+3,
  1 => 0.1,
  2 => 100.0,
)
0.1
float(1234.5678)
float(0.5)
float(100)
float(0.33333333333333331)
array(1) {
  [0]=>
  float(0.10000000000000001)
}
[1234.5678,0.10000000000000001,100]
100.0
array (
  0 => 1234.5678,
  1 => 0.10000000000000001,
  2 => 100.0,
)
0.1
float(1234.5678)
float(0.5)
float(100)
float(0.3333333333333333)
array(1) {
  [0]=>
  float(0.1)
}
[1234.5678,0.1,100]
100.0
array (
  0 => 1234.5678,
  1 => 0.1,
  2 => 100.0,
)
0.1
