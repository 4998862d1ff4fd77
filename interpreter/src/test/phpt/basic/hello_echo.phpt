--TEST--
echo a string literal
--FILE--
<?php
echo "Hello, World!\n";
--EXPECT--
Hello, World!
