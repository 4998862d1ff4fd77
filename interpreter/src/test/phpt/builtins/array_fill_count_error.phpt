--TEST--
array_fill with a negative count throws ValueError
--FILE--
<?php
array_fill(0, -1, 'x');
--EXPECTF--

Fatal error: Uncaught ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): array_fill(0, -1, 'x')
#1 {main}
  thrown in %s on line 2
