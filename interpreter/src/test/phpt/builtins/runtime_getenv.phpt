--TEST--
getenv() of set, empty and unset variables; getenv() without a name returns the environment
--ENV--
JZEND_RT_VAR=some value
JZEND_RT_EMPTY=
--FILE--
<?php
var_dump(getenv('JZEND_RT_VAR'), getenv('JZEND_RT_EMPTY'), getenv('JZEND_RT_SURELY_UNSET'), getenv('JZEND_RT_VAR', true));
$all = getenv();
var_dump(is_array($all), $all['JZEND_RT_VAR'], isset($all['JZEND_RT_SURELY_UNSET']));
--EXPECT--
string(10) "some value"
string(0) ""
bool(false)
string(10) "some value"
bool(true)
string(10) "some value"
bool(false)
