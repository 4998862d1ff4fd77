--TEST--
the newline before the closing marker is not part of the string
--FILE--
<?php
$s = <<<EOT
line1
line2

EOT;
var_dump($s);
--EXPECT--
string(12) "line1
line2
"
