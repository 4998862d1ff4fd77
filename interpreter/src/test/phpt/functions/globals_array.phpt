--TEST--
$GLOBALS read and write of elements (PHP 8.1 rules)
--FILE--
<?php
$x = 1;
function f() {
    $GLOBALS['x']++;
    $GLOBALS['y'] = 'new global';
    return $GLOBALS['x'];
}
echo f(), " ", $x, " ", $y, "\n";
var_dump(isset($GLOBALS['x']), isset($GLOBALS['nope']));
--EXPECT--
2 2 new global
bool(true)
bool(false)
