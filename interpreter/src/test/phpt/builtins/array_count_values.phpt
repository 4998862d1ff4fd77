--TEST--
array_count_values: counts ints and strings, warns on other values
--FILE--
<?php
print_r(array_count_values(['a', 'b', 'a', 1, '1', 'A', 1]));
print_r(array_count_values([1.5, true, null, 'x']));
print_r(array_count_values([]));
--EXPECTF--
Array
(
    [a] => 2
    [b] => 1
    [1] => 3
    [A] => 1
)

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 3

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 3

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 3
Array
(
    [x] => 1
)
Array
(
)
