--TEST--
true/false/null are case-insensitive keywords, INF/NAN are constants
--FILE--
<?php
var_dump(tRuE, FALSE, nUlL, INF > PHP_FLOAT_MAX, is_nan(NAN));
--EXPECT--
bool(true)
bool(false)
NULL
bool(true)
bool(true)
