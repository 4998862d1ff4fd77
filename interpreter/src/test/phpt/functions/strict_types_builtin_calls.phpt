--TEST--
strict_types also applies to calls of builtin functions
--FILE--
<?php
declare(strict_types=1);
try {
    echo strlen(123);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo str_repeat("x", "3");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
strlen(): Argument #1 ($string) must be of type string, int given
str_repeat(): Argument #2 ($times) must be of type int, string given
