--TEST--
unknown escape sequences keep the backslash; "\t" inside a path is still a tab
--FILE--
<?php
echo "\q\w\ \[", "\n";
echo "C:\dir\temp", "\n";
--EXPECT--
\q\w\ \[
C:\dir	emp
