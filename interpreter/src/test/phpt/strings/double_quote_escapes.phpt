--TEST--
all double-quote escape sequences
--FILE--
<?php
$s = "\n\t\r\v\e\f\\\$\"\0";
echo strlen($s), "\n";
for ($i = 0; $i < strlen($s); $i++) echo ord($s[$i]), " ";
echo "\n";
--EXPECT--
10
10 9 13 11 27 12 92 36 34 0
