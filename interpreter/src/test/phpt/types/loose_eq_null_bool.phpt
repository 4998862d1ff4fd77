--TEST--
loose comparison with null and booleans
--FILE--
<?php
var_dump(null == 0, null == "", null == "0", null == [], null == false);
var_dump(true == "a", true == "0", false == "0", false == "", false == "0.0");
var_dump(true == 2, true == [0], false == []);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
