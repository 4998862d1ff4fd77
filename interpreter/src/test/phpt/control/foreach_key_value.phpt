--TEST--
foreach with and without keys
--FILE--
<?php
$a = ['one' => 1, 'two' => 2, 5 => 'five'];
foreach ($a as $v) echo $v, " ";
echo "\n";
foreach ($a as $k => $v) echo "$k=>$v ";
echo "\n";
foreach ([] as $v) echo "never";
echo "done\n";
--EXPECT--
1 2 five 
one=>1 two=>2 5=>five 
done
