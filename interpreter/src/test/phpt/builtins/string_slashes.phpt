--TEST--
addslashes and stripslashes
--FILE--
<?php
var_dump(addslashes("O'Reilly \"quoted\" back\\slash"), bin2hex(addslashes("nul\0byte")), addslashes(""), addslashes("plain"));
var_dump(stripslashes("O\\'Reilly \\\"q\\\" b\\\\s"), bin2hex(stripslashes("a\\0b")), stripslashes("trailing\\"), stripslashes("\\x\\y"), stripslashes(""));
var_dump(stripslashes(addslashes("it's \"fine\"\\")));
--EXPECT--
string(32) "O\'Reilly \"quoted\" back\\slash"
string(18) "6e756c5c3062797465"
string(0) ""
string(5) "plain"
string(16) "O'Reilly "q" b\s"
string(6) "610062"
string(8) "trailing"
string(2) "xy"
string(0) ""
string(12) "it's "fine"\"
