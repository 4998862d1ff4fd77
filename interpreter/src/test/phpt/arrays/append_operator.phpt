--TEST--
$a[] = appends at max int key + 1
--FILE--
<?php
$a = [];
$a[] = 'first';
$a[] = 'second';
$a[10] = 'ten';
$a[] = 'eleven';
$a['s'] = 'str';
$a[] = 'twelve';
print_r($a);
--EXPECT--
Array
(
    [0] => first
    [1] => second
    [10] => ten
    [11] => eleven
    [s] => str
    [12] => twelve
)
