--TEST--
empty array is falsy; non-empty truthy
--FILE--
<?php
var_dump(empty([]), (bool)[0], [] ? 'y' : 'n', [null] ? 'y' : 'n');
--EXPECT--
bool(true)
bool(true)
string(1) "n"
string(1) "y"
