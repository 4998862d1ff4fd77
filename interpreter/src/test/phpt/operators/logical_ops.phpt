--TEST--
&& || ! and or xor return bools
--FILE--
<?php
var_dump(1 && "a", 0 || "", !0, !"0", !"a");
var_dump(true xor true, true xor false, true and false, false or true);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
