<?php
// One string grown a byte at a time: 300,000 appends with .=, each one a realloc of the string.
// Profile: ZendMM keeps the block while it fits its bin, then grows page runs in place; malloc
// reallocates by its own rules. Same requests, different granted sizes and real memory.
$s = '';
for ($i = 0; $i < 300000; $i++) {
    $s .= 'x';
}
echo strlen($s), " bytes, memory_get_usage() = ", memory_get_usage(), "\n";
