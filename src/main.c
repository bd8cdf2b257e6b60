/* The command line: safepy [options] FILE [args] | -c CODE | -m MODULE | - */
#include "sp.h"

int main(int argc, char **argv)
{
    (void)argc; (void)argv;
    return 0;
}
