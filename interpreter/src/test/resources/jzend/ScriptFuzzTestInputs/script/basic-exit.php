<?php
function bye() { echo "in "; exit("bye\n"); }
bye();
echo "not reached";
