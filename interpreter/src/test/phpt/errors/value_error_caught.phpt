--TEST--
ValueError messages of builtins used by the corpus
--FILE--
<?php
try { str_repeat("x", -1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { range(1, 2, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { array_combine([1], [1, 2]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
range(): Argument #3 ($step) must not exceed the specified range
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
