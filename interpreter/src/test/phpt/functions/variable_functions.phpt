--TEST--
calling functions through a string variable (case-insensitive)
--FILE--
<?php
function hello($who) { return "hello $who"; }
$f = 'hello';
echo $f('a'), "\n";
$g = 'HELLO';
echo $g('b'), "\n";
$h = 'strlen';
echo $h('four'), "\n";
try {
    $u = 'nope';
    $u();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
hello a
hello b
4
Error: Call to undefined function nope()
