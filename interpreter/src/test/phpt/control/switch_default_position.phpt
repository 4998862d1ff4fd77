--TEST--
default may appear anywhere and is used only when nothing matches
--FILE--
<?php
foreach ([1, 5] as $n) {
    switch ($n) {
        default:
            echo "default ";
        case 1:
            echo "one ";
    }
    echo "\n";
}
--EXPECT--
one 
default one
