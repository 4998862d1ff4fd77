--TEST--
implode() type errors for each argument shape, one-argument form, scalars
--FILE--
<?php
try { implode("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { implode(["a"], ["b"]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { implode(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo implode(["a", "b"]), implode(["x"]), "\n";
echo implode(", ", [true, false, null, 1.5, -3]), "\n";
--EXPECT--
implode(): Argument #1 ($array) must be of type array, string given
implode(): Argument #1 ($separator) must be of type string, array given
implode(): Argument #1 ($array) must be of type array, string given
abx
1, , , 1.5, -3
