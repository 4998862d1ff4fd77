--TEST--
array_map, array_filter, array_reduce and the others when the callback throws
--FILE--
<?php
// a callback that throws: array_map, array_filter and array_reduce drop the result they were
// building (RETURN_NULL() after zend_array_destroy), the others leave their array as it is
function s($n) { return str_repeat("s", $n); }
function f($m) { throw new Exception($m); }
$a = [s(1), s(2), s(3)];
try { $x = array_map(fn($v) => $v == "ss" ? f("map") : s(4), $a); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $x = array_map(fn($v, $w) => $v == "ss" ? f("map of two") : s(4), $a, $a); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $x = array_filter($a, fn($v) => $v == "ss" ? f("filter") : true); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $x = array_filter(["k" => s(1), "l" => s(2)], fn($k) => $k == "l" ? f("filter keys") : true, ARRAY_FILTER_USE_KEY); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $x = array_filter(["k" => s(1), "l" => s(2)], fn($v, $k) => $k == "l" ? f("filter both") : true, ARRAY_FILTER_USE_BOTH); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $x = array_reduce($a, fn($c, $v) => $v == "sss" ? f("reduce") : $c . $v, s(2)); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { array_walk($a, function (&$v) { $v .= "w"; if ($v == "ssw") f("walk"); }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $b = $a; usort($b, fn($x, $y) => f("usort")); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $b = $a; uksort($b, fn($x, $y) => f("uksort")); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $x = call_user_func_array(fn(...$x) => f("call_user_func_array"), [s(1), s(2)]); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($a, isset($x));
--EXPECT--
map
map of two
filter
filter keys
filter both
reduce
walk
usort
uksort
call_user_func_array
array(3) {
  [0]=>
  string(2) "sw"
  [1]=>
  string(3) "ssw"
  [2]=>
  string(3) "sss"
}
bool(false)
