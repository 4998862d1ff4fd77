--TEST--
print is an expression that returns 1
--FILE--
<?php
$r = print "hello\n";
var_dump($r);
print("paren\n");
echo print "nested", "\n";
--EXPECT--
hello
int(1)
paren
nested1
