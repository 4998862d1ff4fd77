--TEST--
number_format() with 1 to 4 arguments, rounding, negative zero, multi-byte separators
--FILE--
<?php
echo number_format(1234567.891), "\n";
echo number_format(1234567.891, 2), "\n";
echo number_format(1234567.891, 2, ',', '.'), "\n";
echo number_format(0.5), ' ', number_format(1.5), ' ', number_format(2.5), ' ', number_format(-0.4), ' ', number_format(-0.5), "\n";
echo number_format(-1234.567, 2, '', ''), ' ', number_format(1234.5, 2, null, null), ' ', number_format(1e15, 2), "\n";
echo number_format(-0.005, 2), ' ', number_format(0.005, 2), ' ', number_format(1234.5678, -2), ' ', number_format(1.005, 2), "\n";
echo number_format(123456789, 0, '.', ' :: '), ' ', number_format(12345.6789, 3, 'dot', ''), "\n";
echo number_format(INF), ' ', number_format(-INF), ' ', number_format(NAN, 2), ' ', number_format("1e3", 1), ' ', number_format(999.999, 2), "\n";
echo number_format(0), ' ', number_format(-1234), ' ', number_format(PHP_INT_MAX), "\n";
--EXPECT--
1,234,568
1,234,567.89
1.234.567,89
1 2 3 0 -1
-123457 1,234.50 1,000,000,000,000,000.00
-0.01 0.01 1,235 1.01
123 :: 456 :: 789 12345dot679
inf inf nan 1,000.0 1,000.00
0 -1,234 9,223,372,036,854,775,808
