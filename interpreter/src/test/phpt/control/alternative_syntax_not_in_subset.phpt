--TEST--
alternative syntax (if: endif) works in PHP (kept as a reference; the jzend subset may reject it)
--FILE--
<?php
if (true):
    echo "alt if\n";
endif;
foreach ([1, 2] as $v):
    echo $v;
endforeach;
echo "\n";
--EXPECT--
alt if
12
