<?php
// Huge blocks: strings over 2 MB get a mapping of their own (ZendMM: page-rounded + a 24-byte
// list node; glibc: mmap above its threshold). Real memory follows them up and back down.
$blocks = [];
foreach ([3, 5, 8] as $mb) {
    $blocks[] = str_repeat('h', $mb * 1048576);
    echo $mb, " MB string: usage ", memory_get_usage(), ", real ", memory_get_usage(true), "\n";
}
unset($blocks);
echo "freed:       usage ", memory_get_usage(), ", real ", memory_get_usage(true), "\n";
