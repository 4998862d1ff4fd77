--TEST--
strlen() compiled inline (ZEND_STRLEN): strings, references, scalars measured as strings, null deprecated, arrays a TypeError without a frame in the trace; by name and as a callback it stays a call
--FILE--
<?php
$s = "hello"; $r = &$s; $n = null;
var_dump(strlen("abc"), strlen($s), strlen($r), strlen(12345), strlen(1.5), strlen(true), strlen(false), strlen($n), strlen("a" . "bc"));
var_dump(strlen(...)("xy"), call_user_func('strlen', 'abcd'), array_map('strlen', ['a', 'bb']));
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo strlen($undef), "\n";
function f() { return strlen(s: "named"); }
echo f(), "\n";
strlen([1]);
--EXPECTF--

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 3
int(3)
int(5)
int(5)
int(5)
int(3)
int(1)
int(0)
int(0)
int(3)
int(2)
int(4)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
strlen(): Argument #1 ($string) must be of type string, array given

Warning: Undefined variable $undef in %s on line 6

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 6
0

Fatal error: Uncaught Error: Unknown named parameter $s in %s:7
Stack trace:
#0 %s(8): f()
#1 {main}
  thrown in %s on line 7
