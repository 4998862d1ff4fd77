<?php
// mt.tsv: seed | mode | op | result   (ops run in file order after each "seed" row)
require __DIR__ . '/gen_common.php';
$ops = ['mt_rand', 'mt_rand 1 6', 'mt_rand 1 100', 'mt_rand 0 ' . PHP_INT_MAX, 'mt_rand ' . PHP_INT_MIN . ' ' . PHP_INT_MAX, 'mt_rand -1000 1000',
  'rand 10 1', 'rand', 'rand 0 4294967295', 'rand 0 4294967296', 'mt_rand 0 2147483647', 'mt_rand 5 5', 'mt_rand 0 99999999999',
  'shuffle 10', 'shuffle 1', 'shuffle 50', 'str_shuffle abcdefghij', 'array_rand 10 1', 'array_rand 10 3', 'array_rand 10 8', 'array_rand 100 50'];
foreach ([0, 1, 5, 42, 12345, -1, PHP_INT_MAX, 4294967301, -987654321] as $seed) {
    foreach ([MT_RAND_MT19937, MT_RAND_PHP] as $mode) {
        mt_srand($seed, $mode);
        row('seed', $seed, $mode);
        for ($k = 0; $k < 60; $k++) {
            $op = $ops[$k % count($ops)];
            $p = explode(' ', $op);
            switch ($p[0]) {
                case 'mt_rand': $r = count($p) == 1 ? mt_rand() : mt_rand((int)$p[1], (int)$p[2]); break;
                case 'rand': $r = count($p) == 1 ? rand() : rand((int)$p[1], (int)$p[2]); break;
                case 'shuffle': $a = range(0, (int)$p[1] - 1); shuffle($a); $r = implode(',', $a); break;
                case 'str_shuffle': $r = str_shuffle($p[1]); break;
                case 'array_rand': $r = array_rand(range(0, (int)$p[1] - 1), (int)$p[2]); $r = is_array($r) ? implode(',', $r) : $r; break;
            }
            row('op', $op, $r);
        }
    }
}
