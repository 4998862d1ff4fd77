--TEST--
switch with fallthrough and default
--FILE--
<?php
foreach ([1, 2, 3, 9] as $n) {
    switch ($n) {
        case 1:
            echo "one ";
        case 2:
            echo "one-or-two ";
            break;
        case 3:
            echo "three ";
            break;
        default:
            echo "other ";
    }
    echo "\n";
}
--EXPECT--
one one-or-two 
one-or-two 
three 
other
