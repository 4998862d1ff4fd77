--TEST--
trigonometric, hyperbolic, exponential and logarithm functions, pi, hypot, deg2rad, rad2deg, fdiv
--FILE--
<?php
var_dump(sin(0), cos(0), tan(M_PI_4), asin(1), acos(-1), atan(1), atan2(1, -1), atan2(0, -0.0));
var_dump(sinh(1), cosh(2), tanh(0.5), asinh(1), acosh(2), atanh(0.5), asinh(-2.5), acosh(0.5));
var_dump(exp(1), exp(710), expm1(1e-10), log1p(1e-10), log(M_E), log(0), log(-1), log(8, 2), log(1000, 10), log(81, 3), log(8, 1));
var_dump(log10(1000), log10(0.001), sqrt(16), sqrt(2), sqrt(-1), pi(), pi() === M_PI);
var_dump(hypot(3, 4), hypot(-5, 12), deg2rad(180), rad2deg(M_PI_2), deg2rad("90"));
var_dump(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4), fdiv(INF, INF));
echo cosh(1), " ", sin(1), ' ', log(2), ' ', sqrt(3), "\n";
--EXPECT--
float(0)
float(1)
float(0.9999999999999999)
float(1.5707963267948966)
float(3.141592653589793)
float(0.7853981633974483)
float(2.356194490192345)
float(3.141592653589793)
float(1.1752011936438014)
float(3.7621956910836314)
float(0.46211715726000974)
float(0.881373587019543)
float(1.3169578969248166)
float(0.5493061443340548)
float(-1.6472311463710958)
float(NAN)
float(2.718281828459045)
float(INF)
float(1.00000000005E-10)
float(9.999999999500001E-11)
float(1)
float(-INF)
float(NAN)
float(3)
float(3)
float(4)
float(NAN)
float(3)
float(-3)
float(4)
float(1.4142135623730951)
float(NAN)
float(3.141592653589793)
bool(true)
float(5)
float(13)
float(3.141592653589793)
float(90)
float(1.5707963267948966)
float(INF)
float(-INF)
float(NAN)
float(2.5)
float(NAN)
1.5430806348152 0.8414709848079 0.69314718055995 1.7320508075689
