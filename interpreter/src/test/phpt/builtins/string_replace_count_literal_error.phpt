--TEST--
a literal for str_replace()'s $count cannot be passed by reference
--FILE--
<?php
echo str_replace("a", "b", "abc", 5), "\n";
--EXPECTF--

Fatal error: Uncaught Error: str_replace(): Argument #4 ($count) cannot be passed by reference in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
