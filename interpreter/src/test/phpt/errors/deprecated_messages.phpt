--TEST--
a selection of 8.1/8.2 deprecations
--FILE--
<?php
$s = "abc";
echo "${s}\n";
$f = false;
$f[] = 1;
echo strlen(null), "\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3
abc

Deprecated: Automatic conversion of false to array is deprecated in %s on line 5

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 6
0
