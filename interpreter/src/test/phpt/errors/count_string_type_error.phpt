--TEST--
count() on a string or int is a TypeError
--FILE--
<?php
foreach (["abc", 5] as $v) {
    try {
        count($v);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
count(): Argument #1 ($value) must be of type Countable|array, string given
count(): Argument #1 ($value) must be of type Countable|array, int given
