--TEST--
{\$ prints a literal {$
--FILE--
<?php
$x = 1;
echo "{\$x} = {$x}\n";
echo "\{$x}\n";
--EXPECT--
{$x} = 1
\{1}
