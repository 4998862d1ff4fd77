--TEST--
sprintf() precision above 53 is a notice; arrays format as "Array" with a warning
--FILE--
<?php
echo sprintf("%.60f", 1.5), "\n";
echo sprintf("%s", [1, 2]), "\n";
printf("%d items\n", [3]);
--EXPECTF--

Notice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s on line 2
1.50000000000000000000000000000000000000000000000000000

Warning: Array to string conversion in %s on line 3
Array
1 items
