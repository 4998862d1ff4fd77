--TEST--
array type declaration
--FILE--
<?php
function total(array $xs): int { return count($xs); }
echo total([1, 2]), "\n";
try {
    total("not array");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
2
total(): Argument #1 ($xs) must be of type array, string given, called in %s on line 5
