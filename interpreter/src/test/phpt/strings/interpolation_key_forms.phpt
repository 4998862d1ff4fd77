--TEST--
"$a[01]" uses the string key "01"; "$a[1]" the int key
--FILE--
<?php
$a = [1 => 'int one', '01' => 'string zero-one', 'k' => 'kay'];
echo "$a[1] / $a[01] / $a[k]\n";
--EXPECT--
int one / string zero-one / kay
