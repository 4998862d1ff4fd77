--TEST--
octal, hex and \u{} escapes
--FILE--
<?php
echo "\101\102\103", "\n";
echo "\x41\x4a\x4A", "\n";
echo "\u{48}\u{49}", "\n";
echo strlen("\u{1F600}"), " ", strlen("\u{e9}"), "\n";
echo "\400" === "\000" ? "wraps" : "no wrap", "\n";
echo "\xZZ|\8|\u", "\n";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 6
ABC
AJJ
HI
4 2
wraps
\xZZ|\8|\u
