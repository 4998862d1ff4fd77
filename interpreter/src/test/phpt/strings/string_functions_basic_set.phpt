--TEST--
the few string builtins the corpus relies on: strlen, str_repeat, implode, ord, chr
--FILE--
<?php
var_dump(ord("A"), chr(66), ord(""), chr(256 + 65), chr(-1) === "\xFF");
--EXPECT--
int(65)
string(1) "B"
int(0)
string(1) "A"
bool(true)
