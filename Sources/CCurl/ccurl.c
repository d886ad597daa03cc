#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <string.h>

/* The libcurl functions meshtop uses, looked up once. */
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int load_status = -1;
static char load_reason[256];

static void remember_reason(const char *reason) {
    strncpy(load_reason, reason ? reason : "unknown reason", sizeof load_reason - 1);
    load_reason[sizeof load_reason - 1] = 0;
}

#define LOOK_UP(library, field, symbol)                                                                      \
    do {                                                                                                     \
        *(void **)&curl.field = dlsym(library, symbol);                                                     \
        if (!curl.field) {                                                                                   \
            remember_reason(dlerror());                                                                      \
            return;                                                                                          \
        }                                                                                                    \
    } while (0)

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        remember_reason(dlerror());
        return;
    }
    LOOK_UP(library, global_init, "curl_global_init");
    LOOK_UP(library, easy_init, "curl_easy_init");
    LOOK_UP(library, easy_cleanup, "curl_easy_cleanup");
    LOOK_UP(library, easy_perform, "curl_easy_perform");
    LOOK_UP(library, easy_setopt, "curl_easy_setopt");
    LOOK_UP(library, easy_getinfo, "curl_easy_getinfo");
    LOOK_UP(library, slist_append, "curl_slist_append");
    LOOK_UP(library, slist_free_all, "curl_slist_free_all");
    if (curl.global_init(CCURL_GLOBAL_DEFAULT) != CURLE_OK) {
        remember_reason("curl_global_init failed");
        return;
    }
    load_status = 0;
}

int ccurl_load(char *reason, size_t capacity) {
    pthread_once(&load_once, load);
    if (load_status != 0 && reason && capacity > 0) {
        strncpy(reason, load_reason, capacity - 1);
        reason[capacity - 1] = 0;
    }
    return load_status;
}

CURL *ccurl_easy_init(void) { return curl.easy_init(); }
void ccurl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
CURLcode ccurl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
struct curl_slist *ccurl_slist_append(struct curl_slist *list, const char *text) {
    return curl.slist_append(list, text);
}
void ccurl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode ccurl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode ccurl_setopt_data_callback(CURL *handle, CURLoption option, ccurl_data_callback value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode ccurl_setopt_progress_callback(CURL *handle, ccurl_progress_callback value) {
    return curl.easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}
CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode ccurl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl.easy_getinfo(handle, info, value);
}
