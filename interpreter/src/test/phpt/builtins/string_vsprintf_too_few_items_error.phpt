--TEST--
vsprintf() with too few array items is a ValueError
--FILE--
<?php
echo vsprintf("%d %s", [1, "a"]), "\n";
echo vsprintf("%s %s", [1]), "\n";
--EXPECTF--
1 a

Fatal error: Uncaught ValueError: The arguments array must contain 2 items, 1 given in %s:3
Stack trace:
#0 %s(3): vsprintf('%s %s', Array)
#1 {main}
  thrown in %s on line 3
