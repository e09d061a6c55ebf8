/* Declarations that the findings in conn.c point back to. */
#include "ownership.h"

struct NOSEND conn {
  int fd;
};

/* Defined with the rest of the server, in another file. */
extern int requests;
