#ifndef CCURL_H
#define CCURL_H
/* The system libcurl, loaded on first use rather than at start-up.

   Linking libcurl pulls about thirty libraries (TLS, Kerberos, LDAP, SSH, IDN…) into every run, which costs
   every command several milliseconds of start-up, HTTP or not. Instead, ccurl_load() opens libcurl.so.4 the
   first time an HTTP(S) source is used; the functions below call through the addresses it looked up.

   Building needs no curl headers: the few types and constants meshtop uses are declared here. libcurl keeps
   its ABI and its option, info and error numbers stable across versions, so these are the numbers of every
   libcurl.so.4. Where <curl/curl.h> is installed, ccurl.c is compiled against it instead of these
   declarations and checks every number below against it (a mismatch fails the build).

   curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: there is one typed wrapper
   per argument kind. */
#include <stddef.h>
#include <stdint.h>

/* The error codes meshtop tells apart: X(name, value). */
#define CCURL_CODES(X)                                                                                       \
    X(CURLE_OK, 0)                                                                                           \
    X(CURLE_UNSUPPORTED_PROTOCOL, 1)                                                                         \
    X(CURLE_URL_MALFORMAT, 3)                                                                                \
    X(CURLE_COULDNT_RESOLVE_PROXY, 5)                                                                        \
    X(CURLE_COULDNT_RESOLVE_HOST, 6)                                                                         \
    X(CURLE_COULDNT_CONNECT, 7)                                                                              \
    X(CURLE_WEIRD_SERVER_REPLY, 8)                                                                           \
    X(CURLE_PARTIAL_FILE, 18)                                                                                \
    X(CURLE_WRITE_ERROR, 23)                                                                                 \
    X(CURLE_OUT_OF_MEMORY, 27)                                                                               \
    X(CURLE_OPERATION_TIMEDOUT, 28)                                                                          \
    X(CURLE_SSL_CONNECT_ERROR, 35)                                                                           \
    X(CURLE_ABORTED_BY_CALLBACK, 42)                                                                         \
    X(CURLE_TOO_MANY_REDIRECTS, 47)                                                                          \
    X(CURLE_GOT_NOTHING, 52)                                                                                 \
    X(CURLE_SEND_ERROR, 55)                                                                                  \
    X(CURLE_RECV_ERROR, 56)                                                                                  \
    X(CURLE_PEER_FAILED_VERIFICATION, 60)                                                                    \
    X(CURLE_BAD_CONTENT_ENCODING, 61)                                                                        \
    X(CURLE_SSL_CACERT_BADFILE, 77)

/* An option's number is its argument type's base plus its index (curl.h's CURLOPTTYPE_*). */
#define CCURL_OPTTYPE_LONG 0
#define CCURL_OPTTYPE_OBJECTPOINT 10000
#define CCURL_OPTTYPE_FUNCTIONPOINT 20000
#define CCURL_OPTTYPE_OFF_T 30000

/* The options meshtop sets: X(name, type base, index). */
#define CCURL_OPTIONS(X)                                                                                     \
    X(CURLOPT_WRITEDATA, CCURL_OPTTYPE_OBJECTPOINT, 1)                                                       \
    X(CURLOPT_URL, CCURL_OPTTYPE_OBJECTPOINT, 2)                                                             \
    X(CURLOPT_WRITEFUNCTION, CCURL_OPTTYPE_FUNCTIONPOINT, 11)                                                \
    X(CURLOPT_HTTPHEADER, CCURL_OPTTYPE_OBJECTPOINT, 23)                                                     \
    X(CURLOPT_NOPROGRESS, CCURL_OPTTYPE_LONG, 43)                                                            \
    X(CURLOPT_FOLLOWLOCATION, CCURL_OPTTYPE_LONG, 52)                                                        \
    X(CURLOPT_XFERINFODATA, CCURL_OPTTYPE_OBJECTPOINT, 57)                                                   \
    X(CURLOPT_CAINFO, CCURL_OPTTYPE_OBJECTPOINT, 65)                                                         \
    X(CURLOPT_MAXREDIRS, CCURL_OPTTYPE_LONG, 68)                                                             \
    X(CURLOPT_NOSIGNAL, CCURL_OPTTYPE_LONG, 99)                                                              \
    X(CURLOPT_ACCEPT_ENCODING, CCURL_OPTTYPE_OBJECTPOINT, 102)                                               \
    X(CURLOPT_POSTFIELDSIZE_LARGE, CCURL_OPTTYPE_OFF_T, 120)                                                 \
    X(CURLOPT_TIMEOUT_MS, CCURL_OPTTYPE_LONG, 155)                                                           \
    X(CURLOPT_CONNECTTIMEOUT_MS, CCURL_OPTTYPE_LONG, 156)                                                    \
    X(CURLOPT_COPYPOSTFIELDS, CCURL_OPTTYPE_OBJECTPOINT, 165)                                                \
    X(CURLOPT_XFERINFOFUNCTION, CCURL_OPTTYPE_FUNCTIONPOINT, 219)                                            \
    X(CURLOPT_PROTOCOLS_STR, CCURL_OPTTYPE_OBJECTPOINT, 318)                                                 \
    X(CURLOPT_REDIR_PROTOCOLS_STR, CCURL_OPTTYPE_OBJECTPOINT, 319)

