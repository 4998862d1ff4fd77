<?php
// memory_limit: run with  -d memory_limit=8M . The array of 200,000 strings needs about 40 MB:
// ZendMM stops the script with "Allowed memory size ... exhausted" when it needs a chunk beyond
// the limit. Under USE_ZEND_ALLOC=0 (plain malloc) PHP does not enforce the limit: the loop ends.
$rows = [];
for ($i = 0; $i < 200000; $i++) {
    $rows[] = str_repeat('r', 100) . $i;
}
echo "done: ", count($rows), " rows, usage ", memory_get_usage(), "\n";
