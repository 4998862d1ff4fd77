--TEST--
destructuring a non-array silently assigns null
--FILE--
<?php
[$a, $b] = 42;
var_dump($a, $b);
[$c] = null;
var_dump($c);
--EXPECT--
NULL
NULL
NULL
