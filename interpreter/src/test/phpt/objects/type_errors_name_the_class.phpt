--TEST--
type errors name an object by its class (zend_zval_type_name)
--FILE--
<?php
function attempt(callable $c) {
    try {
        var_dump($c());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function takesInt(int $x) {
}
$f = function () {};
attempt(function () use ($f) { return abs($f); });
attempt(function () use ($f) { return max($f); });
attempt(function () use ($f) { return implode(",", $f); });
attempt(function () use ($f) { return array_map(null, $f); });
attempt(function () use ($f) { return extract($f); });
attempt(function () use ($f) { return takesInt($f); });
attempt(function () use ($f) { return match ($f) { 1 => 2 }; });
attempt(function () use ($f) { return compact($f); });
attempt(function () use ($f) { return ini_set("precision", $f); });
attempt(function () use ($f) { return get_class($f); });
attempt(function () { return get_class(1); });
--EXPECTF--
TypeError: abs(): Argument #1 ($num) must be of type int|float, Closure given
TypeError: max(): Argument #1 ($value) must be of type array, Closure given
TypeError: implode(): Argument #2 ($array) must be of type ?array, Closure given
TypeError: array_map(): Argument #2 ($array) must be of type array, Closure given
TypeError: extract(): Argument #1 ($array) must be of type array, Closure given
TypeError: takesInt(): Argument #1 ($x) must be of type int, Closure given, called in %s on line 17
UnhandledMatchError: Unhandled match case of type Closure

Warning: compact(): Argument #1 must be string or array of strings, Closure given in %s on line 19
array(0) {
}
TypeError: ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null
string(7) "Closure"
TypeError: get_class(): Argument #1 ($object) must be of type object, int given
