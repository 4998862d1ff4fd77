--TEST--
switch: loose comparison, fall-through, default anywhere, break/continue
--FILE--
<?php
function s($v) { switch ($v) { case 1: echo "one "; case 2: echo "two "; break; default: echo "def "; case "3": echo "three "; break; } echo "| "; }
s(1); s("2"); s(3); s(9);
echo "\n";
for ($i = 0; $i < 5; $i++) { switch ($i) { case 1: continue 2; case 3: break 2; } echo $i; }
echo "\n";
--EXPECT--
one two | two | three | def three | 
02
