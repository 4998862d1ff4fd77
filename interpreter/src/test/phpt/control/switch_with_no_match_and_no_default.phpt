--TEST--
switch with no matching case does nothing
--FILE--
<?php
switch (42) {
    case 1:
        echo "one";
}
echo "done\n";
--EXPECT--
done
