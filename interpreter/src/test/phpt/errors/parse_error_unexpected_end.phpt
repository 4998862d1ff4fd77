--TEST--
parse error: unexpected end of file
--FILE--
<?php
if (true) {
    echo "x";
--EXPECTF--
Parse error: Unclosed '{' on line 2 in %s on line 4
