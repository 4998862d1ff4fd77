--TEST--
++ on strings: Perl-style increment; numeric strings become numbers
--FILE--
<?php
foreach (["a", "z", "Az", "zz", "a9", "Zz", "9", "9.5", "1e2", "", "-5", " 5", "5 "] as $s) {
    $t = $s;
    $t++;
    echo var_export($s, true), " => ", var_export($t, true), "\n";
}
--EXPECT--
'a' => 'b'
'z' => 'aa'
'Az' => 'Ba'
'zz' => 'aaa'
'a9' => 'b0'
'Zz' => 'AAa'
'9' => 10
'9.5' => 10.5
'1e2' => 101.0
'' => '1'
'-5' => -4
' 5' => 6
'5 ' => 6
