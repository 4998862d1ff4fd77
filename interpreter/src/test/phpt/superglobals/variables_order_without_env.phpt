--TEST--
with variables_order=GPCS $_ENV stays empty but getenv still works
--INI--
variables_order=GPCS
--ENV--
JZEND_PHPT_VAR=x
--FILE--
<?php
var_dump(count($_ENV), getenv('JZEND_PHPT_VAR'), $_SERVER['JZEND_PHPT_VAR'] ?? 'missing');
--EXPECT--
int(0)
string(1) "x"
string(1) "x"
