<?php
echo "start\n";
break;
