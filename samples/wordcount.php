<?php
// Word count: split a text into words, count them in a string-keyed array, print the top ones.
$text = <<<TXT
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
A fox, a dog, and the memory manager: every word here is a zend_string,
every count lives in a HashTable bucket, and all of it comes from ZendMM.
TXT;

$counts = [];
foreach (str_word_count(strtolower($text), 1) as $word) {
    $counts[$word] = ($counts[$word] ?? 0) + 1;
}
arsort($counts);
$top = array_slice($counts, 0, 5, true);
foreach ($top as $word => $n) {
    printf("%-8s %d\n", $word, $n);
}
echo count($counts), " distinct words\n";
