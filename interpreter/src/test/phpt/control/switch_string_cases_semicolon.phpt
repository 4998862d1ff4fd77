--TEST--
case may end with a semicolon; cases can be expressions
--FILE--
<?php
$x = 4;
switch (true) {
    case $x < 3;
        echo "small\n";
        break;
    case $x < 10;
        echo "medium\n";
        break;
}
--EXPECT--
medium
