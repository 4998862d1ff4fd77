--TEST--
strlen counts bytes
--FILE--
<?php
var_dump(strlen(""), strlen("abc"), strlen("héllo"), strlen("\0\0"), strlen("日本"));
--EXPECT--
int(0)
int(3)
int(6)
int(2)
int(6)
