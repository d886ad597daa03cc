/* Checks ccurl.h's declarations against curl's own header, where one is installed: a number that disagrees
   with <curl/curl.h> fails the build here. Without the header (a machine without libcurl4-openssl-dev) there
   is nothing to compare with, and ccurl.h is all meshtop needs. */
#if __has_include(<curl/curl.h>)
#include <curl/curl.h>
#define CCURL_USE_SYSTEM_CURL_H
#include "ccurl.h"

#include <stddef.h>

#define CCURL_CHECK_CODE(name, value) _Static_assert(name == (value), "ccurl.h: " #name " differs from curl.h");
#define CCURL_CHECK_TYPED(name, base, index)                                                                 \
    _Static_assert(name == (base) + (index), "ccurl.h: " #name " differs from curl.h");

CCURL_CODES(CCURL_CHECK_CODE)
CCURL_OPTIONS(CCURL_CHECK_TYPED)
CCURL_INFOS(CCURL_CHECK_TYPED)

_Static_assert(CCURL_OPTTYPE_LONG == CURLOPTTYPE_LONG, "ccurl.h: CCURL_OPTTYPE_LONG differs from curl.h");
_Static_assert(CCURL_OPTTYPE_OBJECTPOINT == CURLOPTTYPE_OBJECTPOINT,
               "ccurl.h: CCURL_OPTTYPE_OBJECTPOINT differs from curl.h");
_Static_assert(CCURL_OPTTYPE_FUNCTIONPOINT == CURLOPTTYPE_FUNCTIONPOINT,
               "ccurl.h: CCURL_OPTTYPE_FUNCTIONPOINT differs from curl.h");
_Static_assert(CCURL_OPTTYPE_OFF_T == CURLOPTTYPE_OFF_T, "ccurl.h: CCURL_OPTTYPE_OFF_T differs from curl.h");
_Static_assert(CCURL_INFOTYPE_STRING == CURLINFO_STRING, "ccurl.h: CCURL_INFOTYPE_STRING differs from curl.h");
_Static_assert(CCURL_INFOTYPE_LONG == CURLINFO_LONG, "ccurl.h: CCURL_INFOTYPE_LONG differs from curl.h");
_Static_assert(CCURL_GLOBAL_DEFAULT == CURL_GLOBAL_DEFAULT, "ccurl.h: CCURL_GLOBAL_DEFAULT differs from curl.h");

/* The types must be passed and returned as libcurl passes and returns them. */
_Static_assert(sizeof(curl_off_t) == sizeof(int64_t), "ccurl.h: curl_off_t is not 64 bits here");
_Static_assert(sizeof(CURLcode) == sizeof(int), "ccurl.h: CURLcode is not int-sized here");
_Static_assert(sizeof(CURLoption) == sizeof(int), "ccurl.h: CURLoption is not int-sized here");
_Static_assert(sizeof(CURLINFO) == sizeof(int), "ccurl.h: CURLINFO is not int-sized here");
_Static_assert(offsetof(struct curl_slist, data) == 0, "ccurl.h: curl_slist.data moved");
_Static_assert(offsetof(struct curl_slist, next) == sizeof(char *), "ccurl.h: curl_slist.next moved");
#else
#include "ccurl.h"
#endif
