--TEST--
substr, urlencode, trim and wordwrap result sizes across lengths
--ALLOCATOR--
zendmm
--FILE--
<?php
$s = "abcdefghijklmnopqrstuvwxyz0123456789";
$a = []; $b = []; $c = []; $d = [];
for ($i = 0; $i < 20; $i++) { $a[] = 0; $b[] = 0; $c[] = 0; $d[] = 0; }
$keep = []; for ($i = 0; $i < 20; $i++) $keep[] = 0;
for ($i = 2; $i < 20; $i++) { $x = substr($s, 0, $i); $m = memory_get_usage(); $keep[$i] = substr($x, 1); $a[$i] = memory_get_usage() - $m; }
$keep = []; for ($i = 0; $i < 20; $i++) $keep[] = 0;
for ($i = 2; $i < 20; $i++) { $x = substr($s, 0, $i); $m = memory_get_usage(); $keep[$i] = urlencode($x); $b[$i] = memory_get_usage() - $m; }
$keep = []; for ($i = 0; $i < 20; $i++) $keep[] = 0;
for ($i = 2; $i < 20; $i++) { $x = substr($s, 0, $i); $m = memory_get_usage(); $keep[$i] = trim(" $x "); $c[$i] = memory_get_usage() - $m; }
$keep = []; for ($i = 0; $i < 20; $i++) $keep[] = 0;
for ($i = 2; $i < 20; $i++) { $x = substr($s, 0, $i); $m = memory_get_usage(); $keep[$i] = wordwrap("$x $x", 3, "--"); $d[$i] = memory_get_usage() - $m; }
echo implode(" ", $a), "\n", implode(" ", $b), "\n", implode(" ", $c), "\n", implode(" ", $d), "\n";
--EXPECT--
0 0 0 40 40 40 40 40 40 40 48 48 48 48 48 48 48 48 56 56
0 0 40 40 40 40 40 40 40 48 48 48 48 48 48 48 48 56 56 56
0 0 32 32 32 32 32 32 40 40 40 40 40 40 40 40 48 48 48 48
0 0 40 40 48 48 48 56 56 56 56 64 64 64 64 80 80 80 80 80
--EXPECT_MALLOC--
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
--EXPECT_TRACKED--
0 0 0 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50
0 0 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51
0 0 32 32 32 32 32 32 40 40 40 40 40 40 40 40 48 48 48 48
0 0 38 40 42 44 46 48 50 52 54 56 58 60 62 64 66 68 70 72
