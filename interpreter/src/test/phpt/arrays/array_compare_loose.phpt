--TEST--
== on arrays with numeric-string values
--FILE--
<?php
var_dump(['1', '2'] == [1, 2], ['a' => '1e1'] == ['a' => '10'], [null] == [false], [0] == ['a']);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
