--TEST--
time(), date() and gmdate() format characters in UTC, microtime() and hrtime() shapes
--FILE--
<?php
var_dump(date('Y-m-d H:i:s D N j n l S w z W F M t L o y a A g G h B u v e I O P p T Z U', 0));
var_dump(date('c r', 1700000000), gmdate('\Y\-Y jS \\\\', 86400 * 32), date('X x', 0), date('', 0), date('Y', -1));
foreach ([0, 86400, 2 * 86400, 10 * 86400, 21 * 86400, 30 * 86400] as $t) echo date('jS ', $t);
echo "\n";
foreach ([1104537600, 1136073600, 1230768000, 1262304000, 1293840000, 951782400, 4107542400] as $t) echo date('Y-m-d D W o z t L', $t), "\n";
var_dump(date('Y m d H:i', -86400 * 365 * 100 - 12345), date('Y m d', PHP_INT_MAX), date('g h A', 13 * 3600), date('g h a', 0));
$t = time();
var_dump(is_int($t), $t > 1600000000, date('Y') >= 2024, date_default_timezone_get());
var_dump(is_float(microtime(true)), strlen(microtime()), is_array(hrtime()), count(hrtime()), is_int(hrtime(true)), hrtime(true) <= hrtime(true));
--EXPECT--
string(131) "1970-01-01 00:00:00 Thu 4 1 1 Thursday st 4 0 01 January Jan 31 0 1970 70 am AM 12 0 12 041 000000 000 UTC 0 +0000 +00:00 Z UTC 0 0"
string(57) "2023-11-14T22:13:20+00:00 Tue, 14 Nov 2023 22:13:20 +0000"
string(12) "Y-1970 2nd \"
string(10) "+1970 1970"
string(0) ""
string(4) "1969"
1st 2nd 3rd 11th 22nd 31st 
2005-01-01 Sat 53 2004 0 31 0
2006-01-01 Sun 52 2005 0 31 0
2009-01-01 Thu 01 2009 0 31 0
2010-01-01 Fri 53 2009 0 31 0
2011-01-01 Sat 52 2010 0 31 0
2000-02-29 Tue 09 2000 59 29 1
2100-03-01 Mon 09 2100 59 31 0
string(16) "1870 01 24 20:34"
string(18) "292277026596 12 04"
string(7) "1 01 PM"
string(8) "12 12 am"
bool(true)
bool(true)
bool(true)
string(3) "UTC"
bool(true)
int(21)
bool(true)
int(2)
bool(true)
bool(true)
