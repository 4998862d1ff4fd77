--TEST--
restore_error_handler goes back to the handler before, then to none
--FILE--
<?php
function first($no, $str) { echo "first: $str\n"; return true; }
function second($no, $str) { echo "second: $str\n"; return true; }
set_error_handler("first");
set_error_handler("second");
trigger_error("one");
var_dump(restore_error_handler());
trigger_error("two");
var_dump(restore_error_handler());
trigger_error("three");
var_dump(restore_error_handler());
echo "end\n";
--EXPECTF--
second: one
bool(true)
first: two
bool(true)

Notice: three in %s on line 10
bool(true)
end
