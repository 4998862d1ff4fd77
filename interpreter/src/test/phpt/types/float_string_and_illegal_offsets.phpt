--TEST--
float-strings converted to int parameters deprecate as float-string; illegal offsets in reads, ?? and isset() with php's two messages
--FILE--
<?php function i(int $x) { return $x; } var_dump(i("1.5"), i(" 2.0"), str_repeat("x", "2.5"), str_repeat("y", "1e1"));  $a = [1]; try { echo $a[[1]]; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } try { echo $a[[1]] ?? 0; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
 $u = [1]; var_dump($u[$undef] ?? "d", isset($u[$undef2]));

$a = [1]; try { var_dump(isset($a[[]])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } try { var_dump(empty($a[[]])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

--EXPECTF--

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 1

Deprecated: Implicit conversion from float-string "2.5" to int loses precision in %s on line 1
int(1)
int(2)
string(2) "xx"
string(10) "yyyyyyyyyy"
Illegal offset type
Illegal offset type

Warning: Undefined variable $undef in %s on line 2

Warning: Undefined variable $undef2 in %s on line 2
string(1) "d"
bool(false)
Illegal offset type in isset or empty
Illegal offset type in isset or empty
