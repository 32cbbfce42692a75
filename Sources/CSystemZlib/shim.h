#ifndef CSYSTEMZLIB_SHIM_H
#define CSYSTEMZLIB_SHIM_H

/* zlib, for TableReader's ZIP inflater (Debian's zlib1g-dev). Named apart from ZIPFoundation's own
 * clang module "CZlib", which is in the same build graph. */
#include <zlib.h>

#endif
