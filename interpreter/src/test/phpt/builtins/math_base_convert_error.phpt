--TEST--
base_convert() with a base outside 2..36 throws ValueError
--FILE--
<?php
echo base_convert("10", 10, 36), "\n";
base_convert("10", 10, 37);
--EXPECTF--
a

Fatal error: Uncaught ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive) in %s:3
Stack trace:
#0 %s(3): base_convert('10', 10, 37)
#1 {main}
  thrown in %s on line 3
