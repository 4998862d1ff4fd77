--TEST--
isset with several arguments and nested keys
--FILE--
<?php
$a = ['x' => ['y' => 1]];
$b = 2;
var_dump(isset($a, $b), isset($a, $c), isset($a['x']['y']), isset($a['x']['z']), isset($a['q']['y']));
$s = "abc";
var_dump(isset($s[1]), isset($s['x']), isset($s[1][0]));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
