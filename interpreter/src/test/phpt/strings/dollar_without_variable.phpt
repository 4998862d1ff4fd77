--TEST--
a $ not followed by a name is literal
--FILE--
<?php
echo "cost: $5 and $ alone and { $ and trailing $";
echo "\n";
--EXPECT--
cost: $5 and $ alone and { $ and trailing $
