--TEST--
++ on a string offset is an Error
--FILE--
<?php
$s = "abc";
try {
    $s[0]++;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    $r = &$s[0];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Cannot increment/decrement string offsets
Cannot create references to/from string offsets
