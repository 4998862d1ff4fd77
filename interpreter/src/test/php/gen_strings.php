<?php
// strings.tsv:  P|a|b|strnatcmp|strnatcasecmp|strcmp|strcasecmp|levenshtein|similar_text|percent bits
//               S|s|crc32|md5|sha1|base64|urlencode|rawurlencode|urldecode|rawurldecode|htmlspecialchars|b64dec|b64dec strict
require __DIR__ . '/gen_common.php';
$words = ['', 'a', 'A', 'img12', 'img10', 'img2', 'IMG1', 'img01', 'img001', 'x 1', 'x  1', ' x1', 'x1 ', '1.5', '1.10', '0.5', '00', '0', '007', '7', 'abc', 'ABC',
  'abd', 'hello world', 'Hello World', 'foo2bar', 'foo10bar', 'rfc822.txt', 'rfc1.txt', 'rfc2086.txt', 'pic 4 else', 'pic 5', 'pic02000', 'pic2', 'x2-g8', 'x2-y08', '1-2', '1-02',
  "a\0b", "\xff", "\xc3\xa9", '0001', '1', '10', '9', '12abc', 'World', 'PHP IS GREAT', 'WITH MYSQL'];
for ($i = 0; $i < 250; $i++) $words[] = rnd_str("ab01 9.-zA", 8);
$pairs = [];
foreach ($words as $i => $a) foreach ($words as $j => $b) if ($i < 60 || mt_rand(0, 20) == 0) $pairs[] = [$a, $b];
foreach ($pairs as [$a, $b]) {
    $sim = similar_text($a, $b, $pct);
    row('P', bin2hex($a), bin2hex($b), strnatcmp($a, $b), strnatcasecmp($a, $b), strcmp($a, $b), strcasecmp($a, $b), levenshtein($a, $b), $sim, substr(enc($pct), 2));
}
$singles = array_merge($words, ['a b&c=d/e?f', '~-_.', "<a href='x'>T&amp;\"q\"</a>", "bad \x80 utf8 \xe9t\xc3", "\xf0\x9f\x98\x80 emoji", "\xed\xa0\x80 surrogate", "\xc0\xaf overlong",
  "\xe0\x80\xaf", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "\xe2\x82", "\xc3", "%41%4a%zz%4", '+%2B%2b', 'SGVsbG8=', 'SGVsbG8', 'SGVsbG8===', 'SGV sbG8=', 'S=GVsbG8', 'SGVsbG8=\n', '!!!', 'QQ', 'QQ=', 'QQ==', 'Q', "QUJD\tREVG"]);
for ($i = 0; $i < 300; $i++) $singles[] = rnd_str("ABCDEFGHQRSTabcxyz0189+/= \t\n%&<>'\"\x80\xc3\xa9\xe2\xf0\x9f", 10);
foreach ($singles as $s) {
    $d1 = base64_decode($s); $d2 = base64_decode($s, true);
    row('S', bin2hex($s), crc32($s), md5($s), sha1($s), base64_encode($s), bin2hex(urlencode($s)), bin2hex(rawurlencode($s)), bin2hex(urldecode($s)),
        bin2hex(rawurldecode($s)), bin2hex(htmlspecialchars($s)), $d1 === false ? 'F' : bin2hex($d1), $d2 === false ? 'F' : bin2hex($d2));
}
