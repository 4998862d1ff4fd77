--TEST--
== on arrays ignores key order, === does not
--FILE--
<?php
$a = ['x' => 1, 'y' => 2];
$b = ['y' => 2, 'x' => 1];
var_dump($a == $b, $a === $b, $a != $b, $a !== $b);
var_dump([1, 2, 3] == [1, 2, 3], ["1"] == [1], ["1"] === [1]);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
