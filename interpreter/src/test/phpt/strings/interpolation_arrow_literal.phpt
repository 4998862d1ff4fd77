--TEST--
"$x->$y" with no property name after -> is literal text
--FILE--
<?php
$from = 'A';
$to = 'B';
echo "$from->$to\n";
echo "$from-$to\n";
--EXPECT--
A->B
A-B
