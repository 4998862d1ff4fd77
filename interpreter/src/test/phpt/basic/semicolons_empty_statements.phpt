--TEST--
empty statements are allowed
--FILE--
<?php
;;;
echo "ok\n";;
if (true);
for (;false;);
--EXPECT--
ok
