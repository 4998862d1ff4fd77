--TEST--
array_unique with SORT_STRING converts nested arrays to strings with a warning
--FILE--
<?php
print_r(array_unique([[1], 'Array', [2]]));
--EXPECTF--

Warning: Array to string conversion in %s on line 2

Warning: Array to string conversion in %s on line 2
Array
(
    [0] => Array
        (
            [0] => 1
        )

)
