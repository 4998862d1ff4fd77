--TEST--
str_pad() with an unknown pad type is a ValueError
--FILE--
<?php
echo str_pad("a", 3, " ", STR_PAD_BOTH), "|\n";
echo str_pad("a", 3, " ", 3), "\n";
--EXPECTF--
 a |

Fatal error: Uncaught ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH in %s:3
Stack trace:
#0 %s(3): str_pad('a', 3, ' ', 3)
#1 {main}
  thrown in %s on line 3
