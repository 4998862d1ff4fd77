--TEST--
decimal, hex, octal (0 and 0o), binary literals and underscores
--FILE--
<?php
var_dump(0x1A, 0X1a, 017, 0o17, 0O17, 0b101, 0B11, 1_000_000);
--EXPECT--
int(26)
int(26)
int(15)
int(15)
int(15)
int(5)
int(3)
int(1000000)
