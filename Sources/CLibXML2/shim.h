#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system <unicode/ucnv.h>. Its
 * UErrorCode clashes with Foundation's bundled ICU (_FoundationICU) in any Swift module that imports both
 * Foundation and a module built on CLibXML2 ("'UErrorCode' has different definitions in different modules").
 * Hiding ICU from these headers only drops the trailing ICU fields of xmlCharEncodingHandler, a struct Swift code
 * here never allocates or reads; libxml2 itself keeps using ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// Reader options for untrusted input: no network, no entity substitution, no DTD loading.
/// Never add NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER here.
static inline int cgp_secure_reader_options(void) {
    int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
#if LIBXML_VERSION >= 21300
    options |= XML_PARSE_NO_XXE;
#endif
    return options;
}

#endif
