--TEST--
INF, -INF and NAN
--FILE--
<?php
var_dump(INF, -INF, NAN);
echo INF, " ", -INF, " ", NAN, "\n";
var_dump(1e308 * 10);
var_dump(NAN == NAN, NAN === NAN, INF == INF);
var_dump((int)NAN, (int)INF);
var_dump(is_nan(NAN), is_infinite(-INF), is_finite(1.0));
--EXPECT--
float(INF)
float(-INF)
float(NAN)
INF -INF NAN
float(INF)
bool(false)
bool(false)
bool(true)
int(0)
int(0)
bool(true)
bool(true)
bool(true)
