--TEST--
while with an assignment in the condition
--FILE--
<?php
$stack = [1, 2, 3];
while (($x = array_pop($stack)) !== null) {
    echo $x;
}
echo "\n";
--EXPECT--
321
