--TEST--
modifying the loop counter inside a for loop
--FILE--
<?php
for ($i = 0; $i < 10; $i++) {
    echo $i;
    $i += 2;
}
echo "\n";
--EXPECT--
0369
