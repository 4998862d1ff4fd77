--TEST--
unset does not lower the next free index
--FILE--
<?php
$a = [1, 2, 3];
unset($a[2]);
$a[] = 'new';
print_r($a);
unset($a[0], $a[1], $a[3]);
$a[] = 'again';
print_r($a);
--EXPECT--
Array
(
    [0] => 1
    [1] => 2
    [3] => new
)
Array
(
    [4] => again
)
