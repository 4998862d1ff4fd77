--TEST--
blocks do not create a variable scope
--FILE--
<?php
{
    $inner = "visible";
}
if (true) { $x = 5; }
echo $inner, " ", $x, "\n";
--EXPECT--
visible 5
