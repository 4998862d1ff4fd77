<?php
echo "Sum: " . 1 + 2, "\n";
echo "Diff: " . 10 - 3, "\n";
echo 1 + 2 . "3" + 4, "\n";
echo "a" . 2 * 3, "\n";
