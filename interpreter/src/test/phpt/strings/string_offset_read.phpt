--TEST--
reading string offsets, positive and negative
--FILE--
<?php
$s = "abcdef";
var_dump($s[0], $s[5], $s[-1], $s[-6]);
--EXPECT--
string(1) "a"
string(1) "f"
string(1) "f"
string(1) "a"
