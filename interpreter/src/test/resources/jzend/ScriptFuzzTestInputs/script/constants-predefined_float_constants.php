<?php
var_dump(PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG);
var_dump(M_PI, M_E, M_SQRT2);
echo M_PI, "\n";
var_dump(1.0 + PHP_FLOAT_EPSILON > 1.0, 1.0 + PHP_FLOAT_EPSILON / 2 > 1.0);
