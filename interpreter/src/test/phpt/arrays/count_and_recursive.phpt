--TEST--
count and count(..., COUNT_RECURSIVE)
--FILE--
<?php
$a = [1, [2, 3], [4, [5, 6]]];
var_dump(count($a), count($a, COUNT_RECURSIVE), count([]));
try {
    count(null);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
int(3)
int(9)
int(0)
count(): Argument #1 ($value) must be of type Countable|array, null given
