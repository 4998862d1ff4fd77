--TEST--
errors of the by-reference array builtins (non-array, bad flags, full array), caught
--FILE--
<?php
$s = "str";
try { sort($s); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { ksort($s, SORT_STRING); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$n = null;
try { array_push($n, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_pop($n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { shuffle($n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a = [3, 1];
try { sort($a, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a);
try { array_splice($a, "y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$full = [PHP_INT_MAX => 'last'];
try { array_push($full, 'more'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($full);
var_dump(sort($a, 12345), $a);
--EXPECT--
sort(): Argument #1 ($array) must be of type array, string given
ksort(): Argument #1 ($array) must be of type array, string given
array_push(): Argument #1 ($array) must be of type array, null given
array_pop(): Argument #1 ($array) must be of type array, null given
shuffle(): Argument #1 ($array) must be of type array, null given
sort(): Argument #2 ($flags) must be of type int, string given
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}
array_splice(): Argument #2 ($offset) must be of type int, string given
Error: Cannot add element to the array as the next element is already occupied
array(1) {
  [9223372036854775807]=>
  string(4) "last"
}
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
