--TEST--
declare(strict_types=1) applies to builtins called from the file: no coercion (int to float allowed), TypeErrors with php's messages; callbacks a builtin makes stay weak
--FILE--
<?php
declare(strict_types=1);
foreach ([fn() => strlen(123), fn() => str_repeat("x", "3"), fn() => round("1.5"), fn() => sqrt(4), fn() => str_pad("a", 3, 1),
          fn() => strlen(null), fn() => abs(true)] as $f) {
    try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(array_map('strlen', ['ab', 'c']));
var_dump(array_map('intval', ['12', 3.5]));
var_dump(abs("-3"), abs(-2.5), abs(PHP_INT_MIN));
--EXPECTF--
strlen(): Argument #1 ($string) must be of type string, int given
str_repeat(): Argument #2 ($times) must be of type int, string given
round(): Argument #1 ($num) must be of type int|float, string given
float(2)
str_pad(): Argument #3 ($pad_string) must be of type string, int given
strlen(): Argument #1 ($string) must be of type string, null given
abs(): Argument #1 ($num) must be of type int|float, bool given
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(1)
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  int(3)
}

Fatal error: Uncaught TypeError: abs(): Argument #1 ($num) must be of type int|float, string given in %s:9
Stack trace:
#0 %s(9): abs('-3')
#1 {main}
  thrown in %s on line 9
