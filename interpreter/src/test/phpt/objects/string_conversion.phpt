--TEST--
objects as strings: a Closure cannot be converted (Error), a Throwable gives its __toString()
--FILE--
<?php
function attempt(callable $c) {
    try {
        var_dump($c());
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$f = function () {};
attempt(function () use ($f) { echo $f; });
attempt(function () use ($f) { return "x" . $f; });
attempt(function () use ($f) { return "in $f string"; });
attempt(function () use ($f) { return (string) $f; });
attempt(function () use ($f) { return strval($f); });
attempt(function () use ($f) { return sprintf("%s", $f); });
attempt(function () use ($f) { return sprintf("%d|%.1f", $f, $f); });
attempt(function () use ($f) { return implode(",", [$f]); });
attempt(function () use ($f) { return str_repeat($f, 2); });
attempt(function () use ($f) { return strlen($f); });
attempt(function () use ($f) { $x = $f; try { settype($x, "string"); } finally { var_dump($x); } });
$e = new Exception("shown");
$s = "[" . $e . "]";
var_dump(strlen($s) > 20, $s === "[" . $e->__toString() . "]");
echo str_replace(__FILE__, "FILE", sprintf("%s", $e)), "\n";
--EXPECTF--
Error: Object of class Closure could not be converted to string
Error: Object of class Closure could not be converted to string
Error: Object of class Closure could not be converted to string
Error: Object of class Closure could not be converted to string
Error: Object of class Closure could not be converted to string
Error: Object of class Closure could not be converted to string

Warning: Object of class Closure could not be converted to int in %s on line 16

Warning: Object of class Closure could not be converted to float in %s on line 16
string(5) "1|1.0"
Error: Object of class Closure could not be converted to string
TypeError: str_repeat(): Argument #1 ($string) must be of type string, Closure given
TypeError: strlen(): Argument #1 ($string) must be of type string, Closure given
string(0) ""
Error: Object of class Closure could not be converted to string
bool(true)
bool(true)
Exception: shown in FILE:21
Stack trace:
#0 {main}
