<?php
// Many small strings: 100,000 strings of 1 to 45 bytes, kept in an array.
// Profile: almost every allocation is a zend_string in the smallest bins (32, 40, 48, 56, 64, 80 B).
$words = [];
for ($i = 0; $i < 100000; $i++) {
    $words[] = str_repeat('a', $i % 40) . $i;
}
echo count($words), " strings, memory_get_usage() = ", memory_get_usage(), "\n";
