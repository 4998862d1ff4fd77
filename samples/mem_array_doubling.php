<?php
// A big array grown by doubling: 1,000,000 ints appended with $a[] = $i. The packed data
// (16 bytes a slot) doubles 8 -> 16 -> ... -> 1,048,576 slots: a few dozen allocations in all,
// from small bins through page runs to huge blocks of 4, 8 and 16 MB.
$a = [];
for ($i = 0; $i < 1000000; $i++) {
    $a[] = $i;
}
echo count($a), " elements, memory_get_usage() = ", memory_get_usage(), "\n";
