--TEST--
echo of true is "1", of false and null is ""
--FILE--
<?php
echo "[", true, "]\n";
echo "[", false, "]\n";
echo "[", null, "]\n";
--EXPECT--
[1]
[]
[]
