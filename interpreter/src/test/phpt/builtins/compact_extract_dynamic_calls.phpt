--TEST--
compact()/extract() called dynamically: Error, except through call_user_func[_array] with a literal name
--FILE--
<?php
$x = 1;
$f = 'compact';
try { var_dump($f('x')); } catch (Error $e) { echo "A ", get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func('compact', 'x')); } catch (Error $e) { echo "B ", get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func_array('compact', ['x'])); } catch (Error $e) { echo "C ", get_class($e), ": ", $e->getMessage(), "\n"; }
function h() { $f = 'compact'; $x = 2; try { var_dump($f('x')); } catch (Error $e) { echo "D ", get_class($e), ": ", $e->getMessage(), "\n"; } }
h();

$n = 'compact';
try { var_dump(call_user_func($n, 'x')); } catch (Error $e) { echo "E ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func_array($n, ['x'])); } catch (Error $e) { echo "F ", $e->getMessage(), "\n"; }
try { var_dump(array_map('compact', ['x'])); } catch (Error $e) { echo "G ", $e->getMessage(), "\n"; }
function k2() { $x = 3; var_dump(call_user_func('compact', 'x')); }
k2();
try { var_dump(\call_user_func('compact', 'x')); } catch (Error $e) { echo "H ", $e->getMessage(), "\n"; }
$args = ['x'];
try { var_dump(call_user_func('compact', ...$args)); } catch (Error $e) { echo "I ", $e->getMessage(), "\n"; }

$arr = ['x'];
try { var_dump(call_user_func_array('compact', $arr)); } catch (Error $e) { echo "J ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func('compact', strtolower('X'))); } catch (Error $e) { echo "K ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func('extract', ['zz' => 1]), $zz); } catch (Error $e) { echo "L ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func('COMPACT', 'x')); } catch (Error $e) { echo "M ", $e->getMessage(), "\n"; }
--EXPECT--
A Error: Cannot call compact() dynamically
array(1) {
  ["x"]=>
  int(1)
}
array(1) {
  ["x"]=>
  int(1)
}
D Error: Cannot call compact() dynamically
E Cannot call compact() dynamically
F Cannot call compact() dynamically
G Cannot call compact() dynamically
array(1) {
  ["x"]=>
  int(3)
}
array(1) {
  ["x"]=>
  int(1)
}
I Cannot call compact() dynamically
array(1) {
  ["x"]=>
  int(1)
}
array(1) {
  ["x"]=>
  int(1)
}
int(1)
int(1)
array(1) {
  ["x"]=>
  int(1)
}
