--TEST--
the loop variables keep their last values after foreach
--FILE--
<?php
foreach (['a' => 1, 'b' => 2] as $k => $v) {}
var_dump($k, $v);
--EXPECT--
string(1) "b"
int(2)
