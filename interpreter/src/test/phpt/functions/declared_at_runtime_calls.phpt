--TEST--
functions declared in blocks and function bodies are bound when reached; calls to them go by name, with their by-reference parameters, and an undefined one throws before its arguments
--FILE--
<?php
function a($x) { return b($x) . "!"; }
if (PHP_INT_SIZE == 8) {
    function b(&$y) { $y .= "+"; return "b$y"; }
} else {
    function b($y) { return "other"; }
}
$v = "v";
echo a($v), " ", $v, "\n";
echo b($v), " ", $v, "\n";
echo B(y: $v), " ", $v, "\n";
var_dump(function_exists('b'), is_callable('b'), function_exists('c'));
function outer() {
    if (!function_exists('c')) {
        function c($n) { return $n * 10; }
    }
}
outer();
outer();
echo implode(",", array_map('c', [1, 2])), "\n";
try {
    d(print("argument evaluated\n"));
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bv+! v
bv+ v+
bv++ v++
bool(true)
bool(true)
bool(false)
10,20
Call to undefined function d()
