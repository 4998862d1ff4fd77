<?php
// Fragmentation after unset: fill the heap with 100-byte strings (160-byte bin), free every other
// one, then ask for 200-byte strings (256-byte bin). The freed slots cannot serve the new size, so
// ZendMM takes new pages while half the old ones sit empty; gc_mem_caches() shows what it can return.
$small = [];
for ($i = 0; $i < 50000; $i++) {
    $small[] = str_repeat('s', 100);
}
echo "filled:    usage ", memory_get_usage(), ", real ", memory_get_usage(true), "\n";
for ($i = 0; $i < 50000; $i += 2) {
    unset($small[$i]);
}
echo "unset:     usage ", memory_get_usage(), ", real ", memory_get_usage(true), "\n";
$big = [];
for ($i = 0; $i < 25000; $i++) {
    $big[] = str_repeat('b', 200);
}
echo "refilled:  usage ", memory_get_usage(), ", real ", memory_get_usage(true), "\n";
echo "gc_mem_caches() returned ", gc_mem_caches(), " bytes\n";
