--TEST--
casts and type functions on objects: gettype, get_debug_type, is_object, (bool), (int)/(float) with a warning, (array), settype
--FILE--
<?php
$f = function () {};
$e = new LengthException("m");
var_dump(gettype($f), gettype($e), get_debug_type($f), get_debug_type($e));
var_dump(is_object($f), is_object($e), is_object([]), is_object(null));
var_dump((bool) $f, boolval($e), !$f);
var_dump((int) $f, intval($e), (float) $f, floatval($e));
var_dump(is_scalar($f), is_numeric($f), is_callable($f), is_callable($e));
var_dump((array) $f);
$x = $f;
settype($x, "bool");
var_dump($x);
$x = $f;
settype($x, "integer");
var_dump($x);
$x = $e;
settype($x, "float");
var_dump($x);
$x = $f;
settype($x, "array");
var_dump(count($x), $x[0] === $f);
$x = $f;
settype($x, "object");
var_dump($x === $f);
$x = $f;
settype($x, "null");
var_dump($x);
--EXPECTF--
string(6) "object"
string(6) "object"
string(7) "Closure"
string(15) "LengthException"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)

Warning: Object of class Closure could not be converted to int in %s on line 7

Warning: Object of class LengthException could not be converted to int in %s on line 7

Warning: Object of class Closure could not be converted to float in %s on line 7

Warning: Object of class LengthException could not be converted to float in %s on line 7
int(1)
int(1)
float(1)
float(1)
bool(false)
bool(false)
bool(true)
bool(false)
array(1) {
  [0]=>
  object(Closure)#1 (0) {
  }
}
bool(true)

Warning: Object of class Closure could not be converted to int in %s on line 14
int(1)

Warning: Object of class LengthException could not be converted to float in %s on line 17
float(1)
int(1)
bool(true)
bool(true)
NULL
