--TEST--
precision in stack traces, UnhandledMatchError, implode/str functions; serialize_precision for var_dump/json_encode/var_export; invalid values refused; ini_restore
--FILE--
<?php
ini_set('precision', 17);
function f($x) { throw new Exception("e"); }
try { f(0.1); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { echo match(0.1) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
echo sprintf("%s|%5.2f|%g|%e", 0.1, 0.1, 0.1, 0.1), "\n";
printf("%s\n", 1/3);
echo implode(",", [0.1, 1/3]), "\n";
echo str_pad(0.1, 5), "|", strlen(0.1), "|", strtoupper(1e25), "\n";
echo max("abc", 0.1), "\n";
echo number_format(0.1, 20), "\n";
ini_set('serialize_precision', 17);
ini_set('serialize_precision', 5);
var_dump(1/3, [1/3]); echo json_encode([1/3, 'a' => 2.5]), "\n"; var_export(1/3); echo "\n";
ini_set('serialize_precision', 0);
var_dump(1/3); echo json_encode(1/3), "\n"; var_export(1/3); echo "\n";
ini_set('serialize_precision', -1);
var_dump(0.1); echo json_encode(0.1), "\n";
var_dump(ini_set('precision', -2), ini_get('precision'));
var_dump(ini_set('precision', '8'), ini_get('precision')); echo M_PI, "\n";
ini_restore('precision'); echo M_PI, "\n";
$x = 7.0; echo "$x" . PHP_EOL; echo 1e15, " ", 1e14, " ", 123456789012345678.0, "\n";
settype($x, 'string'); var_dump($x);
echo 0.1 + 0.2, "\n";
--EXPECTF--
#0 %s(4): f(0.10000000000000001)
#1 {main}
Unhandled match case 0.10000000000000001
0.10000000000000001| 0.10|0.1|1.000000e-1
0.33333333333333331
0.10000000000000001,0.33333333333333331
0.10000000000000001|19|1.0000000000000001E+25
abc
0.10000000000000000555
float(0.33333)
array(1) {
  [0]=>
  float(0.33333)
}
{"0":0.33333,"a":2.5}
0.33333
float(0.3)
0.3
0.3
float(0.1)
0.1
bool(false)
string(2) "17"
string(2) "17"
string(1) "8"
3.1415927
3.1415926535898
7
1.0E+15 1.0E+14 1.2345678901235E+17
string(1) "7"
0.3
