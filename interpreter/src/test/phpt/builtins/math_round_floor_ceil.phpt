--TEST--
round() with PHP 8.2's pre-rounding, precision, negative precision and modes; floor(), ceil()
--FILE--
<?php
foreach ([1.955, 5.045, 5.055, -1.5, 2.5, -2.5, 0.285, 1.45, -0.0001, 3, -3] as $v) {
    echo $v, ': ', round($v), ' ', round($v, 2), ' ', round($v, -1), ' ', round($v, 1, PHP_ROUND_HALF_EVEN), ' ',
        round($v, 0, PHP_ROUND_HALF_DOWN), ' ', round($v, 0, PHP_ROUND_HALF_ODD), "\n";
}
var_dump(round(5), round(1241757, -3), round(15, -1), round(-15, -1), round(PHP_INT_MAX), round("3.7"), round(true));
var_dump(round(3.14159, 3), round(1.23456789e-5, 7), round(1e300, -299), round(-0.4), round(INF), round(NAN, 2));
var_dump(floor(-0.5), ceil(-0.5), floor(5), ceil("4.2"), floor(" 7.9"), floor(-INF), ceil(NAN), floor(false));
--EXPECT--
1.955: 2 1.96 0 2 2 2
5.045: 5 5.05 10 5 5 5
5.055: 5 5.06 10 5.1 5 5
-1.5: -2 -1.5 -0 -1.5 -1 -1
2.5: 3 2.5 0 2.5 2 3
-2.5: -3 -2.5 -0 -2.5 -2 -3
0.285: 0 0.29 0 0.3 0 0
1.45: 1 1.45 0 1.4 1 1
-0.0001: -0 -0 -0 -0 -0 -0
3: 3 3 0 3 3 3
-3: -3 -3 -0 -3 -3 -3
float(5)
float(1242000)
float(20)
float(-20)
float(9.223372036854776E+18)
float(4)
float(1)
float(3.142)
float(1.23E-5)
float(1.0E+300)
float(-0)
float(INF)
float(NAN)
float(-1)
float(-0)
float(5)
float(5)
float(7)
float(-INF)
float(NAN)
float(0)
