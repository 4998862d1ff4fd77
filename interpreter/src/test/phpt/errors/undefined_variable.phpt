--TEST--
reading an undefined variable warns and reads null
--FILE--
<?php
echo $nope;
var_dump($nope + 1);
$u++;
var_dump($u);
--EXPECTF--

Warning: Undefined variable $nope in %s on line 2

Warning: Undefined variable $nope in %s on line 3
int(1)

Warning: Undefined variable $u in %s on line 4
int(1)
