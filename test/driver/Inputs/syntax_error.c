// A file that does not compile: the return statement lacks its ';'.
int main(void) { return 0 }
