<?php
printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c\n", 42, 42, 42, 42, 255, 255, 8, 5, 65);
printf("%.2f|%10.3f|%e|%s|%%\n", 3.14159, 2.5, 12345.678, "str");
echo sprintf("%'*8s|%-8s|", "pad", "left"), "\n";
echo number_format(1234567.891), " ", number_format(1234567.891, 2), " ", number_format(0.5), "\n";
