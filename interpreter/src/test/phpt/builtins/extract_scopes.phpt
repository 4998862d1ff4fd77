--TEST--
extract()/compact(): named arguments, variables that are not CVs kept with the frame, exceptions, closures
--FILE--
<?php
function f() {
    $a = ['k' => 1, 'j' => 2];
    var_dump(extract(array: $a), $k);
    var_dump(extract($a, prefix: 'p', flags: EXTR_PREFIX_ALL), $p_k);
    var_dump(compact(var_name: 'k'));
    extract(['zz' => 1]);
    var_dump(compact('zz'));
    var_dump(extract(['zz' => 2], EXTR_SKIP), compact('zz'));
    try { throw new Exception("x"); } catch (Exception $e) {}
    return 1;
}
f(); f();
function thrower() { extract(['tmp' => [1,2,3], 'tmp2' => 'str' . mt_rand(1,1)]); throw new Exception("boom"); }
try { thrower(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$cl = function() { extract(['inner' => 1]); return compact('inner'); };
var_dump($cl());
--EXPECT--
int(2)
int(1)
int(2)
int(1)
array(1) {
  ["k"]=>
  int(1)
}
array(1) {
  ["zz"]=>
  int(1)
}
int(0)
array(1) {
  ["zz"]=>
  int(1)
}
int(2)
int(1)
int(2)
int(1)
array(1) {
  ["k"]=>
  int(1)
}
array(1) {
  ["zz"]=>
  int(1)
}
int(0)
array(1) {
  ["zz"]=>
  int(1)
}
boom
array(1) {
  ["inner"]=>
  int(1)
}
