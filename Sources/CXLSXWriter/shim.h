#ifndef CXLSXWRITER_SHIM_H
#define CXLSXWRITER_SHIM_H

/* libxlsxwriter (Debian libxlsxwriter-dev, pkg-config xlsxwriter): GradePort's XLSX output, written in
 * constant-memory mode (rows streamed to temporary files, strings inline). */
#include <xlsxwriter.h>

#endif
