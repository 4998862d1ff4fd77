--TEST--
func_num_args() in the global scope throws Error
--FILE--
<?php
func_num_args();
--EXPECTF--
Fatal error: Uncaught Error: func_num_args() must be called from a function context in %s:2
Stack trace:
#0 %s(2): func_num_args()
#1 {main}
  thrown in %s on line 2