/* An info's number is its result type's base plus its index (curl.h's CURLINFO_STRING, CURLINFO_LONG). */
#define CCURL_INFOTYPE_STRING 0x100000
#define CCURL_INFOTYPE_LONG 0x200000

/* The transfer facts meshtop reads: X(name, type base, index). */
#define CCURL_INFOS(X)                                                                                       \
    X(CURLINFO_RESPONSE_CODE, CCURL_INFOTYPE_LONG, 2)                                                        \
    X(CURLINFO_SSL_VERIFYRESULT, CCURL_INFOTYPE_LONG, 13)                                                    \
    X(CURLINFO_CONTENT_TYPE, CCURL_INFOTYPE_STRING, 18)                                                      \
    X(CURLINFO_REDIRECT_URL, CCURL_INFOTYPE_STRING, 31)

/* curl_global_init's flags: CURL_GLOBAL_DEFAULT. */
#define CCURL_GLOBAL_DEFAULT 3

#ifndef CCURL_USE_SYSTEM_CURL_H
#define CCURL_ENUMERATOR(name, value) name = (value),
#define CCURL_TYPED_ENUMERATOR(name, base, index) name = (base) + (index),
typedef enum { CCURL_CODES(CCURL_ENUMERATOR) } CURLcode;
typedef enum { CCURL_OPTIONS(CCURL_TYPED_ENUMERATOR) } CURLoption;
typedef enum { CCURL_INFOS(CCURL_TYPED_ENUMERATOR) } CURLINFO;
#undef CCURL_ENUMERATOR
#undef CCURL_TYPED_ENUMERATOR

typedef void CURL;
/* 64 bits on every platform meshtop builds for (curl's system.h). */
typedef int64_t curl_off_t;
struct curl_slist {
    char *data;
    struct curl_slist *next;
};
#endif

typedef size_t (*ccurl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*ccurl_progress_callback)(void *context, curl_off_t downloadTotal, curl_off_t downloaded,
                                       curl_off_t uploadTotal, curl_off_t uploaded);

/* Loads libcurl and runs curl_global_init once per process; thread-safe. Returns 0 on success, or -1 with
   the loader's reason copied into `reason` (at most `capacity` bytes, always terminated). */
int ccurl_load(char *reason, size_t capacity);

/* Valid only after ccurl_load() succeeded. */
CURL *ccurl_easy_init(void);
void ccurl_easy_cleanup(CURL *handle);
CURLcode ccurl_easy_perform(CURL *handle);
struct curl_slist *ccurl_slist_append(struct curl_slist *list, const char *text);
void ccurl_slist_free_all(struct curl_slist *list);

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, const void *value);
CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode ccurl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode ccurl_setopt_data_callback(CURL *handle, CURLoption option, ccurl_data_callback value);
CURLcode ccurl_setopt_progress_callback(CURL *handle, ccurl_progress_callback value);
CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode ccurl_getinfo_string(CURL *handle, CURLINFO info, char **value);
#endif
