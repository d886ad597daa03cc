#ifndef CCURL_H
#define CCURL_H
/* The system libcurl, loaded on first use rather than at start-up.

   Linking libcurl pulls about thirty libraries (TLS, Kerberos, LDAP, SSH, IDN…) into every run, which costs
   every command several milliseconds of start-up, HTTP or not. Instead, ccurl_load() opens libcurl.so.4 the
   first time an HTTP(S) source is used; the functions below call through the addresses it looked up. The
   header is only needed for libcurl's types and constants.

   curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: there is one typed wrapper
   per argument kind. */
#include <curl/curl.h>
#include <stddef.h>

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
