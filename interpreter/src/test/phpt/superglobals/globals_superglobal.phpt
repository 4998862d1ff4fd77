--TEST--
$GLOBALS lists globals; whole-array write is a compile error in 8.1+
--FILE--
<?php
$mine = 'value';
var_dump(array_key_exists('mine', $GLOBALS), $GLOBALS['mine'], isset($GLOBALS['GLOBALS']));
--EXPECT--
bool(true)
string(5) "value"
bool(false)
