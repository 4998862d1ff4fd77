--TEST--
single quotes only escape \' and \\
--FILE--
<?php
echo 'It\'s a \\ backslash', "\n";
echo 'no \n newline \t tab \x41 $var', "\n";
echo 'trailing \\', "\n";
echo 'lone \ backslash', "\n";
--EXPECT--
It's a \ backslash
no \n newline \t tab \x41 $var
trailing \
lone \ backslash
