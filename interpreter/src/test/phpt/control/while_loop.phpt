--TEST--
while loop
--FILE--
<?php
$i = 0;
while ($i < 5) {
    echo $i++;
}
echo "\n";
while (false) { echo "never"; }
echo "end\n";
--EXPECT--
01234
end
