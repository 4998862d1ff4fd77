--TEST--
$s{0} is a parse error in PHP 8
--FILE--
<?php
$s = "abc";
echo $s{0};
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 3
