--TEST--
string builtins allocate their results as php does (memory_get_usage deltas)
--ALLOCATOR--
zendmm
--FILE--
<?php
$d = [];
for ($i = 0; $i < 60; $i++) $d[] = 0;
$k = 0;
$m = memory_get_usage(); $v1 = str_pad("abc", 20, "-", STR_PAD_BOTH); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v2 = chunk_split("abcdefgh", 3, "|"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v3 = chunk_split("abc", 5, "|"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v4 = nl2br("a\nb\nc"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v5 = addslashes("it's"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v6 = addslashes(str_repeat("'", 40)); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v7 = bin2hex("abcdef"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v8 = base64_encode("abcdef"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v9 = str_replace("a", "xyz", "banana"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v10 = str_replace("an", "", "banana"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v11 = str_replace("an", "ANNN", "banana"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v12 = str_ireplace("AN", "x", "banana"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v13 = str_replace(["a", "n"], ["1", "22"], "banana"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v14 = strtr("banana", ["an" => "AN", "b" => "B"]); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v15 = strtr("banana", "an", "AN"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v16 = wordwrap("The quick brown fox", 10, "\n"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v17 = wordwrap("The quick brown fox", 10, "<br>"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v18 = implode(", ", [1, 22, "abc", 3.5]); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v19 = implode(", ", [7]); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v20 = md5("x"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v21 = urlencode("a b c"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v22 = stripslashes("a\\'b"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v23 = htmlspecialchars(str_repeat("<", 70)); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v24 = html_entity_decode("&amp;&lt;"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v25 = vsprintf("%s-%s", ["a", "b"]); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v26 = str_word_count("aa bb", 2); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v27 = substr_replace(["aa", "bb"], "X", 0, 1); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v28 = str_replace("a", "b", ["k" => "aa", "bb"]); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v29 = ucfirst("abc"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v30 = strtolower("ABC"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v31 = hex2bin("616263"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v32 = str_pad("abc", 2); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v33 = strrchr("a/b/c", "/"); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v34 = sprintf("%s", str_repeat("x", 300)); $d[$k++] = memory_get_usage() - $m;
$m = memory_get_usage(); $v35 = strtr(str_repeat("ab", 200), ["a" => "xx", "b" => "y"]); $d[$k++] = memory_get_usage() - $m;
unset($v1,$v2,$v3,$v4,$v5,$v6,$v7,$v8,$v9,$v10,$v11,$v12,$v13,$v14,$v15,$v16,$v17,$v18,$v19,$v20,$v21,$v22,$v23,$v24,$v25,$v26,$v27,$v28,$v29,$v30,$v31,$v32,$v33,$v34,$v35);
$d[$k++] = memory_get_usage() - $m;
echo implode(" ", $d), "\n";
--EXPECT--
56 48 40 48 40 112 48 40 40 32 40 32 40 40 32 56 56 48 0 64 40 32 448 40 320 280 296 408 32 32 32 0 32 512 640 -3416 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
--EXPECT_MALLOC--
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
--EXPECT_TRACKED--
51 43 35 44 36 112 44 40 38 32 36 32 34 38 32 51 54 46 0 64 37 32 428 40 320 280 284 408 32 32 32 0 32 512 632 -3331 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
